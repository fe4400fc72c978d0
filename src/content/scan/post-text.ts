/**
 * The text of a post as the moderator reads it, with a map back to the page's text nodes,
 * so engine offsets become DOM ranges without touching the DOM ("offsets first, DOM last",
 * after hypothesis's rendered-text/text-range).
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'TEXTAREA', 'INPUT', 'SELECT']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** One text node and where its data starts in the post text. */
export interface Segment {
  node: Text;
  start: number;
}

export interface PostText {
  text: string;
  segments: Segment[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** True for elements left out with their subtree: scripts, hidden parts, whatever `skip` rejects. */
function rejected(el: Element, skip: ((el: Element) => boolean) | undefined): boolean {
  const tag = el.tagName;
  // HTML elements have upper-case tag names; only foreign ones (svg, math…) need the case fold.
  if (SKIP.has(tag) || (tag.charCodeAt(0) >= 0x61 && SKIP.has(tag.toUpperCase()))) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  return skip !== undefined && skip(el);
}

/**
 * Collects the text nodes under `root` in document order. Elements for which `skip` is
 * true are left out with their subtree (our own badge host, nested posts). A line break is
 * inserted where text moves to another block (the text node's closest block ancestor, or
 * `root`, differs from the previous one's).
 *
 * A plain firstChild/nextSibling walk: no TreeWalker filter callback per node, and the
 * closest block is tracked on the way down instead of being looked up per text node.
 */
export function collectPostText(root: Element, skip?: (el: Element) => boolean, maxLength = 100_000): PostText {
  const segments: Segment[] = [];
  let text = '';
  let length = 0;
  let lastBlock: Element | null = null;
  /** The closest block ancestor of the current node (or root), and the enclosing ones. */
  let block: Element = root;
  const outer: Element[] = [];
  let node: Node | null = root.firstChild;
  while (node !== null && length < maxLength) {
    let down: Node | null = null;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (lastBlock !== null && block !== lastBlock && length > 0) {
          text += '\n';
          length += 1;
        }
        lastBlock = block;
        segments.push({ node: node as Text, start: length });
        text += data;
        length += data.length;
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const first = el.firstChild;
      if (first !== null && !rejected(el, skip)) {
        if (BLOCK.has(el.tagName)) {
          outer.push(block);
          block = el;
        }
        down = first;
      }
    }
    if (down !== null) {
      node = down;
      continue;
    }
    // Next sibling, climbing out of finished elements (and their blocks).
    for (;;) {
      const next: Node | null = node.nextSibling;
      if (next !== null) {
        node = next;
        break;
      }
      const parent: Node | null = node.parentNode;
      if (parent === null || parent === root) {
        node = null;
        break;
      }
      if (parent === block) block = outer.pop() ?? root;
      node = parent;
    }
  }
  return { text, segments };
}

/** Finds the segment holding `offset` (binary search). */
function segmentAt(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps [start, end) of the post text to text-node boundaries (a StaticRange's init). */
export function boundsFor(post: PostText, start: number, end: number): StaticRangeInit | null {
  const { segments } = post;
  if (segments.length === 0 || end <= start) return null;
  const a = segments[segmentAt(segments, start)]!;
  const b = segments[segmentAt(segments, end - 1)]!;
  const startOffset = Math.min(Math.max(start - a.start, 0), a.node.data.length);
  const endOffset = Math.min(Math.max(end - b.start, 0), b.node.data.length);
  return { startContainer: a.node, startOffset, endContainer: b.node, endOffset };
}

/** Maps [start, end) of the post text to a StaticRange over the page's text nodes. */
export function rangeFor(post: PostText, start: number, end: number): StaticRange | null {
  const init = boundsFor(post, start, end);
  if (!init) return null;
  if (typeof StaticRange === 'function') return new StaticRange(init);
  // Browsers old enough to lack StaticRange lack the Highlight API too: the <mark> fallback
  // only reads the boundary points.
  return { ...init, collapsed: init.startContainer === init.endContainer && init.startOffset === init.endOffset } as StaticRange;
}

/** A cheap content fingerprint, to rescan a post only when its text changed. */
export function fingerprint(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h ^ text.length) >>> 0;
}
