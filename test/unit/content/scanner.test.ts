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

function setup(html: string, engine?: (calls: string[]) => Engine) {
  document.body.innerHTML = html; // test fixture markup only
  const calls: string[] = [];
  const scanned: PostRecord[] = [];
  const counts: { posts: number; suspect: number }[] = [];
  let routes = 0;
  scanner = new PageScanner(
    document,
    adapter,
    (engine ?? stubEngine)(calls),
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

  it("asks the adapter for the route's post selector, again after a route change", async () => {
    history.pushState({}, '', '/feed');
    document.body.innerHTML = '<main><article>boat one</article><section class="card">boat card</section></main>'; // fixture markup
    const calls: string[] = [];
    const byRoute: PlatformAdapter = { ...adapter, postSelector: 'article, section.card', postSelectorAt: (url) => (url.pathname.startsWith('/market') ? 'article, section.card' : 'article') };
    scanner = new PageScanner(document, byRoute, stubEngine(calls), { scanned: () => undefined, counts: () => undefined }, () => false, () => new Promise((r) => setTimeout(r, 0)));
    scanner.start();
    await tick();
    await scanner.whenIdle();
    expect(calls).toEqual(['boat one']);
    expect(scanner.postAt(document.querySelector('section'))).toBeNull();
    history.pushState({}, '', '/market/item/1');
    document.querySelector('main')!.append(document.createElement('hr'));
    await tick();
    await scanner.whenIdle();
    expect(calls).toEqual(['boat one', 'boat one', 'boat card']);
    expect(scanner.postAt(document.querySelector('section'))).toBe(document.querySelector('section'));
    history.pushState({}, '', '/');
  });
});

describe('PageScanner schedule', () => {
  it('scans the posts on screen first, then the page in document order', async () => {
    const html = '<main>' + Array.from({ length: 10 }, (_, i) => `<article>post ${i}</article>`).join('') + '</main>';
    const innerHeight = window.innerHeight;
    Object.defineProperty(window, 'innerHeight', { value: 200, configurable: true });
    try {
      const { calls, s } = setup(html);
      // Posts stacked 100 px apart, scrolled so that posts 6 and 7 are on screen (the first
      // slice starts after a yield, so the boxes are in place before it reads them).
      [...document.querySelectorAll('article')].forEach((el, i) => {
        el.getBoundingClientRect = () => ({ top: i * 100 - 600, bottom: i * 100 - 500 }) as DOMRect;
      });
      await tick();
      await s.whenIdle();
      expect(calls.slice(0, 2)).toEqual(['post 6', 'post 7']);
      expect(calls.slice(2)).toEqual(['post 0', 'post 1', 'post 2', 'post 3', 'post 4', 'post 5', 'post 8', 'post 9']);
      expect(s.stats.visibleMs).not.toBeNull();
    } finally {
      Object.defineProperty(window, 'innerHeight', { value: innerHeight, configurable: true });
    }
  });

  it('a post carried to the next slice (predicted scan too long for this one) is scanned exactly once, in order', async () => {
    // A stub engine whose cost is proportional to the text: 1 ms per 1,000 units.
    const slow = (calls: string[]): Engine => ({
      scan(text: string): ScanResult {
        calls.push(text.slice(0, 6));
        const end = performance.now() + text.length / 1000;
        while (performance.now() < end) {
          // busy
        }
        return { score: 0, verdict: 'clear', reasons: [], matches: [], cues: {}, lang: 'en' } as unknown as ScanResult;
      },
    }) as unknown as Engine;
    const small = 'a'.repeat(1500);
    const big = 'b'.repeat(6000);
    const { calls, s } = setup(`<main>${[small, small, small, small, big].map((t) => `<article>${t}</article>`).join('')}</main>`, slow);
    await tick();
    await s.whenIdle();
    expect(calls.map((c) => c[0])).toEqual(['a', 'a', 'a', 'a', 'b']);
    expect(s.all()).toHaveLength(5);
  });

  it("leaves nested posts out of their outer post's text, and only those (full scan)", async () => {
    const { calls, s } = setup('<main><article>outer <article>inner boat</article> end</article><article>next</article><article>last</article></main>');
    await tick();
    await s.whenIdle();
    expect(calls).toEqual(['outer  end', 'inner boat', 'next', 'last']);
  });

  it('a post that gains a nested post after the full-scan query (between slices) still leaves it out', async () => {
    document.body.innerHTML = '<main><article>first</article><article id="b">second</article><article>third</article></main>'; // test fixture markup only
    const calls: string[] = [];
    const engine = stubEngine(calls);
    let firstDone = false;
    let nested = false;
    scanner = new PageScanner(
      document,
      adapter,
      {
        scan(text: string) {
          // A slow first post ends the first slice after it.
          if (text === 'first') {
            const until = performance.now() + 10;
            while (performance.now() < until);
            firstDone = true;
          }
          return engine.scan(text);
        },
      } as unknown as Engine,
      { scanned: () => undefined, counts: () => undefined },
      () => false,
      // The page runs between slices: after the first one, it nests a post in the second.
      () => new Promise((r) => setTimeout(() => {
        if (firstDone && !nested) {
          nested = true;
          document.querySelector('#b')!.insertAdjacentHTML('beforeend', '<article>late boat</article>');
        }
        r();
      }, 0)),
    );
    scanner.start();
    await tick();
    await scanner.whenIdle();
    expect(nested).toBe(true);
    expect(calls).toContain('late boat');
    expect(calls.filter((c) => c.includes('second'))).toEqual(['second']);
  });
});
