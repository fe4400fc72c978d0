// Launches the system Chromium with the built extension loaded (playwright-core; nothing downloaded).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker: evaluate code in the background with it. */
  sw: Worker;
  extensionId: string;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  close(): Promise<void>;
}

const root = resolve(import.meta.dirname, '../..');

export async function launchExtension({
  dist = resolve(root, 'dist'),
  headless = true,
  userDataDir,
  downloadsPath,
}: { dist?: string; headless?: boolean; userDataDir?: string; downloadsPath?: string } = {}): Promise<ExtensionBrowser> {
  const tmpRoot = resolve(root, '.e2e-tmp');
  mkdirSync(tmpRoot, { recursive: true });
  const profile = userDataDir ?? mkdtempSync(resolve(tmpRoot, 'profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless,
    acceptDownloads: true,
    downloadsPath,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // profiling aid, e.g. TIDEMARK_CHROMIUM_ARGS='--js-flags=--trace-deopt' (output: DEBUG=pw:browser)
      ...(process.env.TIDEMARK_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
    ],
  });
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      if (!userDataDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
