import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createRouter, type BackgroundServices } from '../../../src/background/router';
import type { Engine, ScanResult } from '../../../src/engine/types';
import type { FlaggedItem } from '../../../src/shared/item';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const contentSender = { id: ID, tab: { id: 5, windowId: 2, url: 'https://social.example.com/feed' }, frameId: 0, origin: 'https://social.example.com' } as unknown as Runtime.MessageSender;
const pageSender = { id: ID, url: `${ORIGIN}/src/ui/popup/index.html`, origin: ORIGIN } as unknown as Runtime.MessageSender;

const RESULT: ScanResult = {
  score: 0.91,
  verdict: 'suspect',
  matches: [{ start: 0, end: 4, text: 'Boat', category: 'transport', term: 'boat', lang: 'en', weight: 0.5 }],
  reasons: ['offer + route'],
  cues: { transport: 0.5 },
  lang: 'en',
};
const engine: Engine = { scan: vi.fn(() => RESULT), lexiconVersion: 'test-1', size: 1 };

function services(over: Partial<BackgroundServices> = {}) {
  const saved: FlaggedItem[] = [];
  const s: BackgroundServices = {
    runtimeId: ID,
    extensionOrigin: ORIGIN,
    engine: async () => engine,
    saveFlag: vi.fn(async (item: FlaggedItem) => {
      saved.push(item);
      return { created: saved.length === 1 };
    }),
    capture: vi.fn(async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
    contentConfig: async () => ({ enabled: true, quiet: false, sensitivity: 0.5, customTerms: [] }),
    setCounts: vi.fn(),
    broadcastConfig: vi.fn(async () => undefined),
    flagInTab: vi.fn(async () => ({ ok: true as const, id: 'x', created: true, screenshot: true })),
    now: () => new Date('2026-11-28T10:00:00.000Z'),
    ...over,
  };
  return { s, saved };
}

const flagMessage = {
  type: 'flag',
  post: { url: 'https://social.example.com/feed', platform: 'facebook', author: { name: 'X' }, text: 'Boat to Italy', permalink: 'https://social.example.com/p/1' },
  rect: { x: 0, y: 0, width: 100, height: 100, devicePixelRatio: 1 },
  via: 'badge',
};

describe('background router', () => {
  it('flags: re-scans the text itself, hashes, stamps UTC and saves once', async () => {
    const { s, saved } = services();
    const reply = await createRouter(s)(flagMessage, contentSender);
    expect(reply).toMatchObject({ ok: true, created: true, screenshot: true });
    expect(saved).toHaveLength(1);
    const item = saved[0]!;
    expect(engine.scan).toHaveBeenCalledWith('Boat to Italy');
    expect(item.verdict).toBe('suspect');
    expect(item.lexiconVersion).toBe('test-1');
    expect(item.capturedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(item.evidence.textSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(item.evidence.screenshotSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(item.id).toMatch(/^tm-[0-9a-f]{24}$/);
    expect(item.screenshot).toBeInstanceOf(Blob);
  });

  it('ignores scores and matches a content script sends along', async () => {
    const { s, saved } = services();
    const forged = { ...flagMessage, score: 0, verdict: 'clear' };
    const reply = await createRouter(s)(forged, contentSender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/unexpected key/) });
    expect(saved).toHaveLength(0);
  });

  it('gives the same id for the same post, so a re-flag updates', async () => {
    const { s, saved } = services();
    const route = createRouter(s);
    await route(flagMessage, contentSender);
    await route(flagMessage, contentSender);
    expect(saved[0]!.id).toBe(saved[1]!.id);
  });

  it('saves the flag without a screenshot when the capture fails', async () => {
    const { s, saved } = services({ capture: async () => Promise.reject(new Error('cannot capture chrome:// pages')) });
    const reply = await createRouter(s)(flagMessage, contentSender);
    expect(reply).toMatchObject({ ok: true, screenshot: false });
    expect(saved[0]!.evidence.screenshotSha256).toBeUndefined();
    expect(saved[0]!.screenshot).toBeUndefined();
  });

  it('reports a storage failure as a clear error', async () => {
    const { s } = services({ saveFlag: async () => Promise.reject(new Error('Storage is full: free space or export and delete old items.')) });
    expect(await createRouter(s)(flagMessage, contentSender)).toEqual({ ok: false, error: 'Storage is full: free space or export and delete old items.' });
  });

  it('captures once when the same post is flagged twice at the same moment', async () => {
    const { s } = services();
    const route = createRouter(s);
    await Promise.all([route(flagMessage, contentSender), route(flagMessage, contentSender)]);
    expect(s.capture).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['another extension', { ...contentSender, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }],
    ['a sender without a tab or extension origin', { id: ID, url: 'https://evil.example/', origin: 'https://evil.example' }],
  ])('rejects messages from %s', async (_name, sender) => {
    const { s, saved } = services();
    const reply = await createRouter(s)(flagMessage, sender as Runtime.MessageSender);
    expect(reply).toEqual({ ok: false, error: 'Rejected message: unknown sender' });
    expect(saved).toHaveLength(0);
  });

  it('does not let a content script use page-only messages', async () => {
    const { s } = services();
    const reply = await createRouter(s)({ type: 'flag-from-popup', tabId: 1, index: 0 }, contentSender);
    expect(reply).toMatchObject({ ok: false });
    expect(s.flagInTab).not.toHaveBeenCalled();
  });

  it('updates the toolbar counts for the sending tab only', async () => {
    const { s } = services();
    await createRouter(s)({ type: 'page-counts', suspect: 3, review: 1, posts: 20 }, contentSender);
    expect(s.setCounts).toHaveBeenCalledWith(5, { type: 'page-counts', suspect: 3, review: 1, posts: 20 });
  });

  it('routes page messages from extension pages', async () => {
    const { s } = services();
    await createRouter(s)({ type: 'settings-changed' }, pageSender);
    expect(s.broadcastConfig).toHaveBeenCalled();
    await createRouter(s)({ type: 'flag-from-popup', tabId: 9, index: 2 }, pageSender);
    expect(s.flagInTab).toHaveBeenCalledWith(9, 2);
  });
});
