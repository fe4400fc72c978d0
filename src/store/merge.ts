/**
 * Import planning, pure: given the stored records and the incoming items, decide what to
 * write. Shared by the preview (no writes) and the import (one transaction), so the preview's
 * counts are exactly what the import does.
 *
 * Modes:
 * - 'merge' (default): the newer capture (by capturedAt) supplies the capture fields; tags
 *   are united; notes are kept both (unless one contains the other); status and report come
 *   from the side whose last status change is later; histories are united (append-only).
 * - 'replace': the incoming item wins, but the history is still united: custody is never lost.
 * - 'add': existing items are left untouched; only new ids are created.
 */
import type { CustodyEvent, FlaggedItem } from '../shared/item';
import { deriveFields, type ItemRecord } from './schema';

export type ImportMode = 'merge' | 'replace' | 'add';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface PlannedWrite {
  record: ItemRecord;
  /** A Blob to store, 'delete' to remove the stored screenshot, undefined to leave it. */
  screenshot?: Blob | 'delete';
  /** Events to append to the machine-wide log (already in `record.statusHistory`). */
  newEvents: CustodyEvent[];
}

export interface ImportPlan {
  counts: ImportCounts;
  writes: PlannedWrite[];
}

interface State {
  record: ItemRecord;
  /** Hash of the screenshot that is (or will be) stored; undefined when none. */
  blobHash?: string;
  /** The pending screenshot operation, if any. */
  blobOp?: Blob | 'delete';
}

/**
 * @param existing stored records by id (only ids present in `items` are needed)
 * @param hasShot ids that have a stored screenshot
 * @param at UTC ISO time for the 'imported' events
 */
export function planImport(
  existing: ReadonlyMap<string, ItemRecord>,
  hasShot: ReadonlySet<string>,
  items: readonly FlaggedItem[],
  mode: ImportMode,
  at: string,
): ImportPlan {
  const working = new Map<string, State>();
  const order: string[] = [];
  for (const item of items) {
    const inc = recordOf(item);
    let cur = working.get(item.id);
    if (!cur) {
      order.push(item.id);
      const stored = existing.get(item.id);
      if (stored) {
        cur = { record: clone(stored) };
        if (hasShot.has(item.id)) cur.blobHash = stored.evidence.screenshotSha256 ?? '(unknown)';
        working.set(item.id, cur);
      }
    }
    if (!cur) {
      const st: State = { record: inc };
      settleScreenshot(st, inc, item.screenshot);
      working.set(item.id, st);
      continue;
    }
    if (mode === 'add' && existing.has(item.id)) continue;
    cur.record = mode === 'replace' ? replaceRecord(cur.record, inc) : mergeRecords(cur.record, inc);
    settleScreenshot(cur, inc, item.screenshot);
  }

  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  const writes: PlannedWrite[] = [];
  for (const id of order) {
    const st = working.get(id) as State;
    const orig = existing.get(id);
    if (orig && st.blobOp === undefined && canonical(st.record) === canonical(orig)) {
      counts.unchanged++;
      continue;
    }
    const result = orig ? 'updated' : 'created';
    counts[result]++;
    const ev: CustodyEvent = { at, action: 'imported', detail: { mode, result } };
    st.record.statusHistory = [...st.record.statusHistory, ev];
    const w: PlannedWrite = { record: st.record, newEvents: [ev] };
    if (st.blobOp !== undefined) w.screenshot = st.blobOp;
    writes.push(w);
  }
  return { counts, writes };
}

function recordOf(item: FlaggedItem): ItemRecord {
  const { screenshot: _s, ...rest } = item;
  const record = { ...rest, firstCapturedAt: rest.firstCapturedAt || rest.capturedAt, categories: [] } as ItemRecord;
  return withDerived(record);
}

function withDerived(record: ItemRecord): ItemRecord {
  const d = deriveFields(record);
  record.categories = d.categories;
  if (d.authorKey) record.authorKey = d.authorKey;
  else delete record.authorKey;
  return record;
}

function clone(r: ItemRecord): ItemRecord {
  return { ...r, statusHistory: [...r.statusHistory], tags: [...r.tags] };
}

/** Chooses the screenshot operation so stored bytes always match `evidence.screenshotSha256`. */
function settleScreenshot(st: State, inc: ItemRecord, blob: Blob | undefined): void {
  const want = st.record.evidence.screenshotSha256;
  if (st.blobHash === want) return;
  if (want !== undefined && blob && inc.evidence.screenshotSha256 === want) {
    st.blobOp = blob;
    st.blobHash = want;
    return;
  }
  if (st.blobHash !== undefined) {
    // A stale picture must not sit next to a hash it does not match.
    st.blobOp = 'delete';
    st.blobHash = undefined;
  }
}

const USER_FIELDS = new Set(['firstCapturedAt', 'note', 'tags', 'status', 'report', 'statusHistory', 'categories', 'authorKey']);

function mergeRecords(cur: ItemRecord, inc: ItemRecord): ItemRecord {
  const incNewer = time(inc.capturedAt) > time(cur.capturedAt);
  const out: ItemRecord = { ...cur };
  if (incNewer) {
    // The newer capture replaces every capture field (and drops optional ones it lacks).
    for (const k of Object.keys(out) as (keyof ItemRecord)[]) if (!USER_FIELDS.has(k)) delete out[k];
    for (const [k, v] of Object.entries(inc)) if (!USER_FIELDS.has(k)) (out as unknown as Record<string, unknown>)[k] = v;
  }
  out.firstCapturedAt = earliest(cur.firstCapturedAt, inc.firstCapturedAt, cur.capturedAt, inc.capturedAt);
  out.tags = unionTags(cur.tags, inc.tags);
  out.note = mergeNote(cur.note, inc.note);
  out.statusHistory = unionEvents(cur.statusHistory, inc.statusHistory);
  if (lastStatusChange(inc) > lastStatusChange(cur)) {
    out.status = inc.status;
    if (inc.report) out.report = inc.report;
    else delete out.report;
  } else if (!cur.report && inc.report) {
    out.report = inc.report;
  }
  return withDerived(out);
}

function replaceRecord(cur: ItemRecord, inc: ItemRecord): ItemRecord {
  return withDerived({
    ...inc,
    firstCapturedAt: earliest(cur.firstCapturedAt, inc.firstCapturedAt, cur.capturedAt, inc.capturedAt),
    statusHistory: unionEvents(cur.statusHistory, inc.statusHistory),
  });
}

function time(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

function earliest(...values: (string | undefined)[]): string {
  const ok = values.filter((v): v is string => !!v && !Number.isNaN(Date.parse(v)));
  return ok.reduce((a, b) => (time(b) < time(a) ? b : a));
}

function lastStatusChange(r: ItemRecord): number {
  let t = -Infinity;
  for (const e of r.statusHistory) if (e.action === 'status' || e.action === 'reported') t = Math.max(t, time(e.at));
  return t;
}

function unionTags(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set(a.map((t) => t.toLowerCase()));
  const out = [...a];
  for (const t of b) {
    if (seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

function mergeNote(cur: string, inc: string): string {
  if (!inc || cur.includes(inc)) return cur;
  if (!cur || inc.includes(cur)) return inc;
  return `${cur}\n\n${inc}`;
}

/** Both histories, each event once, in time order (stable: stored events first on ties). */
function unionEvents(a: readonly CustodyEvent[], b: readonly CustodyEvent[]): CustodyEvent[] {
  const seen = new Set<string>();
  const out: CustodyEvent[] = [];
  for (const e of [...a, ...b]) {
    const k = canonical(e);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  // Nothing new: keep the stored order untouched (no spurious "updated").
  if (out.length === a.length) return [...a];
  return out
    .map((e, i) => ({ e, i }))
    .toSorted((x, y) => time(x.e.at) - time(y.e.at) || x.i - y.i)
    .map((x) => x.e);
}

/** JSON with sorted keys: equal data, equal string. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) => {
    if (val && typeof val === 'object' && !Array.isArray(val)) {
      const o = val as Record<string, unknown>;
      return Object.fromEntries(Object.keys(o).toSorted().map((k) => [k, o[k]]));
    }
    return val;
  });
}
