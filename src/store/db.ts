/**
 * Opening the database, and keeping one connection alive across the lifecycle events a
 * browser throws at it: another tab upgrading (blocking), this tab waiting for an old one
 * (blocked), and the browser closing the connection (terminated).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgradeToV1, upgradeToV2, type TidemarkDB, type TidemarkDatabase } from './schema';
import { StoreError, toStoreError } from './errors';

export interface OpenOptions {
  /** Database name; tests pass a fresh one. Default `'tidemark'`. */
  name?: string;
  /**
   * Another Tidemark tab holds an older version open and has not closed it. Opening goes on
   * waiting and succeeds as soon as that tab closes; show `error.message` meanwhile.
   */
  onBlocked?: (error: StoreError) => void;
  /**
   * A newer Tidemark (another tab, or an update) wants to upgrade. This connection has
   * already been closed so it can; an extension page should reload to get the new code.
   */
  onBlocking?: () => void;
  /** The browser closed the connection abnormally (not through `close()`). */
  onTerminated?: () => void;
}

const MIGRATION_FAILED =
  'The Tidemark database upgrade failed and was rolled back: your data is unchanged, still in the previous format. Reload to try again; export your data if it keeps failing.';

/**
 * Opens (creating or upgrading) the Tidemark database.
 * Rejects with a StoreError: 'version' when the data is from a newer build, 'aborted'
 * when a migration failed (the database then stays at its old version, data intact).
 */
export async function openTidemarkDB(opts: OpenOptions = {}): Promise<TidemarkDatabase> {
  let migrationError: unknown = null;
  try {
    return await openDB<TidemarkDB>(opts.name ?? DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // An aborted upgrade rejects `done`; the open request reports it instead.
        tx.done.catch(() => undefined);
        if (oldVersion < 1) upgradeToV1(db as unknown as IDBPDatabase<unknown>);
        if (oldVersion < 2) {
          upgradeToV2(db, tx).catch((e: unknown) => {
            migrationError = e;
            try {
              tx.abort();
            } catch {
              // Already finished: the open request fails on its own.
            }
          });
        }
      },
      blocked() {
        opts.onBlocked?.(new StoreError('blocked'));
      },
      blocking(_current, _blocked, event) {
        // Close first, so the other tab's upgrade proceeds even if the callback throws.
        (event.target as IDBDatabase).close();
        opts.onBlocking?.();
      },
      terminated() {
        opts.onTerminated?.();
      },
    });
  } catch (e) {
    if (migrationError !== null) throw new StoreError('aborted', MIGRATION_FAILED, { cause: migrationError });
    throw toStoreError(e);
  }
}

/**
 * One lazily (re)opened connection. After `blocking` or `terminated` the handle is dropped
 * and the next call reopens, so a service worker or page never keeps using a dead handle.
 */
export class Connection {
  private pending: Promise<TidemarkDatabase> | null = null;

  constructor(private readonly opts: OpenOptions = {}) {}

  /** The open database, opening it on first use. */
  db(): Promise<TidemarkDatabase> {
    this.pending ??= openTidemarkDB({
      ...this.opts,
      onBlocking: () => {
        this.pending = null;
        this.opts.onBlocking?.();
      },
      onTerminated: () => {
        this.pending = null;
        this.opts.onTerminated?.();
      },
    }).catch((e: unknown) => {
      // A failed open is not cached: the next call tries again (e.g. after tabs closed).
      this.pending = null;
      throw e;
    });
    return this.pending;
  }

  /** Closes the connection (if open); the next `db()` reopens. */
  async close(): Promise<void> {
    const p = this.pending;
    this.pending = null;
    if (!p) return;
    try {
      (await p).close();
    } catch {
      // It never opened: nothing to close.
    }
  }
}
