// Export and restore as a moderator does it: flag posts, export JSON, CSV and an evidence
// bundle from the history page, verify the bundle with the CLI, import it into a fresh
// profile, and find the same items there. Hostile files are refused with nothing changed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/server';
import { launchExtension, type ExtensionBrowser } from '../../scripts/lib/launch';
import { clickByRole, findByRole } from '../../scripts/lib/a11y';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(resolve(root, '.e2e-tmp', 'export-'));
let server: StaticServer;
let first: ExtensionBrowser;

async function openHistory(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('src/ui/history/index.html'));
  await page.waitForSelector('main[data-ready="true"]');
  return page;
}

async function download(page: Page, name: string, file: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  const path = resolve(out, file);
  await d.saveAs(path);
  return path;
}

/** Picks a file for the Import button and returns the page's status or alert text. */
async function importFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
  await chooser.setFiles(path);
}

function itemsOf(path: string): Record<string, unknown>[] {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { items: Record<string, unknown>[] };
  return file.items.toSorted((a, b) => String(a.id).localeCompare(String(b.id)));
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  server = await serveStatic({ '/demo/': resolve(root, 'demo') });
  first = await launchExtension();
  const feed = await first.context.newPage();
  await feed.goto(`${server.origin}/demo/feed.html`);
  await feed.waitForFunction(() => document.querySelectorAll('tidemark-badge').length >= 2, null, { timeout: 15_000 });
  await feed.bringToFront();
  // Flag two posts with real clicks.
  for (let n = 0; n < 2; n++) {
    await clickByRole(feed, 'button', /^Flag this post/, 0);
    await waitFor(async () => (await findByRole(feed, 'button', /^Flagged/)).length === n + 1);
  }
});

afterAll(async () => {
  await first?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('export → verify → import into a fresh profile', () => {
  let jsonPath = '';
  let bundlePath = '';

  it('exports JSON in the versioned tidemark-export format', async () => {
    const history = await openHistory(first);
    await expect.poll(() => history.locator('[data-item-id]').count()).toBe(2);
    jsonPath = await download(history, 'Export JSON', 'export.json');
    const file = JSON.parse(readFileSync(jsonPath, 'utf8')) as { format: string; version: number; exportedAt: string; items: unknown[] };
    expect(file.format).toBe('tidemark-export');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toMatch(/Z$/);
    expect(file.items).toHaveLength(2);
    await history.close();
  });

  it('exports CSV as UTF-8 with a BOM, one row per item', async () => {
    const history = await openHistory(first);
    const csvPath = await download(history, 'Export CSV', 'export.csv');
    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Izmir');
    await history.close();
  });

  it('exports an evidence bundle that the verify CLI accepts, and catches tampering', async () => {
    const history = await openHistory(first);
    bundlePath = await download(history, 'Evidence bundle', 'bundle.zip');
    await history.close();
    const tsx = resolve(root, 'node_modules/.bin/tsx');
    const ok = spawnSync(tsx, ['scripts/verify.ts', bundlePath], { cwd: root, encoding: 'utf8' });
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    // Flip one byte in the middle of the archive (inside a stored file) and verify again.
    const bytes = readFileSync(bundlePath);
    const tampered = Buffer.from(bytes);
    const at = Math.floor(tampered.length / 3);
    tampered[at] = tampered[at]! ^ 0xff;
    const badPath = resolve(out, 'tampered.zip');
    writeFileSync(badPath, tampered);
    const bad = spawnSync(tsx, ['scripts/verify.ts', badPath], { cwd: root, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
  });

  it('imports the bundle into a fresh profile and finds the same items', async () => {
    const second = await launchExtension();
    try {
      const history = await openHistory(second);
      await expect.poll(() => history.locator('[data-item-id]').count()).toBe(0);
      await importFile(history, bundlePath);
      // A preview comes first; nothing is written until the moderator confirms.
      const confirm = history.getByRole('button', { name: /^Import \d+ items?/ });
      await confirm.waitFor();
      await expect.poll(() => history.locator('[data-item-id]').count()).toBe(0);
      await confirm.click();
      await expect.poll(() => history.locator('[data-item-id]').count()).toBe(2);
      // Round trip: the second profile exports the same items.
      const again = await download(history, 'Export JSON', 'export-again.json');
      const strip = (items: Record<string, unknown>[]) => items.map(({ statusHistory: _h, ...rest }) => rest);
      expect(strip(itemsOf(again))).toEqual(strip(itemsOf(jsonPath)));
    } finally {
      await second.close();
    }
  });

  it('refuses a hostile import file with a clear message and changes nothing', async () => {
    const history = await openHistory(first);
    const hostile = resolve(out, 'hostile.json');
    writeFileSync(hostile, '{"format":"tidemark-export","version":1,"exportedAt":"2026-01-01T00:00:00Z","items":[{"__proto__":{"polluted":true}}]}');
    await importFile(history, hostile);
    await expect.poll(() => history.locator('[role="status"], [role="alert"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/refused|rejected|not imported/i)]),
    );
    expect(await history.locator('[data-item-id]').count()).toBe(2);
    expect(await history.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    await history.close();
  });
});
