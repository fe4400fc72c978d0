/**
 * The IndexedDB schema and its versioned upgrade steps (DESIGN.md §5).
 *
 * Version history (each step is kept forever: a browser may still hold any old version):
 * - v1, the first schema: `items` (screenshot inline in the record; indexes capturedAt,
 *   platform, status, url), `custody` (append-only log, index itemId), `settings`.
 * - v2, the current schema: screenshots move to their own store (so status changes and
 *   list reads never rewrite or load PNG bytes), items gain the derived fields `authorKey`
 *   and `categories` and the indexes verdict, authorKey, lang, categories; custody gains
 *   an `at` index; a `meta` store holds a write revision that lets every connection
 *   (service worker, popup, history tab) detect that its search cache is stale.
 *
 * Upgrade code uses only the version-change transaction and awaits only its requests:
 * anything else would let the transaction commit half-way (research §2.1).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CustodyAction, FlaggedItem } from '../shared/item';

export const DB_NAME = 'tidemark';
export const DB_VERSION = 2;

/** An item as stored: no screenshot (see `screenshots`), plus fields derived for indexes. */
export interface ItemRecord extends Omit<FlaggedItem, 'screenshot'> {
  /** Normalised author identity (see `authorKeyOf`); absent when the post had no author. */
  authorKey?: string;
  /** Distinct match categories, for the multi-entry `categories` index. */
  categories: string[];
}

/** The PNG of one item, keyed by the item's id. */
export interface ScreenshotRecord {
  id: string;
  blob: Blob;
}

/** One entry of the machine-wide, append-only custody log. Survives the item's deletion. */
export interface CustodyRecord {
  /** Auto-incremented; gives a total order even when two events share a millisecond. */
  seq?: number;
  itemId: string;
  /** UTC, ISO 8601. */
  at: string;
  action: CustodyAction;
  detail?: Record<string, string>;
}

export interface TidemarkDB extends DBSchema {
  items: {
    key: string;
    value: ItemRecord;
    indexes: {
      capturedAt: string;
      platform: string;
      status: string;
      verdict: string;
      authorKey: string;
      url: string;
      lang: string;
      categories: string;
    };
  };
  screenshots: {
    key: string;
    value: ScreenshotRecord;
  };
  custody: {
    key: number;
    value: CustodyRecord;
    indexes: { itemId: string; at: string };
  };
  settings: {
    key: string;
    value: unknown;
  };
  meta: {
    key: string;
    value: number;
  };
}

export type TidemarkDatabase = IDBPDatabase<TidemarkDB>;
export type TidemarkStoreName = StoreNames<TidemarkDB>;
type UpgradeTx = IDBPTransaction<TidemarkDB, TidemarkStoreName[], 'versionchange'>;

/** Key of the write revision in `meta`. */
export const REV_KEY = 'rev';

/**
 * Step 1: the first schema. Exported so tests can build a genuine v1 database.
 * Typed loosely on purpose: v1 is not the current schema.
 */
export function upgradeToV1(db: IDBPDatabase<unknown>): void {
  const items = db.createObjectStore('items', { keyPath: 'id' });
  items.createIndex('capturedAt', 'capturedAt');
  items.createIndex('platform', 'platform');
  items.createIndex('status', 'status');
  items.createIndex('url', 'url');
  const custody = db.createObjectStore('custody', { keyPath: 'seq', autoIncrement: true });
  custody.createIndex('itemId', 'itemId');
  db.createObjectStore('settings');
}

/**
 * Step 2: screenshots out of item records, derived index fields, new indexes, revision.
 * Returns once every record is migrated; the caller must abort `tx` if this rejects.
 */
export async function upgradeToV2(db: TidemarkDatabase, tx: UpgradeTx): Promise<void> {
  const items = tx.objectStore('items');
  items.createIndex('verdict', 'verdict');
  items.createIndex('authorKey', 'authorKey');
  items.createIndex('lang', 'lang');
  items.createIndex('categories', 'categories', { multiEntry: true });
  tx.objectStore('custody').createIndex('at', 'at');
  db.createObjectStore('screenshots', { keyPath: 'id' });
  db.createObjectStore('meta');
  const shots = tx.objectStore('screenshots');

  // Every request is observed, so an aborted upgrade leaves no unhandled rejection behind.
  const writes: Promise<unknown>[] = [];
  const track = (p: Promise<unknown>) => {
    p.catch(() => undefined);
    writes.push(p);
  };
  let cursor = await items.openCursor();
  while (cursor) {
    const { record, screenshot } = migrateV1Item(cursor.value as unknown as Record<string, unknown>);
    if (screenshot) track(shots.put({ id: record.id, blob: screenshot }));
    track(cursor.update(record));
    cursor = await cursor.continue();
  }
  track(tx.objectStore('meta').put(1, REV_KEY));
  await Promise.all(writes);
}

/**
 * One v1 record → a v2 record: moves the screenshot out and fills what v1 did not have.
 * Tolerant of legacy rows missing optional fields; never drops a row.
 */
export function migrateV1Item(raw: Record<string, unknown>): { record: ItemRecord; screenshot?: Blob } {
  const { screenshot, ...rest } = raw;
  const item = rest as unknown as ItemRecord;
  const record: ItemRecord = {
    ...item,
    author: item.author && typeof item.author === 'object' ? item.author : {},
    lang: typeof item.lang === 'string' && item.lang ? item.lang : 'und',
    // Legacy rows may hold junk in arrays; one bad row must not make the upgrade fail forever.
    matches: Array.isArray(item.matches) ? item.matches.filter((m) => !!m && typeof m === 'object' && typeof m.category === 'string') : [],
    reasons: Array.isArray(item.reasons) ? item.reasons : [],
    note: typeof item.note === 'string' ? item.note : '',
    tags: Array.isArray(item.tags) ? item.tags.filter((t) => typeof t === 'string') : [],
    statusHistory: Array.isArray(item.statusHistory) ? item.statusHistory.filter((e) => !!e && typeof e === 'object') : [],
    firstCapturedAt: typeof item.firstCapturedAt === 'string' ? item.firstCapturedAt : item.capturedAt,
    categories: [],
  };
  const derived = deriveFields(record);
  record.categories = derived.categories;
  if (derived.authorKey) record.authorKey = derived.authorKey;
  else delete record.authorKey;
  return screenshot instanceof Blob ? { record, screenshot } : { record };
}

/** The fields kept only for indexes: recomputed on every write so they never drift. */
export function deriveFields(item: Pick<FlaggedItem, 'author' | 'matches'>): { authorKey?: string; categories: string[] } {
  const categories = [...new Set(item.matches.map((m) => m.category))].toSorted();
  const authorKey = authorKeyOf(item.author);
  return authorKey ? { authorKey, categories } : { categories };
}

/**
 * A normalised author identity, the same across platforms when the handle is the same
 * (smugglers reuse handles across networks). Handle first, then profile URL, then name:
 * names collide far more often than handles or URLs.
 */
export function authorKeyOf(author: FlaggedItem['author'] | undefined): string | undefined {
  if (!author) return undefined;
  const handle = fold(author.handle ?? '').replace(/^@+/, '').replace(/\s+/g, '');
  if (handle) return `@${handle}`;
  const url = profileUrlKey(author.url);
  if (url) return `url:${url}`;
  const name = fold(author.name ?? '').replace(/\s+/g, ' ');
  if (name) return `name:${name}`;
  return undefined;
}

function fold(s: string): string {
  return s.normalize('NFKC').trim().toLowerCase();
}

/** host + path of a profile URL, without "www."/"m." or a trailing slash; keeps Facebook's `?id=`. */
function profileUrlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const host = u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const path = u.pathname.replace(/\/+$/, '').toLowerCase();
  const id = u.searchParams.get('id');
  return `${host}${path}${id && path.endsWith('profile.php') ? `?id=${id}` : ''}`;
}
