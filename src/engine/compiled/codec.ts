/**
 * Compact text encodings of the 64K-entry tables shipped in `fold-data.ts` (decoded once per
 * page in well under a millisecond). Pure code: used by the engine at load time and by
 * `scripts/compile-lexicon.ts` at build time.
 */
import { inRanges, runSteps, TABLE_UNITS_PER_STEP, type Steps } from '../steps';

/**
 * Fold table as runs over its non-identity entries: per run, base-36 numbers
 * `gap,count,step,delta` (gap from the previous run's start), comma separated.
 */
export function encodeFold(fold: Uint16Array): string {
  const covered = new Uint8Array(65536);
  const out: string[] = [];
  let prev = 0;
  for (let c = 0; c < 65536; c++) {
    if (covered[c] === 1 || fold[c] === c) continue;
    const d = (fold[c] as number) - c;
    const runLen = (step: number): number => {
      let k = 1;
      while (c + k * step < 65536 && covered[c + k * step] === 0 && (fold[c + k * step] as number) - (c + k * step) === d && fold[c + k * step] !== c + k * step) k++;
      return k;
    };
    const l1 = runLen(1);
    const l2 = runLen(2);
    const step = l2 > l1 ? 2 : 1;
    const count = Math.max(l1, l2);
    for (let k = 0; k < count; k++) covered[c + k * step] = 1;
    out.push((c - prev).toString(36), count.toString(36), step.toString(36), d.toString(36));
    prev = c;
  }
  return out.join(',');
}

export function decodeFold(data: string): Uint16Array {
  return runSteps(decodeFoldSteps(data));
}

/** decodeFold in steps (see steps.ts). */
export function* decodeFoldSteps(data: string): Steps<Uint16Array> {
  const fold = new Uint16Array(65536);
  yield* inRanges(65536, TABLE_UNITS_PER_STEP, (from, to) => {
    for (let c = from; c < to; c++) fold[c] = c;
  });
  yield;
  const p = data.split(',');
  let c = 0;
  for (let i = 0; i + 3 < p.length; i += 4) {
    c += parseInt(p[i] as string, 36);
    const count = parseInt(p[i + 1] as string, 36);
    const step = parseInt(p[i + 2] as string, 36);
    const d = parseInt(p[i + 3] as string, 36);
    for (let k = 0, x = c; k < count; k++, x += step) fold[x] = x + d;
  }
  return fold;
}

/** Type table (values 0..4) as base-36 run tokens `length * 5 + type`. */
export function encodeTypes(type: Uint8Array): string {
  const out: string[] = [];
  let c = 0;
  while (c < 65536) {
    const t = type[c] as number;
    let k = c + 1;
    while (k < 65536 && type[k] === t) k++;
    out.push(((k - c) * 5 + t).toString(36));
    c = k;
  }
  return out.join(',');
}

export function decodeTypes(data: string): Uint8Array {
  const type = new Uint8Array(65536);
  let c = 0;
  for (const tok of data.split(',')) {
    const v = parseInt(tok, 36);
    const len = Math.floor(v / 5);
    type.fill(v % 5, c, Math.min(65536, c + len));
    c += len;
  }
  return type;
}
