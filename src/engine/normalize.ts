/**
 * Text normalisation with an exact map back to ORIGINAL UTF-16 offsets.
 *
 * Pass 1 folds every unit through the fold table (case, NFKC, Turkish i, Arabic/Persian
 * variants, native digits; zero-width, bidi, harakat and tatweel dropped) and collapses
 * whitespace runs. Pass 2 applies token-level rules that need context: leetspeak between
 * Latin letters, Cyrillic/Greek homoglyphs inside Latin words (and the reverse), and
 * spaced-out letters ("p a s s p o r t"). Lexicon terms go through the same function, so
 * both sides fold identically (this is what keeps Arabizi "ta7rib" consistent).
 *
 * Every rule is a single linear pass; nothing here uses a regular expression.
 */
import { getFoldTable, getTypeTable, getWordTable, T_LETTER as T_LETTER_, T_DIGIT as T_DIGIT_, T_MARK as T_MARK_, SKIP as SKIP_ } from './fold-table';
import { inRanges, runSteps, TABLE_UNITS_PER_STEP, type Steps } from './steps';
// Local copies: transpiled module imports can be getters, too slow for per-unit loops.
const T_LETTER = T_LETTER_;
const T_DIGIT = T_DIGIT_;
const T_MARK = T_MARK_;
const SKIP = SKIP_;

/** Normalised text: `units[0..length)` folded units, `map[i]` = original index of unit i. */
export interface Normalized {
  units: Uint16Array;
  map: Int32Array;
  length: number;
  /** Which kinds of units occur (F_* bits): lets the scanner skip detectors with nothing to find. */
  flags: number;
  /**
   * `marks[0..markCount)`: ascending positions of the units the structural detectors start
   * from (digits, + ( @ > », arrows and symbols, flag surrogates) and of Arabic proclitic
   * units at a word start. Detectors visit these instead of every unit of the text.
   */
  marks: Int32Array;
  markCount: number;
}

/** Quotation marks after folding (quotes.ts reads the quoted stretches). */
export const QUOTE_UNITS: readonly number[] = [0x22, 0x27, 0xab, 0xbb, 0x201e, 0x201a, 0x2039, 0x300c];

/** Arabic proclitics that may be glued to a word: و ب ل ف ک and ا of the article ال. */
export const PROCLITIC_UNITS: readonly number[] = [0x0648, 0x0628, 0x0644, 0x0641, 0x06a9, 0x0627];

/** `flags` bits: the text has … */
export const F_DIGIT = 1 << 3; // an ASCII digit (native digits are folded to ASCII)
export const F_AT = 1 << 4; // "@"
export const F_ARROWISH = 1 << 5; // ">", "»" or a unit in U+2190–U+2BFF (arrows)
export const F_FLAG = 1 << 6; // U+D83C, the high surrogate of regional indicators (flags)
export const F_PROCLITIC = 1 << 7; // an Arabic proclitic unit (PROCLITIC_UNITS)
const F_MARKED = 1 << 8; // a unit that `marks` records (a proclitic only at a word start)
export const F_QUOTE = 1 << 9; // a quotation mark (quotes.ts): " ' « » „ ‚ ‹ 「 after folding

const SPACE = 0x20;

/** Leetspeak digits/symbols and the Latin letter they stand for (only between Latin letters). */
const LEET = new Uint16Array(128);
LEET[0x30] = 0x6f; // 0 → o
LEET[0x31] = 0x69; // 1 → i
LEET[0x33] = 0x65; // 3 → e
LEET[0x34] = 0x61; // 4 → a
LEET[0x35] = 0x73; // 5 → s
LEET[0x37] = 0x74; // 7 → t
LEET[0x38] = 0x62; // 8 → b
LEET[0x40] = 0x61; // @ → a
LEET[0x24] = 0x73; // $ → s
LEET[0x21] = 0x69; // ! → i ("v!za")

/** Cyrillic/Greek letters that look like Latin letters (after lower-casing). */
const TO_LATIN = new Map<number, number>([
  // Cyrillic
  [0x0430, 0x61], [0x0435, 0x65], [0x043e, 0x6f], [0x0440, 0x70], [0x0441, 0x63], [0x0443, 0x79], [0x0445, 0x78],
  [0x0456, 0x69], [0x0458, 0x6a], [0x0455, 0x73], [0x0501, 0x64], [0x04bb, 0x68], [0x051b, 0x71], [0x051d, 0x77],
  [0x043a, 0x6b], [0x043c, 0x6d], [0x0442, 0x74], [0x0432, 0x62], [0x043d, 0x68], [0x0451, 0x65], [0x0454, 0x65],
  // Greek
  [0x03b1, 0x61], [0x03bf, 0x6f], [0x03c1, 0x70], [0x03bd, 0x76], [0x03c4, 0x74], [0x03c5, 0x75], [0x03b9, 0x69],
  [0x03ba, 0x6b], [0x03b5, 0x65], [0x03c7, 0x78], [0x03b2, 0x62], [0x03b7, 0x6e],
]);

/** Latin letters that look like Cyrillic letters, for Cyrillic words with Latin intruders. */
const TO_CYRILLIC = new Map<number, number>([
  [0x61, 0x0430], [0x65, 0x0435], [0x6f, 0x043e], [0x70, 0x0440], [0x63, 0x0441], [0x79, 0x0443], [0x78, 0x0445],
  [0x6b, 0x043a], [0x6d, 0x043c], [0x74, 0x0442], [0x62, 0x0432], [0x68, 0x043d], [0x69, 0x0456],
]);

/** Latin letters that look like Greek letters, for Greek words with Latin intruders. */
const TO_GREEK = new Map<number, number>([
  [0x61, 0x03b1], [0x6f, 0x03bf], [0x70, 0x03c1], [0x76, 0x03bd], [0x74, 0x03c4], [0x75, 0x03c5], [0x69, 0x03b9],
  [0x6b, 0x03ba], [0x65, 0x03b5], [0x78, 0x03c7], [0x62, 0x03b2], [0x6e, 0x03b7],
]);

/** Separators allowed between spaced-out letters: space . - _ * · */
function isSpacer(u: number): boolean {
  return u === SPACE || u === 0x2e || u === 0x2d || u === 0x5f || u === 0x2a || u === 0xb7;
}

/** Minimum run of single letters treated as one spaced-out word ("v i s a" has 4). */
const MIN_SPACED = 4;

function isLatinLetter(u: number, type: Uint8Array): boolean {
  return u < 0x250 && type[u] === T_LETTER;
}

function isCyrillic(u: number): boolean {
  return u >= 0x0400 && u <= 0x052f;
}

function isGreek(u: number): boolean {
  return u >= 0x0370 && u <= 0x03ff;
}

function isWord(t: number): boolean {
  return t === T_LETTER || t === T_MARK || t === T_DIGIT;
}

// Reusable scratch buffers for typical posts; big texts get their own arrays so a tab
// does not keep megabytes alive after one huge post.
const SCRATCH_LIMIT = 1 << 16;
let scratchUnits = new Uint16Array(1024);
let scratchMap = new Int32Array(1024);
let scratchMarks = new Int32Array(1024);
/**
 * Positions of kept spaces that stood for two or more (a wider gap: between the words of a
 * spaced-out phrase, "c a r t e  d e  s é j o u r"). Rare, so a small list that stops
 * recording when full (the only effect: such phrases are joined as one word).
 */
const wides = new Int32Array(256);
let wideCount = 0;

/**
 * Normalises `text`. The returned arrays may be shared scratch space: copy them if you keep
 * them beyond the next call (see {@link normalizeText}).
 */
export function normalizeInto(text: string): Normalized {
  const foldKind = getFoldKind();
  const type = getTypeTable();
  const len = text.length;
  let units: Uint16Array;
  let map: Int32Array;
  let marks: Int32Array;
  if (len <= SCRATCH_LIMIT) {
    if (scratchUnits.length < len) {
      let size = scratchUnits.length;
      while (size < len) size *= 2;
      scratchUnits = new Uint16Array(size);
      scratchMap = new Int32Array(size);
      scratchMarks = new Int32Array(size);
    }
    units = scratchUnits;
    map = scratchMap;
    marks = scratchMarks;
  } else {
    units = new Uint16Array(len);
    map = new Int32Array(len);
    marks = new Int32Array(len);
  }

  // Pass 1: per-unit fold and whitespace collapse. A table gives each folded unit its kind
  // (low 3 bits) and flags; the kinds of the last three units say whether pass 2 can have
  // work: leetspeak right after a Latin letter, a Latin letter next to a Cyrillic or Greek
  // one (homoglyphs), or two single letters in a row between spacers (the core of "p a s s").
  let n = 0;
  let lastSpace = 1; // leading spaces are dropped
  let flags = 0;
  let hist = 0;
  let hints = 0;
  let lastSls = -3;
  let m = 0;
  wideCount = 0;
  for (let i = 0; i < len; i++) {
    const fk = foldKind[text.charCodeAt(i)] as number;
    // skipped (fk 0), or a space after a space: one rarely taken branch (testing "is it a
    // space" first would be a branch taken every few units, often mispredicted)
    const space = (fk >>> FK_SPACE_SHIFT) & 1;
    if (((((fk | -fk) >>> 31) ^ 1) | (space & lastSpace)) !== 0) {
      if (space !== 0 && n > 0 && wideCount < wides.length && (wideCount === 0 || wides[wideCount - 1] !== n - 1)) wides[wideCount++] = n - 1;
      continue;
    }
    units[n] = fk & 0xffff;
    map[n] = i;
    n++;
    lastSpace = space;
    const k = (fk >>> 16) & KIND_BITS;
    flags |= k;
    hist = ((hist << 3) | (k & 7)) & 511;
    // proclitics only count at a word start: the previous kind is not a word kind
    if ((k & F_MARKED) !== 0 && ((k & F_PROCLITIC) === 0 || ((WORD_KINDS >> ((hist >> 3) & 7)) & 1) === 0)) marks[m++] = n - 1;
    const h = HINT[hist] as number;
    if (h !== 0) {
      if (h !== H_SLS) hints |= h;
      else {
        if (lastSls === n - 2) hints |= H_SPACED;
        lastSls = n;
      }
    }
  }
  if (n > 0 && units[n - 1] === SPACE) n--;

  if (m > 0 && (marks[m - 1] as number) >= n) m--; // a trailing space is never marked, but be exact

  if ((hints & H_LEET) !== 0) leetPass(units, n, type);
  if ((hints & (H_SPACED | H_MIXED)) !== 0) {
    const before = n;
    n = tokenPass(units, map, n, type);
    if (n !== before) m = markUnits(units, n, marks); // spacers were removed: positions moved
  }
  return { units, map, length: n, flags: flags & ~7, marks, markCount: m };
}

/** Recomputes `marks` over final units (after spaced-out letters were joined); returns the count. */
export function markUnits(units: Uint16Array, n: number, marks: Int32Array): number {
  const kv = getKindFlags();
  const word = getWordTable();
  let m = 0;
  for (let j = 0; j < n; j++) {
    const k = kv[units[j] as number] as number;
    if ((k & F_MARKED) !== 0 && ((k & F_PROCLITIC) === 0 || j === 0 || word[units[j - 1] as number] === 0)) marks[m++] = j;
  }
  return m;
}

// Kinds of folded units for the pass-1 hints (3 bits).
const K_OTHER = 0;
const K_LATIN = 1; // Latin letter (< U+0250)
const K_CYRGR = 2; // Cyrillic or Greek letter
const K_LETTER = 3; // any other letter
const K_LEET = 4; // leet digits 0 1 3 4 5 7 8
const K_SPACER = 5; // space . - _ * ·
const K_WORD = 6; // another word unit: digits 2 6 9, marks
const K_LEET_SYMBOL = 7; // leet symbols @ $ (not word units)
/** Bit k set when kind k is a word unit (letter, mark or digit). */
const WORD_KINDS = (1 << K_LATIN) | (1 << K_CYRGR) | (1 << K_LETTER) | (1 << K_LEET) | (1 << K_WORD);

/** HINT[k2 << 6 | k1 << 3 | k0] over the kinds of the last three units. */
const H_LEET = 1; // a leet unit right after a Latin letter
const H_SLS = 2; // spacer, single letter, spacer
const H_MIXED = 4; // a Latin letter next to a Cyrillic or Greek letter
const H_SPACED = 8; // two H_SLS in a row: "s a s", set by the loop
const HINT = new Uint8Array(512);
for (let k2 = 0; k2 < 8; k2++) {
  for (let k1 = 0; k1 < 8; k1++) {
    if (k1 === K_LATIN) HINT[(k2 << 6) | (k1 << 3) | K_LEET] = H_LEET;
    if (k1 === K_LATIN) HINT[(k2 << 6) | (k1 << 3) | K_LEET_SYMBOL] = H_LEET;
    if (k1 === K_LATIN) HINT[(k2 << 6) | (k1 << 3) | K_CYRGR] = H_MIXED;
    if (k1 === K_CYRGR) HINT[(k2 << 6) | (k1 << 3) | K_LATIN] = H_MIXED;
    if (k2 === K_SPACER && (k1 === K_LATIN || k1 === K_CYRGR || k1 === K_LETTER)) HINT[(k2 << 6) | (k1 << 3) | K_SPACER] = H_SLS;
  }
}

/** foldKind: bit set when the folded unit is a space (kinds and flags use bits 16–25). */
const FK_SPACE_SHIFT = 29;
/** The kind and F_* bits of a foldKind entry's high half. */
const KIND_BITS = 0x3ff;

let kindFlags: Uint16Array | null = null;
let foldKindTable: Uint32Array | null = null;

/** Builds the normaliser's tables now, in steps (engine creation; see steps.ts). */
export function* prepareNormalizer(): Steps<void> {
  if (foldKindTable) return;
  const k = yield* kindFlagsSteps();
  kindFlags ??= k;
  yield;
  const t = yield* foldKindSteps();
  foldKindTable ??= t;
}

/**
 * ORIGINAL unit → its folded unit (low 16 bits) and that unit's kind and flags (high 16
 * bits; 0 for skipped units): the hot loop of pass 1 needs one table load per unit.
 */
function getFoldKind(): Uint32Array {
  return (foldKindTable ??= runSteps(foldKindSteps()));
}

function* foldKindSteps(): Steps<Uint32Array> {
  const fold = getFoldTable();
  const kv = getKindFlags();
  const t = new Uint32Array(65536);
  yield* inRanges(65536, TABLE_UNITS_PER_STEP, (from, to) => {
    for (let c = from; c < to; c++) {
      const f = fold[c] as number;
      t[c] = f === SKIP ? 0 : f | ((kv[f] as number) << 16) | (f === SPACE ? 1 << FK_SPACE_SHIFT : 0);
    }
  });
  return t;
}

/** Folded unit → kind (low 3 bits) | F_* flags. */
function getKindFlags(): Uint16Array {
  return (kindFlags ??= runSteps(kindFlagsSteps()));
}

function* kindFlagsSteps(): Steps<Uint16Array> {
  const type = getTypeTable();
  const word = getWordTable();
  const k = new Uint16Array(65536);
  // one plain pass by character type (simple enough to be fast even before optimisation),
  // then the few ranges and units with kinds or flags of their own
  yield* inRanges(65536, TABLE_UNITS_PER_STEP, (from, to) => {
    for (let u = from; u < to; u++) k[u] = type[u] === T_LETTER ? K_LETTER : word[u] === 1 ? K_WORD : K_OTHER;
  });
  yield;
  const setKind = (u: number, kind: number): void => {
    k[u] = ((k[u] as number) & ~7) | kind;
  };
  for (let u = 0; u < 0x250; u++) if (type[u] === T_LETTER) setKind(u, K_LATIN);
  for (let u = 0x0370; u <= 0x052f; u++) if (type[u] === T_LETTER) setKind(u, K_CYRGR);
  for (let u = 0; u < 0x100; u++) if (isSpacer(u)) setKind(u, K_SPACER);
  for (let u = 0; u < 0x80; u++) if (LEET[u] !== 0) setKind(u, word[u] === 1 ? K_LEET : K_LEET_SYMBOL);
  const flag = (u: number, f: number): void => {
    k[u] = (k[u] as number) | f;
  };
  for (let u = 0x30; u <= 0x39; u++) flag(u, F_DIGIT | F_MARKED);
  flag(0x40, F_AT | F_MARKED);
  flag(0x2b, F_MARKED);
  flag(0x28, F_MARKED);
  flag(0x3e, F_ARROWISH | F_MARKED);
  flag(0xbb, F_ARROWISH | F_MARKED);
  for (let u = 0x2190; u <= 0x2bff; u++) flag(u, F_ARROWISH | F_MARKED);
  flag(0xd83c, F_FLAG | F_MARKED);
  for (const u of PROCLITIC_UNITS) flag(u, F_PROCLITIC | F_MARKED);
  for (const u of QUOTE_UNITS) flag(u, F_QUOTE);
  return k;
}

/** "name@example.com": the @ is an address, not leetspeak for "a". */
function looksLikeEmail(units: Uint16Array, at: number, n: number, type: Uint8Array): boolean {
  let k = at + 1;
  while (k < n && (isLatinLetter(units[k] as number, type) || units[k] === 0x2d || ((units[k] as number) >= 0x30 && (units[k] as number) <= 0x39))) k++;
  return k + 1 < n && units[k] === 0x2e && isLatinLetter(units[k + 1] as number, type);
}

/**
 * Pass 2a, leetspeak: a run of ≤ 2 leet units with Latin letters on both sides ("p4ssp0rt"),
 * or one leet digit ending a word of at least four Latin letters ("garantizad0"; shorter
 * words and two digits are left alone: "mp3", "win10", "dollar50").
 */
function leetPass(units: Uint16Array, n: number, type: Uint8Array): void {
  for (let j = 1; j < n; j++) {
    const u = units[j] as number;
    if (u >= 0x80 || LEET[u] === 0 || !isLatinLetter(units[j - 1] as number, type)) continue;
    let k = j;
    while (k < n && k - j < 3 && (units[k] as number) < 0x80 && LEET[units[k] as number] !== 0) k++;
    if (u === 0x40 && looksLikeEmail(units, j, n, type)) {
      j = k - 1;
      continue;
    }
    if (k - j <= 2 && k < n && isLatinLetter(units[k] as number, type)) {
      for (let m = j; m < k; m++) units[m] = LEET[units[m] as number] as number;
    } else if (isWord(type[u] as number) && (j + 1 >= n || !isWord(type[units[j + 1] as number] as number)) && latinWordBefore(units, j, type) >= 4) {
      units[j] = LEET[u] as number;
    }
    j = k - 1;
  }
}

/** Length of the word of Latin letters ending at j - 1 (0 if it holds anything else). */
function latinWordBefore(units: Uint16Array, j: number, type: Uint8Array): number {
  let w = j;
  while (w > 0 && isLatinLetter(units[w - 1] as number, type)) w--;
  if (w > 0 && isWord(type[units[w - 1] as number] as number)) return 0;
  return j - w;
}

/** Spaced-out runs of the current phrase, waiting for the phrase to end: from, to, spacer. */
const phraseRuns: number[] = [];

/** Pass 2b, per token: homoglyphs, and runs of single-letter tokens; returns the new length. */
function tokenPass(units: Uint16Array, map: Int32Array, n: number, type: Uint8Array): number {
  let removed = false;
  let runStart = -1; // index of the first spacer of the current run
  let runLen = 0;
  let runSpacer = 0;
  let prevEnd = -1;
  let wi = 0; // next entry of `wides` to look at
  // A phrase: runs split by wide gaps ("c a r t e  d e  s é j o u r"). When one of its runs
  // is long enough to be a spaced-out word, its shorter runs are words of it too ("d e").
  let phraseLong = false;
  phraseRuns.length = 0;
  const closeRun = (): void => {
    if (runLen < 2) return;
    phraseRuns.push(runStart, prevEnd, runSpacer);
    if (runLen >= MIN_SPACED) phraseLong = true;
  };
  const endPhrase = (): void => {
    if (phraseRuns.length === 0) return; // most words: setting an array's length is a runtime call
    if (phraseLong) {
      for (let r = 0; r < phraseRuns.length; r += 3) dropSpacers(units, phraseRuns[r] as number, phraseRuns[r + 1] as number, phraseRuns[r + 2] as number);
      removed = true;
    }
    phraseRuns.length = 0;
    phraseLong = false;
  };
  let j = 0;
  while (j < n) {
    if (!isWord(type[units[j] as number] as number)) {
      j++;
      continue;
    }
    const a = j;
    let latin = 0;
    let cyr = 0;
    let greek = 0;
    let letters = 0;
    while (j < n && isWord(type[units[j] as number] as number)) {
      const u = units[j] as number;
      if (type[u] === T_LETTER) {
        letters++;
        if (u < 0x250) latin++;
        else if (isCyrillic(u)) cyr++;
        else if (isGreek(u)) greek++;
      }
      j++;
    }
    const b = j;
    if (latin > 0 && (cyr > 0 || greek > 0)) foldHomoglyphs(units, a, b, type, latin, cyr, greek);
    // spaced-out letters
    const single = letters === 1 && type[units[a] as number] === T_LETTER;
    const gapAt = a - prevEnd === 1 && prevEnd >= 0 ? prevEnd : -1;
    const gapSpacer = gapAt >= 0 ? (units[gapAt] as number) : -1;
    let wide = false;
    if (gapSpacer === SPACE) {
      while (wi < wideCount && (wides[wi] as number) < gapAt) wi++;
      wide = wi < wideCount && wides[wi] === gapAt;
    }
    if (single && runLen > 0 && !wide && gapSpacer >= 0 && isSpacer(gapSpacer) && (runLen === 1 || gapSpacer === runSpacer)) {
      if (runLen === 1) {
        runSpacer = gapSpacer;
        runStart = prevEnd;
      }
      runLen++;
    } else {
      const samePhrase = single && runLen > 0 && wide;
      closeRun();
      if (!samePhrase) endPhrase();
      runLen = single ? 1 : 0;
    }
    prevEnd = b;
  }
  closeRun();
  endPhrase();

  if (!removed) return n;
  let w = 0;
  for (let r = 0; r < n; r++) {
    const u = units[r] as number;
    if (u === SKIP) continue;
    units[w] = u;
    map[w] = map[r] as number;
    w++;
  }
  return w;
}

/**
 * A word mixing Latin with Cyrillic or Greek letters is folded into one script: the one
 * with letters that have no look-alike in the other ("Пacпopт" has п: Cyrillic; "pаss" has
 * s: Latin), else the one with more letters.
 */
function foldHomoglyphs(units: Uint16Array, a: number, b: number, type: Uint8Array, latin: number, cyr: number, greek: number): void {
  const other = cyr >= greek ? TO_CYRILLIC : TO_GREEK;
  let latinOnly = 0;
  let otherOnly = 0;
  for (let m = a; m < b; m++) {
    const u = units[m] as number;
    if (type[u] !== T_LETTER) continue;
    if (u < 0x250) {
      if (!other.has(u)) latinOnly++;
    } else if ((other === TO_CYRILLIC ? isCyrillic(u) : isGreek(u)) && !TO_LATIN.has(u)) otherOnly++;
  }
  let table: Map<number, number>;
  if (otherOnly > 0 && latinOnly === 0) table = other;
  else if (latinOnly > 0 && otherOnly === 0) table = TO_LATIN;
  else table = latin >= cyr + greek ? TO_LATIN : other;
  for (let m = a; m < b; m++) {
    const r = table.get(units[m] as number);
    if (r !== undefined) units[m] = r;
  }
}

function dropSpacers(units: Uint16Array, from: number, to: number, spacer: number): boolean {
  for (let m = from; m < to; m++) if (units[m] === spacer) units[m] = SKIP;
  return true;
}

/** Original end of a normalised range ending at b (exclusive), extended over trailing combining marks. */
export function originalEnd(norm: Normalized, text: string, b: number): number {
  let end = (norm.map[b - 1] as number) + 1;
  // keep a surrogate pair whole
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff && end < text.length) {
    const next = text.charCodeAt(end);
    if (next >= 0xdc00 && next <= 0xdfff) end++;
  }
  // include harakat / combining marks that belong to the last letter
  const fold = getFoldTable();
  const type = getTypeTable();
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (fold[c] !== SKIP || type[c] !== T_MARK) break;
    end++;
  }
  return end;
}

/** Normalises a string and returns a detached copy (for terms, tests and debugging). */
export function normalizeText(text: string): { text: string; map: number[] } {
  const norm = normalizeInto(text);
  let out = '';
  for (let i = 0; i < norm.length; i += 4096) out += String.fromCharCode(...norm.units.subarray(i, Math.min(norm.length, i + 4096)));
  return { text: out, map: Array.from(norm.map.subarray(0, norm.length)) };
}
