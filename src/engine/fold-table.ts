/**
 * Per-code-unit fold table and character types, decoded once per page from the compact
 * build-time data in `compiled/fold-data.ts` (built by `compiled/fold-build.ts`, which holds
 * the folding rules: case, NFKC, Turkish i, Arabic/Persian variants, native digits, skipped
 * units). Decoding takes well under a millisecond; no String.normalize per unit at run time.
 *
 * Every mapping is 1 UTF-16 unit → 1 unit or → 0 (skip), so the normaliser can keep an
 * exact map back to original offsets. Context-dependent rules (leetspeak, homoglyphs,
 * spaced-out letters, whitespace runs) live in normalize.ts.
 */
import { decodeFoldSteps, decodeTypes } from './compiled/codec';
import { FOLD_DATA, TYPE_DATA } from './compiled/fold-data';
import { inRanges, runSteps, TABLE_UNITS_PER_STEP, type Steps } from './steps';

/** Character types of a FOLDED unit, used for word boundaries and tokenising. */
// Plain numeric constants (not a const enum: per-file transpilers would turn that into a
// property lookup in the hottest loops).
export const CharType = { Other: 0, Letter: 1, Digit: 2, Mark: 3, Space: 4 } as const;
export type CharType = (typeof CharType)[keyof typeof CharType];
export const T_OTHER = 0;
export const T_LETTER = 1;
export const T_DIGIT = 2;
export const T_MARK = 3;
export const T_SPACE = 4;

/** Folded unit meaning "drop this unit". */
export const SKIP = 0;

let foldTable: Uint16Array | null = null;
let typeTable: Uint8Array | null = null;
let wordTable: Uint8Array | null = null;

function build(): void {
  runSteps(prepareFoldTables());
}

/** Decodes the tables now, in steps (engine creation; see steps.ts). */
export function* prepareFoldTables(): Steps<void> {
  if (foldTable) return;
  const type = decodeTypes(TYPE_DATA);
  yield;
  const word = new Uint8Array(65536);
  yield* inRanges(65536, TABLE_UNITS_PER_STEP, (from, to) => {
    for (let c = from; c < to; c++) {
      const t = type[c];
      if (t === T_LETTER || t === T_MARK || t === T_DIGIT) word[c] = 1;
    }
  });
  yield;
  const fold = yield* decodeFoldSteps(FOLD_DATA);
  // set together: a page that needs a table before the steps end decodes them all at once
  foldTable ??= fold;
  typeTable ??= type;
  wordTable ??= word;
}

/** The fold table: original unit → folded unit (0 = skip). */
export function getFoldTable(): Uint16Array {
  if (!foldTable) build();
  return foldTable as Uint16Array;
}

/** Character type of a folded unit. */
export function getTypeTable(): Uint8Array {
  if (!typeTable) build();
  return typeTable as Uint8Array;
}

/** 1 for folded units that belong to a word (letters, marks, digits), else 0. */
export function getWordTable(): Uint8Array {
  if (!wordTable) build();
  return wordTable as Uint8Array;
}
