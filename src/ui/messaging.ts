import browser from 'webextension-polyfill';
import type { BackgroundToContent, Envelope, PageToBackground, ReplyOf } from '../shared/protocol';

/** Sends a typed message from an extension page to the background. */
export function sendToBackground<K extends keyof PageToBackground>(
  message: Envelope<PageToBackground, K>,
): Promise<ReplyOf<PageToBackground, K>> {
  return browser.runtime.sendMessage(message) as Promise<ReplyOf<PageToBackground, K>>;
}

/** Sends a typed message to a tab's content script. Rejects when none runs there. */
export function sendToTab<K extends keyof BackgroundToContent>(
  tabId: number,
  message: Envelope<BackgroundToContent, K>,
): Promise<ReplyOf<BackgroundToContent, K>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ReplyOf<BackgroundToContent, K>>;
}

/** The tab the popup was opened over. */
export async function activeTab(): Promise<browser.Tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}
