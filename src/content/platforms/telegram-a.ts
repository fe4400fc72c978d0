import { routeHandle } from './telegram-k';
import { firstOf, selector, textOf, type PlatformAdapter } from './types';

const postSelector = selector([
  '.Message[data-message-id]', // one message (its inner `.bottom-marker` repeats the id, hence `.Message`)
]);

/** The message text (the reply quote is an `.EmbeddedMessage` beside it); in priority order. */
const textSelectors = [
  '.text-content .translatable-message', // the text alone, where the build wraps it for translation
  '.text-content', // text plus the in-text `.MessageMeta` (views, signature, time)
];

/** The chat's title in the middle column's header: the sender of channel posts. */
const chatTitleSelectors = [
  '.MiddleHeader .ChatInfo .fullName', // 2024–2026
  '.MiddleHeader .ChatInfo .title', // older builds
];

/**
 * Telegram Web A (web.telegram.org/a/, the `telegram-tt` client). A message is
 * `div#message<id>.Message.message-list-item[data-message-id]`; `.message-title-name` names
 * the sender in groups (in channels the sender is the chat, named in the header), and
 * `.message-time` shows the time (its `title` gets the full date only once hovered).
 */
export const telegramWebA: PlatformAdapter = {
  platform: 'telegram',
  matches: (url) => url.hostname === 'web.telegram.org' && /^\/[az](\/|$)/.test(url.pathname),
  postSelector,
  textRoot(post) {
    return firstOf(post, textSelectors);
  },
  meta(post, pageUrl) {
    const sender = textOf(post.querySelector('.message-title-name'));
    const chat = textOf(firstOf(post.ownerDocument.documentElement, chatTitleSelectors));
    const handle = routeHandle(pageUrl);
    const id = post.getAttribute('data-message-id');
    const time = post.querySelector('.message-time');
    return {
      author: sender ? { name: sender } : { name: chat, handle },
      // A public channel's posts have t.me links: https://t.me/<username>/<message id>.
      permalink: handle && id && /^\d+$/.test(id) ? `https://t.me/${handle.slice(1)}/${id}` : undefined,
      postedAt: time?.getAttribute('title')?.split('\n')[0]?.trim() || textOf(time, 64),
    };
  },
};

// Serves: https://web.telegram.org/a/ and its routes https://web.telegram.org/a/#@<channel>,
// https://web.telegram.org/a/#-100<id>; https://web.telegram.org/z/ (its former path).
