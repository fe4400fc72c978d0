/**
 * Who sent a runtime message. Decided from `sender.id`, `sender.tab` and the sender's
 * origin, never from a URL the message itself carries. `sender.url` of a content script
 * is the page's URL, which a compromised renderer could lie about, so a content script is
 * never trusted as an extension page.
 */
import type { Runtime } from 'webextension-polyfill';

export type SenderKind =
  | { kind: 'content'; tabId: number; windowId: number; frameId: number }
  | { kind: 'page' }
  | { kind: 'unknown' };

export function classifySender(sender: Runtime.MessageSender, runtimeId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== runtimeId) return { kind: 'unknown' };
  const origin = (sender as { origin?: string }).origin ?? (sender.url ? safeOrigin(sender.url) : undefined);
  if (origin === extensionOrigin && (!sender.tab || sender.frameId === 0 || sender.frameId === undefined)) {
    // Popup, history and settings pages. A tab may carry an extension page too (history opened as a tab).
    if (!sender.tab || sender.tab.url?.startsWith(`${extensionOrigin}/`)) return { kind: 'page' };
  }
  const tab = sender.tab;
  if (tab && typeof tab.id === 'number' && tab.id >= 0 && typeof sender.frameId === 'number' && origin !== extensionOrigin) {
    return { kind: 'content', tabId: tab.id, windowId: tab.windowId ?? -1, frameId: sender.frameId };
  }
  return { kind: 'unknown' };
}

function safeOrigin(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
