/**
 * `npm run bench`: runs every benchmark suite and prints one JSON object per line
 * ({"bench","metric","value","unit"} plus "baseline"/"ratio" where a baseline ran in the
 * same process; DESIGN.md §7.3). Add suites by appending to SUITES.
 */
import { runEngineBenchmarks } from './engine';
import type { BenchLine } from './lib';
import { runReportBenchmarks } from './reports';

const SUITES: readonly (() => Promise<BenchLine[]>)[] = [runEngineBenchmarks, runReportBenchmarks];

for (const suite of SUITES) {
  for (const line of await suite()) process.stdout.write(JSON.stringify(line) + '\n');
}
