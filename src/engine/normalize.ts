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
import { getFoldTable, getTypeTable, T_LETTER as T_LETTER_, T_DIGIT as T_DIGIT_, T_MARK as T_MARK_, SKIP as SKIP_ } from './fold-table';
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
  /** Bitwise OR of all folded units (a cheap "which scripts may occur" hint). */
  orUnits: number;
}

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

/**
 * Normalises `text`. The returned arrays may be shared scratch space: copy them if you keep
 * them beyond the next call (see {@link normalizeText}).
 */
export function normalizeInto(text: string): Normalized {
  const fold = getFoldTable();
  const type = getTypeTable();
  const len = text.length;
  let units: Uint16Array;
  let map: Int32Array;
  if (len <= SCRATCH_LIMIT) {
    if (scratchUnits.length < len) {
      let size = scratchUnits.length;
      while (size < len) size *= 2;
      scratchUnits = new Uint16Array(size);
      scratchMap = new Int32Array(size);
    }
    units = scratchUnits;
    map = scratchMap;
  } else {
    units = new Uint16Array(len);
    map = new Int32Array(len);
  }

  // Pass 1: per-unit fold, whitespace collapse. Note whether pass 2 can have work to do
  // (digits/@/$ after a Latin letter, Latin next to Cyrillic/Greek, a single letter after a
  // spacer): a pair table over the kinds of the last two units, i.e. the
  // hint fires when pass 2 could change something; pass 2 decides precisely.
  const kinds = getKinds();
  let n = 0;
  let last = SPACE;
  let or = 0;
  let i = 0;
  let prevKind = K_NONE;
  let needContext = false;
  for (; i < len; i++) {
    const f = fold[text.charCodeAt(i)] as number;
    if (f === SKIP || (f === SPACE && last === SPACE)) continue;
    units[n] = f;
    map[n] = i;
    n++;
    or |= f;
    last = f;
    const k = kinds[f] as number;
    const t = PAIR[(prevKind << 3) | k] as number;
    prevKind = k;
    if (t !== 0 && (t === 1 || (n >= 3 && type[units[n - 3] as number] === T_LETTER && (n === 3 || !isWord(type[units[n - 4] as number] as number))))) {
      needContext = true;
      i++;
      break;
    }
  }
  // the rest of pass 1 without hints
  for (; i < len; i++) {
    const f = fold[text.charCodeAt(i)] as number;
    if (f === SKIP || (f === SPACE && last === SPACE)) continue;
    units[n] = f;
    map[n] = i;
    n++;
    or |= f;
    last = f;
  }
  if (n > 0 && units[n - 1] === SPACE) n--;

  if (needContext) n = contextPass(units, map, n, type);
  return { units, map, length: n, orUnits: or };
}

// Kinds of folded units for the pass-1 hint (only units below U+0530 can fire).
const K_NONE = 0;
const K_LATIN = 1; // Latin letter (< U+0250)
const K_CYRGR = 2; // Cyrillic or Greek unit, letter
const K_CYRGR_OTHER = 3; // Cyrillic or Greek unit, not a letter
const K_OTHER_LETTER = 4; // another letter below U+0530
const K_LEET = 5; // 0 1 3 4 5 7 8 @ $
const K_SPACER = 6; // space . - _ * ·

/** PAIR[prev << 3 | cur]: 0 nothing, 1 pass 2 needed, 2 needed if a spaced-out run starts here. */
const PAIR = new Uint8Array(64);
PAIR[(K_LATIN << 3) | K_LEET] = 1;
PAIR[(K_LATIN << 3) | K_CYRGR] = 1;
PAIR[(K_LATIN << 3) | K_CYRGR_OTHER] = 1;
PAIR[(K_CYRGR << 3) | K_LATIN] = 1;
PAIR[(K_CYRGR_OTHER << 3) | K_LATIN] = 1;
PAIR[(K_SPACER << 3) | K_LATIN] = 2;
PAIR[(K_SPACER << 3) | K_CYRGR] = 2;
PAIR[(K_SPACER << 3) | K_OTHER_LETTER] = 2;

let kindTable: Uint8Array | null = null;
function getKinds(): Uint8Array {
  if (kindTable) return kindTable;
  const type = getTypeTable();
  const k = new Uint8Array(65536);
  for (let u = 0; u < 0x0530; u++) {
    const letter = type[u] === T_LETTER;
    if (u < 0x80 && LEET[u] !== 0) k[u] = K_LEET;
    else if (isSpacer(u)) k[u] = K_SPACER;
    else if (isCyrillic(u) || isGreek(u)) k[u] = letter ? K_CYRGR : K_CYRGR_OTHER;
    else if (letter) k[u] = u < 0x250 ? K_LATIN : K_OTHER_LETTER;
  }
  kindTable = k;
  return k;
}

/** "name@example.com": the @ is an address, not leetspeak for "a". */
function looksLikeEmail(units: Uint16Array, at: number, n: number, type: Uint8Array): boolean {
  let k = at + 1;
  while (k < n && (isLatinLetter(units[k] as number, type) || units[k] === 0x2d || ((units[k] as number) >= 0x30 && (units[k] as number) <= 0x39))) k++;
  return k + 1 < n && units[k] === 0x2e && isLatinLetter(units[k + 1] as number, type);
}

/** Pass 2: leetspeak, homoglyphs and spaced-out letters; returns the new length. */
function contextPass(units: Uint16Array, map: Int32Array, n: number, type: Uint8Array): number {
  // Leet: a run of ≤ 2 leet units with Latin letters on both sides.
  for (let j = 1; j < n - 1; j++) {
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
    }
    j = k - 1;
  }

  // Tokens: homoglyphs per token, and runs of single-letter tokens.
  let removed = false;
  let runStart = -1; // index of the first spacer of the current run
  let runLen = 0;
  let runSpacer = 0;
  let prevEnd = -1;
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
    if (latin > 0 && (cyr > 0 || greek > 0)) {
      const table = latin >= cyr + greek ? TO_LATIN : cyr >= greek ? TO_CYRILLIC : TO_GREEK;
      for (let m = a; m < b; m++) {
        const r = table.get(units[m] as number);
        if (r !== undefined) units[m] = r;
      }
    }
    // spaced-out letters
    const single = letters === 1 && type[units[a] as number] === T_LETTER;
    const gapSpacer = a - prevEnd === 1 && prevEnd >= 0 ? (units[prevEnd] as number) : -1;
    if (single && runLen > 0 && gapSpacer >= 0 && isSpacer(gapSpacer) && (runLen === 1 || gapSpacer === runSpacer)) {
      if (runLen === 1) {
        runSpacer = gapSpacer;
        runStart = prevEnd;
      }
      runLen++;
    } else {
      if (runLen >= MIN_SPACED) removed = dropSpacers(units, runStart, prevEnd, runSpacer) || removed;
      runLen = single ? 1 : 0;
    }
    prevEnd = b;
  }
  if (runLen >= MIN_SPACED) removed = dropSpacers(units, runStart, prevEnd, runSpacer) || removed;

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

function dropSpacers(units: Uint16Array, from: number, to: number, spacer: number): boolean {
  for (let m = from; m < to; m++) if (units[m] === spacer) units[m] = SKIP;
  return true;
}

/** Original [start, end) of the normalised range [a, b), extended over trailing combining marks. */
export function originalRange(norm: Normalized, text: string, a: number, b: number): [number, number] {
  const start = norm.map[a] as number;
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
  return [start, end];
}

/** Normalises a string and returns a detached copy (for terms, tests and debugging). */
export function normalizeText(text: string): { text: string; map: number[] } {
  const norm = normalizeInto(text);
  let out = '';
  for (let i = 0; i < norm.length; i += 4096) out += String.fromCharCode(...norm.units.subarray(i, Math.min(norm.length, i + 4096)));
  return { text: out, map: Array.from(norm.map.subarray(0, norm.length)) };
}
