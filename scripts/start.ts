// `npm start`: build the extension and run it on the bundled demo feed.
//
// With a display ($DISPLAY set): opens the system Chromium with Tidemark loaded on the demo
// feed and the history page, and waits until you close the browser.
// Without one (CI, SSH): runs the same demo headless — flags a post like a moderator would,
// exports a report, writes screenshots and files to demo-output/, says where, and exits 0.
//
// Options: --headless (force headless), --no-build (use the existing dist/), --port N.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './lib/chromium';
import { serveStatic } from './lib/server';
import { launchExtension, type ExtensionBrowser } from './lib/launch';
import { clickByRole, waitForRole } from './lib/a11y';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const headless = args.includes('--headless') || !process.env.DISPLAY;
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(3);
}

if (!args.includes('--no-build')) {
  console.log('Building the extension (dist/)…');
  const r = spawnSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = await serveStatic({ '/demo/': resolve(root, 'demo') }, { port });
const feedUrl = `${server.origin}/demo/feed.html`;

async function waitForScan(page: Page): Promise<{ badges: number; highlights: number }> {
  await page.waitForFunction(() => document.querySelectorAll('tidemark-badge').length > 0, null, { timeout: 15_000 });
  return page.evaluate(() => {
    let highlights = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('tidemark-')) highlights += h.size;
    return { badges: document.querySelectorAll('tidemark-badge').length, highlights };
  });
}

async function headed(ext: ExtensionBrowser): Promise<void> {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(feedUrl);
  const history = await ext.context.newPage();
  await history.goto(ext.url('src/ui/history/index.html'));
  await page.bringToFront();
  console.log(`\nTidemark is running on the demo feed: ${feedUrl}`);
  console.log('Flag a post with its Flag button, the context menu or Alt+Shift+F; the history page is open in the second tab.');
  console.log('Close the browser window to stop.');
  await new Promise<void>((done) => ext.context.on('close', () => done()));
}

async function headlessDemo(ext: ExtensionBrowser): Promise<void> {
  const out = resolve(root, 'demo-output');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const page = await ext.context.newPage();
  await page.goto(feedUrl);
  const scan = await waitForScan(page);
  await page.screenshot({ path: resolve(out, 'feed.png') });
  console.log(`Scanned the demo feed: ${scan.badges} posts badged, ${scan.highlights} phrases highlighted.`);

  // Flag the first suspect post exactly as a moderator does: a real click on its Flag button.
  await page.bringToFront();
  const flagged = await clickByRole(page, 'button', /^Flag this post/);
  await waitForRole(page, 'button', /^Flagged/, 20_000);
  console.log(`Flagged a post (${flagged}).`);
  await page.screenshot({ path: resolve(out, 'feed-flagged.png') });

  const history = await ext.context.newPage();
  await history.goto(ext.url('src/ui/history/index.html'));
  await history.waitForSelector('main[data-ready="true"]');
  await history.locator('[data-item-id]').first().click();
  await history.waitForSelector('[data-detail-ready="true"]');
  await history.screenshot({ path: resolve(out, 'history.png'), fullPage: true });

  // Export: the same buttons a moderator uses, files saved into demo-output/.
  const written: string[] = [];
  for (const [name, file] of [
    ['Export JSON', 'tidemark-export.json'],
    ['Export CSV', 'tidemark-export.csv'],
    ['Evidence bundle', 'tidemark-evidence.zip'],
  ] as const) {
    const button = history.getByRole('button', { name, exact: true });
    if ((await button.count()) === 0) continue;
    const [download] = await Promise.all([history.waitForEvent('download'), button.click()]);
    await download.saveAs(resolve(out, file));
    written.push(file);
  }
  const notice = history.getByRole('button', { name: /DSA notice/ });
  if ((await notice.count()) > 0) {
    await notice.first().click();
    const text = await history.locator('[data-report-text]').first().textContent();
    if (text) {
      writeFileSync(resolve(out, 'dsa-notice.txt'), text);
      written.push('dsa-notice.txt');
    }
  }
  console.log('\nDemo finished. Files in demo-output/:');
  for (const f of ['feed.png', 'feed-flagged.png', 'history.png', ...written]) console.log(`  demo-output/${f}`);
}

let ext: ExtensionBrowser | null = null;
try {
  ext = await launchExtension({ headless, dist: resolve(root, 'dist') });
  if (headless) {
    console.log('No display found: running the demo headless.');
    await headlessDemo(ext);
  } else {
    await headed(ext);
  }
} catch (e) {
  console.error(`Demo failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
} finally {
  await ext?.close().catch(() => undefined);
  await server.close();
}
