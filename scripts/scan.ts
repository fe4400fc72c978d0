/**
 * Scan CLI (DESIGN.md §7.2):  npm run --silent scan -- FILE [--summary] [--sensitivity=0.5]
 *
 * FILE is JSON Lines of {"id","text"} (other fields ignored), a .txt file (one post, id =
 * file name) or "-" for JSON Lines on stdin. Prints one JSON object per input post, in order:
 * {"id","score","verdict","suspect","matches":[{"start","end","text","category","term"}],"reasons"}.
 * A malformed line is reported on stderr with its line number; the rest are still scanned and
 * the exit code is 1 at the end. Usage or I/O errors exit with 2.
 * --summary prints precision/recall/FPR to stderr for lines that carry "label" ("ad"/"benign").
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createEngine } from '../src/engine';
import type { ScanResult } from '../src/engine/types';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function usage(msg: string): never {
  process.stderr.write(`scan: ${msg}\nusage: npm run --silent scan -- FILE|- [--summary] [--sensitivity=0..1]\n`);
  process.exit(2);
}

function outputLine(id: unknown, r: ScanResult): string {
  return JSON.stringify({
    id,
    score: r.score,
    verdict: r.verdict,
    suspect: r.verdict === 'suspect',
    matches: r.matches.map((m) => ({ start: m.start, end: m.end, text: m.text, category: m.category, term: m.term })),
    reasons: r.reasons,
  });
}

function pct(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : 'n/a';
}

function printSummary(tallies: Map<string, Tally>): void {
  const rows = [...tallies.entries()].toSorted(([a], [b]) => (a === 'ALL' ? -1 : b === 'ALL' ? 1 : a.localeCompare(b)));
  process.stderr.write('lang   ads  benign  precision  recall  FPR\n');
  for (const [lang, t] of rows) {
    const precision = t.tp / (t.tp + t.fp);
    const recall = t.tp / (t.tp + t.fn);
    const fpr = t.fp / (t.fp + t.tn);
    process.stderr.write(
      `${lang.padEnd(6)} ${String(t.tp + t.fn).padStart(4)} ${String(t.fp + t.tn).padStart(6)}  ${pct(precision).padStart(9)}  ${pct(recall).padStart(6)}  ${pct(fpr)}\n`,
    );
  }
}

function main(): void {
  const args = process.argv.slice(2);
  let file: string | null = null;
  let summary = false;
  let sensitivity: number | undefined;
  for (const a of args) {
    if (a === '--summary') summary = true;
    else if (a.startsWith('--sensitivity=')) {
      sensitivity = Number(a.slice('--sensitivity='.length));
      if (!Number.isFinite(sensitivity) || sensitivity < 0 || sensitivity > 1) usage('sensitivity must be a number in [0, 1]');
    } else if (a === '-' || !a.startsWith('--')) {
      if (file !== null) usage('only one FILE');
      file = a;
    } else usage(`unknown option ${a}`);
  }
  if (file === null) usage('missing FILE');

  let input: string;
  try {
    input = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    usage(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);

  const engine = createEngine(sensitivity === undefined ? {} : { sensitivity });
  const out: string[] = [];
  let failed = 0;
  const tallies = new Map<string, Tally>();
  const tally = (key: string, label: boolean, suspect: boolean): void => {
    const t = tallies.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    if (label && suspect) t.tp++;
    else if (label) t.fn++;
    else if (suspect) t.fp++;
    else t.tn++;
    tallies.set(key, t);
  };

  if (file !== '-' && file.toLowerCase().endsWith('.txt')) {
    out.push(outputLine(basename(file), engine.scan(input)));
  } else {
    const lines = input.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string).replace(/\r$/, '');
      if (line.trim() === '') continue;
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (e) {
        process.stderr.write(`scan: line ${i + 1}: invalid JSON (${(e as Error).message})\n`);
        failed++;
        continue;
      }
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
        process.stderr.write(`scan: line ${i + 1}: expected a JSON object with "id" and "text"\n`);
        failed++;
        continue;
      }
      const rec = obj as Record<string, unknown>;
      if (typeof rec.text !== 'string') {
        process.stderr.write(`scan: line ${i + 1}: "text" must be a string\n`);
        failed++;
        continue;
      }
      if (!('id' in rec)) {
        process.stderr.write(`scan: line ${i + 1}: missing "id"\n`);
        failed++;
        continue;
      }
      const r = engine.scan(rec.text);
      out.push(outputLine(rec.id, r));
      if (summary && (rec.label === 'ad' || rec.label === 'benign' || typeof rec.label === 'boolean')) {
        const label = rec.label === 'ad' || rec.label === true;
        const suspect = r.verdict === 'suspect';
        tally('ALL', label, suspect);
        if (typeof rec.lang === 'string') tally(rec.lang, label, suspect);
      }
      if (out.length >= 512) {
        process.stdout.write(out.join('\n') + '\n');
        out.length = 0;
      }
    }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
  if (summary) {
    if (tallies.size === 0) process.stderr.write('scan: --summary: no labelled lines\n');
    else printSummary(tallies);
  }
  if (failed > 0) {
    process.stderr.write(`scan: ${failed} malformed line(s)\n`);
    process.exitCode = 1;
  }
}

main();
