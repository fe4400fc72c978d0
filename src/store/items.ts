/**
 * The items repository: flags, edits, status changes, deletes, exports and imports, each in
 * ONE transaction that also appends to the custody log (DESIGN.md §5).
 *
 * Every function takes the database handle first, so tests inject a fresh database. Nothing
 * but IndexedDB requests is awaited inside a transaction: callers hash text, crop and encode
 * screenshots before calling (research V7/V8); `writeTx` (tx.ts) enforces the read-then-
 * write shape that keeps a transaction all-or-nothing.
 */
import type { IDBPObjectStore } from 'idb';
import type { CustodyAction, CustodyEvent, FlaggedItem, ItemStatus, Platform, ReportInfo } from '../shared/item';
import { ITEM_STATUSES } from '../shared/item';
import type { Verdict } from '../engine/types';
import {
  deriveFields,
  type CustodyRecord,
  type ItemRecord,
  type TidemarkDB,
  type TidemarkDatabase,
  type TidemarkStoreName,
} from './schema';
import { StoreError } from './errors';
import { readTx, writeTx, type ReadTx, type Track, type WriteTx } from './tx';
import { foldForSearch, noteWrite, searchEntries, type SearchEntry } from './search';
import { planImport, type ImportCounts, type ImportMode, type ImportPlan } from './merge';

export type { ImportCounts, ImportMode } from './merge';

/** Options shared by writing functions. */
export interface WriteOptions {
  /** Clock for custody timestamps (tests). Default: the system clock. */
  now?: () => Date;
}

const WRITE_STORES: readonly TidemarkStoreName[] = ['items', 'screenshots', 'custody'];
const MAX_ID = 512;
const MAX_NOTE = 20_000;
const MAX_TAGS = 50;
const MAX_TAG = 100;
const MAX_REPORT_FIELD = 500;

// ---------------------------------------------------------------------------------------
// Records ⇄ items

/** The stored record for an item (screenshot removed, index fields derived). */
export function toRecord(item: FlaggedItem): ItemRecord {
  const { screenshot: _screenshot, ...rest } = item;
  const record: ItemRecord = { ...rest, categories: [] };
  delete record.authorKey;
  const derived = deriveFields(item);
  record.categories = derived.categories;
  if (derived.authorKey) record.authorKey = derived.authorKey;
  return record;
}

/** The public item for a record (index fields removed, screenshot attached when given). */
export function toItem(record: ItemRecord, screenshot?: Blob): FlaggedItem {
  const { authorKey: _authorKey, categories: _categories, ...item } = record;
  return screenshot ? { ...item, screenshot } : item;
}

function isoNow(opts: WriteOptions | undefined): string {
  return (opts?.now?.() ?? new Date()).toISOString();
}

function custody(itemId: string, ev: CustodyEvent): CustodyRecord {
  return ev.detail ? { itemId, at: ev.at, action: ev.action, detail: ev.detail } : { itemId, at: ev.at, action: ev.action };
}

function event(at: string, action: CustodyAction, detail?: Record<string, string>): CustodyEvent {
  return detail ? { at, action, detail } : { at, action };
}

type CustodyStore = IDBPObjectStore<TidemarkDB, TidemarkStoreName[], 'custody', 'readwrite'>;

/** Appends `ev` to the item's own history and to the machine-wide log (both in `tx`). */
function appendEvent(record: ItemRecord, ev: CustodyEvent, log: CustodyStore, track: Track): void {
  record.statusHistory = [...record.statusHistory, ev];
  track(log.add(custody(record.id, ev)));
}

// ---------------------------------------------------------------------------------------
// Flag

export interface PutFlagResult {
  /** True when this flag created the item; false when it updated an existing one. */
  created: boolean;
  /** The item as stored now (with the screenshot that is stored for it, if given in this call). */
  item: FlaggedItem;
  /** For a re-flag: the capture fields that changed (`[]` when identical). */
  changed: string[];
}

function validateCaptured(item: FlaggedItem): void {
  const problems: string[] = [];
  if (typeof item.id !== 'string' || item.id.length === 0 || item.id.length > MAX_ID) problems.push('id');
  if (typeof item.capturedAt !== 'string' || Number.isNaN(Date.parse(item.capturedAt))) problems.push('capturedAt');
  if (typeof item.text !== 'string') problems.push('text');
  if (typeof item.url !== 'string') problems.push('url');
  if (!item.evidence || typeof item.evidence.textSha256 !== 'string') problems.push('evidence.textSha256');
  if (!ITEM_STATUSES.includes(item.status)) problems.push('status');
  if (!Array.isArray(item.matches) || !item.author || typeof item.author !== 'object') problems.push('matches/author');
  if (item.screenshot !== undefined && !(item.screenshot instanceof Blob)) problems.push('screenshot');
  if (problems.length) throw new StoreError('invalid', `The flag was rejected (bad ${problems.join(', ')}); nothing was saved.`);
}

/** The capture fields compared on re-flag, in the order reported. */
const CAPTURE_FIELDS = ['text', 'screenshot', 'score', 'verdict', 'matches', 'reasons', 'author', 'url', 'permalink', 'lang', 'quote', 'lexiconVersion', 'postedAt'] as const;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function changedFields(prev: ItemRecord, next: ItemRecord): string[] {
  return CAPTURE_FIELDS.filter((f) => {
    if (f === 'text') return prev.evidence.textSha256 !== next.evidence.textSha256 || prev.text !== next.text;
    if (f === 'screenshot') return prev.evidence.screenshotSha256 !== next.evidence.screenshotSha256;
    return !same(prev[f], next[f]);
  });
}

/**
 * Stores one flag in ONE transaction over items, screenshots and custody. A new id creates
 * the item with a 'created' event. A known id updates it: the capture (text, matches, score,
 * screenshot, evidence, capturedAt…) is replaced; firstCapturedAt, note, tags, status, report
 * and the history are kept; a 'reflagged' event records what changed and the previous
 * hashes. If this capture has no screenshot, the previous screenshot (and its hash) is kept.
 *
 * The caller computes hashes and crops the screenshot before calling.
 */
export async function putFlag(db: TidemarkDatabase, captured: FlaggedItem, opts?: WriteOptions): Promise<PutFlagResult> {
  validateCaptured(captured);
  const at = isoNow(opts);
  const incoming = toRecord(captured);
  const { result, fromRev, toRev } = await writeTx(db, WRITE_STORES, async (tx, track) => {
    const existing = await tx.objectStore('items').get(captured.id);
    // ---- writes only from here: no awaits ----
    const shots = tx.objectStore('screenshots');
    const log = tx.objectStore('custody');
    if (!existing) {
      const record: ItemRecord = { ...incoming, firstCapturedAt: incoming.firstCapturedAt || incoming.capturedAt };
      const detail: Record<string, string> = { textSha256: record.evidence.textSha256 };
      if (record.evidence.screenshotSha256) detail.screenshotSha256 = record.evidence.screenshotSha256;
      appendEvent(record, event(at, 'created', detail), log, track);
      if (captured.screenshot) track(shots.put({ id: record.id, blob: captured.screenshot }));
      track(tx.objectStore('items').put(record));
      return { created: true, record, changed: [] as string[] };
    }
    const record: ItemRecord = {
      ...incoming,
      firstCapturedAt: minIso(existing.firstCapturedAt, existing.capturedAt, incoming.capturedAt),
      note: existing.note,
      tags: existing.tags,
      status: existing.status,
      statusHistory: existing.statusHistory,
    };
    if (existing.report) record.report = existing.report;
    else delete record.report;
    const keepShot = !captured.screenshot && existing.evidence.screenshotSha256 !== undefined;
    if (keepShot) record.evidence = { ...record.evidence, screenshotSha256: existing.evidence.screenshotSha256 as string };
    const changed = changedFields(existing, record);
    const detail: Record<string, string> = {
      changed: changed.length ? changed.join(',') : 'none',
      previousCapturedAt: existing.capturedAt,
    };
    if (changed.includes('text')) detail.previousTextSha256 = existing.evidence.textSha256;
    if (changed.includes('screenshot') && existing.evidence.screenshotSha256) detail.previousScreenshotSha256 = existing.evidence.screenshotSha256;
    if (changed.includes('score')) detail.previousScore = String(existing.score);
    if (keepShot) detail.screenshot = 'kept-previous';
    appendEvent(record, event(at, 'reflagged', detail), log, track);
    if (captured.screenshot) track(shots.put({ id: record.id, blob: captured.screenshot }));
    else if (!keepShot) track(shots.delete(record.id));
    track(tx.objectStore('items').put(record));
    return { created: false, record, changed };
  });
  noteWrite(db, fromRev, toRev, [result.record]);
  const item = toItem(result.record, captured.screenshot);
  return { created: result.created, item, changed: result.changed };
}

function minIso(...values: (string | undefined)[]): string {
  const ok = values.filter((v): v is string => typeof v === 'string' && v.length > 0);
  return ok.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}

// ---------------------------------------------------------------------------------------
// Reads

export interface ReadOptions {
  /** Attach the screenshot Blob (one extra read per item). */
  screenshots?: boolean;
}

async function withShots(tx: ReadTx, records: ItemRecord[], screenshots: boolean): Promise<FlaggedItem[]> {
  if (!screenshots) return records.map((r) => toItem(r));
  const store = tx.objectStore('screenshots');
  const shots = await Promise.all(records.map((r) => (r.evidence.screenshotSha256 ? store.get(r.id) : undefined)));
  return records.map((r, i) => toItem(r, shots[i]?.blob));
}

/** One item with its screenshot, or undefined. */
export async function getItem(db: TidemarkDatabase, id: string, opts: ReadOptions = {}): Promise<FlaggedItem | undefined> {
  return readTx(db, ['items', 'screenshots'], async (tx) => {
    const record = await tx.objectStore('items').get(id);
    if (!record) return undefined;
    const [item] = await withShots(tx, [record], opts.screenshots ?? true);
    return item;
  });
}

/** Several items by id, in the order given; unknown ids are skipped. Screenshots by default (exports). */
export async function getItems(db: TidemarkDatabase, ids: readonly string[], opts: ReadOptions = {}): Promise<FlaggedItem[]> {
  return readTx(db, ['items', 'screenshots'], async (tx) => {
    const store = tx.objectStore('items');
    const records = (await Promise.all(ids.map((id) => store.get(id)))).filter((r): r is ItemRecord => r !== undefined);
    return withShots(tx, records, opts.screenshots ?? true);
  });
}

export type ItemIndex = 'capturedAt' | 'platform' | 'status' | 'verdict' | 'authorKey' | 'url' | 'lang' | 'categories';

export interface ListOptions extends ReadOptions {
  /** Index to walk; default 'capturedAt'. */
  index?: ItemIndex;
  /** Only keys in this range (or equal to this value) of the index. */
  query?: IDBKeyRange | string;
  /** 'prev' = newest first for 'capturedAt' (the default). */
  direction?: 'next' | 'prev';
  offset?: number;
  limit?: number;
}

/**
 * Items in index order, paged. Screenshots are attached unless `screenshots: false`
 * (pass that for lists on screen: it skips one read per item).
 */
export async function listItems(db: TidemarkDatabase, opts: ListOptions = {}): Promise<FlaggedItem[]> {
  const { index = 'capturedAt', query, direction = 'prev', offset = 0, limit } = opts;
  return readTx(db, ['items', 'screenshots'], async (tx) => {
    const idx = tx.objectStore('items').index(index);
    let records: ItemRecord[];
    if (offset === 0 && (direction === 'next' || limit === undefined)) {
      // getAll is far cheaper than a cursor; 'prev' without a limit is a reversed getAll.
      records = await idx.getAll(query, direction === 'next' ? limit : undefined);
      if (direction === 'prev') records.reverse();
    } else {
      records = [];
      let cursor = await idx.openCursor(query, direction);
      if (cursor && offset > 0) cursor = await cursor.advance(offset);
      const max = limit ?? Infinity;
      while (cursor && records.length < max) {
        records.push(cursor.value);
        cursor = await cursor.continue();
      }
    }
    return withShots(tx, records, opts.screenshots ?? true);
  });
}

/** Number of items, overall or within an index range. */
export async function countItems(db: TidemarkDatabase, opts: { index?: ItemIndex; query?: IDBKeyRange | string } = {}): Promise<number> {
  return readTx(db, ['items'], async (tx) => {
    const store = tx.objectStore('items');
    return opts.index ? store.index(opts.index).count(opts.query) : store.count(opts.query);
  });
}

// ---------------------------------------------------------------------------------------
// Query

export interface ItemFilter {
  platforms?: readonly Platform[];
  statuses?: readonly ItemStatus[];
  verdicts?: readonly Verdict[];
  /** Any of these match categories. */
  categories?: readonly string[];
  langs?: readonly string[];
  /**
   * capturedAt range. `from` is inclusive. `to` is inclusive for a full timestamp; a plain
   * date ("2025-03-31") includes that whole UTC day (so does `from`).
   */
  from?: string;
  to?: string;
  minScore?: number;
  maxScore?: number;
  authorKey?: string;
  /** Every whitespace-separated word must occur (case-insensitive) in text, author, URL, note or tags. */
  text?: string;
}

export type SortKey = 'capturedAt' | 'firstCapturedAt' | 'score' | 'platform' | 'status' | 'verdict' | 'author';

export interface QueryOptions extends ReadOptions {
  sort?: SortKey;
  /** Default 'desc' (newest / highest first). */
  direction?: 'asc' | 'desc';
  offset?: number;
  /** Page size for `items`; default 100. `ids` always lists every match. */
  limit?: number;
}

export interface QueryResult {
  total: number;
  /** Ids of all matches, sorted (for "select all matching" and paging). */
  ids: string[];
  /** The requested page of items, without screenshots unless asked. */
  items: FlaggedItem[];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function bound(v: string | undefined, end: boolean): string | undefined {
  if (!v) return undefined;
  if (DATE_ONLY.test(v)) return end ? `${v}T23:59:59.999Z` : `${v}T00:00:00.000Z`;
  const t = Date.parse(v);
  if (Number.isNaN(t)) throw new StoreError('invalid', `Not a date: ${v}`);
  return new Date(t).toISOString();
}

const setOf = <T>(xs: readonly T[] | undefined): Set<T> | null => (xs && xs.length ? new Set(xs) : null);

/** A predicate for `filter` over search entries (exported for tests and the UI's counts). */
export function entryMatcher(filter: ItemFilter): (e: SearchEntry) => boolean {
  const set = setOf;
  const platforms = set(filter.platforms);
  const statuses = set(filter.statuses);
  const verdicts = set(filter.verdicts);
  const categories = set(filter.categories);
  const langs = set(filter.langs);
  const from = bound(filter.from, false);
  const to = bound(filter.to, true);
  const words = filter.text ? foldForSearch(filter.text).split(/\s+/).filter(Boolean) : [];
  return (e) =>
    (!platforms || platforms.has(e.platform)) &&
    (!statuses || statuses.has(e.status)) &&
    (!verdicts || verdicts.has(e.verdict)) &&
    (!langs || langs.has(e.lang)) &&
    (!categories || e.categories.some((c) => categories.has(c))) &&
    (from === undefined || e.capturedAt >= from) &&
    (to === undefined || e.capturedAt <= to) &&
    (filter.minScore === undefined || e.score >= filter.minScore) &&
    (filter.maxScore === undefined || e.score <= filter.maxScore) &&
    (filter.authorKey === undefined || e.authorKey === filter.authorKey) &&
    words.every((w) => e.hay.includes(w));
}

function sortValue(e: SearchEntry, key: SortKey): string | number {
  switch (key) {
    case 'score':
      return e.score;
    case 'author':
      return e.authorKey ?? '';
    default:
      return e[key];
  }
}

/**
 * Filters, searches and sorts all items in memory (see search.ts), then loads one page.
 * Answers in milliseconds over 10,000 items once the index is built (one full read).
 */
export async function queryItems(db: TidemarkDatabase, filter: ItemFilter = {}, opts: QueryOptions = {}): Promise<QueryResult> {
  const { sort = 'capturedAt', direction = 'desc', offset = 0, limit = 100 } = opts;
  const match = entryMatcher(filter);
  const entries = await searchEntries(db);
  const hits: SearchEntry[] = [];
  for (const e of entries.values()) if (match(e)) hits.push(e);
  const sign = direction === 'asc' ? 1 : -1;
  hits.sort((a, b) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    if (x !== y) return (x < y ? -1 : 1) * sign;
    return a.capturedAt === b.capturedAt ? (a.id < b.id ? -1 : 1) : a.capturedAt < b.capturedAt ? 1 : -1;
  });
  const ids = hits.map((e) => e.id);
  const items = await getItems(db, ids.slice(offset, offset + limit), { screenshots: opts.screenshots ?? false });
  return { total: ids.length, ids, items };
}

// ---------------------------------------------------------------------------------------
// Edits and status

export interface ItemPatch {
  note?: string;
  tags?: string[];
  status?: ItemStatus;
  /** Merged into the item's report info; `reportedAt` is stored as UTC ISO 8601. */
  report?: ReportInfo;
}

function cleanPatch(patch: ItemPatch): ItemPatch {
  const out: ItemPatch = {};
  if (patch.note !== undefined) {
    if (typeof patch.note !== 'string' || patch.note.length > MAX_NOTE) throw new StoreError('invalid', `A note must be text of at most ${MAX_NOTE} characters.`);
    out.note = patch.note;
  }
  if (patch.tags !== undefined) {
    if (!Array.isArray(patch.tags) || patch.tags.some((t) => typeof t !== 'string')) throw new StoreError('invalid', 'Tags must be a list of words.');
    const seen = new Set<string>();
    const tags: string[] = [];
    for (const raw of patch.tags) {
      const t = raw.trim();
      const k = t.toLowerCase();
      if (!t || seen.has(k)) continue;
      if (t.length > MAX_TAG) throw new StoreError('invalid', `A tag may have at most ${MAX_TAG} characters.`);
      seen.add(k);
      tags.push(t);
    }
    if (tags.length > MAX_TAGS) throw new StoreError('invalid', `At most ${MAX_TAGS} tags per item.`);
    out.tags = tags;
  }
  if (patch.status !== undefined) {
    if (!ITEM_STATUSES.includes(patch.status)) throw new StoreError('invalid', `Unknown status: ${String(patch.status)}`);
    out.status = patch.status;
  }
  if (patch.report !== undefined) {
    const r: ReportInfo = {};
    const { reportedAt, reference, channel } = patch.report;
    if (reportedAt !== undefined && reportedAt !== '') {
      const t = Date.parse(reportedAt);
      if (Number.isNaN(t)) throw new StoreError('invalid', `Not a date: ${reportedAt}`);
      r.reportedAt = new Date(t).toISOString();
    }
    for (const [k, v] of [['reference', reference], ['channel', channel]] as const) {
      if (v === undefined) continue;
      if (typeof v !== 'string' || v.length > MAX_REPORT_FIELD) throw new StoreError('invalid', `The report ${k} must be text of at most ${MAX_REPORT_FIELD} characters.`);
      r[k] = v.trim();
    }
    out.report = r;
  }
  return out;
}

/** Applies a clean patch to a record, appending the custody events; returns whether anything changed. */
function applyPatch(record: ItemRecord, patch: ItemPatch, at: string, log: CustodyStore, track: Track): boolean {
  let changed = false;
  const edited: string[] = [];
  if (patch.note !== undefined && patch.note !== record.note) {
    record.note = patch.note;
    edited.push('note');
  }
  if (patch.tags !== undefined && JSON.stringify(patch.tags) !== JSON.stringify(record.tags)) {
    record.tags = patch.tags;
    edited.push('tags');
  }
  if (edited.length) {
    appendEvent(record, event(at, 'edited', { fields: edited.join(',') }), log, track);
    changed = true;
  }
  if (patch.status !== undefined && patch.status !== record.status) {
    appendEvent(record, event(at, 'status', { from: record.status, to: patch.status }), log, track);
    record.status = patch.status;
    changed = true;
  }
  if (patch.report !== undefined) {
    const next: ReportInfo = { ...record.report, ...patch.report };
    if (JSON.stringify(next) !== JSON.stringify(record.report ?? {})) {
      record.report = next;
      const detail: Record<string, string> = {};
      if (next.reportedAt) detail.reportedAt = next.reportedAt;
      if (next.reference) detail.reference = next.reference;
      if (next.channel) detail.channel = next.channel;
      appendEvent(record, event(at, 'reported', detail), log, track);
      changed = true;
    }
  }
  return changed;
}

/**
 * Edits note, tags, status and report info in one transaction, appending 'edited', 'status'
 * {from, to} and 'reported' events. A patch that changes nothing writes nothing.
 * Rejects with StoreError 'not-found' or 'invalid'.
 */
export async function updateItem(db: TidemarkDatabase, id: string, patch: ItemPatch, opts?: WriteOptions): Promise<FlaggedItem> {
  const clean = cleanPatch(patch);
  const at = isoNow(opts);
  const { result, fromRev, toRev } = await writeTx(db, ['items', 'custody'], async (tx, track) => {
    const record = await tx.objectStore('items').get(id);
    if (!record) throw new StoreError('not-found', `Item ${id} no longer exists; nothing was changed.`);
    const changed = applyPatch(record, clean, at, tx.objectStore('custody'), track);
    if (changed) track(tx.objectStore('items').put(record));
    return { record, changed };
  });
  if (result.changed) noteWrite(db, fromRev, toRev, [result.record]);
  else noteWrite(db, fromRev, toRev, []);
  return toItem(result.record);
}

/** Sets the status of many items in one transaction; returns how many actually changed. */
export async function bulkSetStatus(db: TidemarkDatabase, ids: readonly string[], status: ItemStatus, opts?: WriteOptions): Promise<number> {
  if (!ITEM_STATUSES.includes(status)) throw new StoreError('invalid', `Unknown status: ${String(status)}`);
  const at = isoNow(opts);
  const unique = [...new Set(ids)];
  const { result, fromRev, toRev } = await writeTx(db, ['items', 'custody'], async (tx, track) => {
    const store = tx.objectStore('items');
    const records = await Promise.all(unique.map((id) => store.get(id)));
    const log = tx.objectStore('custody');
    const changed: ItemRecord[] = [];
    for (const r of records) {
      if (!r || !applyPatch(r, { status }, at, log, track)) continue;
      track(store.put(r));
      changed.push(r);
    }
    return changed;
  });
  noteWrite(db, fromRev, toRev, result);
  return result.length;
}

// ---------------------------------------------------------------------------------------
// Delete, purge

/**
 * Deletes items and their screenshots in one transaction. Each leaves a 'deleted' tombstone
 * in the custody log with its id, URL and text hash. Returns how many existed.
 */
export async function deleteItems(db: TidemarkDatabase, ids: readonly string[], opts?: WriteOptions & { reason?: string }): Promise<number> {
  const at = isoNow(opts);
  const unique = [...new Set(ids)];
  const { result, fromRev, toRev } = await writeTx(db, WRITE_STORES, async (tx, track) => {
    const store = tx.objectStore('items');
    const records = (await Promise.all(unique.map((id) => store.get(id)))).filter((r): r is ItemRecord => r !== undefined);
    tombstone(tx, track, records, at, opts?.reason);
    return records.map((r) => r.id);
  });
  noteWrite(db, fromRev, toRev, [], result);
  return result.length;
}

function tombstone(tx: WriteTx, track: Track, records: readonly ItemRecord[], at: string, reason?: string): void {
  const log = tx.objectStore('custody');
  for (const r of records) {
    const detail: Record<string, string> = { id: r.id, url: r.url, textSha256: r.evidence.textSha256 };
    if (r.evidence.screenshotSha256) detail.screenshotSha256 = r.evidence.screenshotSha256;
    if (reason) detail.reason = reason;
    track(log.add(custody(r.id, event(at, 'deleted', detail))));
    track(tx.objectStore('items').delete(r.id));
    track(tx.objectStore('screenshots').delete(r.id));
  }
}

/**
 * Deletes every item last captured more than `days` days ago (tombstones with reason
 * 'retention'). `days <= 0` means keep forever: nothing is deleted. Returns the count.
 */
export async function purgeOlderThan(db: TidemarkDatabase, days: number, opts?: WriteOptions): Promise<number> {
  if (!Number.isFinite(days) || days <= 0) return 0;
  const now = opts?.now?.() ?? new Date();
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const at = now.toISOString();
  const { result, fromRev, toRev } = await writeTx(db, WRITE_STORES, async (tx, track) => {
    const records = await tx.objectStore('items').index('capturedAt').getAll(IDBKeyRange.upperBound(cutoff, true));
    tombstone(tx, track, records, at, 'retention');
    return records.map((r) => r.id);
  });
  noteWrite(db, fromRev, toRev, [], result);
  return result.length;
}

// ---------------------------------------------------------------------------------------
// Accounts

export interface Account {
  authorKey: string;
  /** Most recently seen display name / handle. */
  name?: string;
  handle?: string;
  /** Distinct profile URLs seen (http(s) only, as stored). */
  urls: string[];
  platforms: Platform[];
  count: number;
  /** Earliest firstCapturedAt, latest capturedAt (UTC ISO). */
  firstSeen: string;
  lastSeen: string;
  itemIds: string[];
}

/**
 * Items grouped by normalised author (`authorKeyOf`), across platforms: the unit Europol
 * counts. Most items first, then most recently seen. Items without an author are left out.
 */
export async function accounts(db: TidemarkDatabase): Promise<Account[]> {
  const entries = await searchEntries(db);
  const byKey = new Map<string, { acc: Account; latest: string }>();
  for (const e of entries.values()) {
    if (!e.authorKey) continue;
    let g = byKey.get(e.authorKey);
    if (!g) {
      g = { acc: { authorKey: e.authorKey, urls: [], platforms: [], count: 0, firstSeen: e.firstCapturedAt, lastSeen: e.capturedAt, itemIds: [] }, latest: '' };
      byKey.set(e.authorKey, g);
    }
    const a = g.acc;
    a.count++;
    a.itemIds.push(e.id);
    if (!a.platforms.includes(e.platform)) a.platforms.push(e.platform);
    if (e.author.url && !a.urls.includes(e.author.url)) a.urls.push(e.author.url);
    if (e.firstCapturedAt < a.firstSeen) a.firstSeen = e.firstCapturedAt;
    if (e.capturedAt > a.lastSeen) a.lastSeen = e.capturedAt;
    if (e.capturedAt >= g.latest) {
      g.latest = e.capturedAt;
      if (e.author.name) a.name = e.author.name;
      if (e.author.handle) a.handle = e.author.handle;
    }
  }
  const out = [...byKey.values()].map((g) => {
    g.acc.platforms.sort();
    return g.acc;
  });
  return out.toSorted((a, b) => b.count - a.count || (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0) || (a.authorKey < b.authorKey ? -1 : 1));
}

// ---------------------------------------------------------------------------------------
// Custody log

/** The machine-wide custody log (including tombstones), oldest first; optionally for one item. */
export async function custodyLog(db: TidemarkDatabase, itemId?: string): Promise<CustodyRecord[]> {
  return readTx(db, ['custody'], async (tx) => {
    const store = tx.objectStore('custody');
    const rows = itemId === undefined ? await store.getAll() : await store.index('itemId').getAll(itemId);
    return rows.toSorted((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  });
}

/**
 * Records that items were exported (format: 'json', 'csv', 'bundle', 'print'…): an
 * 'exported' event on each item and in the log. Call it after the file was produced.
 */
export async function recordExport(db: TidemarkDatabase, ids: readonly string[], format: string, opts?: WriteOptions): Promise<number> {
  const at = isoNow(opts);
  const unique = [...new Set(ids)];
  const detail = { format: String(format).slice(0, 50), count: String(unique.length) };
  const { result, fromRev, toRev } = await writeTx(db, ['items', 'custody'], async (tx, track) => {
    const store = tx.objectStore('items');
    const records = (await Promise.all(unique.map((id) => store.get(id)))).filter((r): r is ItemRecord => r !== undefined);
    const log = tx.objectStore('custody');
    for (const r of records) {
      appendEvent(r, event(at, 'exported', detail), log, track);
      track(store.put(r));
    }
    return records;
  });
  noteWrite(db, fromRev, toRev, result);
  return result.length;
}

// ---------------------------------------------------------------------------------------
// Import

function validateForImport(items: readonly FlaggedItem[]): void {
  if (!Array.isArray(items)) throw new StoreError('invalid', 'Import: expected a list of items; nothing was imported.');
  items.forEach((item, i) => {
    try {
      validateCaptured(item);
    } catch (e) {
      throw new StoreError('invalid', `Import: item ${i + 1} is malformed (${e instanceof Error ? e.message : String(e)}). Nothing was imported.`);
    }
  });
}

async function readForImport(tx: ReadTx | WriteTx, items: readonly FlaggedItem[]) {
  const ids = [...new Set(items.map((i) => i.id))];
  const store = tx.objectStore('items');
  const shots = tx.objectStore('screenshots');
  const [records, shotKeys] = await Promise.all([Promise.all(ids.map((id) => store.get(id))), Promise.all(ids.map((id) => shots.getKey(id)))]);
  const existing = new Map<string, ItemRecord>();
  const hasShot = new Set<string>();
  ids.forEach((id, i) => {
    const r = records[i];
    if (r) existing.set(id, r);
    if (shotKeys[i] !== undefined) hasShot.add(id);
  });
  return { existing, hasShot };
}

/** What `importItems` would do, without writing anything. */
export async function previewImport(db: TidemarkDatabase, items: readonly FlaggedItem[], mode: ImportMode = 'merge', opts?: WriteOptions): Promise<ImportCounts> {
  validateForImport(items);
  const at = isoNow(opts);
  return readTx(db, ['items', 'screenshots'], async (tx) => {
    const { existing, hasShot } = await readForImport(tx, items);
    return planImport(existing, hasShot, items, mode, at).counts;
  });
}

/**
 * Imports items in ONE transaction: all are written, or none (the database is unchanged
 * on any failure). Merge rules are in merge.ts. Created and updated items get an 'imported'
 * event; unchanged ones are not touched, so importing the same file twice is a no-op.
 */
export async function importItems(db: TidemarkDatabase, items: readonly FlaggedItem[], mode: ImportMode = 'merge', opts?: WriteOptions): Promise<ImportCounts> {
  validateForImport(items);
  const at = isoNow(opts);
  const { result, fromRev, toRev } = await writeTx(db, WRITE_STORES, async (tx, track) => {
    const { existing, hasShot } = await readForImport(tx, items);
    const plan: ImportPlan = planImport(existing, hasShot, items, mode, at);
    // ---- writes only from here: no awaits ----
    const store = tx.objectStore('items');
    const shots = tx.objectStore('screenshots');
    const log = tx.objectStore('custody');
    for (const w of plan.writes) {
      for (const ev of w.newEvents) track(log.add(custody(w.record.id, ev)));
      if (w.screenshot === 'delete') track(shots.delete(w.record.id));
      else if (w.screenshot) track(shots.put({ id: w.record.id, blob: w.screenshot }));
      track(store.put(w.record));
    }
    return plan;
  });
  noteWrite(
    db,
    fromRev,
    toRev,
    result.writes.map((w) => w.record),
  );
  return result.counts;
}
