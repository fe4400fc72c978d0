/**
 * Transaction helpers. The rule they enforce by shape: a write body first awaits its reads
 * (IndexedDB requests only), then issues every write synchronously and returns. So there is
 * never an await between two writes, and if anything foreign did slip in before the writes,
 * the transaction would commit empty and the writes fail: nothing is ever half-written.
 */
import type { IDBPTransaction } from 'idb';
import { REV_KEY, type TidemarkDB, type TidemarkDatabase, type TidemarkStoreName } from './schema';
import { toStoreError } from './errors';

export type WriteTx = IDBPTransaction<TidemarkDB, TidemarkStoreName[], 'readwrite'>;
export type ReadTx = IDBPTransaction<TidemarkDB, TidemarkStoreName[], 'readonly'>;

/** Registers a request promise so its failure is awaited (and never an unhandled rejection). */
export type Track = <T>(p: Promise<T>) => Promise<T>;

const noop = (): void => undefined;

/** The outcome of a committed write: the body's result and the revision it moved meta from/to. */
export interface Committed<R> {
  result: R;
  fromRev: number;
  toRev: number;
}

/**
 * Runs `body` in one strict-durability readwrite transaction over `stores` plus `meta`, bumps
 * the write revision, and resolves only after the commit (`tx.done`). On any failure the
 * transaction is aborted and a StoreError is thrown.
 */
export async function writeTx<R>(
  db: TidemarkDatabase,
  stores: readonly TidemarkStoreName[],
  body: (tx: WriteTx, track: Track) => Promise<R> | R,
): Promise<Committed<R>> {
  let tx: WriteTx;
  try {
    tx = db.transaction([...new Set<TidemarkStoreName>([...stores, 'meta'])], 'readwrite', { durability: 'strict' });
  } catch (e) {
    throw toStoreError(e);
  }
  tx.done.catch(noop);
  const pending: Promise<unknown>[] = [];
  const track: Track = (p) => {
    p.catch(noop);
    pending.push(p);
    return p;
  };
  try {
    const fromRev = (await tx.objectStore('meta').get(REV_KEY)) ?? 0;
    const result = await body(tx, track);
    track(tx.objectStore('meta').put(fromRev + 1, REV_KEY));
    await Promise.all(pending);
    await tx.done;
    return { result, fromRev, toRev: fromRev + 1 };
  } catch (e) {
    abortQuietly(tx);
    throw toStoreError(e);
  }
}

/** Runs `body` in one readonly transaction (a consistent snapshot). */
export async function readTx<R>(
  db: TidemarkDatabase,
  stores: readonly TidemarkStoreName[],
  body: (tx: ReadTx) => Promise<R>,
): Promise<R> {
  let tx: ReadTx;
  try {
    tx = db.transaction([...new Set(stores)], 'readonly');
  } catch (e) {
    throw toStoreError(e);
  }
  tx.done.catch(noop);
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (e) {
    abortQuietly(tx);
    throw toStoreError(e);
  }
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
}
