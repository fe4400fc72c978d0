/** Import: counts, merge rules, preview = import, all-or-nothing, idempotence. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { countItems, custodyLog, getItem, importItems, listItems, previewImport, putFlag, recordExport, updateItem } from '../../../src/store/items';
import { REV_KEY, type TidemarkDatabase } from '../../../src/store/schema';
import type { FlaggedItem } from '../../../src/shared/item';
import { freshDB, hash, makeItem, png, steppingClock, withFault } from './helpers';

let db: TidemarkDatabase;
let now: () => Date;
beforeEach(async () => {
  db = await freshDB();
  now = steppingClock('2025-05-01T00:00:00.000Z');
});
afterEach(() => db.close());

async function everything(d: TidemarkDatabase) {
  return {
    items: await d.getAll('items'),
    shots: await d.getAllKeys('screenshots'),
    custody: await d.getAll('custody'),
    rev: await d.get('meta', REV_KEY),
  };
}

describe('counts and preview', () => {
  test('preview computes new/updated/unchanged without writing; import then does exactly that', async () => {
    await putFlag(db, makeItem({ id: 'same' }), { now });
    await putFlag(db, makeItem({ id: 'older-here', capturedAt: '2025-03-01T00:00:00.000Z' }), { now });
    const exported = (await listItems(db)).find((i) => i.id === 'same') as FlaggedItem;
    const incoming = [
      exported, // identical to what is stored
      makeItem({ id: 'older-here', capturedAt: '2025-04-01T00:00:00.000Z', score: 0.95 }), // newer capture
      makeItem({ id: 'fresh-1' }),
      makeItem({ id: 'fresh-2' }),
    ];
    const before = await everything(db);
    const preview = await previewImport(db, incoming);
    expect(preview).toEqual({ created: 2, updated: 1, unchanged: 1 });
    expect(await everything(db)).toEqual(before);

    expect(await importItems(db, incoming, 'merge', { now })).toEqual(preview);
    expect(await countItems(db)).toBe(4);
    expect((await getItem(db, 'older-here'))?.score).toBe(0.95);
    expect((await getItem(db, 'fresh-1'))?.statusHistory.map((e) => e.action)).toEqual(['imported']);
    const log = await custodyLog(db);
    expect(log.filter((e) => e.action === 'imported').map((e) => [e.itemId, e.detail?.result])).toEqual([
      ['older-here', 'updated'],
      ['fresh-1', 'created'],
      ['fresh-2', 'created'],
    ]);
  });

  test('importing the same file twice is a no-op the second time', async () => {
    const file = [makeItem({ id: 'a' }), makeItem({ id: 'b', statusHistory: [{ at: '2025-01-01T00:00:00.000Z', action: 'created' }] })];
    expect(await importItems(db, file, 'merge', { now })).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const after = await everything(db);
    expect(await importItems(db, file, 'merge', { now })).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await everything(db)).toEqual({ ...after, rev: (after.rev ?? 0) + 1 });
  });

  test('round trip: export, wipe, import gives the same items and screenshot bytes', async () => {
    await putFlag(db, makeItem({ id: 'r1' }), { now });
    await updateItem(db, 'r1', { status: 'reported', note: 'n', tags: ['t'], report: { reference: 'R-1' } }, { now });
    const file = await listItems(db);
    await recordExport(db, file.map((i) => i.id), 'json', { now });
    const other = await freshDB();
    expect(await importItems(other, file, 'merge', { now })).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const back = (await getItem(other, 'r1')) as FlaggedItem;
    const { screenshot, statusHistory, ...rest } = back;
    const { screenshot: origShot, statusHistory: origHistory, ...origRest } = file[0] as FlaggedItem;
    expect(rest).toEqual(origRest);
    expect(statusHistory).toEqual([...origHistory, expect.objectContaining({ action: 'imported' })]);
    expect(await screenshot?.text()).toBe(await origShot?.text());
    // The export file into the database it came from: unchanged.
    expect(await previewImport(db, file)).toEqual({ created: 0, updated: 0, unchanged: 1 });
    other.close();
  });

  test('duplicate ids inside one file count once', async () => {
    const r = await importItems(db, [makeItem({ id: 'd', tags: ['one'] }), makeItem({ id: 'd', tags: ['two'] })], 'merge', { now });
    expect(r).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect((await getItem(db, 'd'))?.tags).toEqual(['one', 'two']);
  });
});

describe('merge rules', () => {
  beforeEach(async () => {
    await putFlag(db, makeItem({ id: 'm', capturedAt: '2025-03-10T00:00:00.000Z', score: 0.6 }), { now });
    await updateItem(db, 'm', { note: 'local note', tags: ['local'], status: 'reported' }, { now });
  });

  test('merge: newer capture wins capture fields; tags, notes and histories are united', async () => {
    const incoming = makeItem({
      id: 'm',
      capturedAt: '2025-03-20T00:00:00.000Z',
      firstCapturedAt: '2025-03-01T00:00:00.000Z',
      score: 0.9,
      evidence: { textSha256: hash('t-m'), screenshotSha256: hash('s-m2') },
      screenshot: png('m2'),
      note: 'colleague note',
      tags: ['LOCAL', 'remote'],
      status: 'flagged',
      statusHistory: [{ at: '2025-03-01T00:00:00.000Z', action: 'created' }],
    });
    expect(await importItems(db, [incoming], 'merge', { now })).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const m = (await getItem(db, 'm')) as FlaggedItem;
    expect(m.score).toBe(0.9);
    expect(m.capturedAt).toBe('2025-03-20T00:00:00.000Z');
    expect(m.firstCapturedAt).toBe('2025-03-01T00:00:00.000Z');
    expect(m.tags).toEqual(['local', 'remote']);
    expect(m.note).toBe('local note\n\ncolleague note');
    // The local status change is the latest: it stays.
    expect(m.status).toBe('reported');
    expect(await m.screenshot?.text()).toBe('\x89PNG-m2');
    expect(m.statusHistory.map((e) => e.action)).toEqual(['created', 'created', 'edited', 'status', 'imported']);
  });

  test('merge: an older capture does not replace evidence', async () => {
    const older = makeItem({ id: 'm', capturedAt: '2025-02-01T00:00:00.000Z', score: 0.1, evidence: { textSha256: hash('old'), screenshotSha256: hash('old-s') }, screenshot: png('old') });
    await importItems(db, [older], 'merge', { now });
    const m = (await getItem(db, 'm')) as FlaggedItem;
    expect(m.score).toBe(0.6);
    expect(m.evidence.screenshotSha256).toBe(hash('s-m'));
    expect(await m.screenshot?.text()).toBe('\x89PNG-m');
    expect(m.firstCapturedAt).toBe('2025-02-01T00:00:00.000Z');
  });

  test('replace: the incoming item wins but no custody event is lost', async () => {
    const incoming = makeItem({ id: 'm', score: 0.2, note: '', tags: [], status: 'dismissed', evidence: { textSha256: hash('t-m') }, statusHistory: [] });
    delete incoming.screenshot;
    expect(await importItems(db, [incoming], 'replace', { now })).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const m = (await getItem(db, 'm')) as FlaggedItem;
    expect(m).toMatchObject({ score: 0.2, note: '', tags: [], status: 'dismissed' });
    // No screenshot hash any more, so the old picture is gone too (bytes always match the hash).
    expect(m.screenshot).toBeUndefined();
    expect(await db.get('screenshots', 'm')).toBeUndefined();
    expect(m.statusHistory.map((e) => e.action)).toEqual(['created', 'edited', 'status', 'imported']);
  });

  test('add: existing ids are left untouched', async () => {
    const before = await db.get('items', 'm');
    const r = await importItems(db, [makeItem({ id: 'm', score: 0.01, capturedAt: '2030-01-01T00:00:00.000Z' }), makeItem({ id: 'n' })], 'add', { now });
    expect(r).toEqual({ created: 1, updated: 0, unchanged: 1 });
    expect(await db.get('items', 'm')).toEqual(before);
  });
});

describe('all or nothing', () => {
  test.each([
    { name: 'the third item write throws', store: 'items', method: 'put' as const },
    { name: 'a screenshot write throws', store: 'screenshots', method: 'put' as const },
    { name: 'a custody append throws', store: 'custody', method: 'add' as const },
  ])('$name: nothing is written, the database is unchanged', async ({ store, method }) => {
    await putFlag(db, makeItem({ id: 'existing', capturedAt: '2025-01-01T00:00:00.000Z' }), { now });
    const before = await everything(db);
    const failing = withFault(db, store, method, (call, args, real) => {
      if (call === 3) throw new DOMException('simulated disk error', 'UnknownError');
      return real(...args);
    });
    const file = [makeItem({ id: 'i1' }), makeItem({ id: 'existing', capturedAt: '2025-02-01T00:00:00.000Z', score: 0.99 }), makeItem({ id: 'i3' }), makeItem({ id: 'i4' })];
    await expect(importItems(failing, file, 'merge', { now })).rejects.toMatchObject({ name: 'StoreError' });
    expect(await everything(db)).toEqual(before);
  });

  test('a value that cannot be stored in the middle of the file: nothing imported', async () => {
    const before = await everything(db);
    const bad = makeItem({ id: 'bad', author: { name: 'x', handle: 'y', url: (() => 'z') as unknown as string } });
    await expect(importItems(db, [makeItem({ id: 'ok1' }), bad, makeItem({ id: 'ok2' })], 'merge', { now })).rejects.toMatchObject({ name: 'StoreError' });
    expect(await everything(db)).toEqual(before);
  });

  test('a malformed item is refused before the transaction, naming its position', async () => {
    const file = [makeItem({ id: 'ok' }), { ...makeItem({ id: 'x' }), capturedAt: 'not a date' }];
    await expect(importItems(db, file)).rejects.toMatchObject({ kind: 'invalid', message: expect.stringMatching(/item 2/) as unknown as string });
    await expect(previewImport(db, file)).rejects.toMatchObject({ kind: 'invalid' });
    expect(await countItems(db)).toBe(0);
  });
});
