/**
 * History page benchmarks in real Chromium with the built extension (dist/) and 10,000
 * stored items (targets from issue 5: first screen ≤ 300 ms, search ≤ 100 ms, bulk status
 * change of 1,000 items ≤ 1 s). Timings come from the page's own performance entries:
 * - first-screen: navigation start → the "tidemark:first-rows" mark (first rows rendered);
 * - search: the "tidemark:query" measure of a typed search (store.queryItems answer);
 *   baseline, same page and data: a naive full items getAll() + lowercase filter;
 * - bulk-status-1000: the "tidemark:bulk-status" measure after "select all matching" (one
 *   transaction); baseline: the naive one-transaction-per-item loop over the same 1,000.
 *
 * Seeding: records built by the store's own toRecord() (same shape and derived index fields
 * as putFlag writes), with their custody rows, written in one IndexedDB transaction inside
 * the history page (the extension origin), and the store's write revision bumped so every
 * connection rebuilds its search index.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension } from '../scripts/lib/launch';
import { toRecord } from '../src/store/items';
import { REV_KEY } from '../src/store/schema';
import type { FlaggedItem } from '../src/shared/item';
import { makeItems } from './reports';
import { round, type BenchLine } from './lib';

const N = 10_000;
const BULK_TAG = 'bulk1k';
const SEARCHES = ['libya', 'example_42', 'تهريب', 'garantili 2500', 'two groups'];
const RUNS = 5;

const median = (xs: number[]): number => {
  const s = xs.toSorted((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('main[data-ready="true"]', { timeout: 60_000 });
}

async function seed(page: Page, items: Omit<FlaggedItem, 'screenshot'>[]): Promise<void> {
  const records = items.map((i) => toRecord(i as FlaggedItem));
  await page.evaluate(
    async ({ records: rows, revKey }) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open('tidemark');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const tx = db.transaction(['items', 'custody', 'meta'], 'readwrite');
      const itemStore = tx.objectStore('items');
      const custody = tx.objectStore('custody');
      for (const r of rows) {
        itemStore.put(r);
        for (const ev of r.statusHistory) custody.add({ itemId: r.id, ...ev });
      }
      const meta = tx.objectStore('meta');
      const rev = meta.get(revKey);
      rev.onsuccess = () => meta.put(((rev.result as number | undefined) ?? 0) + 1, revKey);
      await new Promise((ok, ko) => {
        tx.oncomplete = ok;
        tx.onerror = () => ko(tx.error);
        tx.onabort = () => ko(tx.error);
      });
      db.close();
    },
    { records, revKey: REV_KEY },
  );
}

/** Navigation start → first rows rendered, in ms (one fresh page load). */
async function firstScreen(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await ready(page);
  await page.waitForFunction(() => performance.getEntriesByName('tidemark:first-rows').length > 0);
  const rows = await page.locator('[role="grid"] [role="row"]').count();
  if (rows === 0) throw new Error('history bench: no rows rendered');
  return page.evaluate(() => performance.getEntriesByName('tidemark:first-rows')[0]!.startTime);
}

/** Types a search and returns the duration of the query it triggered. */
async function searchOnce(page: Page, q: string): Promise<number> {
  const before = await page.evaluate(() => performance.getEntriesByName('tidemark:query').length);
  await page.getByRole('searchbox').fill(q);
  await page.waitForFunction((n) => performance.getEntriesByName('tidemark:query').length > n, before, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('tidemark:query').at(-1)!.duration);
}

/** The naive search: read every item, fold, filter. Same words-must-all-occur semantics. */
async function naiveSearch(page: Page, q: string): Promise<number> {
  return page.evaluate(async (query) => {
    const t0 = performance.now();
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('tidemark');
      r.onsuccess = () => ok(r.result);
    });
    const all = await new Promise<{ text: string; url: string; note: string; tags: string[]; author: Record<string, string> }[]>((ok) => {
      const r = db.transaction('items').objectStore('items').getAll();
      r.onsuccess = () => ok(r.result);
    });
    const words = query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
    const hits = all.filter((i) => {
      const hay = [i.text, i.author.name, i.author.handle, i.author.url, i.url, i.note, ...i.tags].filter(Boolean).join('\n').normalize('NFKC').toLowerCase();
      return words.every((w) => hay.includes(w));
    });
    hits.sort((a, b) => (a.url < b.url ? -1 : 1));
    db.close();
    return hits.length >= 0 ? performance.now() - t0 : 0;
  }, q);
}

/** The naive bulk change: one transaction per item (get, put, custody add). */
async function naiveBulk(page: Page, ids: string[]): Promise<number> {
  return page.evaluate(async (list) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('tidemark');
      r.onsuccess = () => ok(r.result);
    });
    const t0 = performance.now();
    const at = new Date().toISOString();
    for (const id of list) {
      const tx = db.transaction(['items', 'custody'], 'readwrite');
      const items = tx.objectStore('items');
      const get = items.get(id);
      get.onsuccess = () => {
        const r = get.result as { status: string; statusHistory: unknown[] };
        const ev = { at, action: 'status', detail: { from: r.status, to: 'dismissed' } };
        r.statusHistory = [...r.statusHistory, ev];
        r.status = 'dismissed';
        items.put(r);
        tx.objectStore('custody').add({ itemId: id, ...ev });
      };
      await new Promise((ok, ko) => {
        tx.oncomplete = ok;
        tx.onerror = () => ko(tx.error);
      });
    }
    const ms = performance.now() - t0;
    db.close();
    return ms;
  }, ids);
}

export async function runHistoryBenchmarks(): Promise<BenchLine[]> {
  const dist = resolve(import.meta.dirname, '../dist');
  if (!existsSync(resolve(dist, 'manifest.json'))) throw new Error('history bench: build the extension first (npm run build)');
  const items = makeItems(N).map((item, i) => (i % 10 === 0 ? { ...item, tags: [...item.tags, BULK_TAG] } : item));
  const bulkIds = items.filter((i) => i.tags.includes(BULK_TAG)).map((i) => i.id);
  const ext = await launchExtension({ dist });
  try {
    const url = ext.url('src/ui/history/index.html');
    const page = await ext.context.newPage();
    await page.goto(url);
    await ready(page);
    await seed(page, items);

    const first: number[] = [];
    for (let r = 0; r < RUNS; r++) first.push(await firstScreen(page, url));
    const total = Number(await page.locator('[data-count-shown]').getAttribute('data-count-shown'));
    if (total !== N) throw new Error(`history bench: expected ${N} items, the page shows ${total}`);

    const search: number[] = [];
    const naive: number[] = [];
    await naiveSearch(page, 'warm-up');
    for (const q of SEARCHES) {
      for (let r = 0; r < 2; r++) {
        search.push(await searchOnce(page, q));
        await searchOnce(page, '');
      }
      naive.push(await naiveSearch(page, q));
    }

    // Bulk: select every item tagged BULK_TAG through the UI and set their status.
    await page.getByRole('searchbox').fill(BULK_TAG);
    await page.waitForFunction((n) => document.querySelector('[data-count-shown]')?.getAttribute('data-count-shown') === String(n), bulkIds.length, { timeout: 30_000 });
    await page.getByLabel(/Select all [\d,]+ matching items?/).check();
    await page.getByLabel('New status').selectOption('reported');
    await page.getByRole('button', { name: /^Set status of .* selected items?$/ }).click();
    await page.waitForFunction(() => performance.getEntriesByName('tidemark:bulk-status').length > 0, null, { timeout: 60_000 });
    const bulk = await page.evaluate(() => performance.getEntriesByName('tidemark:bulk-status')[0]!.duration);
    const bulkBaseline = await naiveBulk(page, bulkIds);

    const searchMs = median(search);
    const naiveMs = median(naive);
    return [
      { bench: 'history-10k', metric: 'first-screen', value: round(median(first)), unit: 'ms' },
      { bench: 'history-10k', metric: 'baseline-search-naive-getall', value: round(naiveMs), unit: 'ms' },
      { bench: 'history-10k', metric: 'search', value: round(searchMs), unit: 'ms', baseline: round(naiveMs), ratio: round(searchMs / naiveMs, 3) },
      { bench: 'history-10k', metric: 'baseline-bulk-status-1000-tx-per-item', value: round(bulkBaseline), unit: 'ms' },
      { bench: 'history-10k', metric: 'bulk-status-1000', value: round(bulk), unit: 'ms', baseline: round(bulkBaseline), ratio: round(bulk / bulkBaseline, 3) },
    ];
  } finally {
    await ext.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await runHistoryBenchmarks()) console.log(JSON.stringify(line));
}
