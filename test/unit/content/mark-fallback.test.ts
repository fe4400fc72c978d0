// @vitest-environment happy-dom
// The <mark> fallback runs only where the CSS Custom Highlight API is missing. These tests
// remove CSS.highlights / Highlight to be sure they run in that world, then check that
// wrapping is fully reversible: unwrap restores the identical DOM (same nodes, same data).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Highlighter } from '../../../src/content/highlight/highlighter';
import { MARK_ATTR, MarkHighlighter } from '../../../src/content/highlight/mark-fallback';
import { collectPostText, rangeFor } from '../../../src/content/scan/post-text';

const g = globalThis as unknown as { Highlight?: unknown; CSS?: { highlights?: unknown } };
let saved: { Highlight: unknown; highlights: unknown };

beforeEach(() => {
  saved = { Highlight: g.Highlight, highlights: g.CSS?.highlights };
  delete g.Highlight;
  if (g.CSS) delete g.CSS.highlights;
});
afterEach(() => {
  if (saved.Highlight) g.Highlight = saved.Highlight;
  if (g.CSS && saved.highlights) g.CSS.highlights = saved.highlights;
  document.body.innerHTML = '';
});

/** Node identity + data of every node under `root`, in order. */
function snapshot(root: Node): { nodes: Node[]; html: string; data: string[] } {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  return { nodes, html: (root as Element).outerHTML, data: nodes.map((n) => (n.nodeType === 3 ? (n as Text).data : '')) };
}

function post(html: string): Element {
  document.body.innerHTML = html; // test fixture markup only
  return document.body.firstElementChild!;
}

function rangesOf(root: Element, spans: [string, string][]) {
  const text = collectPostText(root);
  return spans.map(([needle, category]) => {
    const start = text.text.indexOf(needle);
    return { category: category as 'offer', range: rangeFor(text, start, start + needle.length)! };
  });
}

describe('MarkHighlighter (no Highlight API)', () => {
  it('is the painter when the API is missing', () => {
    expect(Highlighter.supported()).toBe(false);
  });

  it('wraps matches in <mark> and unwraps to the identical DOM (same node objects, same data)', () => {
    const root = post('<article><p>Boat to <b>Italy</b> tonight, pay on arrival, WhatsApp me</p><p>Second line</p></article>');
    const before = snapshot(root);
    const text = root.textContent;
    const painter = new MarkHighlighter(document);
    painter.set(root, rangesOf(root, [['Boat', 'offer'], ['pay on arrival', 'guarantee'], ['WhatsApp', 'contact'], ['Italy', 'route']]));
    const marks = [...root.querySelectorAll(`mark[${MARK_ATTR}]`)];
    expect(marks.map((m) => [m.textContent, m.getAttribute(MARK_ATTR)])).toEqual([
      ['Boat', 'offer'], ['Italy', 'route'], ['pay on arrival', 'guarantee'], ['WhatsApp', 'contact'],
    ]);
    expect(root.textContent).toBe(text); // text unchanged
    expect(painter.size).toBe(4);
    for (const m of marks) expect(painter.owns(m)).toBe(true);
    painter.clear(root);
    const after = snapshot(root);
    expect(after.html).toBe(before.html);
    expect(after.nodes).toHaveLength(before.nodes.length);
    after.nodes.forEach((n, i) => expect(n).toBe(before.nodes[i]));
    expect(after.data).toEqual(before.data);
    expect(painter.size).toBe(0);
  });

  it('wraps a match spanning several text nodes piecewise and restores it', () => {
    const root = post('<article><p>Pay on <i>arr</i>ival only</p></article>');
    const before = snapshot(root);
    const painter = new MarkHighlighter(document);
    painter.set(root, rangesOf(root, [['on arrival', 'guarantee']]));
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['on ', 'arr', 'ival']);
    painter.destroy();
    expect(snapshot(root).html).toBe(before.html);
    snapshot(root).nodes.forEach((n, i) => expect(n).toBe(before.nodes[i]));
  });

  it('a rescan after repainting maps ranges in its own pieces back to the page nodes', () => {
    const root = post('<article><p>Boat tonight, WhatsApp me</p></article>');
    const before = snapshot(root);
    const painter = new MarkHighlighter(document);
    painter.set(root, rangesOf(root, [['Boat', 'offer']]));
    // The scanner collects text over our pieces now; the new ranges point into them.
    painter.set(root, rangesOf(root, [['WhatsApp', 'contact'], ['tonight', 'urgency']]));
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['tonight', 'WhatsApp']);
    painter.clear(root);
    expect(snapshot(root).html).toBe(before.html);
    snapshot(root).nodes.forEach((n, i) => expect(n).toBe(before.nodes[i]));
  });

  it('keeps an edit the page made to a wrapped text when unwrapping', () => {
    const root = post('<article><p>Boat tonight</p></article>');
    const original = root.querySelector('p')!.firstChild as Text;
    const painter = new MarkHighlighter(document);
    painter.set(root, rangesOf(root, [['Boat', 'offer']]));
    const tail = root.querySelector('mark')!.nextSibling as Text;
    tail.data = ' tomorrow';
    painter.clear(root);
    expect(root.querySelector('p')!.firstChild).toBe(original);
    expect(original.data).toBe('Boat tomorrow');
    expect(root.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('hides marks for screenshots without unwrapping, and finds the mark under a point', () => {
    const root = post('<article><p>Boat tonight</p></article>');
    const painter = new MarkHighlighter(document);
    painter.set(root, rangesOf(root, [['Boat', 'offer']]));
    const mark = root.querySelector('mark') as HTMLElement;
    painter.setVisible(false);
    expect(mark.style.getPropertyValue('all')).toBe('unset');
    painter.setVisible(true);
    expect(mark.style.getPropertyValue('all')).toBe('');
    const original = document.elementFromPoint;
    document.elementFromPoint = () => mark;
    try {
      expect(painter.hitTest(1, 1)).toEqual({ category: 'offer', post: root });
    } finally {
      document.elementFromPoint = original;
    }
  });

  it('leaves nothing behind when the page removed the wrapped text meanwhile', () => {
    const root = post('<article><p>Boat tonight</p></article>');
    const painter = new MarkHighlighter(document);
    painter.set(root, rangesOf(root, [['Boat', 'offer']]));
    root.querySelector('p')!.replaceChildren(document.createTextNode('re-rendered'));
    painter.destroy();
    expect(root.innerHTML).toBe('<p>re-rendered</p>');
  });
});
