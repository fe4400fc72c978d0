/**
 * Store failures as one typed error with a message a moderator can act on.
 *
 * Classification looks at the error's name, its `inner`/`cause` and a transaction's
 * `error`, because browsers differ: Chromium may report a full disk as an AbortError whose
 * transaction error is QuotaExceededError, and fake-indexeddb names an expired transaction
 * InvalidStateError where Chromium says TransactionInactiveError (research V8). Callers and
 * tests should branch on `kind`, never on DOMException names.
 */

export type StoreErrorKind =
  /** The disk or the origin's quota is full. */
  | 'quota'
  /** An upgrade waits for another open Tidemark tab to close. */
  | 'blocked'
  /** The transaction was aborted or expired; nothing of it was written. */
  | 'aborted'
  /** The database was created by a newer Tidemark than this build. */
  | 'version'
  /** The input was rejected before anything was written. */
  | 'invalid'
  /** The item does not exist (any more). */
  | 'not-found'
  | 'unknown';

const MESSAGES: Record<StoreErrorKind, string> = {
  quota:
    'Storage is full, so this change was not saved (nothing was partly written). Export and delete older items, or free disk space, then try again.',
  blocked: 'Close other Tidemark tabs to finish the upgrade.',
  aborted: 'The change was not saved: the database cancelled it before it finished. Nothing was partly written; try again.',
  version:
    'Your Tidemark data was created by a newer version of Tidemark. Update the extension to open it; nothing was changed or deleted.',
  invalid: 'The data was rejected, so nothing was saved.',
  'not-found': 'That item no longer exists.',
  unknown: 'The Tidemark database failed, so this change was not saved.',
};

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly kind: StoreErrorKind;

  constructor(kind: StoreErrorKind, message?: string, options?: { cause?: unknown }) {
    super(message ?? MESSAGES[kind], options);
    this.kind = kind;
  }
}

/** The default human message for a kind (for UIs that only keep the kind). */
export function storeErrorMessage(kind: StoreErrorKind): string {
  return MESSAGES[kind];
}

const ABORT_NAMES = new Set(['AbortError', 'TransactionInactiveError', 'InvalidStateError']);

/** Wraps anything thrown by IndexedDB (or idb) into a StoreError; StoreErrors pass through. */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const names = errorNames(e);
  let kind: StoreErrorKind = 'unknown';
  if (names.some((n) => n === 'QuotaExceededError') || /quota/i.test(errorText(e))) kind = 'quota';
  else if (names.includes('VersionError')) kind = 'version';
  else if (names.some((n) => ABORT_NAMES.has(n))) kind = 'aborted';
  const base = MESSAGES[kind];
  const detail = kind === 'unknown' ? errorText(e) : '';
  return new StoreError(kind, detail ? `${base} (${detail})` : base, { cause: e });
}

/** Names of the error and of what it wraps (`inner` in Dexie style, `cause`, a transaction's `error`). */
function errorNames(e: unknown, depth = 0): string[] {
  if (!e || typeof e !== 'object' || depth > 3) return [];
  const o = e as { name?: unknown; inner?: unknown; cause?: unknown; error?: unknown };
  const own = typeof o.name === 'string' ? [o.name] : [];
  return [...own, ...errorNames(o.inner, depth + 1), ...errorNames(o.cause, depth + 1), ...errorNames(o.error, depth + 1)];
}

function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
