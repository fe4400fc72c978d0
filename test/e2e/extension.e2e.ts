// The moderator's core loop in real Chromium with the built extension: open the demo feed,
// see highlights and badges, flag a post with a real click, find it in the history page
// (real IndexedDB in the extension origin) with its screenshot and hashes.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/server';
import { launchExtension, type ExtensionBrowser } from '../../scripts/lib/launch';
import { clickByRole, findByRole, waitForRole } from '../../scripts/lib/a11y';

const root = resolve(import.meta.dirname, '../..');
let server: StaticServer;
let ext: ExtensionBrowser;
let feed: Page;

async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('tidemark-')) out[name] = h.size;
    return out;
  });
}

interface Summary {
  url: string;
  platform: string;
  posts: { score: number; verdict: string; text: string; matches: { text: string; category: string }[] }[];
  counts: { posts: number; suspect: number; review: number };
}

/** Asks the tab's content script for its page summary, as the popup does. */
async function pageSummary(page: Page): Promise<Summary> {
  const url = page.url();
  return ext.sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'page-summary' });
  }, url) as Promise<Summary>;
}

beforeAll(async () => {
  server = await serveStatic({ '/demo/': resolve(root, 'demo') });
  ext = await launchExtension();
  feed = await ext.context.newPage();
  await feed.goto(`${server.origin}/demo/feed.html`);
  await feed.waitForFunction(() => document.querySelectorAll('tidemark-badge').length > 0, null, { timeout: 15_000 });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('content script on the demo feed', () => {
  it('highlights ad phrases with the CSS Custom Highlight API', async () => {
    const counts = await highlightCounts(feed);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(10);
    expect(Object.keys(counts)).toEqual(expect.arrayContaining(['tidemark-contact', 'tidemark-price']));
  });

  it('marks the smuggling ads as suspect and none of the news report, NGO warning, ferry, travel agency or asylum question', async () => {
    const summary = await pageSummary(feed);
    const suspect = summary.posts.filter((p) => p.verdict === 'suspect').map((p) => p.text);
    const has = (needle: string) => suspect.some((t) => t.includes(needle));
    for (const ad of ['Trips from Izmir', 'تهريب من ليبيا', "Yunanistan'a garantili", 'Pasaporta origjinale', 'Đi Anh bao đậu', 'Pasamos a Estados Unidos']) {
      expect(has(ad), ad).toBe(true);
    }
    for (const benign of ['Police dismantle', 'Never pay smugglers', 'Winter timetable', 'Winter sun!', 'asylum application']) {
      expect(has(benign), benign).toBe(false);
    }
    // Every suspect post carries a badge in the page.
    const badges = await feed.evaluate(() => document.querySelectorAll('article > tidemark-badge').length);
    expect(badges).toBeGreaterThanOrEqual(suspect.length);
  });

  it('answers the page-summary contract (DESIGN.md §7.4)', async () => {
    const summary = await pageSummary(feed);
    expect(summary.url).toBe(`${server.origin}/demo/feed.html`);
    expect(summary.platform).toBe('generic');
    expect(summary.counts.posts).toBe(12);
    expect(summary.counts.suspect).toBe(summary.posts.filter((p) => p.verdict === 'suspect').length);
    for (const p of summary.posts) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
      expect(p.matches.every((m) => typeof m.text === 'string' && typeof m.category === 'string')).toBe(true);
    }
  });

  it('leaves the page text unchanged (badges only add their own host element)', async () => {
    const text = await feed.evaluate(() => document.querySelector('article[data-post-id="p1"] .body')!.textContent);
    expect(text).toContain('Trips from Izmir to the Greek islands');
  });

  it('exposes Flag buttons by role and accessible name (closed shadow roots)', async () => {
    const buttons = await findByRole(feed, 'button', /^Flag/);
    expect(buttons.length).toBeGreaterThanOrEqual(3);
  });
});

describe('flag → history', () => {
  it('flags a post with a real click and stores it with screenshot, hashes and UTC time', async () => {
    await feed.bringToFront();
    await clickByRole(feed, 'button', /^Flag this post/);
    await waitForRole(feed, 'button', /^Flagged/, 20_000);

    const history = await ext.context.newPage();
    await history.goto(ext.url('src/ui/history/index.html'));
    await history.waitForSelector('main[data-ready="true"]');
    const rows = history.locator('[data-item-id]');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().click();
    await history.waitForSelector('[data-detail-ready="true"]');
    const detail = history.locator('[data-detail-ready="true"]');
    await expect.poll(() => detail.textContent()).toContain('Izmir');
    const sha = await history.locator('[data-hash="text"]').textContent();
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    const shot = await history.locator('[data-hash="screenshot"]').textContent();
    expect(shot).toMatch(/^[0-9a-f]{64}$/);
    const img = history.locator('img.screenshot');
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    const captured = await history.locator('[data-field="capturedAt"]').getAttribute('datetime');
    expect(captured).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    await history.close();
  });

  it('flagging the same post again updates the item instead of duplicating it', async () => {
    await feed.reload();
    await feed.waitForFunction(() => document.querySelectorAll('tidemark-badge').length > 0, null, { timeout: 15_000 });
    await clickByRole(feed, 'button', /^Flag this post/);
    await waitForRole(feed, 'button', /^Flagged/, 20_000);
    const history = await ext.context.newPage();
    await history.goto(ext.url('src/ui/history/index.html'));
    await history.waitForSelector('main[data-ready="true"]');
    await expect.poll(() => history.locator('[data-item-id]').count()).toBe(1);
    await history.close();
  });
});
