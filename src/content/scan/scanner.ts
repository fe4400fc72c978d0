/**
 * Incremental page scanner.
 *
 *   MutationObserver ──records──► pending queue ──(next slice)──► post roots ──► scan ≤ 8 ms slices
 *                                                                                 │
 *                         engine.scan(text) ◄── collectPostText(root) ◄──────────┘
 *                                │
 *               highlighter.set(post, ranges)   badges.update(post, result)   onChange(counts)
 *
 * The observer callback only stores records; all work happens in time slices that yield to
 * the page (scheduler.yield where available). A post is rescanned only when its text
 * fingerprint changes. Results of posts that leave the DOM (virtualised feeds) are kept.
 */
import type { Engine, ScanResult } from '../../engine/types';
import type { PlatformAdapter } from '../platforms';
import { collectPostText, fingerprint, rangeFor, type PostText } from './post-text';

/** Longest stretch of work before yielding to the page. */
export const SLICE_MS = 8;
/** Past this many pending mutation records, a full rescan is cheaper than sorting them out. */
const HUGE_BATCH = 2000;

export interface PostRecord {
  /** Discovery order; stable for the page's lifetime. */
  index: number;
  element: WeakRef<Element>;
  fingerprint: number;
  text: string;
  result: ScanResult;
}

export interface ScanSink {
  /** A post was scanned (first time or after its text changed). */
  scanned(post: Element, record: PostRecord, text: PostText): void;
  /** Totals changed. */
  counts(counts: { posts: number; suspect: number; review: number }): void;
  /** The page moved to another route (SPA navigation): earlier results were dropped. */
  routeChanged?(): void;
}

/** Self-measured cost of the scanner's work on the main thread (benchmarks, diagnostics). */
export interface ScanStats {
  /** Sum of all slices: collecting text, scanning, painting. */
  busyMs: number;
  longestSliceMs: number;
  slices: number;
  /** Posts scanned (first time or after a change). */
  scanned: number;
}

type Yield = () => Promise<void>;

function defaultYield(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class PageScanner {
  private observer: MutationObserver | null = null;
  private pendingRecords: MutationRecord[] = [];
  private queue = new Set<Element>();
  private fullRescan = false;
  private running = false;
  private stopped = true;
  private state = new WeakMap<Element, PostRecord>();
  private listeners: AbortController | null = null;
  readonly stats: ScanStats = { busyMs: 0, longestSliceMs: 0, slices: 0, scanned: 0 };
  private records: PostRecord[] = [];
  /** Same text seen again in a new element (virtualised feeds recycle nodes): same record. */
  private byFingerprint = new Map<number, PostRecord>();
  private lastUrl = '';
  private urlTimer: ReturnType<typeof setInterval> | null = null;
  /** Set by tests and benchmarks: resolves when the queue is drained. */
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly doc: Document,
    private adapter: PlatformAdapter,
    private engine: Engine,
    private readonly sink: ScanSink,
    private readonly isOwnNode: (node: Node) => boolean,
    private readonly yieldToPage: Yield = defaultYield,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.lastUrl = this.doc.location?.href ?? '';
    this.observer = new MutationObserver((records) => {
      // No work here: queue and let the next slice sort it out.
      for (const r of records) this.pendingRecords.push(r);
      this.schedule();
    });
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    // SPA navigation: pushState is invisible from the isolated world, so the URL is checked
    // before every slice (a new route re-renders, which queues work), on popstate/hashchange,
    // and by a slow poll for routes that change without touching the DOM.
    this.urlTimer = setInterval(() => this.checkUrl(), 1000);
    this.listeners = new AbortController();
    const view = this.doc.defaultView;
    const onNav = () => this.checkUrl();
    view?.addEventListener('popstate', onNav, { signal: this.listeners.signal });
    view?.addEventListener('hashchange', onNav, { signal: this.listeners.signal });
    this.fullRescan = true;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    if (this.urlTimer) clearInterval(this.urlTimer);
    this.urlTimer = null;
    this.listeners?.abort();
    this.listeners = null;
    this.pendingRecords = [];
    this.queue.clear();
    for (const w of this.idleWaiters.splice(0)) w();
  }

  /** Swap the engine (new settings) and rescan everything. */
  setEngine(engine: Engine): void {
    this.engine = engine;
    for (const r of this.records) r.fingerprint = -1;
    this.records.forEach((r) => {
      const el = r.element.deref();
      if (el) this.queue.add(el);
    });
    this.schedule();
  }

  /** Every post seen on this page, in discovery order. */
  all(): readonly PostRecord[] {
    return this.records;
  }

  recordFor(post: Element): PostRecord | undefined {
    return this.state.get(post);
  }

  /** The post root that contains `node`, if any. */
  postAt(node: Node | null): Element | null {
    const el = node instanceof Element ? node : (node?.parentElement ?? null);
    return el?.closest(this.adapter.postSelector) ?? null;
  }

  /** Resolves when all queued work is done (tests, benchmarks, page summary). */
  whenIdle(): Promise<void> {
    if (!this.running && this.queue.size === 0 && this.pendingRecords.length === 0 && !this.fullRescan) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** True (and all results dropped) when the page moved to another URL since the last check. */
  private checkUrl(): boolean {
    if (this.stopped) return false;
    const href = this.doc.location?.href ?? '';
    if (href === this.lastUrl) return false;
    this.lastUrl = href;
    // A new route: results of the old view no longer describe this page. Posts that stay
    // on screen across routes are scanned again and keep their badges.
    this.records = [];
    this.state = new WeakMap();
    this.byFingerprint.clear();
    this.fullRescan = true;
    this.sink.routeChanged?.();
    this.emitCounts();
    this.schedule();
    return true;
  }

  private schedule(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    void this.yieldToPage().then(() => this.run());
  }

  private async run(): Promise<void> {
    try {
      let sliceStart = performance.now();
      let changed = this.checkUrl();
      while (!this.stopped) {
        this.drainRecords();
        const next = this.queue.values().next();
        if (next.done) break;
        this.queue.delete(next.value);
        if (this.scanPost(next.value)) changed = true;
        if (performance.now() - sliceStart > SLICE_MS) {
          if (changed) this.emitCounts();
          changed = false;
          this.endSlice(sliceStart);
          await this.yieldToPage();
          sliceStart = performance.now();
        }
      }
      if (changed) this.emitCounts();
      this.endSlice(sliceStart);
    } finally {
      this.running = false;
      if (!this.stopped && (this.queue.size > 0 || this.pendingRecords.length > 0 || this.fullRescan)) this.schedule();
      else for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  private endSlice(start: number): void {
    const ms = performance.now() - start;
    this.stats.busyMs += ms;
    this.stats.slices++;
    if (ms > this.stats.longestSliceMs) this.stats.longestSliceMs = ms;
  }

  /** Turns queued mutation records (or a full-rescan request) into post roots. */
  private drainRecords(): void {
    if (this.pendingRecords.length > HUGE_BATCH) {
      this.pendingRecords = [];
      this.fullRescan = true;
    }
    if (this.fullRescan) {
      this.fullRescan = false;
      this.pendingRecords = [];
      for (const post of this.doc.querySelectorAll(this.adapter.postSelector)) this.queue.add(post);
      return;
    }
    if (this.pendingRecords.length === 0) return;
    const records = this.pendingRecords;
    this.pendingRecords = [];
    const selector = this.adapter.postSelector;
    for (const r of records) {
      if (this.isOwnNode(r.target)) continue;
      if (r.type === 'characterData') {
        const post = this.postAt(r.target);
        if (post) this.queue.add(post);
        continue;
      }
      let ownOnly = r.addedNodes.length > 0;
      for (const node of r.addedNodes) {
        if (this.isOwnNode(node)) continue;
        ownOnly = false;
        if (!(node instanceof Element)) continue;
        if (node.matches(selector)) this.queue.add(node);
        for (const inner of node.querySelectorAll(selector)) this.queue.add(inner);
      }
      // Text added inside an existing post (edits, "see more").
      if (!ownOnly) {
        const post = this.postAt(r.target);
        if (post) this.queue.add(post);
      }
    }
  }

  private scanPost(post: Element): boolean {
    if (!post.isConnected) return false;
    const selector = this.adapter.postSelector;
    const root = this.adapter.textRoot?.(post) ?? post;
    const text = collectPostText(root, (el) => this.isOwnNode(el) || (el !== root && el !== post && el.matches(selector)));
    const fp = fingerprint(text.text);
    const prev = this.state.get(post);
    if (prev && prev.fingerprint === fp) return false;
    const seen = prev ? undefined : this.byFingerprint.get(fp);
    if (seen && !seen.element.deref()?.isConnected) {
      // A post that scrolled away came back in a new element: keep its record and result.
      seen.element = new WeakRef(post);
      this.state.set(post, seen);
      this.sink.scanned(post, seen, text);
      return false;
    }
    const result = this.engine.scan(text.text);
    this.stats.scanned++;
    const record: PostRecord = prev ?? { index: this.records.length, element: new WeakRef(post), fingerprint: fp, text: text.text, result };
    record.fingerprint = fp;
    record.text = text.text;
    record.result = result;
    if (!prev) {
      this.state.set(post, record);
      this.records.push(record);
    }
    this.byFingerprint.set(fp, record);
    this.sink.scanned(post, record, text);
    return true;
  }

  private emitCounts(): void {
    let suspect = 0;
    let review = 0;
    for (const r of this.records) {
      if (r.result.verdict === 'suspect') suspect++;
      else if (r.result.verdict === 'review') review++;
    }
    this.sink.counts({ posts: this.records.length, suspect, review });
  }
}

/** Engine match offsets → StaticRanges over the post's text nodes. */
export function rangesFor(text: PostText, result: ScanResult): { category: ScanResult['matches'][number]['category']; range: StaticRange }[] {
  const out: { category: ScanResult['matches'][number]['category']; range: StaticRange }[] = [];
  for (const m of result.matches) {
    const range = rangeFor(text, m.start, m.end);
    if (range) out.push({ category: m.category, range });
  }
  return out;
}
