/**
 * `<mark>`-wrapping fallback, used ONLY where the CSS Custom Highlight API is missing.
 *
 * Wrapping changes the page's DOM, so it is built to be fully reversible: a wrapped text
 * node is replaced by new pieces (text nodes and `<mark>`s holding new text nodes) and is
 * itself kept, untouched and detached. Unwrapping puts that same node object back and
 * removes the pieces, so the page gets back the identical DOM (same nodes, same data). If
 * the page edited a piece meanwhile, the original node takes the edited text, so unwrapping
 * never reverts the page's own change.
 */
import type { CueCategory } from '../../engine/types';
import { PAINTED, type Hit, type Painter, type PaintRange } from './highlighter';

export const MARK_ATTR = 'data-tidemark';
const PAINTED_SET = new Set<CueCategory>(PAINTED);
/** Same cap as the Highlight API painter: wrapping is costlier still. */
export const MAX_MARKS = 2000;

interface Wrap {
  original: Text;
  /** What replaced `original`, in order: text nodes and marks. */
  pieces: Node[];
  marks: number;
}

interface Interval {
  start: number;
  end: number;
  category: CueCategory;
}

export class MarkHighlighter implements Painter {
  private readonly byPost = new Map<Element, Wrap[]>();
  /** Any node we inserted (pieces, marks, the text inside marks) → its wrap. */
  private readonly wrapOf = new WeakMap<Node, Wrap>();
  private readonly markInfo = new WeakMap<Element, Hit>();
  private count = 0;
  private visible = true;

  constructor(private readonly doc: Document = document) {}

  get size(): number {
    return this.count;
  }

  set(post: Element, ranges: PaintRange[]): void {
    // Range boundaries may sit in our own pieces (a rescan after the page edited a wrapped
    // post): translate them to the original nodes before unwrapping.
    const spans = ranges
      .filter((r) => PAINTED_SET.has(r.category))
      .map((r) => ({ category: r.category, start: this.origin(r.range.startContainer, r.range.startOffset), end: this.origin(r.range.endContainer, r.range.endOffset) }));
    this.clear(post);
    const perNode = new Map<Text, Interval[]>();
    const add = (node: Text, start: number, end: number, category: CueCategory) => {
      if (end <= start) return;
      const list = perNode.get(node);
      if (list) list.push({ start, end, category });
      else perNode.set(node, [{ start, end, category }]);
    };
    for (const s of spans) {
      const a = s.start.node;
      const b = s.end.node;
      if (!(a instanceof Text) || !(b instanceof Text) || !a.isConnected) continue;
      if (a === b) {
        add(a, s.start.offset, s.end.offset, s.category);
        continue;
      }
      // Spans several text nodes: one interval per node.
      add(a, s.start.offset, a.data.length, s.category);
      const walker = this.doc.createTreeWalker(post, NodeFilter.SHOW_TEXT);
      walker.currentNode = a;
      for (let n = walker.nextNode(); n && n !== b; n = walker.nextNode()) add(n as Text, 0, (n as Text).data.length, s.category);
      add(b, 0, s.end.offset, s.category);
    }
    const wraps: Wrap[] = [];
    for (const [node, intervals] of perNode) {
      if (this.count >= MAX_MARKS) break;
      const wrap = this.wrap(node, intervals, post);
      if (wrap) wraps.push(wrap);
    }
    if (wraps.length) this.byPost.set(post, wraps);
  }

  clear(post: Element): void {
    const wraps = this.byPost.get(post);
    if (!wraps) return;
    this.byPost.delete(post);
    for (const w of wraps) this.unwrap(w);
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    for (const wraps of this.byPost.values()) {
      for (const w of wraps) {
        for (const p of w.pieces) {
          if (p instanceof HTMLElement) {
            if (visible) p.style.removeProperty('all');
            else p.style.setProperty('all', 'unset', 'important');
          }
        }
      }
    }
  }

  destroy(): void {
    for (const post of this.byPost.keys()) this.clear(post); // deleting the visited entry is safe
    this.count = 0;
  }

  hitTest(x: number, y: number): Hit | null {
    const el = this.doc.elementFromPoint(x, y);
    const mark = el?.closest(`mark[${MARK_ATTR}]`);
    return (mark && this.markInfo.get(mark)) ?? null;
  }

  owns(node: Node): boolean {
    return this.wrapOf.has(node);
  }

  /** (node, offset) in the page → the same position in an original text node. */
  private origin(node: Node, offset: number): { node: Node; offset: number } {
    const wrap = this.wrapOf.get(node);
    if (!wrap) return { node, offset };
    let before = 0;
    for (const p of wrap.pieces) {
      if (p === node || p.contains(node)) return { node: wrap.original, offset: before + offset };
      before += p.textContent?.length ?? 0;
    }
    return { node, offset };
  }

  private wrap(node: Text, intervals: Interval[], post: Element): Wrap | null {
    const parent = node.parentNode;
    if (!parent) return null;
    intervals.sort((a, b) => a.start - b.start || b.end - a.end);
    const data = node.data;
    const pieces: Node[] = [];
    let at = 0;
    let marks = 0;
    for (const iv of intervals) {
      if (iv.start < at || iv.end > data.length || this.count + marks >= MAX_MARKS) continue; // overlaps: first wins
      if (iv.start > at) pieces.push(this.doc.createTextNode(data.slice(at, iv.start)));
      const mark = this.doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, iv.category);
      mark.append(this.doc.createTextNode(data.slice(iv.start, iv.end)));
      if (!this.visible) mark.style.setProperty('all', 'unset', 'important');
      this.markInfo.set(mark, { category: iv.category, post });
      pieces.push(mark);
      marks++;
      at = iv.end;
    }
    if (marks === 0) return null;
    if (at < data.length) pieces.push(this.doc.createTextNode(data.slice(at)));
    const wrap: Wrap = { original: node, pieces, marks };
    for (const p of pieces) {
      this.wrapOf.set(p, wrap);
      if (p.firstChild) this.wrapOf.set(p.firstChild, wrap);
    }
    const fragment = this.doc.createDocumentFragment();
    fragment.append(...pieces);
    parent.replaceChild(fragment, node);
    this.count += marks;
    return wrap;
  }

  private unwrap(wrap: Wrap): void {
    this.count -= wrap.marks;
    const first = wrap.pieces[0];
    const parent = first?.parentNode;
    // The page removed or moved our pieces (a re-render): nothing of ours is left to undo there.
    if (!first || !parent || wrap.pieces.some((p) => p.parentNode !== parent)) return;
    const text = wrap.pieces.map((p) => p.textContent ?? '').join('');
    if (wrap.original.data !== text) wrap.original.data = text;
    parent.insertBefore(wrap.original, first);
    for (const p of wrap.pieces) parent.removeChild(p);
  }
}
