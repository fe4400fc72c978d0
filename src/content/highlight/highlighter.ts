/**
 * Paints matches with the CSS Custom Highlight API: one `Highlight` per cue category,
 * registered as `tidemark-<category>` and styled by content.css. It adds no node to the
 * page, so React-managed feeds are not disturbed. Ranges are StaticRanges: the page's
 * own mutations don't pay for them, and a post that changes is rescanned anyway.
 *
 * Hit testing (for the hover tooltip) uses `CSS.highlights.highlightsFromPoint` where the
 * browser has it (Chrome 140+), else the caret position under the pointer plus a lookup of
 * our own ranges on that text node, confirmed against the range's boxes.
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

export function highlightName(category: CueCategory): string {
  return `tidemark-${category}`;
}

export interface PaintRange {
  category: CueCategory;
  range: StaticRange;
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
}

interface Entry extends PaintRange {
  post: Element;
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
  private readonly byPost = new Map<Element, Entry[]>();
  /** Text node → our entries that start or end in it (hover lookup without highlightsFromPoint). */
  private readonly byNode = new Map<Node, Entry[]>();
  /** StaticRange → its entry (hover lookup with highlightsFromPoint). */
  private readonly byRange = new WeakMap<AbstractRange, Entry>();
  private count = 0;

  constructor(private readonly doc: Document = document) {}

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  get size(): number {
    return this.count;
  }

  set(post: Element, ranges: PaintRange[]): void {
    this.clear(post);
    const kept: Entry[] = [];
    for (const r of ranges) {
      if (!PAINTED_SET.has(r.category) || this.count >= MAX_RANGES) continue;
      this.highlightFor(r.category).add(r.range);
      const entry: Entry = { ...r, post };
      kept.push(entry);
      this.byRange.set(r.range, entry);
      this.index(r.range.startContainer, entry);
      if (r.range.endContainer !== r.range.startContainer) this.index(r.range.endContainer, entry);
      this.count++;
    }
    if (kept.length) this.byPost.set(post, kept);
  }

  clear(post: Element): void {
    const old = this.byPost.get(post);
    if (!old) return;
    for (const entry of old) {
      this.highlights.get(entry.category)?.delete(entry.range);
      this.unindex(entry.range.startContainer, entry);
      this.unindex(entry.range.endContainer, entry);
    }
    this.count -= old.length;
    this.byPost.delete(post);
  }

  setVisible(visible: boolean): void {
    for (const [category, highlight] of this.highlights) {
      const name = highlightName(category);
      if (visible) CSS.highlights.set(name, highlight);
      else if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }

  destroy(): void {
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
          if (entry) return { category: entry.category, post: entry.post };
        }
      }
      return null;
    }
    const caret = caretAt(this.doc, x, y);
    if (!caret) return null;
    for (const entry of this.byNode.get(caret.node) ?? []) {
      if (containsPoint(this.doc, entry.range, x, y)) return { category: entry.category, post: entry.post };
    }
    return null;
  }

  owns(): boolean {
    return false;
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
    }
    // A page may clear the shared registry; re-assert ours whenever we add ranges.
    if (CSS.highlights.get(highlightName(category)) !== h) CSS.highlights.set(highlightName(category), h);
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
