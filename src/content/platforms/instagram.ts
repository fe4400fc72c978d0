import { asHandle, hrefOf, onDomain, pathSegments, selector, textOf, timeOf, type PlatformAdapter } from './types';

const postSelector = selector([
  'article', // home feed posts, and the post viewer (page and dialog)
]);

/** The caption, where Instagram marks it apart from the header and comments. */
const captionSelector = selector([
  'h1[dir="auto"]', // post page and post dialog: the caption is the page's h1
]);

/** First path segments that are Instagram features, not usernames. */
const NOT_USERS = new Set(['p', 'reel', 'reels', 'explore', 'stories', 'accounts', 'direct', 'tv', 'about', 'legal']);

/** The username a profile link points at (`/<user>/`), or undefined for any other link. */
function userOf(url: string | undefined): string | undefined {
  const segs = pathSegments(url);
  return segs.length === 1 && !NOT_USERS.has(segs[0]!) ? segs[0] : undefined;
}

/**
 * Instagram: home feed, post pages and the post dialog. Class names are generated; posts are
 * `article`s whose header links the author and whose `time[datetime]` sits in the permalink.
 */
export const instagram: PlatformAdapter = {
  platform: 'instagram',
  matches: (url) => onDomain(url.hostname, 'instagram.com'),
  postSelector,
  textRoot(post) {
    return post.querySelector(captionSelector);
  },
  meta(post, pageUrl) {
    // The first profile link with text is the author: the header comes first, and its avatar
    // link holds only an image.
    let authorLink: Element | null = null;
    let user: string | undefined;
    for (const a of post.querySelectorAll('a[href]')) {
      if (a.getAttribute('aria-hidden') === 'true' || !a.textContent?.trim()) continue;
      user = userOf(hrefOf(a, pageUrl));
      if (user) {
        authorLink = a;
        break;
      }
    }
    const time = post.querySelector('time[datetime]') ?? post.querySelector('time');
    const permalinkEl = time?.closest('a[href*="/p/"], a[href*="/reel/"]') ?? post.querySelector('a[href*="/p/"], a[href*="/reel/"]');
    return {
      author: {
        name: textOf(authorLink),
        handle: asHandle(user),
        url: user ? hrefOf(authorLink, pageUrl) : undefined,
      },
      permalink: hrefOf(permalinkEl, pageUrl),
      postedAt: timeOf(time),
    };
  },
};

// Serves: https://www.instagram.com/ (home feed), https://www.instagram.com/p/*,
// https://www.instagram.com/reel/*, https://www.instagram.com/<user>/p/*,
// https://www.instagram.com/<user>/ (post dialog over a profile grid).
