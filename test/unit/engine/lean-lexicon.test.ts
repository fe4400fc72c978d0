import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leanLexiconSource } from '../../../scripts/lib/lean-lexicon';
import { LEXICON_FINGERPRINT } from '../../../src/engine/compiled/lexicon-data';
import { lexiconFingerprint } from '../../../src/engine/compiled/lexicon-codec';
import { DETECTOR_TERMS } from '../../../src/engine/detectors/terms';
import { LEXICON } from '../../../src/engine/lexicon';
import type { LexiconEntry } from '../../../src/engine/types';

describe('lean lexicon for the content script (notes and sources dropped at build time)', () => {
  it.each([
    ["    ['boza', 'offer', 0.45, 'homograph: boza drink', 'mission-anchors §B2 #18'],", "    ['boza', 'offer', 0.45],"],
    ["    ['ደመወዝ', 'legit', 0.2, 'salary: legit jobs', B_FP],", "    ['ደመወዝ', 'legit', 0.2],"],
    ["    ['passeur', 'offer', 0.75, 'very common in news, \\'passeurs\\' too'],", "    ['passeur', 'offer', 0.75],"],
    ["    [\"l'homme\", 'offer', 0.3, 'x']", "    [\"l'homme\", 'offer', 0.3]"],
    ["    ['per-unit term', 'per-unit', 1],", "    ['per-unit term', 'per-unit', 1],"],
  ])('rewrites a one-line row: %s', (row, lean) => {
    expect(leanLexiconSource(row)).toBe(lean);
  });

  it.each([
    ["    ['Kabul', 'AF'], ['Pakistan', 'PK'],"], // place rows
    ['  ...define(\'fr\', CAND, ['], // code
    ["    ['a term', 'offer',\n      0.5, 'notes'],"], // a row over two lines
    ['const SRC = \'mission-anchors §B3 (French)\';'],
  ])('leaves anything else alone: %s', (code) => {
    expect(leanLexiconSource(code)).toBe(code);
  });

  // The real files, rewritten and loaded: same entries except notes and sources, so the
  // fingerprint of the compiled lexicon shipped with the content script still matches.
  const dir = resolve(__dirname, '../../../src/engine/.lean-lexicon-test');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the rewritten language files give the same entries and the shipped fingerprint', async () => {
    const src = resolve(__dirname, '../../../src/engine/lexicon');
    mkdirSync(dir, { recursive: true });
    let shrunk = 0;
    for (const f of readdirSync(src)) {
      const code = readFileSync(resolve(src, f), 'utf8');
      const lean = f === 'index.ts' || f === 'define.ts' ? code : leanLexiconSource(code);
      shrunk += code.length - lean.length;
      writeFileSync(resolve(dir, f), lean);
    }
    expect(shrunk).toBeGreaterThan(100_000);
    const { LEXICON: lean } = (await import(resolve(dir, 'index.ts'))) as { LEXICON: LexiconEntry[] };
    expect(lean.map(({ term, lang, category, weight, place }) => [term, lang, category, weight, place])).toEqual(
      LEXICON.map(({ term, lang, category, weight, place }) => [term, lang, category, weight, place]),
    );
    expect(lean.filter((e) => e.notes !== undefined).length).toBeLessThan(LEXICON.filter((e) => e.notes !== undefined).length / 10);
    expect(lexiconFingerprint([...lean, ...DETECTOR_TERMS])).toBe(LEXICON_FINGERPRINT);
  });
});
