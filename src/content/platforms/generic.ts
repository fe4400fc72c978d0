import { asHandle, firstOf, hrefOf, isoFromEpoch, selector, textOf, timeOf, urlOf, type PlatformAdapter } from './types';

const postSelector = selector([
  'article:not(.message-body)', // blogs, most modern forums, the demo feed (XenForo 2 nests article.message-body in its post)
  '[role="article"]', // ARIA feeds
  '[itemtype*="schema.org/Comment"]', // blog comments
  '[itemtype*="schema.org/DiscussionForumPosting"]', // forum posts
  '[itemtype*="schema.org/SocialMediaPosting"]', // social embeds
  '[itemtype*="schema.org/Product"]', // classifieds, marketplaces (not Offer: it nests inside these)
  '[itemtype*="schema.org/Trip"]', // ride-sharing and bus listings
  '[itemtype*="schema.org/LodgingBusiness"]', // accommodation listings
  '[itemtype*="schema.org/Accommodation"]', // rooms and flats
  '.post', // phpBB (div.post), vBulletin, Discourse (.topic-post also carries .post)
  '.message', // XenForo (article.message), many chat-like boards
  '.comment', // blog and board comments
  'li.cl-static-search-result', // Craigslist search results
  '#postingbody', // Craigslist posting page body
]);

/**
 * The post's text apart from its header and footer. One selector list (document order, one
 * tree walk per post) because it runs on every scan. Listings (schema.org Product, Trip, Accommodation)
 * have none of these on purpose: their title and price belong to the text.
 */
const textSelector = selector([
  '[itemprop="text"]', // schema.org Comment / DiscussionForumPosting
  '[itemprop="articleBody"]', // schema.org Article / BlogPosting
  '.cooked', // Discourse
  '.message-body', // XenForo 2 (wraps .bbWrapper)
  '.post-body', // Blogger, many themes
  '.post-text',
  '.content', // phpBB 3 prosilver (.postbody .content, apart from its .author line)
  '.body', // the demo feed
]);

/** The author's name element; in priority order. */
const authorSelectors = [
  '[itemprop="author"] [itemprop="name"]', // schema.org, nested Person
  '[itemprop="author"]', // schema.org, flat
  '[itemprop="seller"] [itemprop="name"]', // schema.org Offer
  '[rel="author"]', // blogs, the demo feed
  '.names .username', // Discourse
  '.message-name .username', // XenForo 2
  '.author .username', // phpBB 3
  'a.username', // phpBB, XenForo
  '.author', // many themes
  '.username',
];

/** Where the post's link sits when its time does not carry it; in priority order. */
const permalinkSelectors = [
  'a[rel="bookmark"]', // WordPress and blog themes
  'a.permalink',
  'a.post-date', // Discourse
  'a[itemprop="url"]', // schema.org
  '[itemprop="url"][content]', // schema.org, as a meta element
];

/**
 * Generic adapter: forums, blogs, classifieds, ride-sharing and accommodation listings, and
 * the bundled demo feed. It relies on the semantic markup (HTML5, ARIA, schema.org
 * microdata) and the class names of the common forum engines.
 */
export const generic: PlatformAdapter = {
  platform: 'generic',
  matches: () => true,
  postSelector,
  textRoot(post) {
    return post.querySelector(textSelector);
  },
  meta(post, pageUrl) {
    const authorEl = firstOf(post, authorSelectors);
    // XenForo also names the author on the post root: <article class="message" data-author="…">.
    const name = textOf(authorEl) ?? (post.getAttribute('data-author')?.trim().slice(0, 200) || undefined);
    const authorLink = authorEl?.closest('a[href]') ?? authorEl?.querySelector('a[href]') ?? null;
    const handleEl = post.querySelector('[data-handle], [data-user-card], .handle');
    const handle =
      handleEl?.getAttribute('data-handle') ?? // the demo feed, some boards
      handleEl?.getAttribute('data-user-card') ?? // Discourse
      textOf(handleEl, 64);

    const time = post.querySelector('time, [itemprop="datePublished"], [itemprop="dateCreated"], .relative-date[data-time]');
    // A time inside a link (WordPress, XenForo) or a link inside a time (the demo feed).
    const timeLink = time?.closest('a[href]') ?? time?.querySelector('a[href]') ?? null;
    const permalinkEl = timeLink ?? firstOf(post, permalinkSelectors);
    const permalink = hrefOf(permalinkEl, pageUrl) ?? urlOf(permalinkEl?.getAttribute('content'), pageUrl);

    return {
      author: {
        name,
        handle: asHandle(handle),
        url: hrefOf(authorLink, pageUrl),
      },
      permalink,
      postedAt:
        time?.getAttribute('datetime')?.trim() ||
        time?.getAttribute('content')?.trim() ||
        isoFromEpoch(time?.getAttribute('data-time'), true) || // Discourse: milliseconds
        timeOf(time),
    };
  },
};

// Serves: any http(s) page without a dedicated adapter, e.g.
// https://forum.example.org/t/topic/123 (Discourse), https://forum.example.org/threads/x.42/ (XenForo),
// https://forum.example.org/viewtopic.php?t=1 (phpBB), https://blog.example.com/2026/01/post/,
// https://<city>.craigslist.org/search/*, https://<city>.craigslist.org/*/d/*/<id>.html,
// https://classifieds.example.com/item/42, https://rides.example.com/trip/9, https://m.facebook.com/*,
// http://127.0.0.1:PORT/demo/feed.html (the bundled demo).
