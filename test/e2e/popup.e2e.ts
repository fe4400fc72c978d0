// The toolbar popup in real Chromium, opened as a tab with `?tab=<feed tab id>` (a test
// cannot click the toolbar): the page summary, flagging from the popup, the latest flags
// with a quick status change, the link to the history page, and the "not here" state.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/server';
import { launchExtension, type ExtensionBrowser } from '../../scripts/lib/launch';
import { clickByRole, findByRole } from '../../scripts/lib/a11y';

const root = resolve(import.meta.dirname, '../..');
let server: StaticServer;
let ext: ExtensionBrowser;
let feed: Page;
let feedTabId: number;

async function openPopup(tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(ext.url(`src/ui/popup/index.html?tab=${tabId}`));
  await popup.waitForSelector('main[data-ready="true"]');
  return popup;
}

beforeAll(async () => {
  server = await serveStatic({ '/demo/': resolve(root, 'demo') });
  ext = await launchExtension();
  ext.context.setDefaultTimeout(10_000);
  feed = await ext.context.newPage();
  const url = `${server.origin}/demo/feed.html`;
  await feed.goto(url);
  await feed.waitForFunction(() => document.querySelectorAll('tidemark-badge').length > 0, null, { timeout: 15_000 });
  feedTabId = (await ext.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url)) as number;
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('popup', () => {
  it('says nothing is flagged yet, and shows the page summary with Show and Flag per post', async () => {
    const popup = await openPopup(feedTabId);
    expect(await popup.locator('#latest-h + p').textContent()).toBe('Nothing flagged yet.');
    const counts = await popup.locator('[data-counts]').textContent();
    const suspect = Number(/(\d+) suspect/.exec(counts ?? '')?.[1]);
    expect(suspect).toBeGreaterThanOrEqual(5);
    expect(counts).toContain('posts scanned');
    expect(await popup.locator('[data-summary-post]').count()).toBeGreaterThanOrEqual(suspect);
    expect(await popup.getByRole('button', { name: 'Show' }).count()).toBe(await popup.locator('[data-summary-post]').count());
    // Right-to-left posts keep their direction in the popup.
    const rtl = await popup.locator('[data-summary-post] .post-text').evaluateAll((els) => els.filter((el) => el.matches(':dir(rtl)')).length);
    expect(rtl).toBeGreaterThan(0);
    await popup.close();
  });

  it('lists a post flagged in the page among the latest flags', async () => {
    await feed.bringToFront();
    await clickByRole(feed, 'button', /^Flag this post/, 0);
    await expect.poll(async () => (await findByRole(feed, 'button', /^Flagged/)).length, { timeout: 20_000 }).toBe(1);
    const popup = await openPopup(feedTabId);
    await expect.poll(() => popup.locator('[data-latest-id]').count()).toBe(1);
    expect(await popup.locator('[data-latest-id] .post-text').textContent()).toContain('Izmir');
    await popup.close();
  });

  it('downloads the DSA notice of a latest flag and copies report text', async () => {
    const popup = await openPopup(feedTabId);
    const item = popup.locator('[data-latest-id]').first();
    const [download] = await Promise.all([popup.waitForEvent('download'), item.getByRole('button', { name: 'Download notice' }).click()]);
    const path = await download.path();
    const notice = JSON.parse(readFileSync(path, 'utf8')) as { kind: string; items: { permalink?: string; evidence: { textSha256: string } }[] };
    expect(notice.kind).toBe('dsa-art16-notice');
    expect(notice.items[0]!.permalink).toBe('https://social.example.com/p/1001');
    expect(notice.items[0]!.evidence.textSha256).toMatch(/^[0-9a-f]{64}$/);
    await popup.bringToFront();
    await item.getByRole('button', { name: 'Copy platform report' }).click();
    await expect.poll(() => popup.locator('[data-status-line]').textContent()).toBe('Platform report copied.');
    // Reading the clipboard back needs a permission extension origins cannot be granted here,
    // so capture what the page hands to the clipboard on a second click.
    await popup.evaluate(() => {
      const w = window as unknown as { copied?: string };
      navigator.clipboard.writeText = async (t: string) => {
        w.copied = t;
      };
    });
    await item.getByRole('button', { name: 'Copy platform report' }).click();
    await expect.poll(() => popup.evaluate(() => (window as unknown as { copied?: string }).copied ?? '')).toContain('https://social.example.com/p/1001');
    const copied = await popup.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    expect(copied).toMatch(/smuggling/i);
    await popup.close();
  });

  it('flags a post from the popup; it appears in the latest flags and in the page', async () => {
    const popup = await openPopup(feedTabId);
    const second = popup.locator('[data-summary-post]').filter({ hasText: 'Pasaporta' });
    await second.getByRole('button', { name: /^Flag post \d+$/ }).click();
    await expect.poll(() => popup.locator('[data-status-line]').textContent(), { timeout: 20_000 }).toBe('Flagged and saved.');
    await expect.poll(() => popup.locator('[data-latest-id]').count()).toBe(2);
    expect(await popup.locator('[data-latest-id]').first().textContent()).toContain('Pasaporta');
    await expect.poll(async () => (await findByRole(feed, 'button', /^Flagged/)).length, { timeout: 10_000 }).toBe(2);
    // Flagging it again updates, never duplicates.
    await second.getByRole('button', { name: /^Flag post \d+$/ }).click();
    await expect.poll(() => popup.locator('[data-status-line]').textContent(), { timeout: 20_000 }).toBe('Already flagged: evidence updated.');
    expect(await popup.locator('[data-latest-id]').count()).toBe(2);
    await popup.close();
  });

  it('changes a status from the latest flags, and the history page agrees', async () => {
    const popup = await openPopup(feedTabId);
    const first = popup.locator('[data-latest-id]').first();
    const id = await first.getAttribute('data-latest-id');
    await first.getByRole('combobox').selectOption('dismissed');
    await expect.poll(() => popup.locator('[data-status-line]').textContent()).toBe('Status set to Dismissed.');
    await popup.reload();
    await popup.waitForSelector('main[data-ready="true"]');
    expect(await popup.locator(`[data-latest-id="${id}"] select`).inputValue()).toBe('dismissed');

    const link = popup.getByRole('link', { name: 'Open history' });
    expect(await link.getAttribute('href')).toBe(ext.url('src/ui/history/index.html'));
    const [history] = await Promise.all([ext.context.waitForEvent('page'), link.click()]);
    await history.waitForSelector('main[data-ready="true"]');
    await history.locator(`[data-item-id="${id}"]`).click();
    await history.waitForSelector('[data-detail-ready="true"]');
    expect(await history.locator('[data-field="status"]').inputValue()).toBe('dismissed');
    await history.close();
    await popup.close();
  });

  it('explains when Tidemark does not run on the tab', async () => {
    const other = await ext.context.newPage();
    await other.goto(ext.url('icons/icon-32.png'));
    const otherId = (await ext.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, other.url())) as number;
    const popup = await openPopup(otherId);
    expect(await popup.locator('#page-h + p').textContent()).toContain('Tidemark does not run on this page');
    expect(await popup.locator('[data-latest-id]').count()).toBe(2);
    await popup.close();
    await other.close();
  });
});
