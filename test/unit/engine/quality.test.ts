/**
 * Detection quality on the dev corpus (test/fixtures/dev.jsonl) and on five probe sets written
 * without looking at it or at the engine (each has a .md file saying how): prints precision,
 * recall and false-positive rate overall and per language (and per kind), and asserts the
 * targets from issue 3 on the dev set and the levels reached on the probe sets.
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
 * The probe sets are generalisation checks; their thresholds are the levels reached (each
 * set's .md has the history), with about one post of slack on the overall figures. With 3–6
 * ads per language, the per-language floor is "half the ads, rounded down" or better.
 */
interface ProbeSet {
  name: string;
  file: string;
  /** Ads and benign posts per language (23 languages). */
  perLanguage: { ads: number; benign: number } | 'at-least-4-3';
  recall: number;
  fpr: number;
  languageRecall: number;
  /** Floor for every kind (ads: recall; benign: 1 − FPR ≥ kindFloor), when set. */
  kindFloor?: number;
  why: string;
}

const PROBES: readonly ProbeSet[] = [
  {
    name: 'probe-set',
    file: 'probe.jsonl',
    perLanguage: { ads: 6, benign: 6 },
    recall: 0.96,
    fpr: 0.02,
    languageRecall: 0.65,
    why: 'first independent set: 0.93 recall and no false positives when set, 0.971 since',
  },
  {
    name: 'obfuscation-probe',
    file: 'probe-obfuscated.jsonl',
    perLanguage: 'at-least-4-3',
    recall: 0.94,
    fpr: 0.015,
    languageRecall: 0.5,
    kindFloor: 0.5,
    why: 'leetspeak, homoglyphs, spacing, zero-width, Arabizi, romanised scripts…: 0.894 after lexicon 2026.12.07-3, 0.957 since',
  },
  {
    name: 'look-alike-probe',
    file: 'probe-lookalike.jsonl',
    perLanguage: { ads: 5, benign: 5 },
    recall: 0.87,
    fpr: 0.045,
    languageRecall: 0.4,
    kindFloor: 0.5,
    why: 'ads without the obvious words and hard benign posts: 0.730 / 0.096 blind, 0.887 / 0.035 after the cue-class rounds',
  },
  {
    name: 'daily-feed-probe',
    file: 'probe-daily.jsonl',
    perLanguage: { ads: 4, benign: 4 },
    recall: 0.92,
    fpr: 0.022,
    languageRecall: 0.5,
    why: 'ordinary posts: 0.772 / 0.011 blind on lexicon 2026.12.07-7, 0.913 / 0.011 after, 0.935 with the offer-with-contact rule',
  },
  {
    name: 'rare-services-probe',
    file: 'probe-rare.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.84,
    fpr: 0.03,
    languageRecall: 0.33,
    why: 'yachts, cargo ships, rental and rideshare abuse, fake jobs, tourist cover, fake family reunion: 0.681 / 0.014 blind on 2026.12.07-8, 0.841 / 0.014 after, 0.855 / 0 with the offer-with-contact rule',
  },
  {
    name: 'community-probe',
    file: 'probe-community.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.88,
    fpr: 0.03,
    languageRecall: 0.33,
    why: "each community's most common ads, mixed lengths: 0.826 / 0.014 blind on 2026.12.07-9, 0.870 / 0.014 with the calibrated threshold, 0.899 / 0 since",
  },
  {
    name: 'mixed-language-probe',
    file: 'probe-mixed.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.82,
    fpr: 0.015,
    languageRecall: 0.33,
    why: 'code-switching and very short posts: 0.783 / 0 blind on 2026.12.07-10, 0.812 / 0 after the document-selling class, 0.841 / 0 with the offer-with-contact rule',
  },
  {
    name: 'final-probe',
    file: 'probe-final.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.79,
    fpr: 0.03,
    languageRecall: 0.33,
    why: 'blind figure of session 5 (0.797 / 0.014); session 6 read its misses (offer-with-contact rule): 0.812 / 0.014',
  },
  {
    name: 'unseen-probe',
    file: 'probe-unseen.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.84,
    fpr: 0.045,
    languageRecall: 0.33,
    why: 'blind figure of session 6 (0.797 / 0.058: rideshares with a fare per seat); 0.855 / 0.029 after the support-phrase rule and lexicon 2026.12.07-13 (travel reminders, agency disclaimers, movement verbs)',
  },
  {
    name: 'eleventh-probe',
    file: 'probe-eleventh.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.84,
    fpr: 0.045,
    languageRecall: 0.33,
    why: 'blind figure at the end of session 6 (0.855 / 0.029); 0.899 / 0.029 with session 7\'s papers detector and rules (only its misclassified ids were seen, mid-session)',
  },
  {
    name: 'twelfth-probe',
    file: 'probe-twelfth.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.9,
    fpr: 0.075,
    languageRecall: 0.33,
    why: 'blind figure of session 7 (0.913 / 0.101: buses naming the papers they require, news and agencies in Pashto, Sorani, Punjabi); 0.928 / 0.058 after the requirement and authenticity readings and the negative-context rows',
  },
  {
    name: 'thirteenth-probe',
    file: 'probe-thirteenth.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.87,
    fpr: 0.06,
    languageRecall: 0.33,
    why: 'blind figure late in session 7 (0.812 / 0.043: one-line forged-document offers claiming "original, in the system"); 0.899 / 0.043 after the authenticity reading',
  },
  {
    name: 'fourteenth-probe',
    file: 'probe-fourteenth.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.87,
    fpr: 0.045,
    languageRecall: 0.33,
    why: 'blind figure late in session 7 (0.899 / 0.029, not read); 0.884 / 0.029 on the final engine after the everyday-post corrections',
  },
  {
    name: 'fifteenth-probe',
    file: 'probe-fifteenth.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.83,
    fpr: 0.045,
    languageRecall: 0.33,
    why: 'blind figure at the end of session 7 (0.855 / 0.029; 0.855 / 0.043 after papers waivers became document offers again, decided by an e2e fixture), not read',
  },
  {
    name: 'sixteenth-probe',
    file: 'probe-sixteenth.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.9,
    fpr: 0.03,
    languageRecall: 0.33,
    why: 'blind figure at the start of session 8 (0.928 / 0.014; the session-start engine 0.928 / 0.029)',
  },
  {
    name: 'seventeenth-probe',
    file: 'probe-seventeenth.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.62,
    fpr: 0.03,
    languageRecall: 0.33,
    why: 'blind figure late in session 8 (0.623 / 0.029: most misses are one-line comment-thread replies); 0.667 / 0.014 after lexicon 2026.12.07-25',
  },
  {
    name: 'eighteenth-probe',
    file: 'probe-eighteenth.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.87,
    fpr: 0.03,
    languageRecall: 0.33,
    why: 'blind figure at the start of session 9 (0.812 / 0.014); 0.899 / 0 after the strong-terms rules, lists of required papers and lexicon 2026.12.07-25',
  },
  {
    name: 'nineteenth-probe',
    file: 'probe-nineteenth.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.79,
    fpr: 0.03,
    languageRecall: 0.33,
    why: 'blind figure in session 9 (0.739 / 0.029: rarer ad kinds); 0.812 / 0.014 after comma lists, waived medicals, the gazetteer and the road detector',
  },
  {
    name: 'twentieth-probe',
    file: 'probe-twentieth.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.83,
    fpr: 0.03,
    languageRecall: 0.33,
    why: 'blind figure late in session 9 (0.739 / 0); 0.855 / 0 after the road detector, elided articles and lexicon 2026.12.07-29',
  },
  {
    name: 'twenty-first-probe',
    file: 'probe-twenty-first.jsonl',
    perLanguage: { ads: 3, benign: 3 },
    recall: 0.82,
    fpr: 0.03,
    languageRecall: 0.66,
    why: 'blind figure of the final engine of session 9 (0.841 / 0.014; session 8\'s starting engine 0.826 / 0.043), not read',
  },
];

for (const set of PROBES) {
  describe(`${set.name} quality (generalisation; ${set.why})`, () => {
    const { rows, kinds } = measure(set.name, set.file, true);
    const all = rows.get('ALL') as Row;
    it('covers the 23 languages with the planned posts each', () => {
      expect(rows.size).toBe(24);
      const per = set.perLanguage;
      const off = [...rows.entries()].filter(([l, r]) => l !== 'ALL' && (per === 'at-least-4-3' ? r.ads < 4 || r.benign < 3 : r.ads !== per.ads || r.benign !== per.benign));
      expect(off).toEqual([]);
    });
    it(`recall of ads ≥ ${set.recall}`, () => {
      expect(recall(all)).toBeGreaterThanOrEqual(set.recall);
    });
    it(`false-positive rate on benign ≤ ${set.fpr}`, () => {
      expect(fpr(all)).toBeLessThanOrEqual(set.fpr);
    });
    it(`recall ≥ ${set.languageRecall} in every language`, () => {
      expect(lowRecall(rows, set.languageRecall)).toEqual([]);
    });
    if (set.kindFloor !== undefined) {
      const floor = set.kindFloor;
      it(`every kind: ads found and benign posts left alone at least ${floor} of the time`, () => {
        const bad = [...kinds.entries()]
          .filter(([k, r]) => k !== 'ALL' && ((r.ads > 0 && recall(r) < floor) || (r.benign > 0 && 1 - fpr(r) < floor)))
          .map(([k, r]) => `${k}: R ${recall(r).toFixed(2)} FPR ${fpr(r).toFixed(2)}`);
        expect(bad).toEqual([]);
      });
    }
  });
}

/**
 * Everyday posts (shops, services, jobs, buses, rentals, photo studios…), benign only, written
 * blind in session 7 (probe-everyday.md): the labelled sets' benign posts are mostly
 * migration look-alikes, these are what a moderator's feed is mostly made of.
 */
describe('everyday-posts probe (benign only)', () => {
  const { rows } = measure('everyday-probe', 'probe-everyday.jsonl');
  const all = rows.get('ALL') as Row;
  it('covers the 23 languages with six posts each, all benign', () => {
    expect(rows.size).toBe(24);
    expect([...rows.entries()].filter(([l, r]) => l !== 'ALL' && (r.ads !== 0 || r.benign !== 6))).toEqual([]);
  });
  it('false-positive rate ≤ 0.05 (blind 0.051; 0.036 after the photo-studio rows)', () => {
    expect(fpr(all)).toBeLessThanOrEqual(0.05);
  });
});
