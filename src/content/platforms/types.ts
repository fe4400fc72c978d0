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
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** True when this adapter serves the page at `url`. */
  matches(url: URL): boolean;
  /** A CSS selector for post roots; used both for a full scan and for `closest()`. */
  readonly postSelector: string;
  /** The element inside a post root whose text is the post's text (defaults to the root). */
  textRoot?(post: Element): Element | null;
  /** Author, permalink and time, where the page has them. */
  meta(post: Element, pageUrl: URL): PostMeta;
}

/** The text of an element, trimmed and capped, or undefined when empty. */
export function textOf(el: Element | null | undefined, max = 200): string | undefined {
  const t = el?.textContent?.trim().replace(/\s+/g, ' ');
  return t ? t.slice(0, max) : undefined;
}

/** An absolute http(s) URL from an anchor's href, or undefined. */
export function hrefOf(el: Element | null | undefined, base: URL): string | undefined {
  const raw = el?.getAttribute('href');
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
