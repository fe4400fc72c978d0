/** Upgrading a genuine v1 database (built with the v1 step) to the current schema, data intact. */
import { afterEach, describe, expect, test } from 'vitest';
import { openDB } from 'idb';
import { openTidemarkDB } from '../../../src/store/db';
import { accounts, countItems, custodyLog, getItem, putFlag, queryItems } from '../../../src/store/items';
import { DB_VERSION, REV_KEY, authorKeyOf, migrateV1Item, type TidemarkDatabase } from '../../../src/store/schema';
import { createV1Database, freshName, hash, makeItem } from './helpers';

let db: TidemarkDatabase | undefined;
afterEach(() => db?.close());

/** v1 rows as the first build wrote them: screenshot inline, no derived fields. */
function v1Rows(): Record<string, unknown>[] {
  const full = makeItem({ id: 'full', platform: 'telegram', lang: 'ar', author: { handle: '@Abu_Salem' }, capturedAt: '2025-01-10T08:00:00.000Z', firstCapturedAt: '2025-01-02T08:00:00.000Z', note: 'old note', tags: ['route-ly-it'], status: 'reported' });
  const { screenshot: fullShot, ...fullRest } = full;
  const { screenshot: _s, firstCapturedAt: _f, lang: _l, statusHistory: _h, note: _n, tags: _t, ...minimal } = makeItem({
    id: 'legacy',
    author: { name: 'Golden  Travel', url: 'https://m.facebook.com/golden.travel/' },
    capturedAt: '2025-01-05T08:00:00.000Z',
    evidence: { textSha256: hash('t-legacy') },
  });
  return [
    { ...fullRest, screenshot: fullShot, statusHistory: [{ at: '2025-01-10T08:00:00.000Z', action: 'created' }] },
    // A legacy row with junk in an array: migrated, not fatal.
    { ...minimal, matches: [null, { start: 0, end: 4, text: 'Boat', category: 'transport', term: 'boat' }] },
  ];
}

describe('migration v1 → v2', () => {
  test('schema: new stores and indexes exist after the upgrade', async () => {
    const name = freshName('mig-schema');
    await createV1Database(name, v1Rows());
    db = await openTidemarkDB({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].toSorted()).toEqual(['custody', 'items', 'meta', 'screenshots', 'settings']);
    const tx = db.transaction(['items', 'custody']);
    expect([...tx.objectStore('items').indexNames].toSorted()).toEqual(['authorKey', 'capturedAt', 'categories', 'lang', 'platform', 'status', 'url', 'verdict']);
    expect([...tx.objectStore('custody').indexNames].toSorted()).toEqual(['at', 'itemId']);
    expect(tx.objectStore('items').index('categories').multiEntry).toBe(true);
    await tx.done;
    expect(await db.get('meta', REV_KEY)).toBe(1);
  });

  test('data: every row, field, screenshot and custody entry survives; derived fields are backfilled', async () => {
    const name = freshName('mig-data');
    await createV1Database(name, v1Rows());
    db = await openTidemarkDB({ name });

    expect(await countItems(db)).toBe(2);
    const full = await getItem(db, 'full');
    expect(full).toMatchObject({ platform: 'telegram', lang: 'ar', note: 'old note', tags: ['route-ly-it'], status: 'reported', firstCapturedAt: '2025-01-02T08:00:00.000Z', capturedAt: '2025-01-10T08:00:00.000Z' });
    expect(full?.statusHistory).toEqual([{ at: '2025-01-10T08:00:00.000Z', action: 'created' }]);
    expect(await full?.screenshot?.text()).toBe('\x89PNG-full');
    // The screenshot moved out of the record.
    const raw = await db.get('items', 'full');
    expect(raw).not.toHaveProperty('screenshot');
    expect(raw?.authorKey).toBe('@abu_salem');
    expect(raw?.categories).toEqual(['price', 'transport']);

    const legacy = await getItem(db, 'legacy');
    expect(legacy).toMatchObject({ lang: 'und', note: '', tags: [], statusHistory: [], firstCapturedAt: '2025-01-05T08:00:00.000Z' });
    expect(legacy?.matches).toEqual([{ start: 0, end: 4, text: 'Boat', category: 'transport', term: 'boat' }]);
    expect(legacy?.screenshot).toBeUndefined();

    // New indexes answer over migrated rows.
    expect(await db.countFromIndex('items', 'authorKey', 'url:facebook.com/golden.travel')).toBe(1);
    expect(await db.countFromIndex('items', 'lang', 'ar')).toBe(1);
    expect(await db.countFromIndex('items', 'verdict', 'suspect')).toBe(2);
    expect(await db.countFromIndex('items', 'categories', 'transport')).toBe(2);
    expect((await custodyLog(db)).map((e) => e.itemId)).toEqual(['full', 'legacy']);
    expect((await queryItems(db, { text: 'golden travel' })).ids).toEqual(['legacy']);
    expect((await accounts(db)).map((a) => a.authorKey).toSorted()).toEqual(['@abu_salem', 'url:facebook.com/golden.travel']);
  });

  test('the migrated database takes new flags and re-flags of migrated items', async () => {
    const name = freshName('mig-write');
    await createV1Database(name, v1Rows());
    db = await openTidemarkDB({ name });
    const r = await putFlag(db, makeItem({ id: 'full', platform: 'telegram', capturedAt: '2025-02-01T00:00:00.000Z' }));
    expect(r.created).toBe(false);
    expect((await getItem(db, 'full'))?.firstCapturedAt).toBe('2025-01-02T08:00:00.000Z');
    expect((await putFlag(db, makeItem({ id: 'brand-new' }))).created).toBe(true);
    expect(await countItems(db)).toBe(3);
  });

  test('an empty v1 database upgrades too, and reopening at v2 runs no step again', async () => {
    const name = freshName('mig-empty');
    await createV1Database(name, []);
    db = await openTidemarkDB({ name });
    await putFlag(db, makeItem({ id: 'a' }));
    db.close();
    db = await openTidemarkDB({ name });
    expect(await countItems(db)).toBe(1);
    const raw = await openDB(name);
    expect(raw.version).toBe(2);
    raw.close();
  });
});

describe('authorKeyOf', () => {
  test.each([
    { author: { handle: '@Abu_Salem ' }, key: '@abu_salem' },
    { author: { handle: 'abu_salem', name: 'X', url: 'https://x.com/y' }, key: '@abu_salem' },
    { author: { handle: '＠ＡＢＵ' }, key: '@abu' },
    { author: { url: 'https://www.facebook.com/Golden.Travel/' }, key: 'url:facebook.com/golden.travel' },
    { author: { url: 'https://m.facebook.com/profile.php?id=1000123&ref=x' }, key: 'url:facebook.com/profile.php?id=1000123' },
    { author: { url: 'javascript:alert(1)', name: '  Golden   Travel ' }, key: 'name:golden travel' },
    { author: { handle: '@', name: '' }, key: undefined },
    { author: {}, key: undefined },
  ])('$author → $key', ({ author, key }) => {
    expect(authorKeyOf(author)).toBe(key);
  });

  test('migrateV1Item never drops a row, even a very sparse one', () => {
    const { record, screenshot } = migrateV1Item({ id: 'x', capturedAt: '2025-01-01T00:00:00.000Z' });
    expect(record).toMatchObject({ id: 'x', author: {}, lang: 'und', matches: [], tags: [], note: '', statusHistory: [], categories: [] });
    expect(screenshot).toBeUndefined();
  });
});
