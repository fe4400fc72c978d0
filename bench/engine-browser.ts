/**
 * The same engine benchmark inside headless Chromium: the engine is bundled for the page
 * with `vite build` (library mode, IIFE) into a temp dir and run on the same generated posts
 * as bench/engine.ts. Reports engine creation (in steps, as pages do: total and longest
 * step; TIDEMARK_BENCH_STEPS=1 prints every step), compile time, whole-engine MB/s and the naive per-term RegExp
 * baseline measured in the same page (so "ratio" compares like with like). Without a system
 * Chromium it prints nothing (scripts/lib/chromium.ts explains how to install one).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { findChromium } from '../scripts/lib/chromium';
import { DETECTOR_TERMS } from '../src/engine/detectors/terms';
import { LEXICON } from '../src/engine/lexicon';
import { generatePosts, TYPICAL_TERM_RATE } from './engine';
import { round, type BenchLine } from './lib';

interface PageEngine {
  createEngine(): { scan(text: string): { matches: unknown[] } };
  createEngineSteps(): Generator<void, { scan(text: string): { matches: unknown[] } }, void>;
  compileBuiltIn(): void;
}

interface PageResult {
  createMs: number;
  steps: number[];
  compileMs: number;
  runsMs: number[];
  typicalMs: number[];
  naiveMs: number;
  sink: number;
}

/** Bundles src/engine for a page; returns the IIFE file path (global `TidemarkBench`). */
async function bundleEngine(dir: string): Promise<string> {
  const entry = join(dir, 'entry.ts');
  const engine = fileURLToPath(new URL('../src/engine/index.ts', import.meta.url));
  const compile = fileURLToPath(new URL('../src/engine/compile.ts', import.meta.url));
  const lexicon = fileURLToPath(new URL('../src/engine/lexicon/index.ts', import.meta.url));
  const detectorTerms = fileURLToPath(new URL('../src/engine/detectors/terms.ts', import.meta.url));
  writeFileSync(
    entry,
    [
      `export { createEngine, createEngineSteps } from ${JSON.stringify(engine)};`,
      `import { compileLexicon } from ${JSON.stringify(compile)};`,
      `import { LEXICON } from ${JSON.stringify(lexicon)};`,
      `import { DETECTOR_TERMS } from ${JSON.stringify(detectorTerms)};`,
      '/** A runtime compile of the built-in lexicon (the fallback when the shipped tables are stale). */',
      'export function compileBuiltIn() { compileLexicon([...LEXICON, ...DETECTOR_TERMS]); }',
      '',
    ].join('\n'),
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: join(dir, 'out'),
      emptyOutDir: true,
      minify: true,
      lib: { entry, name: 'TidemarkBench', formats: ['iife'], fileName: () => 'engine.js' },
    },
  });
  return join(dir, 'out', 'engine.js');
}

export async function runEngineBrowserBenchmarks(): Promise<BenchLine[]> {
  const executablePath = findChromium();
  if (!executablePath) return [];
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-bench-'));
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const script = await bundleEngine(dir);
    const posts = generatePosts(5_200_000);
    const typical = generatePosts(5_200_000, 43, TYPICAL_TERM_RATE);
    const enc = new TextEncoder();
    let bytes = 0;
    for (const p of posts) bytes += enc.encode(p).length;
    let typicalBytes = 0;
    for (const p of typical) typicalBytes += enc.encode(p).length;
    // naive baseline on a ~200 KB slice (it is very slow), same terms as the Node bench
    const slice: string[] = [];
    let sliceBytes = 0;
    for (const p of posts) {
      if (sliceBytes >= 200_000) break;
      slice.push(p);
      sliceBytes += enc.encode(p).length;
    }
    const terms = [...LEXICON, ...DETECTOR_TERMS].map((e) => e.term.replace(/\*/g, ''));

    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>engine bench</title>');
    await page.addScriptTag({ path: script });
    const res = await page.evaluate(
      ({ texts, typicalTexts, naiveTexts, termList }): PageResult => {
        const lib = (globalThis as unknown as { TidemarkBench: PageEngine }).TidemarkBench;
        // the first engine of a page, built step by step as the content script does
        const steps: number[] = [];
        const gen = lib.createEngineSteps();
        let t0 = performance.now();
        let step = gen.next();
        steps.push(performance.now() - t0);
        while (!step.done) {
          const s0 = performance.now();
          step = gen.next();
          steps.push(performance.now() - s0);
        }
        const engine = step.value;
        const createMs = performance.now() - t0;
        t0 = performance.now();
        lib.compileBuiltIn();
        const compileMs = performance.now() - t0;
        // steady state, as in the Node bench: one untimed pass, then five timed ones; on the
        // stress text and on feed-like text (fewer lexicon terms per post). (An anonymous
        // callback: the dev loader wraps named functions in a helper the page does not have.)
        let sink = 0;
        const [runsMs, typicalMs] = [texts, typicalTexts].map((list): number[] => {
          for (const p of list) sink += engine.scan(p).matches.length;
          const ms: number[] = [];
          for (let k = 0; k < 5; k++) {
            const s0 = performance.now();
            for (const p of list) sink += engine.scan(p).matches.length;
            ms.push(performance.now() - s0);
          }
          return ms;
        }) as [number[], number[]];
        const regexes = termList.map((t) => new RegExp(t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'));
        t0 = performance.now();
        for (const p of naiveTexts) {
          for (const re of regexes) {
            re.lastIndex = 0;
            while (re.exec(p) !== null) sink++;
          }
        }
        return { createMs, steps, compileMs, runsMs, typicalMs, naiveMs: performance.now() - t0, sink };
      },
      { texts: posts, typicalTexts: typical, naiveTexts: slice, termList: terms },
    );
    if (process.env.TIDEMARK_BENCH_STEPS) console.error('create steps (ms):', res.steps.map((s) => round(s)).join(' '));
    const runs = res.runsMs.toSorted((a, b) => a - b);
    const mbs = bytes / 1e6 / ((runs[2] as number) / 1000);
    const naive = sliceBytes / 1e6 / (res.naiveMs / 1000);
    const typicalMbs = typicalBytes / 1e6 / ((res.typicalMs.toSorted((a, b) => a - b)[2] as number) / 1000);
    return [
      { bench: 'engine-chromium', metric: 'create-engine-cold', value: round(res.createMs), unit: 'ms' },
      { bench: 'engine-chromium', metric: 'create-engine-longest-step', value: round(Math.max(...res.steps)), unit: 'ms' },
      { bench: 'engine-chromium', metric: 'compile-runtime', value: round(res.compileMs), unit: 'ms' },
      { bench: 'engine-chromium', metric: 'naive-regex-per-term', value: round(naive), unit: 'MB/s' },
      { bench: 'engine-chromium', metric: 'throughput', value: round(mbs), unit: 'MB/s', baseline: round(naive), ratio: round(mbs / naive, 1) },
      { bench: 'engine-chromium', metric: 'throughput-typical', value: round(typicalMbs), unit: 'MB/s', baseline: round(naive), ratio: round(typicalMbs / naive, 1) },
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
