import { asHandle, firstOf, isoFromEpoch, selector, textOf, type PlatformAdapter } from './types';

const postSelector = selector([
  '.bubble[data-mid]:not(.service)', // one message (service bubbles: "X joined", date separators)
]);

/** The message text, without the time, views and reactions that share `.message`; in priority order. */
const textSelectors = [
  '.translatable-message', // the text itself (2024+ builds wrap it for translation)
  '.message', // older builds: text plus the inline time and views
];

/** The public username in a `#@name` route, as `@name`. */
export function routeHandle(pageUrl: URL): string | undefined {
  return asHandle(/^#@(\w{4,32})$/.exec(pageUrl.hash)?.[1]);
}

/**
 * Telegram Web K (web.telegram.org/k/, the `tweb` client). Each message is a
 * `.bubble[data-mid][data-peer-id][data-timestamp]`; in groups `.name .peer-title` names the
 * sender. There is no permalink in the DOM: message ids are client-local and the route
 * (`#@name`, `#-100…`) names only the chat.
 */
export const telegramWebK: PlatformAdapter = {
  platform: 'telegram',
  matches: (url) => url.hostname === 'web.telegram.org' && /^\/k(\/|$)/.test(url.pathname),
  postSelector,
  textRoot(post) {
    return firstOf(post, textSelectors);
  },
  meta(post, pageUrl) {
    // In groups the first bubble of a run names the sender for the whole `.bubbles-group`; in
    // channels and private chats the sender is the chat itself, named in the top bar, and a
    // `#@name` route gives its public username.
    const sender = textOf(post.querySelector('.name .peer-title') ?? post.closest('.bubbles-group')?.querySelector('.name .peer-title'));
    const chat = textOf(post.ownerDocument.querySelector('.chat-info .peer-title'));
    return {
      author: sender ? { name: sender } : { name: chat, handle: routeHandle(pageUrl) },
      postedAt: isoFromEpoch(post.getAttribute('data-timestamp')),
    };
  },
};

// Serves: https://web.telegram.org/k/ and its routes https://web.telegram.org/k/#@<channel>,
// https://web.telegram.org/k/#-100<id> (channels, groups and private chats).
