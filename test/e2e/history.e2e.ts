// The history page in real Chromium with the built extension: a blocked upgrade (another tab
// holding the first schema open) shows its message and then migrates; real flags on the demo
// feed; 2,000 generated items imported through the Import button; the virtualised list and
// its keyboard; search, filters, sorting; editing note, tags, status, reported date and
// reference; bulk status; delete with an in-page confirmation and tombstones; the accounts
// view; right-to-left text; a store error in the alert region; and a newer version in another
// tab making the page reload. One browser launch for the whole file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/server';
import { launchExtension, type ExtensionBrowser } from '../../scripts/lib/launch';
import { clickByRole, findByRole } from '../../scripts/lib/a11y';
import { DB_VERSION } from '../../src/store/schema';
import { PLATFORMS } from '../../src/shared/item';
import { generateItems, generatedExport, importThroughUi, openHistory, shownCount } from './ui-helpers';

const root = resolve(import.meta.dirname, '../..');
const N = 2000;
const gen = generateItems(N);
let server: StaticServer;
let ext: ExtensionBrowser;
/** An extension-origin page that never opens the store itself (an icon): raw IndexedDB from there. */
let holder: Page;
let feed: Page;
let history: Page;
let tmp: string;

const historyUrl = () => ext.url('src/ui/history/index.html');
const search = (p: Page) => p.getByRole('search');

async function setSearch(q: string, expected: number): Promise<void> {
  await search(history).getByRole('searchbox').fill(q);
  await expect.poll(() => shownCount(history), { timeout: 10_000 }).toBe(expected);
}

async function rowCount(p: Page): Promise<number> {
  return p.locator('[role="grid"] [role="row"]').count();
}

beforeAll(async () => {
  tmp = mkdtempSync(resolve(root, '.e2e-tmp', 'history-'));
  server = await serveStatic({ '/demo/': resolve(root, 'demo') });
  ext = await launchExtension();
  ext.context.setDefaultTimeout(10_000);
  holder = await ext.context.newPage();
  await holder.goto(ext.url('icons/icon-32.png'));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('an upgrade blocked by another Tidemark tab', () => {
  it('shows "Close other Tidemark tabs", then upgrades the first-schema data once that tab lets go', async () => {
    // Another tab holds the FIRST schema (v1) open, with one item whose screenshot is inline.
    const v1 = await holder.evaluate(async () => {
      const req = <T>(r: IDBRequest<T>) => new Promise<T>((ok, ko) => ((r.onsuccess = () => ok(r.result)), (r.onerror = () => ko(r.error))));
      await new Promise((ok, ko) => {
        const r = indexedDB.deleteDatabase('tidemark');
        r.onsuccess = ok;
        r.onerror = () => ko(r.error);
      });
      const open = indexedDB.open('tidemark', 1);
      open.onupgradeneeded = () => {
        const d = open.result;
        const items = d.createObjectStore('items', { keyPath: 'id' });
        for (const k of ['capturedAt', 'platform', 'status', 'url']) items.createIndex(k, k);
        d.createObjectStore('custody', { keyPath: 'seq', autoIncrement: true }).createIndex('itemId', 'itemId');
        d.createObjectStore('settings');
      };
      const db = await req(open);
      const canvas = new OffscreenCanvas(40, 20);
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#c33';
      g.fillRect(0, 0, 40, 20);
      const png = await canvas.convertToBlob({ type: 'image/png' });
      const hex = async (b: ArrayBuffer | Uint8Array) =>
        [...new Uint8Array(await crypto.subtle.digest('SHA-256', b as BufferSource))].map((x) => x.toString(16).padStart(2, '0')).join('');
      const text = 'Legacy v1 item: crossing to Lampedusa, 2000 euro';
      const at = '2025-12-01T10:00:00.000Z';
      const evidence = { textSha256: await hex(new TextEncoder().encode(text)), screenshotSha256: await hex(await png.arrayBuffer()) };
      const tx = db.transaction(['items', 'custody'], 'readwrite');
      tx.objectStore('items').put({
        id: 'legacy-v1', url: 'https://old.example.com/p/1', platform: 'generic', author: { name: 'Old Account', handle: '@old_account' },
        text, lang: 'en', quote: { exact: text, prefix: '', suffix: '' }, matches: [], score: 0.8, verdict: 'suspect', reasons: ['legacy'],
        lexiconVersion: 'v1', capturedAt: at, evidence, note: 'kept from v1', tags: ['legacy'], status: 'flagged',
        statusHistory: [{ at, action: 'created' }], screenshot: png,
      });
      tx.objectStore('custody').add({ itemId: 'legacy-v1', at, action: 'created' });
      await new Promise((ok, ko) => ((tx.oncomplete = ok), (tx.onerror = () => ko(tx.error))));
      // No onversionchange handler: this tab never lets go by itself (an old Tidemark build).
      (globalThis as unknown as { v1db: IDBDatabase }).v1db = db;
      return evidence;
    });

    history = await ext.context.newPage();
    await history.goto(historyUrl());
    const alert = history.locator('[role="alert"]');
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain('Close other Tidemark tabs');
    expect(await history.locator('main').getAttribute('data-ready')).toBe('false');

    await holder.evaluate(() => (globalThis as unknown as { v1db: IDBDatabase }).v1db.close());
    await history.waitForSelector('main[data-ready="true"]', { timeout: 15_000 });
    await expect.poll(() => alert.textContent()).toBe('');
    await expect.poll(() => history.locator('[data-item-id]').count()).toBe(1);

    // The migrated item is intact: text, note, tags, and its screenshot moved to its own store.
    await history.locator('[data-item-id="legacy-v1"]').click();
    await history.waitForSelector('[data-detail-ready="true"]');
    expect(await history.locator('[data-hash="text"]').textContent()).toBe(v1.textSha256);
    expect(await history.locator('[data-hash="screenshot"]').textContent()).toBe(v1.screenshotSha256);
    await expect.poll(() => history.locator('img.screenshot').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth === 40)).toBe(true);
    expect(await history.getByLabel('Note', { exact: true }).inputValue()).toBe('kept from v1');
    const version = await holder.evaluate(
      () => new Promise<number>((ok) => {
        const r = indexedDB.open('tidemark');
        r.onsuccess = () => {
          ok(r.result.version);
          r.result.close();
        };
      }),
    );
    expect(version).toBe(DB_VERSION);
  });
});

describe('flag on the demo feed → history', () => {
  it('finds posts flagged with real clicks, with screenshot, hashes and custody log', async () => {
    feed = await ext.context.newPage();
    await feed.goto(`${server.origin}/demo/feed.html`);
    await feed.waitForFunction(() => document.querySelectorAll('tidemark-badge').length > 0, null, { timeout: 15_000 });
    for (let n = 0; n < 2; n++) {
      await feed.bringToFront();
      await clickByRole(feed, 'button', /^Flag this post/, 0);
      await expect.poll(async () => (await findByRole(feed, 'button', /^Flagged/)).length, { timeout: 20_000 }).toBe(n + 1);
    }
    await history.bringToFront();
    await openHistory(history, historyUrl());
    await expect.poll(() => shownCount(history)).toBe(3);
    await setSearch('Izmir', 1);
    await history.locator('[data-item-id]').first().click();
    await history.waitForSelector('[data-detail-ready="true"]');
    expect(await history.locator('[data-hash="text"]').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(await history.locator('[data-hash="screenshot"]').textContent()).toMatch(/^[0-9a-f]{64}$/);
    await expect.poll(() => history.locator('img.screenshot').evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    expect(await history.locator('.custody li[data-action="created"]').count()).toBe(1);
    // The matches are highlighted in the text.
    expect(await history.locator('.detail mark.cue').count()).toBeGreaterThan(0);
  });
});

describe('many items', () => {
  it('imports 2,000 generated items through the Import button', async () => {
    const file = resolve(tmp, 'generated.json');
    writeFileSync(file, generatedExport(N));
    await setSearch('', 3);
    await importThroughUi(history, file);
    await expect.poll(() => shownCount(history)).toBe(N + 3);
    expect(await history.locator('[data-overall]').getAttribute('data-overall')).toBe(String(N + 3));
  });

  it('renders only the visible rows, announces the full count, and moves with the keyboard', async () => {
    const grid = history.getByRole('grid', { name: 'Flagged items' });
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(N + 3));
    const rendered = await rowCount(history);
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(80);

    await history.locator('[data-row-index="0"] .item-row').focus();
    const focusedRow = () => history.evaluate(() => document.activeElement?.closest('[role="row"]')?.getAttribute('aria-rowindex'));
    // focus moves after a render and a data load: allow for a busy machine
    const poll = { timeout: 10_000 };
    await history.keyboard.press('ArrowDown');
    await expect.poll(focusedRow, poll).toBe('2');
    await history.keyboard.press('End');
    await expect.poll(focusedRow, poll).toBe(String(N + 3));
    await expect.poll(() => history.locator(`[role="row"][aria-rowindex="${N + 3}"] .row-text`).textContent(), poll).not.toBe('');
    expect(await rowCount(history)).toBeLessThan(80);
    await history.keyboard.press('ArrowUp');
    await expect.poll(focusedRow, poll).toBe(String(N + 2));
    await history.keyboard.press('Home');
    await expect.poll(focusedRow, poll).toBe('1');
    // Space toggles the row's checkbox; Enter opens it.
    await history.keyboard.press('Space');
    await expect.poll(() => history.locator('[data-count-selected]').getAttribute('data-count-selected')).toBe('1');
    await history.keyboard.press('Space');
    await expect.poll(() => history.locator('[data-count-selected]').getAttribute('data-count-selected')).toBe('0');
    await history.keyboard.press('Enter');
    await history.waitForSelector('[data-detail-ready="true"]');
  });

  it('searches text, author handles and Arabic text (debounced), with counts', async () => {
    await setSearch('gen_account_7', gen.filter((_, i) => i % 50 === 7).length);
    await setSearch('ليبيا gen_account', gen.filter((g) => g.lang === 'ar').length);
    await setSearch('gen1234', 1);
    await setSearch('no such words anywhere', 0);
    expect(await history.locator('.empty').textContent()).toContain('No item matches');
  });

  it('filters by platform, language, category, verdict, minimum score and date range', async () => {
    const form = search(history);
    await setSearch('gen_account', N);
    await form.getByLabel('Platform', { exact: true }).selectOption('telegram');
    let want = gen.filter((g) => g.platform === 'telegram');
    await expect.poll(() => shownCount(history)).toBe(want.length);
    await form.getByLabel('Language', { exact: true }).fill('ar');
    want = want.filter((g) => g.lang === 'ar');
    await expect.poll(() => shownCount(history)).toBe(want.length);
    await form.getByLabel('Minimum score (%)', { exact: true }).fill('50');
    want = want.filter((g) => g.score >= 0.5);
    await expect.poll(() => shownCount(history)).toBe(want.length);
    expect(want.length).toBeGreaterThan(0);
    await form.getByLabel('Verdict', { exact: true }).selectOption('review');
    await expect.poll(() => shownCount(history)).toBe(0);

    await form.getByRole('button', { name: 'Clear filters' }).click();
    await setSearch('gen_account', N);
    await form.getByLabel('Category', { exact: true }).selectOption('documents');
    await expect.poll(() => shownCount(history)).toBe(gen.filter((g) => g.matches[0]!.category === 'documents').length);
    await form.getByLabel('Category', { exact: true }).selectOption('');
    await form.getByLabel('From', { exact: true }).fill('2026-01-02');
    await form.getByLabel('To', { exact: true }).fill('2026-01-03');
    await expect.poll(() => shownCount(history)).toBe(gen.filter((g) => g.capturedAt >= '2026-01-02' && g.capturedAt < '2026-01-04').length);
    await form.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => shownCount(history)).toBe(N + 3);

    // Two changes before the page re-renders (a select, then a keystroke, in one task): both count.
    await form.evaluate((f) => {
      const platform = f.querySelector<HTMLSelectElement>('select[aria-label="Platform"]')!;
      platform.value = 'telegram';
      platform.dispatchEvent(new Event('change', { bubbles: true }));
      const box = f.querySelector<HTMLInputElement>('input[type="search"]')!;
      box.value = 'gen_account';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => shownCount(history)).toBe(gen.filter((g) => g.platform === 'telegram').length);
    expect(await form.getByLabel('Platform', { exact: true }).inputValue()).toBe('telegram');
    await form.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('sorts by score, platform and author', async () => {
    const form = search(history);
    await setSearch('gen_account', N);
    const firstPill = () => history.locator('[data-row-index="0"] .pill').nth(1).textContent();
    await form.getByLabel('Sort by', { exact: true }).selectOption('score');
    await expect.poll(firstPill).toBe('99%');
    await form.getByLabel('Order', { exact: true }).selectOption('asc');
    await expect.poll(firstPill).toBe('0%');
    await form.getByLabel('Sort by', { exact: true }).selectOption('platform');
    await expect.poll(() => history.locator('[data-row-index="0"] .row-head .muted').first().textContent()).toBe(PLATFORMS.toSorted()[0]);
    await form.getByLabel('Sort by', { exact: true }).selectOption('author');
    await expect.poll(() => history.locator('[data-row-index="0"] .row-author').textContent()).toBe('Generated account 0');
    await form.getByLabel('Sort by', { exact: true }).selectOption('capturedAt');
    await form.getByLabel('Order', { exact: true }).selectOption('desc');
  });
});

describe('editing one item', () => {
  it('saves note and tags; search finds the tag; the custody log records the edit', async () => {
    await setSearch('gen1234', 1);
    await history.locator('[data-item-id="gen-001234"]').click();
    await history.waitForSelector('[data-detail-ready="true"]');
    await history.getByLabel('Note', { exact: true }).fill('Same boat as the Izmir ad — مهرب');
    await history.getByLabel('Tags (comma-separated)').fill('priority-x, channel');
    await history.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => history.locator('[data-status-line]').textContent()).toBe('Note saved.');
    await expect.poll(() => history.locator('.custody li[data-action="edited"]').count()).toBe(1);
    await setSearch('priority-x', 1);
    await setSearch('مهرب', 1);
  });

  it('changes status, then marks as reported with a date and the platform reference number', async () => {
    await history.locator('[data-field="status"]').selectOption('still-online');
    await expect.poll(() => history.locator('.custody li[data-action="status"]').count()).toBe(1);
    await history.getByLabel('Reported on').fill('2026-05-01');
    await history.getByLabel('Platform reference').fill('CASE-42');
    await history.getByRole('button', { name: 'Mark as reported' }).click();
    await expect.poll(() => history.locator('[data-field="reference"]').textContent()).toBe('CASE-42');
    expect(await history.locator('[data-reported] time').getAttribute('datetime')).toBe('2026-05-01T00:00:00.000Z');
    expect(await history.locator('[data-field="status"]').inputValue()).toBe('reported');
    await expect.poll(() => history.locator('.custody li[data-action="reported"]').count()).toBe(1);
    expect(await history.locator('.custody li[data-action="status"]').count()).toBe(2);
    await setSearch('', N + 3);
    await search(history).getByLabel('Status', { exact: true }).selectOption('reported');
    await expect.poll(() => shownCount(history)).toBe(1);
    await search(history).getByLabel('Status', { exact: true }).selectOption('');
    await expect.poll(() => shownCount(history)).toBe(N + 3);
  });

  it('shows a store error (an over-long note) in the alert region and keeps the old note', async () => {
    await setSearch('gen1234', 1);
    await history.getByLabel('Note', { exact: true }).fill('x'.repeat(20_001));
    await history.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => history.locator('[role="alert"]').textContent()).toContain('A note must be text of at most 20000 characters');
    await history.locator('[role="alert"]').getByRole('button', { name: 'Dismiss' }).click();
    await setSearch('Same boat', 1);
  });
});

describe('bulk actions', () => {
  it('selects all matching items and changes their status in one go', async () => {
    const batch = gen.filter((g) => g.tags.includes('batch')).length;
    await setSearch('batch', batch);
    await history.getByLabel(`Select all ${batch.toLocaleString('en')} matching items`).check();
    await expect.poll(() => history.locator('[data-count-selected]').getAttribute('data-count-selected')).toBe(String(batch));
    await history.getByLabel('New status').selectOption('removed');
    await history.getByRole('button', { name: `Set status of ${batch} selected items` }).click();
    await expect.poll(() => history.locator('[data-status-line]').textContent()).toBe(`Status set to Removed on ${batch} items.`);
    await search(history).getByLabel('Status', { exact: true }).selectOption('removed');
    await expect.poll(() => shownCount(history)).toBe(batch);
    await search(history).getByLabel('Status', { exact: true }).selectOption('');
  });

  it('deletes selected items only after confirming in a dialog, leaving tombstones in the custody log', async () => {
    const mine = gen.filter((_, i) => i % 50 === 49).length;
    await setSearch('gen_account_49', mine);
    const boxes = history.locator('[role="row"] input[type="checkbox"]');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      await boxes.nth(i).check();
      ids.push((await history.locator(`[data-row-index="${i}"] [data-item-id]`).getAttribute('data-item-id'))!);
    }
    await history.getByRole('button', { name: 'Delete 3 selected items…' }).click();
    const dialog = history.getByRole('dialog', { name: 'Delete 3 selected items?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await shownCount(history)).toBe(mine);

    await history.getByRole('button', { name: 'Delete 3 selected items…' }).click();
    await dialog.getByRole('button', { name: 'Delete 3 items' }).click();
    await expect.poll(() => shownCount(history)).toBe(mine - 3);
    const tombstones = await holder.evaluate(async (deleted) => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const r = indexedDB.open('tidemark');
        r.onsuccess = () => ok(r.result);
      });
      const all = await new Promise<{ itemId: string; action: string; detail?: Record<string, string> }[]>((ok) => {
        const r = db.transaction('custody').objectStore('custody').getAll();
        r.onsuccess = () => ok(r.result);
      });
      db.close();
      return all.filter((c) => c.action === 'deleted' && deleted.includes(c.itemId)).map((c) => c.detail?.textSha256 ?? '');
    }, ids);
    expect(tombstones).toHaveLength(3);
    for (const h of tombstones) expect(h).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('accounts view', () => {
  it('groups items by author across platforms, links the profile, and filters the list to an account', async () => {
    await setSearch('', N);
    await history.getByRole('tab', { name: 'Accounts' }).click();
    const table = history.getByRole('table');
    await table.waitFor();
    const row49 = history.locator('tr[data-account="@gen_account_49"]');
    const gen49 = gen.filter((_, i) => i % 50 === 49);
    expect(await row49.locator('[data-field="count"]').textContent()).toBe(String(gen49.length - 3));
    expect(await row49.locator('td').nth(3).textContent()).toBe([...new Set(gen49.map((g) => g.platform))].toSorted().join(', '));
    const sea = history.locator('tr[data-account="@example_sea_travel"]');
    expect(await sea.locator('[data-field="count"]').textContent()).toBe('1');
    expect(await sea.getByRole('link', { name: 'Profile' }).getAttribute('href')).toBe('https://social.example.com/u/example_sea_travel');
    expect(await sea.locator('time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);

    await sea.getByRole('button', { name: /^Show items of Sea Travel Express/ }).click();
    await expect.poll(() => history.getByRole('tab', { name: 'Items' }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => shownCount(history)).toBe(1);
    expect(await history.locator('.chip').textContent()).toContain('Sea Travel Express');
    await history.getByRole('button', { name: /^Remove account filter/ }).click();
    await expect.poll(() => shownCount(history)).toBe(N);
  });
});

describe('right-to-left text', () => {
  it('shows Arabic and Persian rows and details right to left, isolated from the layout', async () => {
    expect(gen[1233]!.lang).toBe('ar');
    await setSearch('gen1233', 1);
    const text = history.locator('[data-row-index="0"] .row-text');
    expect(await text.getAttribute('dir')).toBe('auto');
    expect(await text.evaluate((el) => [el.matches(':dir(rtl)'), getComputedStyle(el).unicodeBidi])).toEqual([true, 'plaintext']);
    await history.locator('[data-row-index="0"] .item-row').click();
    await history.waitForSelector('[data-detail-ready="true"]');
    expect(await history.locator('.detail .post-text').evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
    await setSearch('', N);
  });
});

describe('a newer Tidemark in another tab', () => {
  it('makes the page let go of the database and reload, then explain the data is from a newer version', async () => {
    await history.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 1));
    const opened = await holder.evaluate(
      (v) => new Promise<number>((ok, ko) => {
        const r = indexedDB.open('tidemark', v);
        r.onsuccess = () => {
          ok(r.result.version);
          r.result.close();
        };
        r.onerror = () => ko(r.error);
      }),
      DB_VERSION + 1,
    );
    expect(opened).toBe(DB_VERSION + 1);
    await expect.poll(() => history.evaluate(() => (globalThis as unknown as { marker?: number }).marker ?? 'reloaded')).toBe('reloaded');
    await expect.poll(() => history.locator('[role="alert"]').textContent(), { timeout: 15_000 }).toContain('created by a newer version of Tidemark');
  });
});
