import { describe, expect, it } from 'vitest';
import { LEXICON, LEXICON_BY_LANG, LEXICON_VERSION } from '../../../src/engine/lexicon';
import { foldTerm, LEXICON_CATEGORIES } from '../../../src/engine/compile';

const CATS = new Set<string>(LEXICON_CATEGORIES);

const problems = (check: (e: (typeof LEXICON)[number]) => string | null): string[] =>
  LEXICON.flatMap((e) => {
    const p = check(e);
    return p ? [`${e.lang}:${e.category}:${JSON.stringify(e.term)}: ${p}`] : [];
  });

describe('lexicon integrity (every entry of every language file)', () => {
  it('has a version string', () => {
    expect(LEXICON_VERSION).toMatch(/^\d{4}\.\d{2}\.\d{2}-\d+$/);
  });
  it('aggregates 23 languages plus any', () => {
    expect(Object.keys(LEXICON_BY_LANG).toSorted()).toEqual(
      ['any', 'am', 'ar', 'bn', 'ckb', 'de', 'el', 'en', 'es', 'fa', 'fr', 'it', 'kmr', 'pa', 'prs', 'ps', 'pt', 'ru', 'so', 'sq', 'ti', 'tr', 'ur', 'vi'].toSorted(),
    );
  });
  it('terms are non-empty, * only at the ends', () => {
    expect(problems((e) => (typeof e.term !== 'string' || e.term.replace(/\*/g, '').trim() === '' ? 'empty' : /.\*./.test(e.term.slice(1, -1)) ? 'inner *' : null))).toEqual([]);
  });
  it('categories are valid', () => {
    expect(problems((e) => (CATS.has(e.category) ? null : 'bad category'))).toEqual([]);
  });
  it('weights are in (0, 1]', () => {
    expect(problems((e) => (e.weight > 0 && e.weight <= 1 ? null : `weight ${e.weight}`))).toEqual([]);
  });
  it('every entry cites a source', () => {
    expect(problems((e) => (typeof e.source === 'string' && e.source.trim() !== '' ? null : 'no source'))).toEqual([]);
  });
  it('place entries carry a place code', () => {
    expect(problems((e) => (e.category !== 'place' || (typeof e.place === 'string' && /^[A-Z]{2}([-_][A-Z0-9]+)?$/.test(e.place)) ? null : `place ${e.place}`))).toEqual([]);
  });
  it('entries sit in the file of their language', () => {
    const bad: string[] = [];
    for (const [lang, entries] of Object.entries(LEXICON_BY_LANG)) for (const e of entries) if (e.lang !== lang) bad.push(`${lang}: ${e.term} (${e.lang})`);
    expect(bad).toEqual([]);
  });
  it('no duplicate term + lang + category', () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const e of LEXICON) {
      const k = `${e.lang}\u0000${e.category}\u0000${e.term.normalize('NFC').toLowerCase()}`;
      if (seen.has(k)) dups.push(`${e.lang}:${e.category}:${e.term}`);
      seen.add(k);
    }
    expect(dups).toEqual([]);
  });
  it('terms survive normalisation non-empty', () => {
    expect(problems((e) => (foldTerm(e.term.replace(/^\*+|\*+$/g, '')).length > 0 ? null : 'empty after normalisation'))).toEqual([]);
  });
});
