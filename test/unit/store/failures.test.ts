/**
 * Failure handling (issue 5, research §7 B): quota, aborted writes, transaction lifetime,
 * blocked/blocking upgrades, abnormal close, a newer database, failed migration.
 * Assertions use StoreError kinds, never DOMException names (research V8).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { openDB, unwrap } from 'idb';
import { forceCloseDatabase } from 'fake-indexeddb';
import { Connection, openTidemarkDB } from '../../../src/store/db';
import { StoreError, toStoreError } from '../../../src/store/errors';
import { countItems, custodyLog, getItem, importItems, putFlag, recordExport, updateItem, bulkSetStatus, deleteItems } from '../../../src/store/items';
import { REV_KEY, type TidemarkDatabase } from '../../../src/store/schema';
import { writeTx } from '../../../src/store/tx';
import { sha256Hex } from '../../../src/reports/util';
import { createV1Database, freshDB, freshName, makeItem, withFault } from './helpers';

const opened: { close(): void }[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const d of opened.splice(0)) d.close();
});

async function fresh(): Promise<TidemarkDatabase> {
  const db = await freshDB();
  opened.push(db);
  return db;
}

/** Everything a half-written flag could leave behind. */
async function snapshot(db: TidemarkDatabase) {
  return {
    items: await db.getAll('items'),
    screenshots: (await db.getAllKeys('screenshots')).toSorted(),
    custody: await db.getAll('custody'),
    rev: await db.get('meta', REV_KEY),
  };
}

/** A fault that performs the write, then aborts the transaction on the second call. */
function abortAfter(call: number, args: unknown[], real: (...a: unknown[]) => unknown, target: { transaction: { abort(): void } }): unknown {
  const r = real(...args);
  if (call === 2) target.transaction.abort();
  return r;
}

/**
 * A macrotask that surely lets the transaction auto-commit first. fake-indexeddb commits from
 * setImmediate; a 0 ms timer can overtake that under load, a 10 ms one does not in practice.
 */
const later = <T>(v: T): Promise<T> => new Promise<T>((r) => setTimeout(() => r(v), 10));

/**
 * In Chromium, `Blob.arrayBuffer()`, `crypto.subtle.digest` (sometimes) and any timer let
 * a transaction auto-commit (V7); fake-indexeddb only notices macrotasks (V8). This harness
 * turns those APIs into macrotasks so fake-indexeddb catches them deterministically.
 */
function macrotaskHarness(): void {
  const digest = crypto.subtle.digest.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'digest').mockImplementation(async (...a: Parameters<typeof digest>) => later(await digest(...a)));
  const ab = Blob.prototype.arrayBuffer;
  vi.spyOn(Blob.prototype, 'arrayBuffer').mockImplementation(async function (this: Blob) {
    return later(await ab.call(this));
  });
}

/** The bug the rule prevents: hashing between two writes of one flag. */
async function badFlag(db: TidemarkDatabase, id: string): Promise<void> {
  const tx = db.transaction(['items', 'custody'], 'readwrite');
  tx.done.catch(() => undefined);
  const item = makeItem({ id });
  await tx.objectStore('custody').add({ itemId: id, at: item.capturedAt, action: 'created' });
  const textSha256 = await sha256Hex(item.text); // ← not IndexedDB
  const { screenshot: _s, ...rest } = item;
  await tx.objectStore('items').put({ ...rest, evidence: { textSha256 }, categories: [] });
  await tx.done;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('quota exceeded', () => {
  test.each([
    { name: 'put throws QuotaExceededError', fault: () => { throw quota(); } },
    { name: 'put rejects with QuotaExceededError', fault: () => Promise.reject(quota()) },
    {
      name: 'AbortError wrapping QuotaExceededError (Chromium near the quota)',
      fault: () => Promise.reject(Object.assign(new DOMException('Transaction aborted', 'AbortError'), { inner: quota() })),
    },
    { name: 'an error whose message says quota', fault: () => { throw new Error('Quota exceeded for this origin'); } },
  ])('$name: clear message, nothing half-written, writable afterwards', async ({ fault }) => {
    const db = await fresh();
    await putFlag(db, makeItem({ id: 'before' }));
    const before = await snapshot(db);
    // items.put is the LAST write of a flag: screenshot and custody were already issued.
    const full = withFault(db, 'items', 'put', fault);
    const err = await putFlag(full, makeItem({ id: 'new' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('quota');
    expect((err as StoreError).message).toMatch(/Storage is full.*not saved.*Export and delete/);
    expect(await snapshot(db)).toEqual(before);
    expect(await getItem(db, 'new')).toBeUndefined();
    // Space freed: the same handle writes again.
    await putFlag(db, makeItem({ id: 'new' }));
    expect(await countItems(db)).toBe(2);
  });

  test('quota while re-flagging keeps the previous version whole', async () => {
    const db = await fresh();
    await putFlag(db, makeItem({ id: 'p', score: 0.5 }));
    const before = await snapshot(db);
    const full = withFault(db, 'screenshots', 'put', () => { throw quota(); });
    await expect(putFlag(full, makeItem({ id: 'p', score: 0.9, capturedAt: '2025-04-01T00:00:00.000Z' }))).rejects.toMatchObject({ kind: 'quota' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a write aborted mid-transaction leaves nothing partial', () => {
  test('putFlag: abort right after the screenshot write', async () => {
    const db = await fresh();
    const before = await snapshot(db);
    const aborting = withFault(db, 'screenshots', 'put', (_c, args, real, target) => {
      const r = real(...args);
      target.transaction.abort();
      return r;
    });
    await expect(putFlag(aborting, makeItem({ id: 'a' }))).rejects.toMatchObject({ kind: 'aborted' });
    expect(await snapshot(db)).toEqual(before);
  });

  test('bulkSetStatus: abort after the second item', async () => {
    const db = await fresh();
    for (const id of ['a', 'b', 'c']) await putFlag(db, makeItem({ id }));
    const before = await snapshot(db);
    await expect(bulkSetStatus(withFault(db, 'items', 'put', abortAfter), ['a', 'b', 'c'], 'removed')).rejects.toMatchObject({ kind: 'aborted' });
    expect(await snapshot(db)).toEqual(before);
  });

  test('deleteItems: abort after the second delete', async () => {
    const db = await fresh();
    for (const id of ['a', 'b', 'c']) await putFlag(db, makeItem({ id }));
    const before = await snapshot(db);
    await expect(deleteItems(withFault(db, 'items', 'delete', abortAfter), ['a', 'b', 'c'])).rejects.toMatchObject({ kind: 'aborted' });
    expect(await snapshot(db)).toEqual(before);
  });

  test('a value IndexedDB cannot store (DataCloneError) fails the whole flag', async () => {
    const db = await fresh();
    const before = await snapshot(db);
    const poisoned = makeItem({ id: 'p', author: { name: 'x', handle: 'y', url: (() => 'z') as unknown as string } });
    const err = await putFlag(db, poisoned).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('never await anything but IndexedDB inside a transaction', () => {
  test('the harness catches a foreign await: the bad pipeline fails and is half-written', async () => {
    const db = await fresh();
    macrotaskHarness();
    await expect(badFlag(db, 'bad')).rejects.toBeDefined();
    // This is the damage the rule prevents: the custody entry committed, the item did not.
    expect(await db.count('custody')).toBe(1);
    expect(await db.count('items')).toBe(0);
  });

  test('every repository write succeeds under the harness', async () => {
    const db = await fresh();
    macrotaskHarness();
    await putFlag(db, makeItem({ id: 'a' }));
    await putFlag(db, makeItem({ id: 'a', score: 0.95 }));
    await updateItem(db, 'a', { note: 'ok', status: 'reported' });
    await bulkSetStatus(db, ['a'], 'removed');
    await recordExport(db, ['a'], 'json');
    await importItems(db, [makeItem({ id: 'b' }), makeItem({ id: 'a', tags: ['x'] })]);
    await deleteItems(db, ['b']);
    expect((await custodyLog(db)).map((e) => e.action)).toEqual(['created', 'reflagged', 'edited', 'status', 'status', 'exported', 'imported', 'imported', 'deleted']);
  });

  test('writeTx: a macrotask slipped in before the writes leaves nothing written', async () => {
    const db = await fresh();
    const before = await snapshot(db);
    const run = writeTx(db, ['items', 'custody'], async (tx, track) => {
      await tx.objectStore('items').get('x');
      await later(undefined); // the transaction commits (empty) here
      track(tx.objectStore('custody').add({ itemId: 'x', at: '2025-01-01T00:00:00.000Z', action: 'created' }));
      const { screenshot: _s, ...rest } = makeItem({ id: 'x' });
      track(tx.objectStore('items').put({ ...rest, categories: [] }));
    });
    await expect(run).rejects.toMatchObject({ kind: 'aborted' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('upgrades and connection lifecycle', () => {
  test('an upgrade blocked by an old tab reports "close other tabs", then succeeds when it closes', async () => {
    const name = freshName('blocked');
    await createV1Database(name, [makeV1Row('old-1')]);
    // The "old tab": a v1 connection that ignores versionchange.
    const oldTab = await openDB(name, 1);
    const onBlocked = vi.fn();
    let done = false;
    const opening = openTidemarkDB({ name, onBlocked }).then((db) => {
      done = true;
      return db;
    });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    const err = onBlocked.mock.calls[0]?.[0] as StoreError;
    expect(err).toBeInstanceOf(StoreError);
    expect(err.kind).toBe('blocked');
    expect(err.message).toBe('Close other Tidemark tabs to finish the upgrade.');
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    oldTab.close();
    const db = await opening;
    opened.push(db);
    expect(db.version).toBe(2);
    expect((await getItem(db, 'old-1'))?.text).toBe('v1 text old-1');
  });

  test('this tab closes its connection when a newer version needs it (blocking), then reports version', async () => {
    const name = freshName('blocking');
    const onBlocking = vi.fn();
    const conn = new Connection({ name, onBlocking });
    const db = await conn.db();
    await putFlag(db, makeItem({ id: 'keep' }));
    const onNewerBlocked = vi.fn();
    const newer = await openDB(name, 3, { blocked: onNewerBlocked });
    expect(onBlocking).toHaveBeenCalledTimes(1);
    expect(onNewerBlocked).not.toHaveBeenCalled();
    expect(newer.version).toBe(3);
    newer.close();
    // The next use reopens, and this older build refuses the newer data without touching it.
    await expect(conn.db()).rejects.toMatchObject({ kind: 'version' });
    const check = await openDB(name);
    expect(check.version).toBe(3);
    expect(await check.count('items')).toBe(1);
    check.close();
  });

  test('a database from a newer build is refused with a clear message, nothing deleted', async () => {
    const name = freshName('newer');
    const future = await openDB(name, 7, {
      upgrade(d) {
        d.createObjectStore('items', { keyPath: 'id' });
      },
    });
    await future.put('items', { id: 'from-the-future' });
    future.close();
    const err = await openTidemarkDB({ name }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('version');
    expect((err as StoreError).message).toMatch(/newer version of Tidemark.*nothing was changed or deleted/);
    const check = await openDB(name);
    expect(check.version).toBe(7);
    expect(await check.get('items', 'from-the-future')).toEqual({ id: 'from-the-future' });
    check.close();
  });

  test('after the browser closes the connection (terminated), the next call reopens', async () => {
    const onTerminated = vi.fn();
    const conn = new Connection({ name: freshName('terminated'), onTerminated });
    const first = await conn.db();
    await putFlag(first, makeItem({ id: 'a' }));
    forceCloseDatabase(unwrap(first) as never);
    expect(onTerminated).toHaveBeenCalledTimes(1);
    // The dead handle fails as a StoreError (shown, never reported as saved)…
    await expect(putFlag(first, makeItem({ id: 'b' }))).rejects.toBeInstanceOf(StoreError);
    // …and the connection reopens lazily.
    const second = await conn.db();
    expect(second).not.toBe(first);
    await putFlag(second, makeItem({ id: 'b' }));
    expect(await countItems(second)).toBe(2);
    await conn.close();
  });

  test('a migration that fails is rolled back: still v1, data intact, clear message', async () => {
    const name = freshName('failed-migration');
    const rows = [makeV1Row('m1'), makeV1Row('m2')];
    await createV1Database(name, rows);
    vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(() => {
      throw new DOMException('simulated failure', 'UnknownError');
    });
    const err = await openTidemarkDB({ name }).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('aborted');
    expect((err as StoreError).message).toMatch(/upgrade failed and was rolled back/);
    const check = await openDB(name);
    expect(check.version).toBe(1);
    expect(check.objectStoreNames.contains('screenshots')).toBe(false);
    const stored = (await check.getAll('items')) as Record<string, unknown>[];
    expect(stored.map((r) => r.id)).toEqual(['m1', 'm2']);
    expect(stored[0]?.screenshot).toBeInstanceOf(Blob);
    check.close();
    // The next attempt (the fault gone) upgrades normally.
    const db = await openTidemarkDB({ name });
    opened.push(db);
    expect(db.version).toBe(2);
  });
});

describe('toStoreError', () => {
  test.each([
    { e: new DOMException('x', 'QuotaExceededError'), kind: 'quota' },
    { e: Object.assign(new Error('aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }), kind: 'quota' },
    { e: Object.assign(new Error('aborted'), { name: 'AbortError', cause: new DOMException('x', 'QuotaExceededError') }), kind: 'quota' },
    { e: new DOMException('x', 'VersionError'), kind: 'version' },
    { e: new DOMException('x', 'AbortError'), kind: 'aborted' },
    { e: new DOMException('x', 'TransactionInactiveError'), kind: 'aborted' },
    { e: new DOMException('x', 'InvalidStateError'), kind: 'aborted' },
    { e: new TypeError('boom'), kind: 'unknown' },
    { e: 'a string', kind: 'unknown' },
  ])('$e.name → $kind', ({ e, kind }) => {
    const se = toStoreError(e);
    expect(se.kind).toBe(kind);
    expect(se.message.length).toBeGreaterThan(20);
    expect(se.cause).toBe(e);
  });
});

function makeV1Row(id: string): Record<string, unknown> {
  const { screenshot, ...rest } = makeItem({ id, text: `v1 text ${id}` });
  return { ...rest, screenshot };
}
