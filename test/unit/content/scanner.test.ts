// @vitest-environment happy-dom
// The incremental scanner with a stub engine: the observer only queues; only new or changed
// posts are scanned; posts that leave keep their results; a new route drops old results;
// own nodes are ignored.
import { afterEach, describe, expect, it } from 'vitest';
import { PageScanner, type PostRecord } from '../../../src/content/scan/scanner';
import type { PlatformAdapter } from '../../../src/content/platforms';
import type { Engine, ScanResult } from '../../../src/engine/types';

const adapter: PlatformAdapter = {
  platform: 'generic',
  matches: () => true,
  postSelector: 'article',
  meta: () => ({ author: {} }),
};

function stubEngine(calls: string[]): Engine {
  return {
    scan(text: string): ScanResult {
      calls.push(text);
      const ad = text.includes('boat');
      return { score: ad ? 0.9 : 0, verdict: ad ? 'suspect' : 'clear', reasons: [], matches: [], cues: {}, lang: 'en' } as unknown as ScanResult;
    },
  } as unknown as Engine;
}

let scanner: PageScanner | null = null;
afterEach(() => {
  scanner?.stop();
  scanner = null;
  document.body.innerHTML = '';
});

function setup(html: string) {
  document.body.innerHTML = html; // test fixture markup only
  const calls: string[] = [];
  const scanned: PostRecord[] = [];
  const counts: { posts: number; suspect: number }[] = [];
  let routes = 0;
  scanner = new PageScanner(
    document,
    adapter,
    stubEngine(calls),
    { scanned: (_p, r) => scanned.push(r), counts: (c) => counts.push(c), routeChanged: () => routes++ },
    (n) => n instanceof Element && n.tagName === 'TIDEMARK-BADGE',
    () => new Promise((r) => setTimeout(r, 0)),
  );
  scanner.start();
  return { calls, scanned, counts, routes: () => routes, s: scanner };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('PageScanner', () => {
  it('scans every post once, then only appended or changed posts', async () => {
    const { calls, s } = setup('<main><article>boat tonight</article><article>hello</article></main>');
    await tick();
    await s.whenIdle();
    expect(calls).toEqual(['boat tonight', 'hello']);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<article>new boat</article>');
    await tick();
    await s.whenIdle();
    expect(calls).toEqual(['boat tonight', 'hello', 'new boat']);
    document.querySelectorAll('article')[1]!.textContent = 'hello boat';
    await tick();
    await s.whenIdle();
    expect(calls.at(-1)).toBe('hello boat');
    expect(s.all().filter((r) => r.result.verdict === 'suspect')).toHaveLength(3);
    expect(s.stats.scanned).toBe(4);
    expect(s.stats.slices).toBeGreaterThan(0);
  });

  it('ignores its own nodes (a badge added to a post rescans nothing)', async () => {
    const { calls, s } = setup('<main><article>boat tonight</article></main>');
    await tick();
    await s.whenIdle();
    document.querySelector('article')!.prepend(document.createElement('tidemark-badge'));
    await tick();
    await s.whenIdle();
    expect(calls).toEqual(['boat tonight']);
  });

  it('keeps the results of posts that scroll away, and reuses them when they come back', async () => {
    const { calls, s } = setup('<main><article>boat one</article><article>two</article></main>');
    await tick();
    await s.whenIdle();
    const first = document.querySelector('article')!;
    first.remove(); // virtualised feed: off screen
    await tick();
    await s.whenIdle();
    expect(s.all()).toHaveLength(2);
    const back = document.createElement('article');
    back.textContent = 'boat one';
    document.querySelector('main')!.prepend(back);
    await tick();
    await s.whenIdle();
    expect(calls).toEqual(['boat one', 'two']); // not scanned again
    expect(s.recordFor(back)?.index).toBe(0);
  });

  it('drops old results on a new route (pushState + popstate)', async () => {
    const { s, routes } = setup('<main><article>boat one</article></main>');
    await tick();
    await s.whenIdle();
    history.pushState({}, '', '/other-route');
    document.querySelector('main')!.innerHTML = '<article>fresh</article>';
    await tick();
    await s.whenIdle();
    expect(routes()).toBe(1);
    expect(s.all().map((r) => r.text)).toEqual(['fresh']);
    history.pushState({}, '', '/third');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await tick();
    await s.whenIdle();
    expect(routes()).toBe(2);
  });
});
