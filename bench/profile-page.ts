/**
 * CPU profile of the content script on a generated feed (not part of `npm run bench`):
 * where the extension's main-thread time goes (engine scan, DOM walk, ranges, badges…).
 *
 *   npx tsx bench/profile-page.ts [dialect] [posts] [dist-dir]
 *
 * Build an unminified copy first for readable names, e.g.
 *   cp -r dist /tmp/dist-prof && npx esbuild src/content/index.ts --bundle --format=iife \
 *     --target=es2022 --keep-names --outfile=/tmp/dist-prof/content.js
 * Prints self time per function of the content script (top 40) and per source file.
 * V8 traces of the same page: TIDEMARK_CHROMIUM_ARGS='--js-flags=--trace-deopt' DEBUG=pw:browser
 * (REPEAT=1 for one load without the profiler); deoptimisations during the scan mean the
 * content script's warm-up texts miss a branch.
 */
import { resolve } from 'node:path';
import { launchExtension } from '../scripts/lib/launch';
import { settled, summaryWhen } from '../test/e2e/content-helpers';
import { feedHtml, loadPerf, serveOnly, URLS, type Dialect } from './page';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Functions whose inclusive time is reported. */
const STEPS = (process.env.STEPS ?? 'createEngine,run,scanPost,collectPostText,scan,render,rangesFor,set,createBadge,prepend,update,emitCounts,sendToBackground,drainRecords,prune,isOwnNode,fingerprint,renderBatch,flushBadges,paintVisible').split(',');

const [d = 'x', nArg = '1000', dist = resolve(import.meta.dirname, '../dist')] = process.argv.slice(2);
const dialect = d as Dialect;
const n = Number(nArg);
const ext = await launchExtension({ dist });
try {
  const url = URLS[dialect](n);
  const html = feedHtml(dialect, n);
  await serveOnly(ext, url, html);
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  if (process.env.REPEAT) {
    // Timings only, no profiler: the self-measured perf of REPEAT fresh page loads.
    await page.close();
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < Number(process.env.REPEAT); i++) runs.push(await loadPerf(ext, url, n));
    for (const key of ['busyMs', 'engineMs', 'content', 'longestSliceMs', 'firstHighlightMs', 'compileMs', 'slices', 'painted']) {
      const v = runs.map((r) => r[key] ?? NaN).toSorted((a, b) => a - b);
      console.log(`${key.padEnd(17)} min ${v[0]!.toFixed(1).padStart(7)}  median ${v[v.length >> 1]!.toFixed(1).padStart(7)}  all ${v.map((x) => x.toFixed(1)).join(' ')}`);
    }
    process.exit(0);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { timeout: 60_000 });
  await summaryWhen(ext, page, (s) => s.counts.posts >= n, 60_000);
  const summary = await settled(ext, page, n);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const self = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!)!;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = node.callFrame;
    if (!f.url.includes('content.js') && !f.url.startsWith('chrome-extension')) {
      if (f.url !== '' || f.functionName === '(program)' || f.functionName === '(idle)') continue;
    }
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    files.set(f.url.split('/').pop() || f.functionName, (files.get(f.url.split('/').pop() || f.functionName) ?? 0) + dt);
    total += dt;
  }
  // Inclusive time of the content script's main steps (a sample counts once per name on its stack).
  const parent = new Map<number, number>();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  const inclusive = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)!.callFrame.functionName;
      if (STEPS.includes(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
      }
    }
  }
  console.log(JSON.stringify(summary.perf));
  for (const name of STEPS) console.log(`${(inclusive.get(name) ?? 0).toFixed(2).padStart(8)}  [incl] ${name}`);
  console.log(`sampled (extension + natives): ${total.toFixed(1)} ms`);
  for (const [k, v] of [...self].toSorted((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
} finally {
  await ext.close();
}
