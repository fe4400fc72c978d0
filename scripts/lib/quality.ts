/**
 * Tallies of detection quality on labelled posts (JSON lines with `label: "ad" | "benign"`),
 * shared by the quality test and `scripts/quality.ts`. A post counts as flagged when its
 * verdict is `suspect`.
 */
import { readFileSync } from 'node:fs';

export interface LabelledPost {
  id: string;
  lang: string;
  label: 'ad' | 'benign';
  /** Subject (dev, probe) or obfuscation style (probe-obfuscated). */
  kind?: string;
  text: string;
}

/** Counts for one language, kind or ALL. */
export interface QualityRow {
  ads: number;
  /** Ads flagged. */
  tp: number;
  benign: number;
  /** Benign posts flagged. */
  fp: number;
}

export function readLabelled(file: string): LabelledPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledPost);
}

/** Counts one post under `key`. */
export function tally(rows: Map<string, QualityRow>, key: string, post: LabelledPost, flagged: boolean): void {
  const r = rows.get(key) ?? { ads: 0, tp: 0, benign: 0, fp: 0 };
  if (post.label === 'ad') {
    r.ads++;
    if (flagged) r.tp++;
  } else {
    r.benign++;
    if (flagged) r.fp++;
  }
  rows.set(key, r);
}

export const recall = (r: QualityRow): number => (r.ads ? r.tp / r.ads : 1);
export const falsePositiveRate = (r: QualityRow): number => (r.benign ? r.fp / r.benign : 0);
export const precision = (r: QualityRow): number => (r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1);

/** Rows with ALL first, then by key. */
export function sortedRows(rows: Map<string, QualityRow>): [string, QualityRow][] {
  return [...rows.entries()].toSorted(([a], [b]) => (a === 'ALL' ? -1 : b === 'ALL' ? 1 : a.localeCompare(b)));
}
