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

function closestBlock(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root) {
    if (BLOCK.has(el.tagName)) return el;
    el = el.parentElement;
  }
  return root;
}

/**
 * Collects the text nodes under `root` in document order. Elements for which `skip` is
 * true are left out with their subtree (our own badge host, nested posts). A line break is
 * inserted where text moves to another block.
 */
export function collectPostText(root: Element, skip?: (el: Element) => boolean, maxLength = 100_000): PostText {
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastBlock: Element | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = node as Element;
        if (SKIP.has(el.tagName.toUpperCase()) || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden') || skip?.(el)) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node && length < maxLength; node = walker.nextNode()) {
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const block = closestBlock(text, root);
    if (lastBlock && block !== lastBlock && length > 0) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    segments.push({ node: text, start: length });
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), segments };
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
