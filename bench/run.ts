/**
 * `npm run bench`: runs every benchmark suite and prints one JSON object per line
 * ({"bench","metric","value","unit"} plus "baseline"/"ratio" where a baseline ran in the
 * same process; DESIGN.md §7.3). Suites that measure the extension in Chromium need the
 * production build, so `dist/` is built first (skip with --no-build).
 * Run one suite: `npm run bench -- engine` (engine | engine-chromium | reports | page | history).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runEngineBenchmarks } from './engine';
import { runEngineBrowserBenchmarks } from './engine-browser';
import type { BenchLine } from './lib';
import { runReportBenchmarks } from './reports';
import { runPageBenchmarks } from './page';
import { runHistoryBenchmarks } from './history';

interface Suite {
  name: string;
  run: () => Promise<BenchLine[]>;
  /** Needs the built extension in dist/. */
  browser: boolean;
}

const SUITES: readonly Suite[] = [
  { name: 'engine', run: runEngineBenchmarks, browser: false },
  // bundles the engine itself (vite library build); does not need dist/
  { name: 'engine-chromium', run: runEngineBrowserBenchmarks, browser: false },
  { name: 'reports', run: runReportBenchmarks, browser: false },
  { name: 'page', run: runPageBenchmarks, browser: true },
  { name: 'history', run: runHistoryBenchmarks, browser: true },
];

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const chosen = SUITES.filter((s) => only.length === 0 || only.includes(s.name));

if (chosen.some((s) => s.browser) && !args.includes('--no-build')) {
  const root = resolve(import.meta.dirname, '..');
  const r = spawnSync(resolve(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

for (const suite of chosen) {
  for (const line of await suite.run()) process.stdout.write(JSON.stringify(line) + '\n');
}
