// The settings page in real Chromium: persistent-storage answer and storage usage, saving
// the reviewer (read back after reload), 'settings-changed' reaching open tabs (quiet mode
// removes the badges from the demo feed), custom terms, and retention purge confirmed in an
// in-page dialog.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/server';
import { launchExtension, type ExtensionBrowser } from '../../scripts/lib/launch';
import { clickByRole, findByRole } from '../../scripts/lib/a11y';
import { generatedExport, importThroughUi, openHistory, shownCount } from './ui-helpers';

const root = resolve(import.meta.dirname, '../..');
let server: StaticServer;
let ext: ExtensionBrowser;
let settings: Page;
let feed: Page;
let tmp: string;

const badges = () => feed.evaluate(() => document.querySelectorAll('tidemark-badge').length);

async function openSettings(): Promise<void> {
  await settings.goto(ext.url('src/ui/settings/index.html'));
  await settings.waitForSelector('main[data-ready="true"]');
}

async function save(): Promise<void> {
  // The line may still say "Settings saved." from the previous save: wait for THIS one.
  const status = settings.locator('[data-status-line]');
  const before = Number(await status.getAttribute('data-saves'));
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(async () => Number(await status.getAttribute('data-saves'))).toBe(before + 1);
  expect(await status.textContent()).toBe('Settings saved.');
}

beforeAll(async () => {
  tmp = mkdtempSync(resolve(root, '.e2e-tmp', 'settings-'));
  server = await serveStatic({ '/demo/': resolve(root, 'demo') });
  ext = await launchExtension();
  ext.context.setDefaultTimeout(10_000);
  feed = await ext.context.newPage();
  await feed.goto(`${server.origin}/demo/feed.html`);
  await feed.waitForFunction(() => document.querySelectorAll('tidemark-badge').length > 0, null, { timeout: 15_000 });
  settings = await ext.context.newPage();
  await openSettings();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('settings page', () => {
  it('asks for persistent storage and shows the answer and the storage usage', async () => {
    const persisted = settings.locator('[data-persisted]');
    await expect.poll(() => persisted.getAttribute('data-persisted')).toMatch(/^(true|false)$/);
    const answer = await persisted.getAttribute('data-persisted');
    // The page shows exactly what the browser says.
    expect(answer).toBe(String(await settings.evaluate(() => navigator.storage.persisted())));
    expect(await persisted.textContent()).toBe(answer === 'true' ? 'granted' : 'not granted');
    await expect.poll(() => settings.locator('[data-usage]').count()).toBe(1);
    expect(Number(await settings.locator('[data-usage]').getAttribute('data-usage'))).toBeGreaterThanOrEqual(0);
    expect(await settings.locator('[data-usage]').textContent()).toMatch(/^Using \d+\.\d MB/);
  });

  it('saves the reviewer and reads it back after a reload', async () => {
    await settings.getByLabel('Name', { exact: true }).fill('Amira Haddad');
    await settings.getByLabel('E-mail').fill('amira@example.org');
    await settings.getByLabel('Organisation').fill('Trust & Safety — مراجعة');
    await settings.getByLabel(/^Trusted-flagger identifier/).fill('TF-0042');
    await save();
    await openSettings();
    expect(await settings.getByLabel('Name', { exact: true }).inputValue()).toBe('Amira Haddad');
    expect(await settings.getByLabel('E-mail').inputValue()).toBe('amira@example.org');
    expect(await settings.getByLabel('Organisation').inputValue()).toBe('Trust & Safety — مراجعة');
    expect(await settings.getByLabel(/^Trusted-flagger identifier/).inputValue()).toBe('TF-0042');
  });

  it("tells open tabs: quiet mode removes the feed's badges, and turning it off brings them back", async () => {
    expect(await badges()).toBeGreaterThan(0);
    await settings.getByLabel(/Quiet mode/).check();
    await save();
    await expect.poll(badges, { timeout: 10_000 }).toBe(0);
    await settings.getByLabel(/Quiet mode/).uncheck();
    await save();
    await expect.poll(badges, { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('adds and removes a custom term', async () => {
    await settings.getByLabel('Term', { exact: true }).fill('قارب سريع');
    await settings.getByLabel('Language', { exact: true }).fill('ar');
    await settings.getByRole('button', { name: 'Add term' }).click();
    await save();
    await openSettings();
    const row = settings.locator('table.terms tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('td').first().textContent()).toBe('قارب سريع');
    await settings.getByRole('button', { name: 'Remove قارب سريع' }).click();
    await save();
    await openSettings();
    expect(await row.count()).toBe(0);
  });

  it('purges items older than the retention period after an in-page confirmation', async () => {
    // 20 old items (captured in January 2026) imported through the history page, plus one flagged now.
    const file = resolve(tmp, 'old.json');
    writeFileSync(file, generatedExport(20));
    const history = await openHistory(await ext.context.newPage(), ext.url('src/ui/history/index.html'));
    await importThroughUi(history, file);
    await feed.bringToFront();
    await clickByRole(feed, 'button', /^Flag this post/, 0);
    await expect.poll(async () => (await findByRole(feed, 'button', /^Flagged/)).length, { timeout: 20_000 }).toBe(1);
    await openHistory(history, ext.url('src/ui/history/index.html'));
    expect(await shownCount(history)).toBe(21);

    await settings.bringToFront();
    await settings.getByLabel(/^Keep items for/).fill('30');
    await save();
    await settings.getByRole('button', { name: 'Purge older items now' }).click();
    const dialog = settings.getByRole('dialog', { name: 'Delete items older than 30 days?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    await settings.getByRole('button', { name: 'Purge older items now' }).click();
    await dialog.getByRole('button', { name: 'Purge' }).click();
    await expect.poll(() => settings.locator('[data-status-line]').textContent()).toBe('Purged 20 items.');
    await openHistory(history, ext.url('src/ui/history/index.html'));
    expect(await shownCount(history)).toBe(1);
    await history.close();
  });
});
