/**
 * Scale smoke test under fake-indexeddb (Node): 10,000 items. The real targets are measured
 * in Chromium by the benchmark; this guards the algorithm (in-memory search after one build,
 * one transaction per bulk change) against accidental per-item database round trips.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bulkSetStatus, countItems, importItems, queryItems, accounts } from '../../../src/store/items';
import type { TidemarkDatabase } from '../../../src/store/schema';
import type { Platform } from '../../../src/shared/item';
import { freshDB, hash, makeItem } from './helpers';

const N = 10_000;
const PLATFORMS: Platform[] = ['facebook', 'instagram', 'x', 'telegram', 'tiktok', 'generic'];
let db: TidemarkDatabase;

beforeAll(async () => {
  db = await freshDB();
  const items = Array.from({ length: N }, (_, i) => {
    const item = makeItem({
      id: `s${i}`,
      platform: PLATFORMS[i % PLATFORMS.length] as Platform,
      text: `Post ${i}: boat crossing to Italy, price ${1000 + (i % 500)} euro, contact seller${i % 700}`,
      capturedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      score: (i % 100) / 100,
      author: { handle: `@seller${i % 700}` },
      evidence: { textSha256: hash(`t${i}`) },
    });
    delete item.screenshot;
    return item;
  });
  expect(await importItems(db, items)).toEqual({ created: N, updated: 0, unchanged: 0 });
}, 120_000);
afterAll(() => db.close());

test('search over 10,000 items answers fast once the index is built', async () => {
  expect(await countItems(db)).toBe(N);
  await queryItems(db, {}, { limit: 50 }); // builds the in-memory index
  const t0 = performance.now();
  const r = await queryItems(db, { text: 'seller42 italy', platforms: ['facebook', 'x'], minScore: 0.1 }, { limit: 50 });
  const ms = performance.now() - t0;
  expect(r.total).toBeGreaterThan(0);
  for (const item of r.items) expect(item.text.toLowerCase()).toContain('seller42');
  expect(ms).toBeLessThan(100);
});

test('accounts over 10,000 items', async () => {
  const acc = await accounts(db);
  expect(acc).toHaveLength(700);
  expect(acc.reduce((n, a) => n + a.count, 0)).toBe(N);
});

test('bulk status change of 1,000 items in one transaction', async () => {
  const ids = Array.from({ length: 1000 }, (_, i) => `s${i * 10}`);
  expect(await bulkSetStatus(db, ids, 'reported')).toBe(1000);
  expect((await queryItems(db, { statuses: ['reported'] })).total).toBe(1000);
}, 30_000);
