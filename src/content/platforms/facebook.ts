import {
  firstOf,
  firstTextLink,
  hrefOf,
  isoFromEpoch,
  onDomain,
  selector,
  textOf,
  timeOf,
  withoutParams,
  type PlatformAdapter,
} from './types';

/** Marketplace listings shown whole: the item viewer over the grid, or the item page itself. */
const listingSelector = selector([
  'div[role="dialog"][aria-label="Marketplace Listing Viewer" i]', // item opened over the grid (2024–2026; scrapers also see it lower-case)
  '[aria-label="Marketplace sidebar"] ~ div[role="main"]', // item page opened in its own tab
]);

/** Marketplace grid cards: each card is one link to its item. */
const cardSelector = selector([
  '[aria-label="Collection of Marketplace items"] a[href*="/marketplace/item/"]', // browse and search grids
]);

const feedSelector = selector([
  'div[role="feed"] div[aria-posinset]', // News Feed and group feed units (2023+: no role, aria-posinset/-setsize)
  'div[role="article"]', // comments ("Comment by …"), single-post views, older feed units
]);

const postSelector = selector([feedSelector, listingSelector, cardSelector]);

/**
 * Marketplace grids, item pages and the item viewer (which sets the URL to the item's) live
 * under /marketplace/. Elsewhere their selectors find nothing, yet they doubled the cost of
 * the page-wide query on a 5,000-post feed (a sibling combinator and a case-insensitive match
 * on every element).
 */
const isMarketplace = (url: URL): boolean => url.pathname.startsWith('/marketplace');

/** Where a post's own message sits, apart from the header, reactions and comments (outermost first). */
const messageSelectors = [
  '[data-ad-rendering-role="story_message"]', // 2025–2026 feed units (wraps the two below)
  '[data-ad-comet-preview="message"]', // Comet feed units (2020–2025)
  '[data-ad-preview="message"]', // older feed units, still present beside the Comet attribute
];
const messageSelector = selector(messageSelectors);

/** The author block of a feed unit. */
const authorBlockSelector = selector([
  '[data-ad-rendering-role="profile_name"]', // 2025–2026 feed units
  'h2', // single-post views
  'h3', // group feed units (author ▸ group)
  'h4', // page feed units
]);

/** Links that open one post (a feed unit's or a comment's timestamp). */
const permalinkSelector = selector([
  'a[href*="/posts/"]', // /<page>/posts/<id>, /groups/<id>/posts/<id>
  'a[href*="/permalink/"]', // /groups/<id>/permalink/<id>
  'a[href*="story_fbid="]', // /story.php?story_fbid=…, /permalink.php?story_fbid=…
  'a[href*="/videos/"]', // video posts
  'a[href*="/reel/"]', // reels shared to the feed
  'a[href*="/photo"]', // single-photo posts: /photo/?fbid=…, /photo.php?fbid=…
]);

/**
 * Query parameters that identify the viewer or the click, not the post (`__cft__[0]`, `__tn__`,
 * notification ids): they must not end up in exported evidence.
 */
function isTracking(name: string): boolean {
  return name.startsWith('__') || name === 'ref' || name === 'rdid' || name.startsWith('notif_') || name === 'mibextid';
}

/**
 * Facebook: News Feed, groups, pages, comments, and Marketplace (grid cards and listings).
 * Feed markup uses hashed class names, so every selector here keys on roles, ARIA and the
 * `data-ad-*` attributes Facebook renders for its own ad preview tooling.
 */
export const facebook: PlatformAdapter = {
  platform: 'facebook',
  matches(url) {
    const host = url.hostname;
    // m., mbasic. and touch. serve a different (server-rendered) markup: the generic adapter reads it.
    return onDomain(host, 'facebook.com') && !/^(m|mbasic|touch)\./.test(host);
  },
  postSelector,
  postSelectorAt: (url) => (isMarketplace(url) ? postSelector : feedSelector),
  textRoot(post) {
    // One selector at a time, newest first: a querySelector with the whole list costs ~7× more
    // per post in Chromium (measured on a 5,000-post feed), and the first one nearly always hits.
    return firstOf(post, messageSelectors);
  },
  meta(post, pageUrl) {
    const listing = post.matches(listingSelector);
    const card = !listing && post.matches(cardSelector);
    const comment = !listing && !card && !post.hasAttribute('aria-posinset') && post.getAttribute('role') === 'article' && !post.querySelector(messageSelector);

    let authorLink: Element | null = null;
    if (listing) authorLink = firstTextLink(post, 'a[href*="/marketplace/profile/"]');
    else if (!card) {
      const block = post.querySelector(authorBlockSelector);
      // A comment's first link with text is its author; the avatar link before it holds only an image.
      authorLink = (block && firstTextLink(block)) ?? (comment ? firstTextLink(post) : null);
    }

    let permalinkEl: Element | null = null;
    if (card) permalinkEl = post;
    else if (comment) permalinkEl = post.querySelector('a[href*="comment_id="]') ?? post.querySelector(permalinkSelector);
    else if (!listing) permalinkEl = post.querySelector(permalinkSelector);
    const permalink = permalinkEl
      ? hrefOf(permalinkEl, pageUrl)
      : listing && pageUrl.pathname.includes('/marketplace/item/')
        ? pageUrl.origin + pageUrl.pathname
        : undefined;

    const time = post.querySelector('abbr[data-utime], time[datetime]');
    const postedAt = time?.hasAttribute('data-utime')
      ? isoFromEpoch(time.getAttribute('data-utime'))
      : // Facebook scrambles the visible timestamp text; its link's label is readable.
        (timeOf(time) ?? permalinkEl?.getAttribute('aria-label')?.trim().slice(0, 64)) || undefined;

    return {
      author: {
        name: textOf(authorLink),
        url: withoutParams(hrefOf(authorLink, pageUrl), isTracking),
      },
      permalink: withoutParams(permalink, isTracking),
      postedAt,
    };
  },
};

// Serves: https://www.facebook.com/*, https://web.facebook.com/*, https://facebook.com/*,
// https://www.facebook.com/groups/*/posts/*, https://www.facebook.com/groups/*/permalink/*,
// https://www.facebook.com/<page>/posts/*, https://www.facebook.com/story.php?story_fbid=*,
// https://www.facebook.com/marketplace/*, https://www.facebook.com/marketplace/<city>/search?query=*,
// https://www.facebook.com/marketplace/item/*
// Not: https://m.facebook.com/*, https://mbasic.facebook.com/* (generic adapter).
