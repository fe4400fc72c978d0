/**
 * Incremental page scanner.
 *
 *   MutationObserver ──records──► pending queue ──(next slice)──► post roots ──► scan ≤ 8 ms slices
 *                                                                                 │
 *                         engine.scan(text) ◄── collectPostText(root) ◄──────────┘
 *                                │
 *       sink.scanned(post, record, text, onScreen) … sink.flush(final) once per slice    counts (throttled)
 *
 * The observer callback only stores records; all work happens in time slices that yield to
 * the page (scheduler.yield, else a MessageChannel task: setTimeout clamps to 4 ms once
 * nested). A post is rescanned only when its text changed. Results of posts that leave the
 * DOM (virtualised feeds) are kept.
 *
 * Schedule: on a full scan (start, new route, mutation storm) the page-wide query ends its
 * slice when it took the slice's budget (big pages); the posts in the viewport go first and
 * get a slice of their own, so the first highlight is painted after one slice; the
 * clock is checked after every post, and a post whose predicted scan cost does not fit in
 * what is left of the slice starts the next one (its collected text is carried over).
 */
import type { CueCategory, Engine, ScanResult } from '../../engine/types';
import type { PaintRange } from '../highlight/highlighter';
import type { PlatformAdapter } from '../platforms';
import { collectPostText, rangeFor, type PostText } from './post-text';

/**
 * Longest stretch of work before yielding to the page. Below the research's 8 ms: a slice
 * ends only after the post that crossed the line, and a GC pause can land in any slice, so
 * the headroom keeps the longest task under 16 ms.
 */
export const SLICE_MS = 6;
/** Past this many pending mutation records, a full rescan is cheaper than sorting them out. */
const HUGE_BATCH = 2000;
/** Counts go to the background at most this often while a long scan runs (and once at its end). */
const COUNTS_MS = 250;
/** At most this many viewport posts are taken first. */
const MAX_VISIBLE_FIRST = 64;

export interface PostRecord {
  /** Discovery order; stable for the page's lifetime. */
  index: number;
  element: WeakRef<Element>;
  text: string;
  /** Set when the engine changed: rescan even if the text did not. */
  stale: boolean;
  result: ScanResult;
}

export interface ScanSink {
  /**
   * A post was scanned (first time or after its text changed). `onScreen`: one of the posts
   * in the viewport when a full scan started.
   */
  scanned(post: Element, record: PostRecord, text: PostText, onScreen: boolean): void;
  /**
   * The end of a slice: apply what `scanned` queued (one batch of page writes per slice).
   * `final`: the last slice of a run (the queue is empty).
   */
  flush?(final: boolean): void;
  /** Totals changed. `final`: the end of a run or a new route (not a throttled update during a run). */
  counts(counts: { posts: number; suspect: number; review: number }, final: boolean): void;
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
  /** The part of busyMs spent inside engine.scan. */
  engineMs: number;
  /** From start() to the end of the slice that scanned the posts on screen (null: none yet). */
  visibleMs: number | null;
}

type Yield = () => Promise<void>;

let channel: MessageChannel | null = null;
const channelWaiters: (() => void)[] = [];

/** A fresh task without setTimeout's clamping: scheduler.yield, else a MessageChannel message. */
function defaultYield(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => channelWaiters.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    channelWaiters.push(resolve);
    port.postMessage(null);
  });
}

/**
 * Posts waiting for a slice, in arrival order, each at most once. (An array and a set: a
 * Set used as a FIFO is iterated from its start past every deleted entry.) A full scan's
 * NodeList is queued as is and read as the slices go: touching 5,000 elements up front
 * (one wrapper each) would cost a slice of its own.
 */
class PostQueue {
  private order: Element[] = [];
  private head = 0;
  private readonly members = new Set<Element>();
  private list: ArrayLike<Element> | null = null;
  private listAt = 0;
  /** list[listAt], read one step ahead (each read of a NodeList index is a call into the DOM). */
  private ahead: Element | undefined;
  /**
   * For the post shift() returned last: false when it surely holds no other post. Posts
   * inside a post come right after it in the full scan's list (document order), so when the
   * next one in the list is not inside it, it holds none: no query of its subtree needed.
   * A post the page changed after the query is in `members` too (the page runs between our
   * slices, and its mutation records are drained before every post): no such shortcut.
   */
  mayHoldPosts = true;

  get size(): number {
    return this.members.size + (this.list ? this.list.length - this.listAt : 0);
  }

  add(post: Element): void {
    if (this.members.has(post)) return;
    this.members.add(post);
    this.order.push(post);
  }

  /** Queues every post of a full scan (replacing an earlier full scan's rest). */
  addAll(list: ArrayLike<Element>): void {
    this.list = list;
    this.listAt = 0;
    this.ahead = list[0];
    this.taken = new WeakSet();
  }

  /** The next post: the full scan's in document order first, then added ones; undefined when empty. */
  shift(): Element | undefined {
    while (this.list) {
      if (this.listAt >= this.list.length) {
        this.list = null;
        break;
      }
      const post = this.ahead!;
      this.listAt++;
      const next = this.listAt < this.list.length ? this.list[this.listAt] : undefined;
      this.ahead = next;
      // Queued on its own too (a mutation): scanned now, not twice.
      const changed = this.members.delete(post);
      if (this.taken.has(post)) continue;
      // A post changed since the query may have gained a nested one the list does not show.
      this.mayHoldPosts = changed || (next !== undefined && post.contains(next));
      return post;
    }
    this.mayHoldPosts = true;
    while (this.head < this.order.length) {
      const post = this.order[this.head++]!;
      if (this.members.delete(post)) {
        if (this.head === this.order.length) this.reset();
        return post;
      }
    }
    this.reset();
    return undefined;
  }

  /** Takes a post out of turn (it is being scanned already): skipped when its turn comes. */
  delete(post: Element): void {
    this.members.delete(post);
    if (this.list) this.taken.add(post);
  }

  clear(): void {
    this.members.clear();
    this.list = null;
    this.ahead = undefined;
    this.taken = new WeakSet();
    this.reset();
  }

  /** Posts taken out of turn while a full scan's list is being read. */
  private taken = new WeakSet<Element>();

  private reset(): void {
    this.order = [];
    this.head = 0;
  }
}

/** A post whose text was collected in one slice and is scanned at the start of the next. */
interface Carry {
  post: Element;
  text: PostText;
  /** One of the posts on screen. */
  urgent: boolean;
}

export class PageScanner {
  private observer: MutationObserver | null = null;
  private pendingRecords: MutationRecord[] = [];
  private queue = new PostQueue();
  /** Posts in the viewport, scanned before the rest of the queue (last first). */
  private urgent: Element[] = [];
  /** A full scan's posts whose on-screen ones are still to be found (next step of the scan). */
  private viewportOf: NodeListOf<Element> | null = null;
  private carry: Carry | null = null;
  private fullRescan = false;
  private running = false;
  private stopped = true;
  private state = new WeakMap<Element, PostRecord>();
  private listeners: AbortController | null = null;
  readonly stats: ScanStats = { busyMs: 0, longestSliceMs: 0, slices: 0, scanned: 0, engineMs: 0, visibleMs: null };
  private startedAt = 0;
  private records: PostRecord[] = [];
  /** Same text seen again in a new element (virtualised feeds recycle nodes): same record. */
  private byText = new Map<string, PostRecord>();
  private lastUrl = '';
  /** The adapter's post selector for the current route. */
  private selector: string;
  private urlTimer: ReturnType<typeof setInterval> | null = null;
  /** Set by tests and benchmarks: resolves when the queue is drained. */
  private idleWaiters: (() => void)[] = [];
  private countsDirty = false;
  private countsSentAt = -Infinity;
  /** Running estimate of the engine's cost per UTF-16 unit (ms), to predict a post's scan. */
  private msPerUnit = 0;

  constructor(
    private readonly doc: Document,
    private adapter: PlatformAdapter,
    private engine: Engine,
    private readonly sink: ScanSink,
    private readonly isOwnNode: (node: Node) => boolean,
    private readonly yieldToPage: Yield = defaultYield,
  ) {
    this.selector = adapter.postSelector;
  }

  /** The adapter's post selector for the page at `href`. */
  private selectorAt(href: string): string {
    if (!this.adapter.postSelectorAt) return this.adapter.postSelector;
    try {
      return this.adapter.postSelectorAt(new URL(href));
    } catch {
      return this.adapter.postSelector;
    }
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.startedAt = performance.now();
    this.lastUrl = this.doc.location?.href ?? '';
    this.selector = this.selectorAt(this.lastUrl);
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
    this.urgent = [];
    this.viewportOf = null;
    this.carry = null;
    for (const w of this.idleWaiters.splice(0)) w();
  }

  /** Swap the engine (new settings) and rescan everything. */
  setEngine(engine: Engine): void {
    this.engine = engine;
    this.carry = null;
    for (const r of this.records) {
      r.stale = true;
      const el = r.element.deref();
      if (el) this.queue.add(el);
    }
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
    return el?.closest(this.selector) ?? null;
  }

  /** Resolves when all queued work is done (tests, benchmarks, page summary). */
  whenIdle(): Promise<void> {
    if (!this.running && !this.hasWork()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private hasWork(): boolean {
    return this.queue.size > 0 || this.urgent.length > 0 || this.carry !== null || this.pendingRecords.length > 0 || this.fullRescan;
  }

  /** True (and all results dropped) when the page moved to another URL since the last check. */
  private checkUrl(): boolean {
    if (this.stopped) return false;
    const href = this.doc.location?.href ?? '';
    if (href === this.lastUrl) return false;
    this.lastUrl = href;
    this.selector = this.selectorAt(href);
    // A new route: results of the old view no longer describe this page. Posts that stay
    // on screen across routes are scanned again and keep their badges.
    this.records = [];
    this.state = new WeakMap();
    this.byText.clear();
    this.carry = null;
    this.fullRescan = true;
    this.sink.routeChanged?.();
    this.countsDirty = true;
    this.emitCounts(true);
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
      this.checkUrl();
      while (!this.stopped) {
        let post: Element;
        let text: PostText | undefined;
        let urgent = false;
        let mayHoldPosts = true;
        if (this.carry) {
          ({ post, text, urgent } = this.carry);
          this.carry = null;
        } else {
          // A full scan's query of a big page can fill a slice: its posts start the next one.
          if (this.drainRecords() && performance.now() - sliceStart > SLICE_MS) {
            await this.endSlice(sliceStart);
            sliceStart = performance.now();
            continue;
          }
          // Finding the posts on screen reads boxes (layout on a fresh page): its own step.
          if (this.viewportOf) {
            this.urgent = this.inViewport(this.viewportOf).toReversed();
            this.viewportOf = null;
            if (performance.now() - sliceStart > SLICE_MS) {
              await this.endSlice(sliceStart);
              sliceStart = performance.now();
              continue;
            }
          }
          const first = this.urgent.pop();
          if (first) {
            post = first;
            urgent = true;
            this.queue.delete(post);
          } else {
            const next = this.queue.shift();
            if (!next) break;
            post = next;
            mayHoldPosts = this.queue.mayHoldPosts;
          }
        }
        const outcome = this.scanPost(post, text, sliceStart, urgent, mayHoldPosts);
        if (outcome === 'carried') {
          this.carry!.urgent = urgent;
          // Too big for what is left of this slice: it opens the next one.
          await this.endSlice(sliceStart);
          sliceStart = performance.now();
          continue;
        }
        // The viewport's posts get a slice of their own, so they are painted first.
        const visibleDone = urgent && this.urgent.length === 0;
        if (visibleDone || performance.now() - sliceStart > SLICE_MS) {
          if (visibleDone) {
            this.finishSlice(sliceStart, false);
            this.stats.visibleMs ??= performance.now() - this.startedAt;
            await this.yieldToPage();
            sliceStart = performance.now();
            continue;
          }
          await this.endSlice(sliceStart);
          sliceStart = performance.now();
        }
      }
      this.finishSlice(sliceStart, true);
    } finally {
      this.running = false;
      if (!this.stopped && this.hasWork()) this.schedule();
      else for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  /** Ends a slice (page writes, counts, stats) and yields to the page. */
  private async endSlice(start: number): Promise<void> {
    this.finishSlice(start, false);
    await this.yieldToPage();
  }

  private finishSlice(start: number, idle: boolean): void {
    this.sink.flush?.(idle);
    this.emitCounts(idle);
    const ms = performance.now() - start;
    this.stats.busyMs += ms;
    this.stats.slices++;
    if (ms > this.stats.longestSliceMs) this.stats.longestSliceMs = ms;
  }

  /** Turns queued mutation records (or a full-rescan request) into post roots. True when it queued a full scan. */
  private drainRecords(): boolean {
    if (this.pendingRecords.length > HUGE_BATCH) {
      this.pendingRecords = [];
      this.fullRescan = true;
    }
    if (this.fullRescan) {
      // Every post of the page, in document order; the ones on screen first.
      this.fullRescan = false;
      this.pendingRecords = [];
      const posts = this.doc.querySelectorAll(this.selector);
      this.queue.addAll(posts);
      this.viewportOf = posts;
      return true;
    }
    if (this.pendingRecords.length === 0) return false;
    const records = this.pendingRecords;
    this.pendingRecords = [];
    const selector = this.selector;
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
    return false;
  }

  /**
   * The posts (in document order) that intersect the viewport, found by a binary search on
   * their boxes: a feed's posts are stacked in document order, so this reads O(log n) boxes
   * plus the visible ones. (Reading boxes needs layout, which the page has done by the time
   * we scan; hit-testing points would also need paint state and costs far more.) Where the
   * order does not hold, only the priority is off.
   */
  private inViewport(posts: NodeListOf<Element>): Element[] {
    const height = this.doc.defaultView?.innerHeight ?? 0;
    if (height <= 0 || posts.length === 0 || typeof posts[0]!.getBoundingClientRect !== 'function') return [];
    let lo = 0;
    let hi = posts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (posts[mid]!.getBoundingClientRect().bottom <= 0) lo = mid + 1;
      else hi = mid;
    }
    const out: Element[] = [];
    for (let i = lo; i < posts.length && out.length < MAX_VISIBLE_FIRST; i++) {
      const box = posts[i]!.getBoundingClientRect();
      if (box.top >= height) break;
      if (box.bottom > 0) out.push(posts[i]!);
    }
    return out;
  }

  /**
   * Collects (unless carried over), compares and scans one post. Returns 'carried' when the
   * post's predicted scan does not fit in the rest of the slice that started at `sliceStart`.
   */
  private scanPost(
    post: Element,
    carried: PostText | undefined,
    sliceStart: number,
    onScreen: boolean,
    mayHoldPosts: boolean,
  ): 'changed' | 'same' | 'carried' {
    if (!post.isConnected) return 'same';
    const text = carried ?? this.collect(post, mayHoldPosts);
    let prev = this.state.get(post);
    if (prev && !prev.stale && prev.text === text.text) return 'same';
    const seen = prev ? undefined : this.byText.get(text.text);
    if (seen && !seen.element.deref()?.isConnected) {
      // A post that scrolled away came back in a new element: keep its record and result
      // (rescanned only if the engine changed meanwhile).
      seen.element = new WeakRef(post);
      this.state.set(post, seen);
      if (!seen.stale) {
        this.sink.scanned(post, seen, text, onScreen);
        return 'same';
      }
      prev = seen;
    }
    const t0 = performance.now();
    if (!carried && t0 - sliceStart + text.text.length * this.msPerUnit > SLICE_MS && t0 - sliceStart > 1) {
      this.carry = { post, text, urgent: false };
      return 'carried';
    }
    const result = this.engine.scan(text.text);
    const engineMs = performance.now() - t0;
    this.stats.engineMs += engineMs;
    if (text.text.length >= 200) {
      const perUnit = engineMs / text.text.length;
      this.msPerUnit = this.msPerUnit === 0 ? perUnit : this.msPerUnit * 0.9 + perUnit * 0.1;
    }
    this.stats.scanned++;
    const record: PostRecord = prev ?? { index: this.records.length, element: new WeakRef(post), text: text.text, stale: false, result };
    record.text = text.text;
    record.stale = false;
    record.result = result;
    if (!prev) {
      this.state.set(post, record);
      this.records.push(record);
    }
    this.byText.set(text.text, record);
    this.countsDirty = true;
    this.sink.scanned(post, record, text, onScreen);
    return 'changed';
  }

  /** The post's text, without our own nodes and without posts nested in it (comments). */
  private collect(post: Element, mayHoldPosts: boolean): PostText {
    const root = this.adapter.textRoot?.(post) ?? post;
    const selector = this.selector;
    const isOwn = this.isOwnNode;
    // Most posts hold no other post: known from the full scan's list, else querySelector
    // stops at the first and makes no list.
    if (!mayHoldPosts || root.querySelector(selector) === null) return collectPostText(root, isOwn);
    const skipped = new Set<Element>(root.querySelectorAll(selector));
    return collectPostText(root, (el) => isOwn(el) || skipped.has(el));
  }

  /** Sends the totals when they changed: at the end of a run, and at most every COUNTS_MS during one. */
  private emitCounts(now: boolean): void {
    if (!this.countsDirty) return;
    const t = performance.now();
    if (!now && t - this.countsSentAt < COUNTS_MS) return;
    this.countsDirty = false;
    this.countsSentAt = t;
    let suspect = 0;
    let review = 0;
    for (const r of this.records) {
      if (r.result.verdict === 'suspect') suspect++;
      else if (r.result.verdict === 'review') review++;
    }
    this.sink.counts({ posts: this.records.length, suspect, review }, now);
  }
}

/**
 * Engine match offsets → ranges over the post's text nodes: only for the categories `keep`
 * accepts (those that are painted), and at most `max` of them. Each StaticRange is made when
 * its `range` is first read: only posts near the viewport are painted, so most never are.
 */
export function rangesFor(
  text: PostText,
  result: ScanResult,
  keep: (category: string) => boolean = () => true,
  max = Infinity,
): PaintRange[] {
  const out: PaintRange[] = [];
  if (text.segments.length === 0) return out;
  for (const m of result.matches) {
    if (out.length >= max) break;
    if (!keep(m.category) || m.end <= m.start) continue;
    out.push(new LazyRange(m.category, text, m.start, m.end));
  }
  return out;
}

class LazyRange implements PaintRange {
  private made: StaticRange | null = null;

  constructor(
    readonly category: CueCategory,
    private readonly text: PostText,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get range(): StaticRange {
    // Never null: rangesFor keeps only non-empty matches of a post with text.
    return (this.made ??= rangeFor(this.text, this.start, this.end)!);
  }
}
