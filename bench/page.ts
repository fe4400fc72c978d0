/**
 * In-page benchmarks (DESIGN.md §7.3; issue 4 targets) in real Chromium with the BUILT
 * extension (dist/; run `npx vite build` first) on generated feeds of 1,000 and 5,000 posts
 * in Facebook-like, X-like and Telegram-Web-K-like markup, ~5 % ads.
 *
 * Pages: generated in memory and fulfilled by Playwright for the platform's real URL
 * (facebook.com/groups/…, x.com/search…, web.telegram.org/k/…), so the content script picks
 * the real adapter by hostname; nothing leaves the machine (every other request is aborted).
 *
 * How the extension's main-thread time is measured: the content script measures itself.
 * The scanner times every slice (collect text + engine scan + ranges + highlight + badge) and
 * returns the totals in the `perf` field of its page-summary reply, which only the extension
 * (here: its service worker) can ask for. No `performance.mark` is emitted: marks land on the
 * page's own performance timeline, where a page could detect the extension. A PerformanceObserver
 * ('longtask', in the page) cross-checks: long tasks that start after the scanner started.
 *
 * Lines (ms unless stated; "ratio" = baseline / Tidemark, i.e. how many times faster):
 *   <dialect>-<n> scan-total        all slices until idle (full scan + highlight + badges); like every timing
 *                                   below, the median of LOADS fresh page loads (-min/-max: the spread);
 *                                   longest-slice, engine-compile-slice and long-tasks are the worst load
 *   <dialect>-<n> first-highlight   scanner start → first range registered
 *   <dialect>-<n> on-screen-done    scanner start → end of the slice that scanned the posts on screen (visible-first)
 *   <dialect>-<n> engine-share      the part of scan-total spent inside engine.scan (the rest is the content script's own work)
 *   <dialect>-<n> content-side      scan-total minus engine-share: DOM walk, ranges, badges, bookkeeping
 *   <dialect>-<n> engine-compile    engine build + warm-up in the page, in short tasks before the first slice (not in scan-total)
 *   <dialect>-<n> engine-compile-slice  the longest of those tasks
 *   <dialect>-<n> longest-slice     longest task of the extension (self-measured)
 *   <dialect>-<n> long-tasks        page 'longtask' entries (≥ 50 ms) after scanner start (count)
 *   <dialect>-<n> per-appended-post busy time for 200 appended posts / 200
 *   <dialect>-<n> highlight-paint   extra frame time when all highlights are registered at once, per 1,000 posts
 *   <dialect>-<n> main-thread-after-load  the page's main-thread time from 'load' until the scan settled (CDP
 *                                   TaskDuration): the engine build, the scan, and the frames our badges and
 *                                   highlights cost (the static page does nothing by itself then); plus the
 *                                   bench's own page-summary polling
 *   <dialect>-<n> layout-after-load the style + layout part of it
 *   x-5000 heap-growth              JS heap (after GC) with the extension scanning minus paused, MB
 *   x-1000 quiet-nodes-added        nodes added to the page in quiet mode (must be 0)
 *   facebook-<n> markjs-regexp      mark.js markRegExp(one alternation of the lexicon), baseline+ratio (medians of
 *                                   as many fresh loads as scan-total)
 *   facebook-1000 markjs-array-200  mark.js mark(first 200 phrases), baseline+ratio
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { LEXICON } from '../src/engine/lexicon';
import { launchExtension, type ExtensionBrowser } from '../scripts/lib/launch';
import { extensionPage, patchSettings, settled, summaryWhen, type Summary } from '../test/e2e/content-helpers';
import { prng, round, type BenchLine } from './lib';

const root = resolve(import.meta.dirname, '..');
const MARKJS = resolve(root, 'node_modules/mark.js/dist/mark.min.js');

export type Dialect = 'facebook' | 'x' | 'telegram';
export const URLS: Record<Dialect, (n: number) => string> = {
  facebook: (n) => `https://www.facebook.com/groups/bench${n}/`,
  x: (n) => `https://x.com/search?q=bench${n}&f=live`,
  telegram: (n) => `https://web.telegram.org/k/bench${n}/`,
};

const FILLER = [
  'the and for with this that from have will your today family photo good morning friends happy weekend market new city',
  'le la les des une pour avec dans sur demain bonjour famille voiture maison travail merci beaucoup',
  'el la los para con una por hoy mañana familia casa trabajo gracias amigos fiesta',
  'في من على هذا مع كل اليوم عائلة صباح الخير شكرا جميل بيت عمل سيارة',
  'از به با این که برای امروز خانواده صبح بخیر ممنون خانه کار ماشین',
  'bir ve ile bu için bugün aile günaydın teşekkürler ev iş araba',
].map((l) => l.split(' '));

const ADS = [
  'Boat from Izmir to Lesbos leaving tonight, last 3 places. 2500 euro per person, pay on arrival. WhatsApp +90 555 010 2233',
  'تهريب من ليبيا إلى إيطاليا رحلة مضمونة السعر ٣٥٠٠ دولار للشخص والدفع عند الوصول واتساب ٠٠٢١٨ ٥٥٥ ١٢٣',
  'انتقال از ترکیه به یونان با قایق ۱۰۰٪ تضمینی پول پیش صراف امانت تماس تلگرام',
  "Yunanistan'a garantili geçiş, kişi başı 2500 euro, ödeme varınca. WhatsApp +90 555 010 4455",
  'Pasamos a Estados Unidos con coyote de confianza, cruce seguro. Pago al llegar. WhatsApp +52 555 010 9090',
];

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Post texts: ~5 % ads, the rest filler in several scripts (deterministic). */
function texts(n: number, seed: number): string[] {
  const rnd = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (rnd() < 0.05) {
      out.push(ADS[Math.floor(rnd() * ADS.length)]!);
      continue;
    }
    const lang = FILLER[Math.floor(rnd() * FILLER.length)]!;
    const words: string[] = [];
    const len = 15 + Math.floor(rnd() * 50);
    for (let w = 0; w < len; w++) words.push(lang[Math.floor(rnd() * lang.length)]!);
    out.push(`${words.join(' ')} #${i}`);
  }
  return out;
}

/** One post in the dialect's markup (the attributes and nesting the real sites use). */
function post(d: Dialect, i: number, text: string): string {
  const t = esc(text);
  switch (d) {
    case 'facebook':
      return `<div aria-posinset="${i + 1}" aria-setsize="-1" class="x1a2a7pz"><div class="x1yztbdb"><div><h3><span><a href="https://www.facebook.com/example_${i}" role="link"><strong><span>Account ${i}</span></strong></a></span></h3><span><a href="https://www.facebook.com/groups/1/posts/${1000 + i}/" role="link"><span>${i % 23 + 1}h</span></a></span></div><div data-ad-rendering-role="story_message" dir="auto"><div class="xdj266r"><div dir="auto" style="text-align:start">${t}</div></div></div><div class="x1n2onr6"><span aria-label="Like" role="button">Like</span><span role="button">Comment</span><span role="button">Share</span></div></div></div>`;
    case 'x':
      return `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="0"><div class="css-175oi2r"><div data-testid="User-Name"><a href="/example_${i}" role="link"><span>Account ${i}</span></a><a href="/example_${i}" role="link"><span>@example_${i}</span></a><a href="/example_${i}/status/${1900000000000000000 + i}" role="link"><time datetime="2026-11-20T10:00:00.000Z">Nov 20</time></a></div><div data-testid="tweetText" dir="auto" lang="en"><span>${t}</span></div><div role="group"><button data-testid="reply">1</button><button data-testid="retweet">2</button><button data-testid="like">3</button></div></div></article></div>`;
    case 'telegram':
      return `<div class="bubble channel-post" data-mid="${10000 + i}" data-peer-id="-100123" data-timestamp="${1763000000 + i * 60}"><div class="bubble-content-wrapper"><div class="bubble-content"><div class="message spoilers-container" dir="auto"><span class="translatable-message">${t}</span><span class="time"><span class="i18n">12:${String(i % 60).padStart(2, '0')}</span></span></div></div></div></div>`;
  }
}

export function feedHtml(d: Dialect, n: number): string {
  const body = texts(n, 7 + n).map((t, i) => post(d, i, t)).join('\n');
  const wrap = d === 'facebook' ? `<div role="feed">${body}</div>` : d === 'x' ? `<section aria-labelledby="h"><div>${body}</div></section>` : `<div class="bubbles"><div class="bubbles-inner"><section class="bubbles-date-group">${body}</section></div></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench ${d} ${n}</title><style>body{font:15px/1.4 system-ui;margin:0 auto;max-width:680px}</style></head><body><main id="feed" role="main">${wrap}</main></body></html>`;
}

/** HTML of `count` more posts for an append, starting at index `from`. */
export function more(d: Dialect, from: number, count: number): string {
  return texts(count, 99 + from).map((t, i) => post(d, from + i, t)).join('');
}

interface Perf {
  busyMs: number;
  longestSliceMs: number;
  firstHighlightMs: number | null;
  engineMs?: number;
  compileMs?: number;
  compileSliceMs?: number;
  visibleMs?: number | null;
  scanned: number;
  painted: number;
  startedAt: number;
}

/** The page's main-thread time so far (all tasks) and its style + layout part, ms (CDP Performance metrics). */
async function mainThreadMs(cdp: CDPSession): Promise<{ tasks: number; layout: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { tasks: get('TaskDuration'), layout: get('LayoutDuration') + get('RecalcStyleDuration') };
}

/** Waits until two more frames were rendered. */
const twoFrames = (page: Page) => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

async function openFeed(ext: ExtensionBrowser, url: string, n: number): Promise<{ page: Page; summary: Summary; after: { tasks: number; layout: number } }> {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { timeout: 60_000 });
  // The page's own first layout is done by 'load'; what follows is ours (badges, highlights).
  const before = await mainThreadMs(cdp);
  const summary = await settledAt(ext, page, n);
  await twoFrames(page);
  const end = await mainThreadMs(cdp);
  await cdp.detach();
  return { page, summary, after: { tasks: end.tasks - before.tasks, layout: end.layout - before.layout } };
}

/** Polls until the scanner has seen `n` posts and is idle (two identical summaries). */
async function settledAt(ext: ExtensionBrowser, page: Page, n: number): Promise<Summary> {
  await summaryWhen(ext, page, (s) => s.counts.posts >= n, 60_000);
  return settled(ext, page, n);
}

/** Median extra frame time when every tidemark highlight is registered at once. */
async function paintCost(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const ours = [...CSS.highlights].filter(([name]) => name.startsWith('tidemark-'));
    const sample = async (on: boolean) => {
      for (const [name] of ours) CSS.highlights.delete(name);
      await frame();
      await frame();
      const t0 = performance.now();
      if (on) for (const [name, h] of ours) CSS.highlights.set(name, h);
      await frame();
      return performance.now() - t0;
    };
    const diffs: number[] = [];
    for (let i = 0; i < 7; i++) diffs.push((await sample(true)) - (await sample(false)));
    for (const [name, h] of ours) CSS.highlights.set(name, h);
    return Math.max(0, diffs.toSorted((a, b) => a - b)[3]!);
  });
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

/** Lexicon phrases for mark.js: wildcard-free, de-duplicated, longest first. */
function phrases(): string[] {
  const set = new Set<string>();
  for (const e of LEXICON) {
    const t = e.term.replace(/\*/g, '').trim();
    if (t.length >= 2) set.add(t);
  }
  return [...set].toSorted((a, b) => b.length - a.length);
}

/** mark.js in the same (paused-extension) page: markRegExp with one alternation, or mark(array). */
async function markJs(page: Page, mode: 'regexp' | 'array', terms: string[]): Promise<number> {
  await page.addScriptTag({ path: MARKJS });
  return page.evaluate(
    ([m, list]) =>
      new Promise<number>((ok) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => { markRegExp(r: RegExp, o: object): void; mark(a: string[], o: object): void } }).Mark;
        const instance = new Mark(document.querySelector('#feed')!);
        const t0 = performance.now();
        const done = () => ok(performance.now() - t0);
        if (m === 'regexp') {
          const source = list.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
          instance.markRegExp(new RegExp(source, 'giu'), { done });
        } else {
          instance.mark(list, { separateWordSearch: false, diacritics: false, done });
        }
      }),
    [mode, terms] as const,
  );
}

/** Serves `html` at `url` in the browser context; every other request is aborted. */
export async function serveOnly(ext: ExtensionBrowser, url: string, html: string): Promise<void> {
  await ext.context.route(/^https?:\/\//, (route) => (route.request().url().replace(/#.*$/, '') === url ? route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : route.abort()));
}

/**
 * The content script's self-measured perf on one fresh load of `url` (a feed of `n` posts),
 * plus `content`: its busy time outside the engine. For the A/B and profiling tools.
 */
export async function loadPerf(ext: ExtensionBrowser, url: string, n: number): Promise<Record<string, number>> {
  const p = await ext.context.newPage();
  await p.goto(url, { timeout: 60_000 });
  await summaryWhen(ext, p, (s) => s.counts.posts >= n, 60_000);
  const perf = (await settled(ext, p, n)).perf as unknown as Record<string, number>;
  await p.close();
  return { ...perf, content: perf.busyMs! - (perf.engineMs ?? 0) };
}

/** Fresh page loads per feed size (see runPageBenchmarks). */
const LOADS: Record<number, number> = { 1000: 5, 5000: 3 };

type Load = Awaited<ReturnType<typeof openFeed>> & { perf: Perf; longTasks: number };

function median(values: number[]): number {
  const v = values.toSorted((a, b) => a - b);
  return v.length % 2 === 1 ? v[v.length >> 1]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
}

export async function runPageBenchmarks(): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  // BENCH_DIST: another build (A/B comparisons of two builds, run interleaved).
  const ext = await launchExtension(process.env.BENCH_DIST ? { dist: resolve(process.env.BENCH_DIST) } : {});
  const pages = new Map<string, string>();
  await ext.context.route(/^https?:\/\//, async (route) => {
    const html = pages.get(route.request().url().replace(/#.*$/, ''));
    if (html) await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    else await route.abort();
  });
  // tsx (esbuild keepNames) wraps named functions inside page.evaluate callbacks in __name().
  await ext.context.addInitScript('globalThis.__name = (f) => f;');
  const extPage = await extensionPage(ext);
  const terms = phrases();
  const scanTotals = new Map<string, number>();
  try {
    for (const n of [1000, 5000]) {
      for (const d of ['facebook', 'x', 'telegram'] as Dialect[]) {
        const url = URLS[d](n);
        pages.set(url, feedHtml(d, n));
        const bench = `${d}-${n}`;
        // A fresh page load per run; timings are the median of LOADS runs (one load swings by
        // ±30 % on a shared machine), worst cases (longest task, long tasks) the maximum.
        const runs: Load[] = [];
        for (let i = 0; i < LOADS[n]!; i++) {
          const run = await openFeed(ext, url, n);
          const perf = run.summary.perf as Perf;
          const longTasks = await run.page.evaluate((start) => (window as unknown as { longTasks: { start: number }[] }).longTasks.filter((t) => t.start >= start).length, perf.startedAt);
          runs.push({ ...run, perf, longTasks });
          if (i < LOADS[n]! - 1) await run.page.close();
        }
        const { page: p, summary, perf } = runs.at(-1)!;
        const med = (f: (r: Load) => number): number => median(runs.map(f));
        const max = (f: (r: Load) => number): number => Math.max(...runs.map(f));
        const busy = med((r) => r.perf.busyMs);
        scanTotals.set(bench, busy);
        lines.push(
          { bench, metric: 'scan-total', value: round(busy), unit: 'ms' },
          { bench, metric: 'scan-total-min', value: round(Math.min(...runs.map((r) => r.perf.busyMs))), unit: 'ms' },
          { bench, metric: 'scan-total-max', value: round(max((r) => r.perf.busyMs)), unit: 'ms' },
          { bench, metric: 'first-highlight', value: round(med((r) => r.perf.firstHighlightMs ?? -1)), unit: 'ms' },
          { bench, metric: 'on-screen-done', value: round(med((r) => r.perf.visibleMs ?? -1)), unit: 'ms' },
          { bench, metric: 'engine-share', value: round(med((r) => r.perf.engineMs ?? -1)), unit: 'ms' },
          { bench, metric: 'content-side', value: round(med((r) => r.perf.busyMs - (r.perf.engineMs ?? 0))), unit: 'ms' },
          { bench, metric: 'engine-compile', value: round(med((r) => r.perf.compileMs ?? -1)), unit: 'ms' },
          { bench, metric: 'engine-compile-slice', value: round(max((r) => r.perf.compileSliceMs ?? -1)), unit: 'ms' },
          { bench, metric: 'longest-slice', value: round(max((r) => r.perf.longestSliceMs)), unit: 'ms' },
          { bench, metric: 'long-tasks', value: max((r) => r.longTasks), unit: 'count' },
          { bench, metric: 'suspect-posts', value: summary.counts.suspect, unit: 'count' },
          { bench, metric: 'ranges-painted', value: perf.painted, unit: 'count' },
          { bench, metric: 'main-thread-after-load', value: round(med((r) => r.after.tasks)), unit: 'ms' },
          { bench, metric: 'layout-after-load', value: round(med((r) => r.after.layout)), unit: 'ms' },
          { bench, metric: 'loads', value: runs.length, unit: 'count' },
        );
        // Infinite scroll: 200 more posts in one append.
        const html = more(d, n, 200);
        await p.evaluate((h) => {
          const feed = document.querySelector('[role="feed"], section > div, .bubbles-date-group')!;
          feed.insertAdjacentHTML('beforeend', h);
        }, html);
        const after = (await settledAt(ext, p, n + 200)).perf as Perf;
        lines.push({ bench, metric: 'per-appended-post', value: round((after.busyMs - perf.busyMs) / 200, 4), unit: 'ms' });
        const paint = await paintCost(p);
        lines.push({ bench, metric: 'highlight-paint', value: round((paint * 1000) / n), unit: 'ms/1000 posts' });
        if (d === 'x' && n === 5000) {
          const active = await heapMb(p);
          await p.close();
          await patchSettings(extPage, { paused: true });
          const paused = await ext.context.newPage();
          await paused.goto(url, { timeout: 60_000 });
          await paused.waitForTimeout(1000);
          const base = await heapMb(paused);
          await paused.close();
          await patchSettings(extPage, { paused: false });
          lines.push({ bench, metric: 'heap-growth', value: round(active - base), unit: 'MB' });
        } else {
          await p.close();
        }
      }
    }

    // Quiet mode: count every node added after DOMContentLoaded, and the registered highlights.
    await patchSettings(extPage, { quietMode: true });
    {
      const url = URLS.x(1000);
      const q = await ext.context.newPage();
      await q.addInitScript(() => {
        const w = window as unknown as { added: number };
        w.added = 0;
        document.addEventListener('DOMContentLoaded', () => {
          new MutationObserver((records) => {
            for (const r of records) w.added += r.addedNodes.length + (r.type === 'attributes' ? 1 : 0);
          }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
        });
      });
      await q.goto(url);
      const s = await settledAt(ext, q, 1000);
      const added = await q.evaluate(() => (window as unknown as { added: number }).added + CSS.highlights.size);
      lines.push({ bench: 'x-1000', metric: 'quiet-nodes-added', value: added, unit: 'count' });
      lines.push({ bench: 'x-1000', metric: 'quiet-scan-total', value: round((s.perf as Perf).busyMs), unit: 'ms' });
      await q.close();
    }
    await patchSettings(extPage, { quietMode: false });

    // mark.js baselines on the same pages with the extension paused (it would rescan mark.js's wrapping).
    await patchSettings(extPage, { paused: true });
    for (const n of [1000, 5000]) {
      const url = URLS.facebook(n);
      const bench = `facebook-${n}`;
      const tidemark = scanTotals.get(bench)!;
      const times: number[] = [];
      for (let i = 0; i < LOADS[n]!; i++) {
        const p = await ext.context.newPage();
        await p.goto(url, { timeout: 60_000 });
        times.push(await markJs(p, 'regexp', terms));
        await p.close();
      }
      const regexp = median(times);
      lines.push({ bench, metric: 'markjs-regexp', value: round(tidemark), unit: 'ms', baseline: round(regexp), ratio: round(regexp / tidemark, 1) });
      if (n === 1000) {
        const q = await ext.context.newPage();
        await q.goto(url);
        const array = await markJs(q, 'array', terms.slice(0, 200));
        await q.close();
        lines.push({ bench, metric: 'markjs-array-200', value: round(tidemark), unit: 'ms', baseline: round(array), ratio: round(array / tidemark, 1) });
      }
    }
    await patchSettings(extPage, { paused: false });
    lines.push({ bench: 'markjs', metric: 'lexicon-phrases', value: terms.length, unit: 'count' });
  } finally {
    await ext.close();
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await runPageBenchmarks()) console.log(JSON.stringify(line));
}
