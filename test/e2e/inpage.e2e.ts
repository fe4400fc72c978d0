// In-page behaviour of the content script in real Chromium with the built extension:
// highlights and the hover tooltip, badges and their trusted-only Flag button (click and
// keyboard), clickjacking and synthetic-event refusals, context-menu and shortcut flagging
// through the background's own message path, incremental scanning (appends, edits), SPA
// navigation, scroll-to, the toolbar count, and quiet mode leaving the DOM byte-identical.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/server';
import { launchExtension, type ExtensionBrowser } from '../../scripts/lib/launch';
import { centreOf, clickByRole, findByRole, waitForRole } from '../../scripts/lib/a11y';
import {
  extensionPage, firstHighlightPoint, highlightCounts, pageSummary, patchSettings, sendToTab, settled,
  storedItems, summaryWhen, tabIdOf,
} from './content-helpers';

const root = resolve(import.meta.dirname, '../..');
const AD = 'Boat from Izmir to Lesbos leaving tonight, last 3 places. 2500 euro per person, pay on arrival. WhatsApp +90 555 010 2233';
const AD2 = 'Trips to Italy from Libya by boat, guaranteed crossing, 3000 dollars, pay on arrival, contact on Telegram @example_sea_trips';
const BENIGN = 'Lovely weather at the harbour today, we had fish and chips with the kids.';

/** A small generic feed page (articles), generated for the SPA test. */
function feedPage(posts: string[]): string {
  const items = posts.map((t, i) => `<article data-n="${i}"><p class="author">Author ${i}</p><div class="body">${t}</div></article>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>feed</title></head><body><main id="feed">\n${items}\n</main></body></html>`;
}

let server: StaticServer;
let ext: ExtensionBrowser;
let feed: Page;
let extPage: Page;
let genDir: string;

async function badgeCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('tidemark-badge').length);
}

/** Centre of an element's first text line, scrolled into view (for trusted mouse input). */
async function pointIn(page: Page, selector: string): Promise<{ x: number; y: number }> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const r = document.createRange();
    r.selectNodeContents(el);
    const box = r.getClientRects()[0]!;
    return { x: box.left + 10, y: box.top + box.height / 2 };
  }, selector);
}

beforeAll(async () => {
  genDir = mkdtempSync(resolve(root, '.e2e-tmp/gen-'));
  writeFileSync(resolve(genDir, 'spa.html'), feedPage([AD, BENIGN]));
  writeFileSync(resolve(genDir, 'quiet.html'), feedPage([AD, BENIGN, AD2]));
  server = await serveStatic({ '/demo/': resolve(root, 'demo'), '/gen/': genDir });
  ext = await launchExtension();
  extPage = await extensionPage(ext);
  feed = await ext.context.newPage();
  await feed.goto(`${server.origin}/demo/feed.html`);
  await feed.waitForFunction(() => document.querySelectorAll('tidemark-badge').length > 0, null, { timeout: 15_000 });
  await settled(ext, feed, 12);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (genDir) rmSync(genDir, { recursive: true, force: true });
});

describe('highlights, tooltip, summary', () => {
  it('registers one highlight per cue category and nothing for clear posts', async () => {
    const counts = await highlightCounts(feed);
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(4);
    expect(Object.values(counts).every((n) => n > 0)).toBe(true);
    // The asylum question (clear) has no range painted in it.
    const inClear = await firstHighlightPoint(feed, 'article[data-post-id="p9"]');
    expect(inClear).toBeNull();
  });

  it('shows a tooltip with the category and why it matters when hovering a match', async () => {
    await feed.locator('article[data-post-id="p1"] .body').scrollIntoViewIfNeeded();
    const point = await firstHighlightPoint(feed, 'article[data-post-id="p1"]');
    expect(point).not.toBeNull();
    await feed.mouse.move(point!.x - 40, point!.y + 200);
    await feed.mouse.move(point!.x, point!.y, { steps: 3 });
    const name = await waitForRole(feed, 'tooltip', /^Tidemark cue: /, 5_000);
    expect(name.length).toBeGreaterThan('Tidemark cue: '.length);
    const tip = await feed.evaluate(() => {
      const host = document.querySelector('tidemark-tip') as HTMLElement | null;
      return host ? { open: host.hasAttribute('data-open'), shadow: host.shadowRoot } : null;
    });
    expect(tip).toEqual({ open: true, shadow: null }); // closed shadow root
    // Moving off the text hides it again.
    await feed.mouse.move(5, 880);
    await expect.poll(() => feed.evaluate(() => document.querySelector('tidemark-tip')?.hasAttribute('data-open'))).toBe(false);
  });

  it('keeps the toolbar count equal to the number of suspect posts', async () => {
    const summary = await pageSummary(ext, feed);
    const tabId = await tabIdOf(ext, feed);
    const text = await ext.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(text).toBe(String(summary.counts.suspect));
  });

  it('scroll-to brings a post of the summary into view', async () => {
    await feed.evaluate(() => window.scrollTo(0, 0));
    const summary = await pageSummary(ext, feed);
    const last = summary.posts.at(-1)!;
    expect(await sendToTab(ext, feed, { type: 'scroll-to', index: last.index })).toBe(true);
    await expect.poll(() => feed.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    // the scroll is smooth: let it end, so the next test's coordinates stay valid
    await scrollSettled(feed);
  });
});

describe('flagging: only trusted, visible, deliberate input counts', () => {
  it('synthetic clicks, pointer and key events from the page flag nothing', async () => {
    // At each Flag button (the page can reach only our host there, never the button in the
    // closed shadow root), a page script fires everything it can at the host and at what is under the point.
    await scrollSettled(feed);
    for (const button of await findByRole(feed, 'button', /^Flag this post/)) {
      const point = await centreOf(feed, button.backendNodeId);
      await feed.evaluate(({ x, y }) => {
        const under = document.elementFromPoint(x, y);
        const host = under?.closest('tidemark-badge');
        if (!host) throw new Error('no badge under its Flag button');
        for (const target of [host, under!]) {
          target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: x, clientY: y }));
          target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, clientX: x, clientY: y }));
          target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y, detail: 1 }));
          for (const key of ['Enter', ' ']) {
            target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
            target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
          }
          (target as HTMLElement).click?.();
        }
      }, point);
    }
    await feed.waitForTimeout(1500);
    expect(await storedItems(extPage)).toHaveLength(0);
    expect(await findByRole(feed, 'button', /^Flagged/)).toHaveLength(0);
  });

  it('a trusted click on a badge made transparent by the page flags nothing', async () => {
    await feed.evaluate(() => {
      document.querySelector('article[data-post-id="p1"]')!.setAttribute('style', 'opacity: 0.3');
    });
    await clickByRole(feed, 'button', /^Flag this post/);
    await feed.waitForTimeout(1000);
    expect(await storedItems(extPage)).toHaveLength(0);
    await feed.evaluate(() => document.querySelector('article[data-post-id="p1"]')!.removeAttribute('style'));
  });

  it('the keyboard (focus + Enter) flags a post', async () => {
    const [button] = await findByRole(feed, 'button', /^Flag this post/);
    const cdp = await feed.context().newCDPSession(feed);
    await cdp.send('DOM.enable');
    await cdp.send('DOM.getDocument', { depth: 0 });
    await cdp.send('DOM.focus', { backendNodeId: button!.backendNodeId });
    await cdp.detach();
    await feed.keyboard.press('Enter');
    await waitForRole(feed, 'button', /^Flagged/, 20_000);
    await expect.poll(async () => (await storedItems(extPage)).length, { timeout: 10_000 }).toBe(1);
  });

  it('the context menu path flags the post under the last right-click', async () => {
    const at = await pointIn(feed, 'article[data-post-id="p3"] .body');
    await feed.mouse.click(at.x, at.y, { button: 'right' });
    await feed.keyboard.press('Escape');
    const reply = await sendToTab<{ ok: boolean }>(ext, feed, { type: 'flag-here', via: 'context-menu' });
    expect(reply).toMatchObject({ ok: true, created: true });
    const items = await storedItems(extPage);
    expect(items).toHaveLength(2);
    expect(items.some((i) => i.text.includes('تهريب من ليبيا'))).toBe(true);
  });

  it('the context menu path flags the post holding the selection', async () => {
    await feed.mouse.move(2, 2); // not over any post
    await feed.evaluate(() => {
      const body = document.querySelector('article[data-post-id="p12"] .body')!;
      const r = document.createRange();
      r.setStart(body.firstChild!, 0);
      r.setEnd(body.firstChild!, 12);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      document.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true })); // untrusted: ignored
    });
    // The last trusted right-click was on another post (p3): selected text wins, as the
    // menu's "selection" context says.
    expect(await feed.evaluate(() => getSelection()!.toString())).toBe('Pasamos a Es');
    const reply = await sendToTab<{ ok: boolean }>(ext, feed, { type: 'flag-here', via: 'context-menu' });
    expect(reply).toMatchObject({ ok: true });
    expect((await storedItems(extPage)).some((i) => i.text.includes('Pasamos a Estados Unidos'))).toBe(true);
    await feed.evaluate(() => getSelection()!.removeAllRanges());
  });

  it('the shortcut path flags the post under the pointer', async () => {
    const before = (await storedItems(extPage)).length;
    const at = await pointIn(feed, 'article[data-post-id="p5"] .body');
    await feed.mouse.move(at.x, at.y, { steps: 2 });
    await feed.waitForTimeout(100);
    const reply = await sendToTab<{ ok: boolean }>(ext, feed, { type: 'flag-here', via: 'shortcut' });
    expect(reply).toMatchObject({ ok: true, created: true });
    const items = await storedItems(extPage);
    expect(items).toHaveLength(before + 1);
  });

  it('the shortcut with the pointer on no post and no selection flags nothing and says why', async () => {
    await feed.mouse.move(3, 3);
    await feed.waitForTimeout(100);
    const before = (await storedItems(extPage)).length;
    const reply = await sendToTab<{ ok: boolean; error?: string }>(ext, feed, { type: 'flag-here', via: 'shortcut' });
    expect(reply.ok).toBe(false);
    expect(reply.error).toMatch(/No post/);
    expect(await storedItems(extPage)).toHaveLength(before);
  });
});

describe('incremental scanning', () => {
  it('scans posts appended by infinite scroll ("Load more posts")', async () => {
    const before = await pageSummary(ext, feed);
    await feed.click('#more');
    const after = await summaryWhen(ext, feed, (s) => s.counts.posts === before.counts.posts + 1);
    expect(after.posts.some((p) => p.verdict === 'suspect' && p.text.includes('Small boat to UK'))).toBe(true);
    await expect.poll(() => feed.evaluate(() => document.querySelector('#feed > article:last-of-type > tidemark-badge') !== null)).toBe(true);
    // Many posts appended in one go by page script are scanned too.
    await feed.evaluate((text) => {
      const main = document.getElementById('feed')!;
      for (let i = 0; i < 40; i++) {
        const a = document.createElement('article');
        const b = document.createElement('div');
        b.className = 'body';
        b.textContent = i % 10 === 0 ? `${text} #${i}` : `Harbour notes ${i}: market day, fresh bread and coffee.`;
        a.append(b);
        main.append(a);
      }
    }, AD);
    const more = await summaryWhen(ext, feed, (s) => s.counts.posts === after.counts.posts + 40);
    expect(more.counts.suspect).toBe(after.counts.suspect + 4);
  });

  it('rescans a post whose text changes (benign → ad gets a badge; ad → benign loses it)', async () => {
    const sel = 'article[data-post-id="p9"]';
    expect(await feed.evaluate((s) => document.querySelector(`${s} > tidemark-badge`) !== null, sel)).toBe(false);
    await feed.evaluate(([s, text]) => {
      document.querySelector(`${s} .body`)!.textContent = text;
    }, [sel, AD2] as const);
    await expect.poll(() => feed.evaluate((s) => document.querySelector(`${s} > tidemark-badge`) !== null, sel), { timeout: 10_000 }).toBe(true);
    // An edit of a text node's data (characterData) is seen too.
    await feed.evaluate(([s, text]) => {
      (document.querySelector(`${s} .body`)!.firstChild as Text).data = text;
    }, [sel, BENIGN] as const);
    await expect.poll(() => feed.evaluate((s) => document.querySelector(`${s} > tidemark-badge`) !== null, sel), { timeout: 10_000 }).toBe(false);
    const summary = await pageSummary(ext, feed);
    expect(summary.posts.some((p) => p.text.includes('Trips to Italy from Libya'))).toBe(false);
  });
});

describe('SPA navigation', () => {
  it('follows pushState + a replaced feed, and popstate back', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/gen/spa.html`);
    const first = await summaryWhen(page === page ? ext : ext, page, (s) => s.counts.posts === 2 && s.counts.suspect === 1);
    expect(first.posts[0]!.text).toContain('Izmir');
    // The page's router: new URL, new feed content (same elements for one post, new for the rest).
    await page.evaluate(([ad2, benign]) => {
      history.pushState({}, '', '/gen/spa.html?route=channel');
      const main = document.getElementById('feed')!;
      main.replaceChildren();
      for (const t of [benign, ad2, benign + ' Again.']) {
        const a = document.createElement('article');
        a.textContent = t;
        main.append(a);
      }
    }, [AD2, BENIGN] as const);
    const second = await summaryWhen(ext, page, (s) => s.url.endsWith('?route=channel') && s.counts.posts === 3);
    expect(second.counts.suspect).toBe(1);
    expect(second.posts.map((p) => p.text).join('|')).toContain('Trips to Italy');
    expect(second.posts.map((p) => p.text).join('|')).not.toContain('Izmir');
    expect(await badgeCount(page)).toBe(1);
    // Back: popstate, the page re-renders the first route.
    await page.evaluate(() => history.back());
    await summaryWhen(ext, page, (s) => s.url.endsWith('/gen/spa.html') && s.counts.posts === 3);
    await page.close();
  });
});

describe('quiet mode', () => {
  it('changes nothing in the page, even for appended posts, and still reports in the summary', async () => {
    await patchSettings(extPage, { quietMode: true });
    // The decorated demo feed loses every badge and highlight.
    await expect.poll(() => badgeCount(feed), { timeout: 10_000 }).toBe(0);
    expect(await feed.evaluate(() => CSS.highlights.size)).toBe(0);

    const page = await ext.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { before: string }).before = document.documentElement.outerHTML;
      });
    });
    await page.goto(`${server.origin}/gen/quiet.html`);
    const summary = await summaryWhen(ext, page, (s) => s.counts.posts === 3 && s.counts.suspect === 2);
    expect(summary.posts).toHaveLength(2);
    // Hovering where a match is and moving about adds nothing either.
    const at = await pointIn(page, 'article[data-n="0"] .body');
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await page.waitForTimeout(200);
    const same = await page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { before: string }).before);
    expect(same).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // An appended ad is scanned (summary) and still nothing changes in the page.
    await page.evaluate((text) => {
      const a = document.createElement('article');
      a.textContent = text;
      document.getElementById('feed')!.append(a);
      (window as unknown as { before: string }).before = document.documentElement.outerHTML;
    }, AD2);
    await summaryWhen(ext, page, (s) => s.counts.posts === 4 && s.counts.suspect === 3);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { before: string }).before)).toBe(true);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    // Flagging still works from browser-owned UI (the shortcut path) without touching the page.
    const p2 = await pointIn(page, 'article[data-n="2"] .body');
    await page.mouse.move(p2.x, p2.y);
    await page.waitForTimeout(100);
    const reply = await sendToTab<{ ok: boolean }>(ext, page, { type: 'flag-here', via: 'shortcut' });
    expect(reply).toMatchObject({ ok: true });
    expect(await page.evaluate(() => document.documentElement.outerHTML === (window as unknown as { before: string }).before)).toBe(true);
    await page.close();

    await patchSettings(extPage, { quietMode: false });
    await expect.poll(() => badgeCount(feed), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});

/** Resolves once the page has not scrolled for two consecutive readings 100 ms apart. */
async function scrollSettled(page: Page): Promise<void> {
  let last = await page.evaluate(() => window.scrollY);
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(() => window.scrollY);
    if (now === last) return;
    last = now;
  }
  throw new Error('the page kept scrolling');
}
