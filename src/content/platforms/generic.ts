import { hrefOf, textOf, type PlatformAdapter } from './types';

/**
 * Generic adapter: forums, blogs, classifieds, ride-sharing and accommodation listings, and
 * the bundled demo feed. It relies on the semantic markup most sites use for posts.
 */
export const generic: PlatformAdapter = {
  platform: 'generic',
  matches: () => true,
  postSelector: [
    'article', // blogs, most modern forums, the demo feed
    '[role="article"]', // ARIA feeds
    '[itemtype*="schema.org/Comment"]',
    '[itemtype*="schema.org/SocialMediaPosting"]',
    '[itemtype*="schema.org/Product"]', // classifieds
    '.post', // phpBB, vBulletin, Discourse (.topic-post also carries .post)
    '.message', // XenForo
    '.comment',
  ].join(', '),
  textRoot(post) {
    return post.querySelector('[itemprop="text"], [itemprop="articleBody"], [itemprop="description"], .post-body, .post-text, .message-body, .body, .content, .postbody') ?? post;
  },
  meta(post, pageUrl) {
    const authorEl = post.querySelector('[itemprop="author"], [rel="author"], .author, .username, [data-author]');
    const authorLink = authorEl?.closest('a') ?? authorEl?.querySelector('a') ?? null;
    const time = post.querySelector('time');
    const permalinkEl = time?.closest('a') ?? post.querySelector('a[rel="bookmark"], a.permalink, [itemprop="url"]');
    const handle = authorEl?.getAttribute('data-handle') ?? textOf(post.querySelector('.handle, [data-handle]'));
    return {
      author: {
        name: textOf(authorEl),
        handle: handle ?? undefined,
        url: hrefOf(authorLink, pageUrl),
      },
      permalink: hrefOf(permalinkEl, pageUrl),
      postedAt: time?.getAttribute('datetime') ?? textOf(time, 64),
    };
  },
};

// Serves: any http(s) page without a dedicated adapter, e.g.
// https://forum.example.org/t/topic/123, https://classifieds.example.com/item/42,
// http://127.0.0.1:PORT/demo/feed.html (the bundled demo).
