import type { LexiconCategory, LexiconEntry } from '../types';

/** A compact lexicon row: [term, category, weight, notes?, source?]. */
export type Row = readonly [term: string, category: LexiconCategory, weight: number, notes?: string, source?: string];

/**
 * Expands compact rows into full entries. `source` is the default citation for the block;
 * a row's own fifth field overrides it.
 */
export function define(lang: string, source: string, rows: readonly Row[]): LexiconEntry[] {
  return rows.map(([term, category, weight, notes, rowSource]) => {
    const entry: LexiconEntry = { term, lang, category, weight, source: rowSource ?? source };
    if (notes) entry.notes = notes;
    return entry;
  });
}

/** Place names for the route detector: [name, ISO 3166-1 alpha-2]. */
export function places(lang: string, source: string, rows: readonly (readonly [name: string, code: string])[]): LexiconEntry[] {
  return rows.map(([term, place]) => ({ term, lang, category: 'place', weight: 1, source, place }));
}
