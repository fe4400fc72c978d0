/**
 * A compact in-memory index of every item, for search, filters, sorting and the accounts
 * view: one lowercase haystack plus the filterable fields per item. Filtering 10,000 of
 * these is a few milliseconds, where a cursor over IndexedDB would take hundreds.
 *
 * Freshness: every write transaction bumps `meta.rev`. A query reads the revision in the
 * same snapshot as the items, so a write from any connection (service worker, another tab)
 * makes the next query rebuild; writes through this connection patch the index in place.
 */
import type { Author, ItemStatus, Platform } from '../shared/item';
import type { Verdict } from '../engine/types';
import { REV_KEY, type ItemRecord, type TidemarkDatabase } from './schema';
import { readTx } from './tx';

export interface SearchEntry {
  id: string;
  /** Folded text, author, URLs, note and tags, newline-separated. */
  hay: string;
  platform: Platform;
  status: ItemStatus;
  verdict: Verdict;
  lang: string;
  categories: string[];
  capturedAt: string;
  firstCapturedAt: string;
  score: number;
  url: string;
  author: Author;
  authorKey?: string;
}

interface Cache {
  rev: number;
  entries: Map<string, SearchEntry>;
}

const caches = new WeakMap<TidemarkDatabase, Cache>();

/** Lowercase, compatibility-folded form used on both sides of a search. */
export function foldForSearch(s: string): string {
  return s.normalize('NFKC').toLowerCase();
}

export function entryOf(r: ItemRecord): SearchEntry {
  const hay = foldForSearch(
    [r.text, r.author.name, r.author.handle, r.author.url, r.url, r.permalink, r.note, ...r.tags].filter(Boolean).join('\n'),
  );
  const e: SearchEntry = {
    id: r.id,
    hay,
    platform: r.platform,
    status: r.status,
    verdict: r.verdict,
    lang: r.lang,
    categories: r.categories,
    capturedAt: r.capturedAt,
    firstCapturedAt: r.firstCapturedAt,
    score: r.score,
    url: r.url,
    author: r.author,
  };
  if (r.authorKey) e.authorKey = r.authorKey;
  return e;
}

/** Every item's entry, current as of one snapshot (rebuilt when another connection wrote). */
export async function searchEntries(db: TidemarkDatabase): Promise<Map<string, SearchEntry>> {
  return readTx(db, ['items', 'meta'], async (tx) => {
    const rev = (await tx.objectStore('meta').get(REV_KEY)) ?? 0;
    const cached = caches.get(db);
    if (cached && cached.rev === rev) return cached.entries;
    const records = await tx.objectStore('items').getAll();
    const entries = new Map(records.map((r) => [r.id, entryOf(r)]));
    caches.set(db, { rev, entries });
    return entries;
  });
}

/**
 * After a committed write on `db`: patch the cache if it was current just before the write,
 * else drop it (another write interleaved; the next query rebuilds).
 */
export function noteWrite(
  db: TidemarkDatabase,
  fromRev: number,
  toRev: number,
  upserts: readonly ItemRecord[],
  deletes: readonly string[] = [],
): void {
  const cached = caches.get(db);
  if (!cached) return;
  if (cached.rev !== fromRev) {
    caches.delete(db);
    return;
  }
  for (const r of upserts) cached.entries.set(r.id, entryOf(r));
  for (const id of deletes) cached.entries.delete(id);
  cached.rev = toRev;
}
