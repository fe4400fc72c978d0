import { asHandle, hrefOf, onDomain, selector, textOf, timeOf, type PlatformAdapter } from './types';

const postSelector = selector([
  '.tgme_widget_message[data-post]', // one channel post ("<channel>/<id>")
]);

/**
 * The post's own text: a direct child of the bubble. A reply quote (`.tgme_widget_message_reply`)
 * holds a `.tgme_widget_message_text` of its own, and so do link previews.
 */
const textSelector = selector([
  '.tgme_widget_message_bubble > .tgme_widget_message_text', // text posts and captions
  '.media_supported_cont > .tgme_widget_message_text', // captions under partly supported media
]);

/**
 * Telegram's public channel previews (`t.me/s/<channel>`) and post embeds (`?embed=1`):
 * server-rendered, stable `tgme_*` classes. The channel (the author to report) is
 * `.tgme_widget_message_owner_name`, and the date link
 * (`a.tgme_widget_message_date`, the permalink) wraps `time[datetime]`.
 */
export const telegramPreview: PlatformAdapter = {
  platform: 'telegram',
  matches: (url) =>
    (onDomain(url.hostname, 't.me') || onDomain(url.hostname, 'telegram.me')) &&
    (url.pathname.startsWith('/s/') || url.searchParams.has('embed')),
  postSelector,
  textRoot(post) {
    return post.querySelector(textSelector);
  },
  meta(post, pageUrl) {
    const owner = post.querySelector('.tgme_widget_message_owner_name');
    const channel = post.getAttribute('data-post')?.split('/')[0];
    const date = post.querySelector('a.tgme_widget_message_date');
    return {
      author: {
        name: textOf(owner),
        handle: asHandle(channel),
        url: hrefOf(owner, pageUrl),
      },
      permalink: hrefOf(date, pageUrl),
      postedAt: timeOf(date?.querySelector('time') ?? post.querySelector('.tgme_widget_message_date time')),
    };
  },
};

// Serves: https://t.me/s/<channel>, https://t.me/s/<channel>?before=*, https://t.me/s/<channel>?q=*,
// https://t.me/<channel>/<id>?embed=1, https://telegram.me/s/<channel>.
