import type { Author, Platform } from '../../shared/item';

/** What an adapter can tell about one post. Every field is page-derived, untrusted text. */
export interface PostMeta {
  author: Author;
  permalink?: string;
  postedAt?: string;
}

/**
 * A platform adapter knows one site's markup: where posts are, and where their author,
 * permalink and time sit. It never scans, highlights or stores anything.
 *
 * Cost model: `postSelector` and `textRoot` run for every post on every scan, so they stay
 * plain selectors and one `querySelector`. `meta` runs only when a post is flagged or
 * summarised, so it may look around a little more (a bounded walk up, a few queries).
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** True when this adapter serves the page at `url`. */
  matches(url: URL): boolean;
  /**
   * A CSS selector for post roots; used both for a full scan and for `closest()`. A post root
   * inside another (a comment inside a post) is a post of its own, and its text is left out
   * of the outer post's text by the scanner.
   */
  readonly postSelector: string;
  /**
   * The part of `postSelector` that can match on the page at `url`, where some of its
   * entries only serve some routes: the page-wide query of a full scan then checks fewer
   * (and cheaper) selectors. Defaults to `postSelector`. Asked again after every route change.
   */
  postSelectorAt?(url: URL): string;
  /** The element inside a post root whose text is the post's text (defaults to the root). */
  textRoot?(post: Element): Element | null;
  /** Author, permalink and time, where the page has them. Never throws on missing parts. */
  meta(post: Element, pageUrl: URL): PostMeta;
}

/** The text of an element, trimmed and capped, or undefined when empty. */
export function textOf(el: Element | null | undefined, max = 200): string | undefined {
  const t = el?.textContent?.trim().replace(/\s+/g, ' ');
  return t ? t.slice(0, max) : undefined;
}

/** An absolute http(s) URL from a string (relative to `base`), or undefined. */
export function urlOf(raw: string | null | undefined, base: URL): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL from an anchor's href, or undefined (`javascript:`, `data:`… yield nothing). */
export function hrefOf(el: Element | null | undefined, base: URL): string | undefined {
  return urlOf(el?.getAttribute('href'), base);
}

/** Joins selector lists written one entry per line (with a comment each) into one selector. */
export function selector(list: readonly string[]): string {
  return list.join(', ');
}

/** The match of the first selector in `list` (list order, not document order) that matches under `root`. */
export function firstOf(root: Element, list: readonly string[]): Element | null {
  for (const sel of list) {
    const el = root.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/**
 * The first link under `root` matching `sel` that shows text: skips avatar links (an image
 * only) and links the page hides from assistive technology.
 */
export function firstTextLink(root: Element, sel = 'a[href]'): Element | null {
  for (const a of root.querySelectorAll(sel)) {
    if (a.getAttribute('aria-hidden') === 'true') continue;
    if (a.textContent?.trim()) return a;
  }
  return null;
}

/**
 * The largest element around `post` (at most `depth` levels up) that holds no other element
 * matching `sel`: the post's own box, where its author and time sit beside its text. Stopping
 * before a neighbour's box means a post with no author element gets none, not its neighbour's.
 */
export function ownBox(post: Element, sel: string, depth = 6): Element {
  let box = post;
  for (let i = 0; i < depth; i++) {
    const up = box.parentElement;
    if (!up || up.querySelectorAll(sel).length > 1) break;
    box = up;
  }
  return box;
}

/** A URL with the given query parameters removed (viewer-specific tracking tokens). */
export function withoutParams(url: string | undefined, drop: (name: string) => boolean): string | undefined {
  if (!url) return undefined;
  const u = new URL(url);
  // Collected first: deleting while iterating the live key list would skip entries.
  for (const name of Array.from(u.searchParams.keys()).filter(drop)) u.searchParams.delete(name);
  return u.href;
}

/** The path segments of an absolute URL string (empty for undefined). */
export function pathSegments(url: string | undefined): string[] {
  if (!url) return [];
  return new URL(url).pathname.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

/** `@name` from a bare or `@`-prefixed handle, or undefined when it is not handle-shaped. */
export function asHandle(raw: string | null | undefined): string | undefined {
  const h = raw?.trim().replace(/^@/, '');
  return h && /^[\p{L}\p{N}_.-]{1,64}$/u.test(h) ? `@${h}` : undefined;
}

/** ISO 8601 (UTC) from a Unix time in seconds (or milliseconds when `ms`), or undefined. */
export function isoFromEpoch(raw: string | null | undefined, ms = false): string | undefined {
  if (!raw || !/^\d{1,16}$/.test(raw.trim())) return undefined;
  const d = new Date(Number(raw) * (ms ? 1 : 1000));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** A `<time>` element's machine-readable value, else its visible text. */
export function timeOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  return el.getAttribute('datetime')?.trim() || textOf(el, 64);
}

/** True when `host` is `domain` or one of its subdomains. */
export function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
