import { asHandle, hrefOf, onDomain, pathSegments, selector, textOf, timeOf, type PlatformAdapter } from './types';

const postSelector = selector([
  'article[data-testid="tweet"]', // timelines, search, replies, mentions, the focused post
]);

const textSelector = selector([
  '[data-testid="tweetText"]', // the post's text (a quoted post's text comes after it)
]);

const X_DOMAINS = ['x.com', 'twitter.com'];

/**
 * X (Twitter): every post is an `article[data-testid="tweet"]`. The author block is
 * `[data-testid="User-Name"]`: a display-name link, a `@handle` link, and the timestamp link
 * (`/<handle>/status/<id>`) wrapping `time[datetime]`. A quoted post sits inside the article
 * in a `div[role="link"]` with its own User-Name and text, always after the outer ones.
 */
export const x: PlatformAdapter = {
  platform: 'x',
  matches: (url) => X_DOMAINS.some((d) => onDomain(url.hostname, d)),
  postSelector,
  textRoot(post) {
    return post.querySelector(textSelector);
  },
  meta(post, pageUrl) {
    const names = post.querySelector('[data-testid="User-Name"]');
    // The display-name link comes first; emoji in a name are <img alt>, so its text may be short.
    const profileLink = names?.querySelector('a[href]:not([href*="/status/"])') ?? null;
    const profileUrl = hrefOf(profileLink, pageUrl);
    const segs = pathSegments(profileUrl);
    const time =
      names?.querySelector('a[href*="/status/"] time') ??
      // Fallback for layouts without User-Name: the first status link's time, outside any quote.
      post.querySelector('a[href*="/status/"] time');
    return {
      author: {
        name: textOf(profileLink),
        handle: segs.length === 1 ? asHandle(segs[0]) : undefined,
        url: segs.length === 1 ? profileUrl : undefined,
      },
      permalink: hrefOf(time?.closest('a[href]'), pageUrl),
      postedAt: timeOf(time),
    };
  },
};

// Serves: https://x.com/home, https://x.com/<user>, https://x.com/<user>/status/*,
// https://x.com/search?q=*, https://x.com/notifications/mentions, https://x.com/i/lists/*,
// https://twitter.com/* and https://mobile.x.com/*, https://mobile.twitter.com/* (same markup).
