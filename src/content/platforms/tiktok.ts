import { asHandle, hrefOf, ownBox, onDomain, pathSegments, selector, textOf, type PlatformAdapter } from './types';

/**
 * Post roots are the caption and comment text elements themselves: they carry TikTok's own
 * test attributes (`data-e2e`), while the boxes around them only have generated class names.
 * The author is found beside them by a short walk up (see `meta`).
 */
const captionSelector = selector([
  '[data-e2e="video-desc"]', // caption in the For You / Following feed
  '[data-e2e="browse-video-desc"]', // caption on a video page (/@user/video/<id>)
  '[data-e2e="search-card-desc"]', // caption on a search result card
  '[data-e2e="explore-card-desc"]', // caption on an Explore card
]);

const postSelector = selector([
  captionSelector,
  '[data-e2e="comment-level-1"]', // a comment
  '[data-e2e="comment-level-2"]', // a reply to a comment
]);

/** One feed or result item, holding one caption and its author. */
const itemSelector = selector([
  '[data-e2e="recommend-list-item-container"]', // For You / Following feed item
  '[data-e2e="search_top-item"]', // search, "Top" tab
  '[data-e2e="search_video-item"]', // search, "Videos" tab
]);

/** Author handles beside a caption. */
const captionAuthorSelector = selector([
  '[data-e2e="browse-username"]', // video page
  '[data-e2e="video-author-uniqueid"]', // feed item
  '[data-e2e="search-card-user-unique-id"]', // search card
  '[data-e2e="explore-card-user-unique-id"]', // Explore card
]);

/** The `@user` in a `/@user` profile link, or undefined. */
function userOf(url: string | undefined): string | undefined {
  const segs = pathSegments(url);
  return segs.length === 1 && segs[0]!.startsWith('@') ? segs[0]!.slice(1) : undefined;
}

/**
 * TikTok: captions (feed, video page, search, Explore) and comments. Comments carry
 * `comment-level-N`, `comment-username-N` and `comment-time-N` (N = 1 for comments, 2 for
 * replies); captions carry `video-author-uniqueid` / `video-author-nickname` in the feed and
 * `browse-username` / `browser-nickname` (nickname · date) on a video page.
 */
export const tiktok: PlatformAdapter = {
  platform: 'tiktok',
  matches: (url) => onDomain(url.hostname, 'tiktok.com'),
  postSelector,
  meta(post, pageUrl) {
    const kind = post.getAttribute('data-e2e') ?? '';
    const level = /^comment-level-(\d)$/.exec(kind)?.[1];
    const videoUrl = pageUrl.pathname.includes('/video/') ? pageUrl.origin + pageUrl.pathname : undefined;

    if (level) {
      // A comment's box: up to (not including) the list that holds its siblings.
      const box = ownBox(post, `[data-e2e="comment-level-${level}"]`);
      const username = box.querySelector(`[data-e2e="comment-username-${level}"]`);
      const link = username?.closest('a[href]') ?? username?.querySelector('a[href]') ?? null;
      const url = hrefOf(link, pageUrl);
      const user = userOf(url);
      return {
        author: { name: textOf(username), handle: asHandle(user), url: user ? url : undefined },
        permalink: videoUrl,
        postedAt: textOf(box.querySelector(`[data-e2e="comment-time-${level}"]`), 64),
      };
    }

    const box = post.closest(itemSelector) ?? ownBox(post, captionSelector);
    const handleEl = box.querySelector(captionAuthorSelector);
    const link = handleEl?.closest('a[href]') ?? box.querySelector('a[href^="/@"]');
    const url = hrefOf(link, pageUrl);
    const user = userOf(url);
    const nick = box.querySelector('[data-e2e="video-author-nickname"], [data-e2e="browser-nickname"] > span:first-child');
    // Video page: "nickname · date" in three spans.
    const date = box.querySelector('[data-e2e="browser-nickname"] > span:last-child');
    const videoLink = box.querySelector('a[href*="/video/"]') ?? post.closest('a[href*="/video/"]');
    return {
      author: {
        name: textOf(nick) ?? textOf(handleEl),
        handle: asHandle(user ?? textOf(handleEl, 64)),
        url: user ? url : undefined,
      },
      permalink: hrefOf(videoLink, pageUrl) ?? (kind === 'browse-video-desc' ? videoUrl : undefined),
      postedAt: date && date !== nick ? textOf(date, 64) : undefined,
    };
  },
};

// Serves: https://www.tiktok.com/foryou, https://www.tiktok.com/following,
// https://www.tiktok.com/@<user>/video/*, https://www.tiktok.com/@<user>/photo/*,
// https://www.tiktok.com/search?q=*, https://www.tiktok.com/search/video?q=*,
// https://www.tiktok.com/explore, https://www.tiktok.com/tag/*.
