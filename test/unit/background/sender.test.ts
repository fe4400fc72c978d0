import { describe, expect, it } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { classifySender } from '../../../src/background/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const tab = (url: string) => ({ id: 7, windowId: 1, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false });

describe('classifySender', () => {
  it.each<[string, Runtime.MessageSender, string]>([
    ['content script in a page', { id: ID, tab: tab('https://facebook.com/x'), frameId: 0, url: 'https://facebook.com/x', origin: 'https://facebook.com' } as Runtime.MessageSender, 'content'],
    ['content script in a sub-frame', { id: ID, tab: tab('https://forum.example/'), frameId: 3, url: 'https://ads.example/', origin: 'https://ads.example' } as Runtime.MessageSender, 'content'],
    ['popup (no tab)', { id: ID, url: `${ORIGIN}/src/ui/popup/index.html`, origin: ORIGIN } as Runtime.MessageSender, 'page'],
    ['history page open in a tab', { id: ID, tab: tab(`${ORIGIN}/src/ui/history/index.html`), frameId: 0, url: `${ORIGIN}/src/ui/history/index.html`, origin: ORIGIN } as Runtime.MessageSender, 'page'],
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', tab: tab('https://x.com/'), frameId: 0 } as Runtime.MessageSender, 'unknown'],
    ['no id at all', { tab: tab('https://x.com/'), frameId: 0 } as Runtime.MessageSender, 'unknown'],
    ['content script claiming the extension URL in sender.url', { id: ID, tab: tab('https://evil.example/'), frameId: 0, url: `${ORIGIN}/src/ui/popup/index.html`, origin: 'https://evil.example' } as Runtime.MessageSender, 'content'],
    ['no tab and a web origin', { id: ID, url: 'https://evil.example/', origin: 'https://evil.example' } as Runtime.MessageSender, 'unknown'],
  ])('%s', (_name, sender, kind) => {
    expect(classifySender(sender, ID, ORIGIN).kind).toBe(kind);
  });

  it('carries the tab and window of a content script', () => {
    const who = classifySender({ id: ID, tab: tab('https://t.me/s/x'), frameId: 0, origin: 'https://t.me' } as Runtime.MessageSender, ID, ORIGIN);
    expect(who).toEqual({ kind: 'content', tabId: 7, windowId: 1, frameId: 0 });
  });
});
