/**
 * Paints matches with the CSS Custom Highlight API: one `Highlight` per cue category,
 * registered as `tidemark-<category>` and styled by content.css. It adds no node to the
 * page, so React-managed feeds are not disturbed. Ranges are StaticRanges: the page's
 * own mutations don't pay for them, and a post that changes is rescanned anyway.
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

export class Highlighter {
  private readonly highlights = new Map<CueCategory, Highlight>();
  private readonly byPost = new Map<Element, { category: CueCategory; range: StaticRange }[]>();
  private count = 0;

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  /** Replaces the ranges painted for `post`. */
  set(post: Element, ranges: { category: CueCategory; range: StaticRange }[]): void {
    this.clear(post);
    const kept: { category: CueCategory; range: StaticRange }[] = [];
    for (const r of ranges) {
      if (!PAINTED_SET.has(r.category) || this.count >= MAX_RANGES) continue;
      this.highlightFor(r.category).add(r.range);
      kept.push(r);
      this.count++;
    }
    if (kept.length) this.byPost.set(post, kept);
  }

  clear(post: Element): void {
    const old = this.byPost.get(post);
    if (!old) return;
    for (const { category, range } of old) this.highlights.get(category)?.delete(range);
    this.count -= old.length;
    this.byPost.delete(post);
  }

  /**
   * Hides or shows every highlight without forgetting the ranges: evidence screenshots
   * show the post as the page shows it, not with Tidemark's colours on top.
   */
  setVisible(visible: boolean): void {
    for (const [category, highlight] of this.highlights) {
      const name = highlightName(category);
      if (visible) CSS.highlights.set(name, highlight);
      else if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
  }

  /** Removes every highlight this instance registered. */
  destroy(): void {
    for (const [category, highlight] of this.highlights) {
      highlight.clear();
      if (CSS.highlights.get(highlightName(category)) === highlight) CSS.highlights.delete(highlightName(category));
    }
    this.highlights.clear();
    this.byPost.clear();
    this.count = 0;
  }

  private highlightFor(category: CueCategory): Highlight {
    let h = this.highlights.get(category);
    if (!h) {
      h = new Highlight();
      h.priority = PAINTED.indexOf(category);
      this.highlights.set(category, h);
    }
    // A page may clear the shared registry; re-assert ours whenever we add ranges.
    if (CSS.highlights.get(highlightName(category)) !== h) CSS.highlights.set(highlightName(category), h);
    return h;
  }
}
