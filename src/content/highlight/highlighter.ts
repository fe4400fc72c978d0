/**
 * Paints matches with the CSS Custom Highlight API: one `Highlight` per cue category,
 * registered as `tidemark-<category>` and styled by content.css. It adds no node to the
 * page, so React-managed feeds are not disturbed. Ranges are StaticRanges: the page's
 * own mutations don't pay for them, and a post that changes is rescanned anyway.
 *
 * Hit testing (for the hover tooltip) uses `CSS.highlights.highlightsFromPoint` where the
 * browser has it (Chrome 140+), else the caret position under the pointer plus a lookup of
 * our own ranges on that text node, confirmed against the range's boxes.
 *
 * Paint cost grows with the number of REGISTERED ranges (the browser revisits all of them
 * whenever a highlight changes; Chromium also walks the whole page in that frame, ~6× more
 * with text decorations, which content.css therefore avoids), not with the number of matches
 * on the page. So ranges are kept
 * per post (made as StaticRanges only when first read) but registered only for posts near
 * the viewport (an IntersectionObserver with one viewport of margin above and below), plus
 * far posts while the page has at most FAR_BUDGET registered ranges (small pages are painted
 * completely, as before). A far post that comes near is registered by the observer before it
 * scrolls into view.
 */
import type { CueCategory } from '../../engine/types';

/** Categories painted in the page. Negative context and route building blocks are not. */
export const PAINTED: readonly CueCategory[] = [
  'offer', 'transport', 'documents', 'marriage', 'package', 'accommodation', 'recruitment',
  'guarantee', 'urgency', 'contact', 'price', 'phone', 'route',
];
const PAINTED_SET = new Set<CueCategory>(PAINTED);

/** Registered ranges are capped so that painting stays cheap on huge pages. */
export const MAX_RANGES = 4000;
/** Ranges kept for one post (a post full of matches needs no more to be seen). */
export const MAX_RANGES_PER_POST = 64;
/** Far-from-viewport posts stay registered while the page has at most this many ranges. */
export const FAR_BUDGET = 48;
/** "Near the viewport": one viewport height above and below it. */
const NEAR_MARGIN = '100% 0px 100% 0px';

export function highlightName(category: CueCategory): string {
  return `tidemark-${category}`;
}

export interface PaintRange {
  category: CueCategory;
  /** May be made on first read (see rangesFor): the Highlighter reads it only to register. */
  readonly range: StaticRange;
}

/** What the pointer is over. */
export interface Hit {
  category: CueCategory;
  post: Element;
}

/** Both painters (Highlight API and the `<mark>` fallback) offer this. */
export interface Painter {
  /** Replaces the ranges painted for `post`. */
  set(post: Element, ranges: PaintRange[]): void;
  clear(post: Element): void;
  /** Hides or shows everything without forgetting it (evidence screenshots). */
  setVisible(visible: boolean): void;
  /** Removes everything this painter added. */
  destroy(): void;
  /** The painted match at viewport point (x, y), if any. */
  hitTest(x: number, y: number): Hit | null;
  /** True for nodes the painter itself inserted into the page (the scanner ignores them). */
  owns(node: Node): boolean;
  /** Number of ranges painted now. */
  readonly size: number;
  /** Applies queued registry work (once per scan slice). Optional. */
  flush?(): void;
}

interface Entry {
  paint: PaintRange;
  post: Element;
}

interface PostEntries {
  entries: Entry[];
  /** Ranges in the registry now. */
  registered: boolean;
}

interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type RegistryWithHitTest = HighlightRegistry & { highlightsFromPoint?: (x: number, y: number) => HighlightHit[] };

/** The caret (text node + offset) at a viewport point, with whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

export class Highlighter implements Painter {
  private readonly highlights = new Map<CueCategory, Highlight>();
  private readonly categoryOf = new Map<Highlight, CueCategory>();
  private readonly byPost = new Map<Element, PostEntries>();
  /** Text node → registered entries that start or end in it (hover lookup without highlightsFromPoint). */
  private readonly byNode = new Map<Node, Entry[]>();
  /** StaticRange → its entry (hover lookup with highlightsFromPoint). */
  private readonly byRange = new WeakMap<AbstractRange, Entry>();
  /** Posts the observer last saw near the viewport. */
  private readonly near = new WeakSet<Element>();
  private observer: IntersectionObserver | null = null;
  private count = 0;
  /** False while our colours are hidden (evidence capture): nothing is re-asserted then. */
  private visible = true;

  constructor(private readonly doc: Document = document) {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const IO = view?.IntersectionObserver ?? globalThis.IntersectionObserver;
    if (typeof IO === 'function') {
      this.observer = new IO((changes) => this.onIntersect(changes), { rootMargin: NEAR_MARGIN });
    }
  }

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  /** Ranges registered (painted) now. */
  get size(): number {
    return this.count;
  }

  set(post: Element, ranges: PaintRange[]): void {
    this.clear(post);
    // `range` is not read here: a far post's ranges may be made only when it comes near.
    const entries: Entry[] = [];
    for (const r of ranges) {
      if (!PAINTED_SET.has(r.category)) continue;
      entries.push({ paint: r, post });
      if (entries.length >= MAX_RANGES_PER_POST) break;
    }
    if (entries.length === 0) return;
    const state: PostEntries = { entries, registered: false };
    this.byPost.set(post, state);
    // Without an observer every post counts as near. Otherwise: near posts, and far ones
    // while the page is small; the observer's first report settles the rest.
    if (!this.observer || this.near.has(post) || this.count + entries.length <= FAR_BUDGET) this.register(state);
    this.observer?.observe(post);
  }

  clear(post: Element): void {
    const old = this.byPost.get(post);
    if (!old) return;
    this.unregister(old);
    this.byPost.delete(post);
    this.observer?.unobserve(post);
  }

  /** Re-asserts our highlights in the shared registry (a page may have cleared it). */
  flush(): void {
    if (!this.visible) return;
    for (const [category, h] of this.highlights) {
      const name = highlightName(category);
      if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
    }
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    for (const [category, highlight] of this.highlights) {
      const name = highlightName(category);
      if (visible) CSS.highlights.set(name, highlight);
      else if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = null;
    for (const [category, highlight] of this.highlights) {
      highlight.clear();
      if (CSS.highlights.get(highlightName(category)) === highlight) CSS.highlights.delete(highlightName(category));
    }
    this.highlights.clear();
    this.categoryOf.clear();
    this.byPost.clear();
    this.byNode.clear();
    this.count = 0;
  }

  hitTest(x: number, y: number): Hit | null {
    if (this.count === 0) return null;
    const registry = CSS.highlights as RegistryWithHitTest;
    if (typeof registry.highlightsFromPoint === 'function') {
      for (const hit of registry.highlightsFromPoint(x, y)) {
        if (!this.categoryOf.has(hit.highlight)) continue;
        for (const range of hit.ranges) {
          const entry = this.byRange.get(range);
          if (entry) return { category: entry.paint.category, post: entry.post };
        }
      }
      return null;
    }
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    for (const entry of this.byNode.get(caret.node) ?? []) {
      if (containsPoint(this.doc, entry.paint.range, x, y)) return { category: entry.paint.category, post: entry.post };
    }
    return null;
  }

  owns(): boolean {
    return false;
  }

  /** Near posts get their ranges; far ones give them up once the page is over its budget. */
  private onIntersect(changes: IntersectionObserverEntry[]): void {
    for (const change of changes) {
      const post = change.target;
      const state = this.byPost.get(post);
      if (change.isIntersecting) {
        this.near.add(post);
        if (state) this.register(state);
      } else {
        this.near.delete(post);
        if (state?.registered && this.count > FAR_BUDGET) this.unregister(state);
      }
    }
    this.flush();
  }

  private register(state: PostEntries): void {
    if (state.registered || this.count + state.entries.length > MAX_RANGES) return;
    state.registered = true;
    for (const entry of state.entries) {
      const { category, range } = entry.paint;
      this.highlightFor(category).add(range);
      this.byRange.set(range, entry);
      this.index(range.startContainer, entry);
      if (range.endContainer !== range.startContainer) this.index(range.endContainer, entry);
    }
    this.count += state.entries.length;
  }

  private unregister(state: PostEntries): void {
    if (!state.registered) return;
    state.registered = false;
    for (const entry of state.entries) {
      const { category, range } = entry.paint;
      this.highlights.get(category)?.delete(range);
      this.unindex(range.startContainer, entry);
      this.unindex(range.endContainer, entry);
    }
    this.count -= state.entries.length;
  }

  private index(node: Node, entry: Entry): void {
    const list = this.byNode.get(node);
    if (list) list.push(entry);
    else this.byNode.set(node, [entry]);
  }

  private unindex(node: Node, entry: Entry): void {
    const list = this.byNode.get(node);
    if (!list) return;
    const i = list.indexOf(entry);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byNode.delete(node);
  }

  private highlightFor(category: CueCategory): Highlight {
    let h = this.highlights.get(category);
    if (!h) {
      h = new Highlight();
      h.priority = PAINTED.indexOf(category);
      this.highlights.set(category, h);
      this.categoryOf.set(h, category);
      if (this.visible) CSS.highlights.set(highlightName(category), h);
    }
    return h;
  }
}

/** True when one of the range's boxes contains the point (a caret is only the nearest position). */
function containsPoint(doc: Document, r: AbstractRange, x: number, y: number): boolean {
  try {
    const live = doc.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    for (const box of live.getClientRects()) {
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
    }
  } catch {
    // The page changed the text under the range: no hit.
  }
  return false;
}
