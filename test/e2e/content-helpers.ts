// Helpers shared by the content-script e2e files (inpage, platforms) and bench/page.ts:
// the page summary as the popup asks for it, flags as the background's menu/shortcut
// handlers send them, IndexedDB reads and settings writes from an extension page.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/launch';

export interface Summary {
  url: string;
  platform: string;
  posts: { index: number; score: number; verdict: string; text: string; reasons: string[]; matches: { text: string; category: string }[] }[];
  counts: { posts: number; suspect: number; review: number };
  perf?: { busyMs: number; longestSliceMs: number; slices: number; scanned: number; firstHighlightMs: number | null; painted: number; startedAt: number };
}

/** The tab id of `page` (matched by URL, as the popup's tabs.query would). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url().replace(/#.*$/, '');
  return ext.sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url?.replace(/#.*$/, '') === u);
    if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

/** Sends a background → content message to the page's tab and returns the reply. */
export async function sendToTab<T>(ext: ExtensionBrowser, page: Page, message: Record<string, unknown>): Promise<T> {
  const tabId = await tabIdOf(ext, page);
  return ext.sw.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const) as Promise<T>;
}

/** The page summary (DESIGN.md §7.4), as the popup gets it. */
export function pageSummary(ext: ExtensionBrowser, page: Page): Promise<Summary> {
  return sendToTab<Summary>(ext, page, { type: 'page-summary' });
}

/** Polls the page summary until `ok` holds (the scan is time-sliced and asynchronous). */
export async function summaryWhen(ext: ExtensionBrowser, page: Page, ok: (s: Summary) => boolean, timeoutMs = 15_000): Promise<Summary> {
  const end = Date.now() + timeoutMs;
  let last: Summary | null = null;
  for (;;) {
    try {
      last = await pageSummary(ext, page);
      if (ok(last)) return last;
    } catch {
      // The content script is not there yet.
    }
    if (Date.now() > end) throw new Error(`summary condition not met; last: ${JSON.stringify(last?.counts)} ${last?.url}`);
    await page.waitForTimeout(100);
  }
}

/** Polls until the summary stops changing (same counts and scanned total twice in a row). */
export async function settled(ext: ExtensionBrowser, page: Page, minPosts = 1): Promise<Summary> {
  let prev = '';
  return summaryWhen(ext, page, (s) => {
    const key = JSON.stringify([s.counts, s.perf?.scanned, s.url]);
    const same = key === prev && s.counts.posts >= minPosts;
    prev = key;
    return same;
  });
}

/** An extension page used to read the store and write settings (real IndexedDB in the extension origin). */
export async function extensionPage(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('src/ui/history/index.html'));
  await page.waitForSelector('main[data-ready="true"]');
  return page;
}

/** Number of flagged items stored. */
export function storedItems(extPage: Page): Promise<{ id: string; text: string; url: string }[]> {
  return extPage.evaluate(
    () =>
      new Promise<{ id: string; text: string; url: string }[]>((resolve, reject) => {
        const open = indexedDB.open('tidemark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('items').objectStore('items').getAll();
          req.onsuccess = () => {
            db.close();
            resolve((req.result as { id: string; text: string; url: string }[]).map(({ id, text, url }) => ({ id, text, url })));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Patches the stored settings and tells the background, which pushes config to every tab. */
export async function patchSettings(extPage: Page, patch: Record<string, unknown>): Promise<void> {
  await extPage.evaluate(
    (p) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tidemark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          const get = store.get('settings');
          get.onsuccess = () => store.put({ ...(get.result as object | undefined), ...p }, 'settings');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    patch,
  );
  await extPage.evaluate(() => chrome.runtime.sendMessage({ type: 'settings-changed' }));
}

/** Total ranges registered under tidemark-* highlight names, per name. */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of CSS.highlights) if (name.startsWith('tidemark-')) out[name] = h.size;
    return out;
  });
}

/** Viewport centre of the first registered tidemark range inside an element matching `within` (or anywhere). */
export function firstHighlightPoint(page: Page, within?: string): Promise<{ x: number; y: number; name: string } | null> {
  return page.evaluate((sel) => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('tidemark-')) continue;
      for (const r of h) {
        const container = r.startContainer.parentElement;
        if (sel && !container?.closest(sel)) continue;
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const box = live.getClientRects()[0];
        if (!box || box.width === 0) continue;
        return { x: box.left + Math.min(box.width / 2, 6), y: box.top + box.height / 2, name };
      }
    }
    return null;
  }, within ?? null);
}
