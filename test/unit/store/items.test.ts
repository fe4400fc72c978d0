import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  accounts,
  bulkSetStatus,
  countItems,
  custodyLog,
  deleteItems,
  getItem,
  getItems,
  listItems,
  purgeOlderThan,
  putFlag,
  queryItems,
  recordExport,
  updateItem,
  type ItemFilter,
} from '../../../src/store/items';
import { StoreError } from '../../../src/store/errors';
import { openTidemarkDB } from '../../../src/store/db';
import type { TidemarkDatabase } from '../../../src/store/schema';
import type { FlaggedItem } from '../../../src/shared/item';
import { freshDB, freshName, hash, makeItem, png, steppingClock } from './helpers';

let db: TidemarkDatabase;
let now: () => Date;

beforeEach(async () => {
  db = await freshDB();
  now = steppingClock();
});
afterEach(() => db.close());

async function blobText(b: Blob | undefined): Promise<string | undefined> {
  return b ? b.text() : undefined;
}

describe('putFlag', () => {
  test('creates an item with a created event in the item history and the log', async () => {
    const r = await putFlag(db, makeItem({ id: 'p1' }), { now });
    expect(r.created).toBe(true);
    const stored = await getItem(db, 'p1');
    expect(stored?.text).toContain('Boat to Italy');
    expect(await blobText(stored?.screenshot)).toBe('\x89PNG-p1');
    expect(stored?.statusHistory).toEqual([
      { at: '2025-03-01T10:00:00.000Z', action: 'created', detail: { textSha256: hash('t-p1'), screenshotSha256: hash('s-p1') } },
    ]);
    const log = await custodyLog(db, 'p1');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ itemId: 'p1', action: 'created', at: '2025-03-01T10:00:00.000Z' });
    // Index-only fields never leak out of the store.
    expect(stored).not.toHaveProperty('authorKey');
    expect(stored).not.toHaveProperty('categories');
  });

  test('flagging the same post again updates it, keeps the moderator fields and logs what changed', async () => {
    await putFlag(db, makeItem({ id: 'p1', capturedAt: '2025-03-01T09:00:00.000Z' }), { now });
    await updateItem(db, 'p1', { note: 'seen in 3 groups', tags: ['libya'], status: 'reported', report: { reference: 'FB-1' } }, { now });
    const again = makeItem({
      id: 'p1',
      capturedAt: '2025-03-02T09:00:00.000Z',
      firstCapturedAt: '2025-03-02T09:00:00.000Z',
      text: 'Boat to Italy, now 1500 euro',
      score: 0.9,
      evidence: { textSha256: hash('t-p1-v2'), screenshotSha256: hash('s-p1-v2') },
      screenshot: png('p1-v2'),
    });
    const r = await putFlag(db, again, { now });
    expect(r.created).toBe(false);
    expect(r.changed).toEqual(expect.arrayContaining(['text', 'screenshot', 'score']));
    expect(await countItems(db)).toBe(1);

    const stored = (await getItem(db, 'p1')) as FlaggedItem;
    expect(stored.text).toBe('Boat to Italy, now 1500 euro');
    expect(stored.score).toBe(0.9);
    expect(stored.capturedAt).toBe('2025-03-02T09:00:00.000Z');
    expect(stored.firstCapturedAt).toBe('2025-03-01T09:00:00.000Z');
    expect(stored.evidence).toEqual({ textSha256: hash('t-p1-v2'), screenshotSha256: hash('s-p1-v2') });
    expect(await blobText(stored.screenshot)).toBe('\x89PNG-p1-v2');
    expect(stored.note).toBe('seen in 3 groups');
    expect(stored.tags).toEqual(['libya']);
    expect(stored.status).toBe('reported');
    expect(stored.report).toEqual({ reference: 'FB-1' });

    const actions = stored.statusHistory.map((e) => e.action);
    expect(actions).toEqual(['created', 'edited', 'status', 'reported', 'reflagged']);
    const reflag = stored.statusHistory.at(-1);
    expect(reflag?.detail).toMatchObject({
      previousCapturedAt: '2025-03-01T09:00:00.000Z',
      previousTextSha256: hash('t-p1'),
      previousScreenshotSha256: hash('s-p1'),
      previousScore: '0.8',
    });
    expect((await custodyLog(db, 'p1')).map((e) => e.action)).toEqual(actions);
  });

  test('a re-flag without a screenshot keeps the previous one and its hash', async () => {
    await putFlag(db, makeItem({ id: 'p1' }), { now });
    const { screenshot: _s, ...noShot } = makeItem({ id: 'p1', capturedAt: '2025-03-05T00:00:00.000Z', evidence: { textSha256: hash('t-p1') } });
    const r = await putFlag(db, noShot, { now });
    expect(r.changed).toEqual([]);
    const stored = await getItem(db, 'p1');
    expect(stored?.evidence.screenshotSha256).toBe(hash('s-p1'));
    expect(await blobText(stored?.screenshot)).toBe('\x89PNG-p1');
    expect(stored?.statusHistory.at(-1)?.detail).toMatchObject({ changed: 'none', screenshot: 'kept-previous' });
  });

  test('rejects a malformed flag before writing anything', async () => {
    const bad = { ...makeItem({ id: 'p1' }), capturedAt: 'yesterday' };
    await expect(putFlag(db, bad)).rejects.toMatchObject({ kind: 'invalid' });
    await expect(putFlag(db, { ...makeItem({ id: '' }) })).rejects.toBeInstanceOf(StoreError);
    expect(await countItems(db)).toBe(0);
    expect(await custodyLog(db)).toEqual([]);
  });

  test('five concurrent flags (different and same ids, one connection) lose nothing', async () => {
    const flags = [
      makeItem({ id: 'a' }),
      makeItem({ id: 'b' }),
      makeItem({ id: 'same', score: 0.5 }),
      makeItem({ id: 'same', score: 0.6 }),
      makeItem({ id: 'same', score: 0.7 }),
    ];
    const results = await Promise.all(flags.map((f) => putFlag(db, f, { now })));
    expect(results.filter((r) => r.created)).toHaveLength(3);
    expect(await countItems(db)).toBe(3);
    const same = await getItem(db, 'same');
    expect(same?.statusHistory.map((e) => e.action)).toEqual(['created', 'reflagged', 'reflagged']);
    expect(same?.score).toBe(0.7);
    expect(await custodyLog(db)).toHaveLength(5);
  });

  test('five tabs (five connections) flagging at once lose nothing', async () => {
    const name = freshName('tabs');
    const tabs = await Promise.all(Array.from({ length: 5 }, () => openTidemarkDB({ name })));
    const flags = [makeItem({ id: 'x1' }), makeItem({ id: 'x2' }), makeItem({ id: 'x3' }), makeItem({ id: 'dup' }), makeItem({ id: 'dup' })];
    await Promise.all(flags.map((f, i) => putFlag(tabs[i] as TidemarkDatabase, f)));
    const check = tabs[0] as TidemarkDatabase;
    expect((await listItems(check, { screenshots: false })).map((i) => i.id).toSorted()).toEqual(['dup', 'x1', 'x2', 'x3']);
    expect((await custodyLog(check)).map((e) => e.action).toSorted()).toEqual(['created', 'created', 'created', 'created', 'reflagged']);
    // Every tab's search index sees every write, whichever tab made it.
    for (const t of tabs) expect((await queryItems(t, {})).total).toBe(4);
    for (const t of tabs) t.close();
  });
});

describe('reads: get, list, count', () => {
  beforeEach(async () => {
    for (let i = 0; i < 7; i++) {
      await putFlag(db, makeItem({ id: `i${i}`, capturedAt: `2025-03-0${i + 1}T12:00:00.000Z`, platform: i % 2 ? 'x' : 'facebook' }), { now });
    }
  });

  test('getItems keeps the order given and skips unknown ids', async () => {
    const got = await getItems(db, ['i3', 'nope', 'i1']);
    expect(got.map((i) => i.id)).toEqual(['i3', 'i1']);
    expect(got[0]?.screenshot).toBeInstanceOf(Blob);
    expect((await getItems(db, ['i3'], { screenshots: false }))[0]?.screenshot).toBeUndefined();
  });

  test.each([
    { name: 'newest first by default', opts: {}, ids: ['i6', 'i5', 'i4', 'i3', 'i2', 'i1', 'i0'] },
    { name: 'oldest first', opts: { direction: 'next' as const }, ids: ['i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6'] },
    { name: 'page 2 of 3, newest first', opts: { offset: 3, limit: 3 }, ids: ['i3', 'i2', 'i1'] },
    { name: 'page 3 of 3, oldest first', opts: { direction: 'next' as const, offset: 6, limit: 3 }, ids: ['i6'] },
    { name: 'first page, newest first', opts: { limit: 2 }, ids: ['i6', 'i5'] },
    { name: 'by platform index', opts: { index: 'platform' as const, query: 'x', direction: 'next' as const }, ids: ['i1', 'i3', 'i5'] },
    { name: 'date range', opts: { query: IDBKeyRange.bound('2025-03-02', '2025-03-04') }, ids: ['i2', 'i1'] },
  ])('listItems: $name', async ({ opts, ids }) => {
    expect((await listItems(db, { screenshots: false, ...opts })).map((i) => i.id)).toEqual(ids);
  });

  test('countItems overall and by index', async () => {
    expect(await countItems(db)).toBe(7);
    expect(await countItems(db, { index: 'platform', query: 'facebook' })).toBe(4);
    expect(await countItems(db, { index: 'status', query: 'reported' })).toBe(0);
  });
});

describe('queryItems: search and filters', () => {
  const seed: FlaggedItem[] = [
    makeItem({ id: 'fb-ar', platform: 'facebook', lang: 'ar', text: 'رحلة إلى إيطاليا بالقارب', score: 0.9, verdict: 'suspect', capturedAt: '2025-03-01T08:00:00.000Z', author: { name: 'Abu Salem', handle: 'abusalem' } }),
    makeItem({ id: 'tg-en', platform: 'telegram', lang: 'en', text: 'Safe crossing to UK, pay on arrival', score: 0.7, verdict: 'suspect', capturedAt: '2025-03-02T08:00:00.000Z', matches: [{ start: 5, end: 13, text: 'crossing', category: 'offer', term: 'crossing' }], author: { handle: '@UKtravel' } }),
    makeItem({ id: 'x-fr', platform: 'x', lang: 'fr', text: 'Passeur fiable, départ ce soir', score: 0.5, verdict: 'review', capturedAt: '2025-03-03T23:59:00.000Z', author: { url: 'https://x.com/passeur99' }, url: 'https://x.com/passeur99/status/1' }),
    makeItem({ id: 'tt-en', platform: 'tiktok', lang: 'en', text: 'News: police arrested smugglers', score: 0.1, verdict: 'clear', capturedAt: '2025-03-04T08:00:00.000Z', matches: [{ start: 0, end: 4, text: 'News', category: 'news', term: 'news' }], author: {} }),
  ];
  beforeEach(async () => {
    for (const s of seed) await putFlag(db, s, { now });
    await updateItem(db, 'x-fr', { note: 'Same phone as the Calais group', tags: ['Calais', 'phone-match'], status: 'reported' }, { now });
  });

  const cases: { name: string; filter: ItemFilter; ids: string[] }[] = [
    { name: 'no filter: everything, newest first', filter: {}, ids: ['tt-en', 'x-fr', 'tg-en', 'fb-ar'] },
    { name: 'platform', filter: { platforms: ['telegram', 'x'] }, ids: ['x-fr', 'tg-en'] },
    { name: 'status', filter: { statuses: ['reported'] }, ids: ['x-fr'] },
    { name: 'verdict', filter: { verdicts: ['suspect'] }, ids: ['tg-en', 'fb-ar'] },
    { name: 'category (any of)', filter: { categories: ['offer', 'news'] }, ids: ['tt-en', 'tg-en'] },
    { name: 'language', filter: { langs: ['en'] }, ids: ['tt-en', 'tg-en'] },
    { name: 'date range with plain dates (whole days)', filter: { from: '2025-03-02', to: '2025-03-03' }, ids: ['x-fr', 'tg-en'] },
    { name: 'date range with timestamps', filter: { from: '2025-03-01T08:00:00.000Z', to: '2025-03-02T07:59:59.999Z' }, ids: ['fb-ar'] },
    { name: 'min score', filter: { minScore: 0.7 }, ids: ['tg-en', 'fb-ar'] },
    { name: 'score band', filter: { minScore: 0.4, maxScore: 0.8 }, ids: ['x-fr', 'tg-en'] },
    { name: 'text (case-insensitive)', filter: { text: 'PAY ON arrival' }, ids: ['tg-en'] },
    { name: 'text in Arabic script', filter: { text: 'إيطاليا' }, ids: ['fb-ar'] },
    { name: 'author name', filter: { text: 'abu salem' }, ids: ['fb-ar'] },
    { name: 'author handle', filter: { text: 'uktravel' }, ids: ['tg-en'] },
    { name: 'URL', filter: { text: 'passeur99/status' }, ids: ['x-fr'] },
    { name: 'note', filter: { text: 'calais group' }, ids: ['x-fr'] },
    { name: 'tag', filter: { text: 'phone-match' }, ids: ['x-fr'] },
    { name: 'all words must match', filter: { text: 'crossing arrested' }, ids: [] },
    { name: 'combined', filter: { langs: ['en'], verdicts: ['suspect'], text: 'uk' }, ids: ['tg-en'] },
    { name: 'author key', filter: { authorKey: '@uktravel' }, ids: ['tg-en'] },
  ];
  test.each(cases)('$name', async ({ filter, ids }) => {
    const r = await queryItems(db, filter);
    expect(r.ids).toEqual(ids);
    expect(r.total).toBe(ids.length);
    expect(r.items.map((i) => i.id)).toEqual(ids);
  });

  test.each([
    { sort: 'score' as const, direction: 'desc' as const, ids: ['fb-ar', 'tg-en', 'x-fr', 'tt-en'] },
    { sort: 'score' as const, direction: 'asc' as const, ids: ['tt-en', 'x-fr', 'tg-en', 'fb-ar'] },
    { sort: 'platform' as const, direction: 'asc' as const, ids: ['fb-ar', 'tg-en', 'tt-en', 'x-fr'] },
    { sort: 'capturedAt' as const, direction: 'asc' as const, ids: ['fb-ar', 'tg-en', 'x-fr', 'tt-en'] },
  ])('sort by $sort $direction', async ({ sort, direction, ids }) => {
    expect((await queryItems(db, {}, { sort, direction })).ids).toEqual(ids);
  });

  test('pages: ids list every match, items only the page, no screenshots unless asked', async () => {
    const r = await queryItems(db, {}, { offset: 1, limit: 2 });
    expect(r.total).toBe(4);
    expect(r.items.map((i) => i.id)).toEqual(['x-fr', 'tg-en']);
    expect(r.items[0]?.screenshot).toBeUndefined();
    const withShots = await queryItems(db, {}, { limit: 1, screenshots: true });
    expect(withShots.items[0]?.screenshot).toBeInstanceOf(Blob);
  });

  test('the search index follows every kind of write', async () => {
    expect((await queryItems(db, { text: 'ferry' })).total).toBe(0);
    await putFlag(db, makeItem({ id: 'new', text: 'Ferry tickets, no papers needed' }), { now });
    expect((await queryItems(db, { text: 'ferry' })).ids).toEqual(['new']);
    await updateItem(db, 'new', { tags: ['ferry-route'] }, { now });
    expect((await queryItems(db, { text: 'ferry-route' })).ids).toEqual(['new']);
    await bulkSetStatus(db, ['new'], 'removed', { now });
    expect((await queryItems(db, { statuses: ['removed'] })).ids).toEqual(['new']);
    await deleteItems(db, ['new'], { now });
    expect((await queryItems(db, { text: 'ferry' })).total).toBe(0);
  });

  test('a write through another connection is seen by the next query', async () => {
    expect((await queryItems(db, {})).total).toBe(4);
    const other = await openTidemarkDB({ name: db.name });
    await putFlag(other, makeItem({ id: 'from-sw', text: 'written by the service worker' }));
    expect((await queryItems(db, { text: 'service worker' })).ids).toEqual(['from-sw']);
    other.close();
  });

  test('an unreadable date is refused', async () => {
    await expect(queryItems(db, { from: 'last tuesday' })).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('updateItem', () => {
  beforeEach(async () => {
    await putFlag(db, makeItem({ id: 'u1' }), { now });
  });

  test('appends status (from/to), edited and reported events; stores reportedAt as UTC ISO', async () => {
    const item = await updateItem(db, 'u1', { status: 'reported', report: { reportedAt: '2025-03-04', reference: ' DSA-77 ', channel: 'DSA form' } }, { now });
    expect(item.status).toBe('reported');
    expect(item.report).toEqual({ reportedAt: '2025-03-04T00:00:00.000Z', reference: 'DSA-77', channel: 'DSA form' });
    const evs = item.statusHistory.slice(1);
    expect(evs.map((e) => [e.action, e.detail])).toEqual([
      ['status', { from: 'flagged', to: 'reported' }],
      ['reported', { reportedAt: '2025-03-04T00:00:00.000Z', reference: 'DSA-77', channel: 'DSA form' }],
    ]);
    const edited = await updateItem(db, 'u1', { note: 'n', tags: [' a ', 'b', 'A', ''] }, { now });
    expect(edited.tags).toEqual(['a', 'b']);
    expect(edited.statusHistory.at(-1)).toMatchObject({ action: 'edited', detail: { fields: 'note,tags' } });
    expect((await custodyLog(db, 'u1')).map((e) => e.action)).toEqual(['created', 'status', 'reported', 'edited']);
  });

  test('a patch that changes nothing writes no event', async () => {
    await updateItem(db, 'u1', { status: 'flagged', note: '', tags: [] }, { now });
    expect((await custodyLog(db, 'u1')).map((e) => e.action)).toEqual(['created']);
  });

  test.each([
    { name: 'unknown status', patch: { status: 'gone' as never } },
    { name: 'bad report date', patch: { report: { reportedAt: 'soon' } } },
    { name: 'tags not a list', patch: { tags: 'a,b' as never } },
    { name: 'huge note', patch: { note: 'x'.repeat(20_001) } },
  ])('refuses $name with kind invalid', async ({ patch }) => {
    await expect(updateItem(db, 'u1', patch)).rejects.toMatchObject({ kind: 'invalid' });
    expect((await custodyLog(db, 'u1')).map((e) => e.action)).toEqual(['created']);
  });

  test('an unknown id is not-found', async () => {
    await expect(updateItem(db, 'nope', { note: 'x' })).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('bulkSetStatus', () => {
  test('changes many items in one transaction, skipping unknown ids and unchanged items', async () => {
    for (const id of ['b1', 'b2', 'b3']) await putFlag(db, makeItem({ id }), { now });
    await updateItem(db, 'b3', { status: 'removed' }, { now });
    const n = await bulkSetStatus(db, ['b1', 'b2', 'b3', 'nope', 'b1'], 'removed', { now });
    expect(n).toBe(2);
    expect(await countItems(db, { index: 'status', query: 'removed' })).toBe(3);
    const log = await custodyLog(db);
    expect(log.filter((e) => e.action === 'status').map((e) => [e.itemId, e.detail?.from, e.detail?.to])).toEqual([
      ['b3', 'flagged', 'removed'],
      ['b1', 'flagged', 'removed'],
      ['b2', 'flagged', 'removed'],
    ]);
  });

  test('refuses an unknown status', async () => {
    await expect(bulkSetStatus(db, ['b1'], 'nope' as never)).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('deleteItems and purgeOlderThan', () => {
  test('delete removes item and screenshot and leaves a tombstone', async () => {
    await putFlag(db, makeItem({ id: 'd1' }), { now });
    await putFlag(db, makeItem({ id: 'd2' }), { now });
    expect(await deleteItems(db, ['d1', 'missing'], { now })).toBe(1);
    expect(await getItem(db, 'd1')).toBeUndefined();
    expect(await db.get('screenshots', 'd1')).toBeUndefined();
    expect(await getItem(db, 'd2')).toBeDefined();
    const log = await custodyLog(db, 'd1');
    expect(log.map((e) => e.action)).toEqual(['created', 'deleted']);
    expect(log[1]?.detail).toEqual({
      id: 'd1',
      url: 'https://www.facebook.com/groups/1/posts/d1',
      textSha256: hash('t-d1'),
      screenshotSha256: hash('s-d1'),
    });
  });

  test.each([
    { days: 0, left: ['old', 'mid', 'new'] },
    { days: -5, left: ['old', 'mid', 'new'] },
    { days: 30, left: ['mid', 'new'] },
    { days: 7, left: ['new'] },
  ])('purge after $days days keeps $left', async ({ days, left }) => {
    const today = new Date('2025-06-30T12:00:00.000Z');
    await putFlag(db, makeItem({ id: 'old', capturedAt: '2025-01-01T00:00:00.000Z' }));
    await putFlag(db, makeItem({ id: 'mid', capturedAt: '2025-06-15T00:00:00.000Z' }));
    await putFlag(db, makeItem({ id: 'new', capturedAt: '2025-06-29T00:00:00.000Z' }));
    const n = await purgeOlderThan(db, days, { now: () => today });
    expect(n).toBe(3 - left.length);
    expect((await listItems(db, { screenshots: false, direction: 'next' })).map((i) => i.id)).toEqual(left);
    const tombstones = (await custodyLog(db)).filter((e) => e.action === 'deleted');
    expect(tombstones).toHaveLength(3 - left.length);
    for (const t of tombstones) expect(t.detail?.reason).toBe('retention');
  });
});

describe('accounts', () => {
  test('groups by normalised author across platforms', async () => {
    await putFlag(db, makeItem({ id: 'a1', platform: 'facebook', author: { name: 'Abu Salem', handle: '@AbuSalem', url: 'https://facebook.com/abusalem' }, capturedAt: '2025-03-01T00:00:00.000Z' }));
    await putFlag(db, makeItem({ id: 'a2', platform: 'instagram', author: { name: 'Abu Salem Travel', handle: 'abusalem', url: 'https://instagram.com/abusalem' }, capturedAt: '2025-03-05T00:00:00.000Z' }));
    await putFlag(db, makeItem({ id: 'a3', platform: 'telegram', author: { handle: '＠ABUSALEM' }, capturedAt: '2025-03-03T00:00:00.000Z' }));
    await putFlag(db, makeItem({ id: 'b1', platform: 'x', author: { url: 'https://www.x.com/other/' }, capturedAt: '2025-03-02T00:00:00.000Z' }));
    await putFlag(db, makeItem({ id: 'b2', platform: 'x', author: { url: 'https://x.com/Other' }, capturedAt: '2025-03-04T00:00:00.000Z' }));
    await putFlag(db, makeItem({ id: 'n1', platform: 'generic', author: {} }));
    const acc = await accounts(db);
    expect(acc).toHaveLength(2);
    expect(acc[0]).toEqual({
      authorKey: '@abusalem',
      name: 'Abu Salem Travel',
      handle: 'abusalem',
      urls: ['https://facebook.com/abusalem', 'https://instagram.com/abusalem'],
      platforms: ['facebook', 'instagram', 'telegram'],
      count: 3,
      firstSeen: '2025-03-01T00:00:00.000Z',
      lastSeen: '2025-03-05T00:00:00.000Z',
      itemIds: expect.arrayContaining(['a1', 'a2', 'a3']) as unknown as string[],
    });
    expect(acc[1]).toMatchObject({ authorKey: 'url:x.com/other', count: 2, platforms: ['x'], firstSeen: '2025-03-02T00:00:00.000Z', lastSeen: '2025-03-04T00:00:00.000Z' });
  });
});

describe('recordExport', () => {
  test('adds an exported event to each item and the log', async () => {
    await putFlag(db, makeItem({ id: 'e1' }), { now });
    await putFlag(db, makeItem({ id: 'e2' }), { now });
    expect(await recordExport(db, ['e1', 'e2', 'gone'], 'csv', { now })).toBe(2);
    const e1 = await getItem(db, 'e1');
    expect(e1?.statusHistory.at(-1)).toMatchObject({ action: 'exported', detail: { format: 'csv', count: '3' } });
    expect((await custodyLog(db)).filter((e) => e.action === 'exported').map((e) => e.itemId)).toEqual(['e1', 'e2']);
  });
});
