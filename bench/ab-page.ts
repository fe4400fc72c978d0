/**
 * A/B of the content script's self-measured scan on a generated feed: two builds (dist
 * directories), page loads interleaved so both see the same machine load. Not part of
 * `npm run bench`: a tool for deciding whether a change to the content script pays.
 *
 *   npx tsx bench/ab-page.ts DIST_A DIST_B [loads=10] [dialect=x] [posts=1000]
 */
import { resolve } from 'node:path';
import { launchExtension, type ExtensionBrowser } from '../scripts/lib/launch';
import { feedHtml, loadPerf, serveOnly, URLS, type Dialect } from './page';

const [distA, distB, loadsArg = '10', d = 'x', nArg = '1000'] = process.argv.slice(2);
if (!distA || !distB) throw new Error('usage: npx tsx bench/ab-page.ts DIST_A DIST_B [loads] [dialect] [posts]');
const dialect = d as Dialect;
const n = Number(nArg);
const url = URLS[dialect](n);
const html = feedHtml(dialect, n);

async function open(dist: string): Promise<ExtensionBrowser> {
  const ext = await launchExtension({ dist: resolve(dist) });
  await serveOnly(ext, url, html);
  return ext;
}

const exts = [await open(distA), await open(distB)];
const runs: Record<string, number>[][] = [[], []];
try {
  for (let i = 0; i < Number(loadsArg); i++) {
    for (const k of i % 2 === 0 ? [0, 1] : [1, 0]) runs[k]!.push(await loadPerf(exts[k]!, url, n));
  }
} finally {
  for (const e of exts) await e.close();
}
const median = (v: number[]): number => v.toSorted((a, b) => a - b)[v.length >> 1]!;
for (const key of ['busyMs', 'engineMs', 'content', 'longestSliceMs', 'firstHighlightMs', 'compileMs']) {
  const [a, b] = runs.map((r) => median(r.map((x) => x[key] ?? NaN)));
  console.log(`${key.padEnd(17)} A ${a!.toFixed(1).padStart(7)}  B ${b!.toFixed(1).padStart(7)}  B/A ${(b! / a!).toFixed(3)}`);
}
