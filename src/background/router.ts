/**
 * The background's message router: classify the sender, validate the payload, then run
 * the handler. Cheapest checks first; a message that fails any check gets `{ok:false}`
 * and reaches no handler. Services are injected so the router is unit-testable.
 */
import type { Runtime } from 'webextension-polyfill';
import type { Engine } from '../engine/types';
import type { FlaggedItem } from '../shared/item';
import type { ContentConfig, FlagReply, PostRect } from '../shared/protocol';
import { parseContentMessage, parsePageMessage } from '../shared/messages';
import { ValidationError } from '../shared/validate';
import { buildItem } from './flag';
import { classifySender } from './sender';

export interface BackgroundServices {
  runtimeId: string;
  extensionOrigin: string;
  engine(): Promise<Engine>;
  /** Writes the item in one transaction; updates instead of duplicating. */
  saveFlag(item: FlaggedItem): Promise<{ created: boolean }>;
  /** Screenshot of the post; null when the browser refuses (the flag is still saved). */
  capture(windowId: number, rect: PostRect | null): Promise<Uint8Array | null>;
  contentConfig(pageUrl: string | undefined): Promise<ContentConfig>;
  setCounts(tabId: number, counts: { suspect: number; review: number; posts: number }): void;
  /** Settings changed: push a fresh config to every tab. */
  broadcastConfig(): Promise<void>;
  /** Ask a tab's content script to flag post `index` (popup flag). */
  flagInTab(tabId: number, index: number): Promise<FlagReply>;
  now(): Date;
}

export type RouterReply = unknown;

function failure(error: unknown): { ok: false; error: string } {
  if (error instanceof ValidationError) return { ok: false, error: `Rejected message: ${error.message}` };
  return { ok: false, error: error instanceof Error ? error.message : 'Unknown error' };
}

export function createRouter(services: BackgroundServices) {
  /** Flags in flight per tab+text: a double click must not capture twice. */
  const inFlight = new Map<string, Promise<FlagReply>>();

  async function flag(windowId: number, tabId: number, raw: ReturnType<typeof parseContentMessage> & { type: 'flag' }): Promise<FlagReply> {
    const key = `${tabId}|${raw.post.url}|${raw.post.text.length}|${raw.post.text.slice(0, 64)}`;
    const pending = inFlight.get(key);
    if (pending) return pending;
    const job = (async (): Promise<FlagReply> => {
      // Capture first: the post is on screen now. Hashing and cropping happen before the
      // database transaction opens, so nothing but IndexedDB work is awaited inside it.
      const screenshot = await services.capture(windowId, raw.rect).catch(() => null);
      const item = await buildItem(raw.post, await services.engine(), screenshot, services.now());
      const { created } = await services.saveFlag(item);
      return { ok: true, id: item.id, created, screenshot: Boolean(screenshot) };
    })();
    inFlight.set(key, job);
    try {
      return await job.catch((e: unknown) => failure(e));
    } finally {
      inFlight.delete(key);
    }
  }

  /** Handles one runtime message. Returns the reply (never throws). */
  return async function route(raw: unknown, sender: Runtime.MessageSender): Promise<RouterReply> {
    const who = classifySender(sender, services.runtimeId, services.extensionOrigin);
    try {
      if (who.kind === 'content') {
        const message = parseContentMessage(raw);
        switch (message.type) {
          case 'flag':
            return await flag(who.windowId, who.tabId, message);
          case 'page-counts':
            services.setCounts(who.tabId, message);
            return null;
          case 'get-config':
            return await services.contentConfig(sender.tab?.url);
        }
      }
      if (who.kind === 'page') {
        const message = parsePageMessage(raw);
        switch (message.type) {
          case 'settings-changed':
            await services.broadcastConfig();
            return null;
          case 'flag-from-popup':
            return await services.flagInTab(message.tabId, message.index);
        }
      }
      return { ok: false, error: 'Rejected message: unknown sender' };
    } catch (e) {
      return failure(e);
    }
  };
}
