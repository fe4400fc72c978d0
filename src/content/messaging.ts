import browser from 'webextension-polyfill';
import type { BackgroundToContent, ContentToBackground, Envelope, ReplyOf } from '../shared/protocol';

/** Sends a typed message to the background. */
export function sendToBackground<K extends keyof ContentToBackground>(
  message: Envelope<ContentToBackground, K>,
): Promise<ReplyOf<ContentToBackground, K>> {
  return browser.runtime.sendMessage(message) as Promise<ReplyOf<ContentToBackground, K>>;
}

type Handlers = {
  [K in keyof BackgroundToContent]: (
    message: Envelope<BackgroundToContent, K>,
  ) => Promise<ReplyOf<BackgroundToContent, K>> | ReplyOf<BackgroundToContent, K>;
};

/**
 * Listens for background/extension-page messages. Only our own extension can message a
 * content script, but the shape is still checked before dispatch.
 */
export function listenToBackground(handlers: Handlers, signal: AbortSignal): void {
  const listener = (raw: unknown, sender: browser.Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof raw !== 'object' || raw === null) return undefined;
    const type = (raw as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type as keyof Handlers] as (m: unknown) => unknown;
    return Promise.resolve(handler(raw));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
