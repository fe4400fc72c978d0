// @vitest-environment happy-dom
// Registered ranges are bounded: far posts keep their ranges but register them only while
// the page is small or when they come near the viewport (IntersectionObserver). Stubs stand
// in for the Highlight API and the observer, which happy-dom lacks or never fires.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAR_BUDGET, Highlighter, highlightName, type PaintRange } from '../../../src/content/highlight/highlighter';

type Callback = (changes: IntersectionObserverEntry[]) => void;
class FakeObserver {
  static last: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(readonly callback: Callback) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  report(el: Element, near: boolean) {
    this.callback([{ target: el, isIntersecting: near } as unknown as IntersectionObserverEntry]);
  }
}

const g = globalThis as unknown as Record<string, unknown>;
const w = window as unknown as Record<string, unknown>;
let saved: Record<string, unknown>;
const registry = new Map<string, Set<unknown>>();

beforeEach(() => {
  saved = { Highlight: g.Highlight, CSS: g.CSS, IO: g.IntersectionObserver, wIO: w.IntersectionObserver };
  registry.clear();
  g.Highlight = class extends Set<unknown> {
    priority = 0;
  };
  g.CSS = { highlights: registry };
  g.IntersectionObserver = FakeObserver;
  w.IntersectionObserver = FakeObserver;
});
afterEach(() => {
  g.Highlight = saved.Highlight;
  g.CSS = saved.CSS;
  g.IntersectionObserver = saved.IO;
  w.IntersectionObserver = saved.wIO;
  document.body.innerHTML = '';
});

/** `n` posts with `per` ranges each (category offer). */
function posts(n: number, per: number): { post: Element; ranges: PaintRange[] }[] {
  const out = [];
  for (let i = 0; i < n; i++) {
    const post = document.createElement('article');
    const text = document.createTextNode('x'.repeat(per * 2));
    post.append(text);
    document.body.append(post);
    const ranges = Array.from({ length: per }, (_, k) => ({
      category: 'offer' as const,
      range: { startContainer: text, startOffset: 2 * k, endContainer: text, endOffset: 2 * k + 1, collapsed: false } as StaticRange,
    }));
    out.push({ post, ranges });
  }
  return out;
}

const registered = () => (registry.get(highlightName('offer')) as Set<unknown> | undefined)?.size ?? 0;

describe('Highlighter: registered ranges stay bounded', () => {
  it('registers everything on a small page', () => {
    const painter = new Highlighter(document);
    for (const { post, ranges } of posts(3, 10)) painter.set(post, ranges);
    expect(painter.size).toBe(30);
    expect(registered()).toBe(30);
  });

  it('past the budget, far posts wait for the observer; near ones register, far ones give theirs up', () => {
    const painter = new Highlighter(document);
    const all = posts(5, 20);
    for (const { post, ranges } of all) painter.set(post, ranges);
    // Two posts fit in the budget (40 ≤ FAR_BUDGET); the other three wait.
    expect(FAR_BUDGET).toBeLessThan(60);
    expect(painter.size).toBe(40);
    const io = FakeObserver.last!;
    expect(io.observed.size).toBe(5);
    io.report(all[4]!.post, true); // scrolled near
    expect(painter.size).toBe(60);
    expect(registered()).toBe(60);
    io.report(all[0]!.post, false); // far, and the page is over budget
    expect(painter.size).toBe(40);
    io.report(all[0]!.post, true); // back again
    expect(painter.size).toBe(60);
    painter.clear(all[4]!.post);
    expect(painter.size).toBe(40);
    expect(io.observed.has(all[4]!.post)).toBe(false);
  });

  it('a post already near registers at once, even over budget', () => {
    const painter = new Highlighter(document);
    const all = posts(4, 20);
    for (const { post, ranges } of all.slice(0, 3)) painter.set(post, ranges);
    FakeObserver.last!.report(all[3]!.post, true);
    painter.set(all[3]!.post, all[3]!.ranges);
    expect(painter.size).toBe(60);
  });

  it('does not re-assert its highlights while hidden for an evidence capture', () => {
    const painter = new Highlighter(document);
    const [one] = posts(1, 2);
    painter.set(one!.post, one!.ranges);
    painter.flush();
    expect(registry.has(highlightName('offer'))).toBe(true);
    painter.setVisible(false);
    expect(registry.has(highlightName('offer'))).toBe(false);
    painter.flush();
    FakeObserver.last!.report(one!.post, true);
    expect(registry.has(highlightName('offer'))).toBe(false);
    painter.setVisible(true);
    expect(registry.has(highlightName('offer'))).toBe(true);
  });
});
