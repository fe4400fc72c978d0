/**
 * Detection quality on the dev corpus (test/fixtures/dev.jsonl): prints precision, recall and
 * false-positive rate overall and per language, and asserts the targets from issue 3.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';

interface Post {
  id: string;
  lang: string;
  label: 'ad' | 'benign';
  text: string;
}

const posts: Post[] = readFileSync(resolve(__dirname, '../../fixtures/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Post);

interface Row {
  ads: number;
  benign: number;
  tp: number;
  fp: number;
}

describe('dev-corpus quality', () => {
  const engine = createEngine();
  const rows = new Map<string, Row>();
  const misses: string[] = [];
  for (const p of posts) {
    const suspect = engine.scan(p.text).verdict === 'suspect';
    for (const key of ['ALL', p.lang]) {
      const r = rows.get(key) ?? { ads: 0, benign: 0, tp: 0, fp: 0 };
      if (p.label === 'ad') {
        r.ads++;
        if (suspect) r.tp++;
      } else {
        r.benign++;
        if (suspect) r.fp++;
      }
      rows.set(key, r);
    }
    if ((p.label === 'ad') !== suspect) misses.push(`${p.id} (${p.label})`);
  }
  const recall = (r: Row) => (r.ads ? r.tp / r.ads : 1);
  const fpr = (r: Row) => (r.benign ? r.fp / r.benign : 0);
  const precision = (r: Row) => (r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1);

  const table = [...rows.entries()]
    .toSorted(([a], [b]) => (a === 'ALL' ? -1 : b === 'ALL' ? 1 : a.localeCompare(b)))
    .map(([lang, r]) => `${lang.padEnd(5)} ads ${String(r.ads).padStart(3)} benign ${String(r.benign).padStart(3)}  P ${precision(r).toFixed(3)}  R ${recall(r).toFixed(3)}  FPR ${fpr(r).toFixed(3)}`)
    .join('\n');
  console.log(`dev-corpus quality (${posts.length} posts)\n${table}\nmisclassified: ${misses.join(', ') || 'none'}`);

  const all = rows.get('ALL') as Row;
  it('recall of ads ≥ 0.90', () => {
    expect(recall(all)).toBeGreaterThanOrEqual(0.9);
  });
  it('false-positive rate on benign ≤ 0.05', () => {
    expect(fpr(all)).toBeLessThanOrEqual(0.05);
  });
  it('recall ≥ 0.75 in every language', () => {
    const low = [...rows.entries()].filter(([, r]) => recall(r) < 0.75).map(([l, r]) => `${l}: ${recall(r).toFixed(2)}`);
    expect(low).toEqual([]);
  });
});
