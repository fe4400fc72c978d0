/**
 * Quality table of a labelled fixture file, by language and by `kind`:
 *
 *   npx tsx scripts/quality.ts test/fixtures/probe-obfuscated.jsonl [--misses]
 *
 * A post counts as flagged when its verdict is `suspect`. Prints recall on `ad` lines and the
 * false-positive rate on `benign` lines, overall, per language and per kind; --misses also
 * lists every misclassified post with its score and reasons.
 */
import { createEngine } from '../src/engine';
import { readLabelled, sortedRows, tally, type QualityRow as Row } from './lib/quality';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (file === undefined) {
  process.stderr.write('usage: npx tsx scripts/quality.ts FILE.jsonl [--misses]\n');
  process.exit(2);
}
const showMisses = args.includes('--misses');

const posts = readLabelled(file);
const engine = createEngine();
const byLang = new Map<string, Row>();
const byKind = new Map<string, Row>();
const misses: string[] = [];

for (const p of posts) {
  const res = engine.scan(p.text);
  const suspect = res.verdict === 'suspect';
  tally(byLang, 'ALL', p, suspect);
  tally(byLang, p.lang, p, suspect);
  tally(byKind, p.kind ?? '-', p, suspect);
  if ((p.label === 'ad') !== suspect) {
    misses.push(`${p.id} ${p.label} [${p.kind ?? '-'}] ${res.score.toFixed(2)} ${res.verdict} (${res.reasons.join('; ')})\n    ${p.text.slice(0, 160)}`);
  }
}

const fmt = (name: string, r: Row): string =>
  `${name.padEnd(15)} recall ${r.ads ? `${r.tp}/${r.ads}`.padStart(6) : '     -'} ${r.ads ? (r.tp / r.ads).toFixed(3) : '  -  '}   FPR ${r.benign ? `${r.fp}/${r.benign}`.padStart(5) : '    -'} ${r.benign ? (r.fp / r.benign).toFixed(3) : '  -  '}`;
const table = (m: Map<string, Row>): string =>
  sortedRows(m)
    .map(([k, r]) => fmt(k, r))
    .join('\n');

console.log(`${file}: ${posts.length} posts\n\nby language\n${table(byLang)}\n\nby kind\n${table(byKind)}`);
if (showMisses) console.log(`\nmisclassified (${misses.length})\n${misses.join('\n')}`);
