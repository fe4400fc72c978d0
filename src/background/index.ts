/**
 * Background service worker.
 *
 * MV3 rule: every listener is registered synchronously at the top level, so events that
 * wake a stopped worker reach it; handlers then await the single `ready` promise.
 *
 *   runtime.onMessage ──► router (sender + payload checks) ──► flag · counts · config
 *   contextMenus / commands ──► tabs.sendMessage('flag-here') ──► content script ──► flag
 */
import browser from 'webextension-polyfill';
import { createEngine } from '../engine';
import type { Engine } from '../engine/types';
import type { FlagReply } from '../shared/protocol';
import { createRouter } from './router';
import { capturePost } from './capture';
import { BackgroundStore } from './store-access';
import { contentConfigFor, customTermsAsEntries } from './config';

const MENU_FLAG = 'tidemark-flag';

const store = new BackgroundStore();
let engineCache: { key: string; engine: Engine } | null = null;

async function engine(): Promise<Engine> {
  const settings = await store.settings();
  const key = JSON.stringify([settings.sensitivity, settings.customTerms]);
  if (engineCache?.key !== key) {
    engineCache = { key, engine: createEngine({ sensitivity: settings.sensitivity, extraTerms: customTermsAsEntries(settings) }) };
  }
  return engineCache.engine;
}

function setCounts(tabId: number, counts: { suspect: number; review: number }): void {
  const text = counts.suspect > 0 ? String(counts.suspect) : '';
  void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#b42318' }).catch(() => undefined);
  void browser.action
    .setTitle({ tabId, title: `Tidemark: ${counts.suspect} suspect, ${counts.review} to review on this page` })
    .catch(() => undefined);
}

async function broadcastConfig(): Promise<void> {
  store.invalidate();
  const settings = await store.settings();
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.tabs.sendMessage(tab.id, { type: 'config-changed', ...contentConfigFor(settings, tab.url) }).catch(() => undefined),
    ),
  );
}

async function askTabToFlag(tabId: number, via: 'context-menu' | 'shortcut'): Promise<void> {
  const reply = (await browser.tabs.sendMessage(tabId, { type: 'flag-here', via }).catch(() => null)) as FlagReply | null;
  if (reply && !reply.ok) {
    // No page UI from here: show the reason on the action button for this tab.
    void browser.action.setTitle({ tabId, title: `Tidemark: ${reply.error}` }).catch(() => undefined);
  }
}

const route = createRouter({
  runtimeId: browser.runtime.id,
  extensionOrigin: new URL(browser.runtime.getURL('')).origin,
  engine,
  saveFlag: (item) => store.saveFlag(item),
  capture: (windowId, rect) => capturePost(windowId, rect),
  contentConfig: async (url) => contentConfigFor(await store.settings(), url),
  setCounts,
  broadcastConfig,
  flagInTab: async (tabId, index) =>
    ((await browser.tabs.sendMessage(tabId, { type: 'flag-post', index }).catch((e: unknown) => ({
      ok: false,
      error: e instanceof Error ? e.message : 'The page did not answer.',
    }))) as FlagReply),
  now: () => new Date(),
});

// ───── listeners: synchronous, top level ─────

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => route(raw, sender));

browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_FLAG,
      title: 'Flag post with Tidemark',
      contexts: ['page', 'selection', 'link', 'image'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  }).catch(() => undefined);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_FLAG && tab?.id !== undefined) void askTabToFlag(tab.id, 'context-menu');
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'flag-post') return;
  void (async () => {
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id !== undefined) await askTabToFlag(target.id, 'shortcut');
  })();
});

