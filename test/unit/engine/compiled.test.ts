import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldDataSource, lexiconDataSource } from '../../../scripts/compile-lexicon';
import { compileExtra, compileLexicon, lexiconBytes, variantsOf, type CompiledLexicon } from '../../../src/engine/compile';
import { decodeLexicon, lexiconFingerprint, type ShippedLexicon } from '../../../src/engine/compiled/lexicon-codec';
import { LEXICON_DATA, LEXICON_FINGERPRINT, LEXICON_REJECTED } from '../../../src/engine/compiled/lexicon-data';
import { DETECTOR_TERMS } from '../../../src/engine/detectors/terms';
import { LEXICON } from '../../../src/engine/lexicon';
import type { LexiconEntry } from '../../../src/engine/types';

const REGENERATE = 'regenerate: npx tsx scripts/compile-lexicon.ts';
const entries = [...LEXICON, ...DETECTOR_TERMS];
const shipped: ShippedLexicon = { fingerprint: LEXICON_FINGERPRINT, data: LEXICON_DATA, rejected: LEXICON_REJECTED };

/** Every field of a compiled lexicon, with all variants built. */
function snapshot(lex: CompiledLexicon): Record<string, unknown> {
  const variants = Array.from(lex.patLen, (_, p) => variantsOf(lex, p));
  const { automaton, unanchored, patLen, patNeed, patMode, hasProclitics, patterns, rejected } = lex;
  return { automaton, unanchored, patLen, patNeed, patMode, hasProclitics, variants, patterns, rejected };
}

describe('generated engine tables', () => {
  it(`src/engine/compiled/fold-data.ts is current (${REGENERATE})`, () => {
    const committed = readFileSync(new URL('../../../src/engine/compiled/fold-data.ts', import.meta.url), 'utf8');
    expect(committed === foldDataSource()).toBe(true);
  });

  it(`src/engine/compiled/lexicon-data.ts matches the lexicon (${REGENERATE} after editing a lexicon file)`, () => {
    expect(LEXICON_FINGERPRINT).toBe(lexiconFingerprint(entries));
    const committed = readFileSync(new URL('../../../src/engine/compiled/lexicon-data.ts', import.meta.url), 'utf8');
    expect(committed === lexiconDataSource()).toBe(true);
  });

  it('the built-in matcher (automata and per-pattern tables) fits the 4 MB a tab may spend on it (issue 3)', () => {
    const lex = decodeLexicon(entries, shipped)!;
    const bytes = lexiconBytes(lex);
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(bytes).toBeLessThanOrEqual(4_000_000);
  });

  it('the shipped lexicon is identical to a runtime compile', () => {
    const loaded = decodeLexicon(entries, shipped);
    expect(loaded).not.toBeNull();
    expect(snapshot(loaded as CompiledLexicon)).toStrictEqual(snapshot(compileLexicon(entries)));
  });

  it('falls back (null) when the lexicon changed or the data is damaged', () => {
    const edited = entries.map((e, i) => (i === 5 ? { ...e, weight: e.weight === 1 ? 0.9 : 1 } : e));
    expect(decodeLexicon(edited, shipped)).toBeNull();
    expect(decodeLexicon(entries.slice(1), shipped)).toBeNull();
    expect(decodeLexicon(entries, { ...shipped, data: LEXICON_DATA.slice(0, -7) })).toBeNull();
    expect(decodeLexicon(entries, { ...shipped, data: `${LEXICON_DATA}00` })).toBeNull();
    expect(decodeLexicon(entries, { ...shipped, data: LEXICON_DATA.replace(/.{40}$/, 'ÿ') })).toBeNull();
  });

  it("users' terms on a shipped base give the same results as on a compiled base", () => {
    const extra: LexiconEntry[] = [
      { term: 'fake passport', lang: 'en', category: 'documents', weight: 0.5, source: 'test' },
      { term: 'zzqx boat', lang: 'en', category: 'transport', weight: 0.6, source: 'test' },
    ];
    const fromShipped = compileExtra(decodeLexicon(entries, shipped) as CompiledLexicon, extra);
    const fromCompiled = compileExtra(compileLexicon(entries), extra);
    expect(fromShipped.size).toBe(fromCompiled.size);
    expect(fromShipped.suppressed).toStrictEqual(fromCompiled.suppressed);
    expect(snapshot(fromShipped.lexicon)).toStrictEqual(snapshot(fromCompiled.lexicon));
  });
});
