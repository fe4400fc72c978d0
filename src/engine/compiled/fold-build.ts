/**
 * BUILD-TIME builder of the per-unit fold and character-type tables (not imported by the
 * engine at run time). `scripts/compile-lexicon.ts` runs it and writes the range-encoded
 * result to `fold-data.ts`, so no page pays for 64K String.normalize/toLowerCase calls and
 * every JS engine folds identically (its own Unicode tables do not matter).
 * test/unit/engine/compiled.test.ts fails when fold-data.ts is stale.
 *
 * Every mapping is 1 UTF-16 unit → 1 unit or → 0 (skip), so the normaliser can keep an
 * exact map back to original offsets. Context-dependent rules (leetspeak, homoglyphs,
 * spaced-out letters, whitespace runs) live in normalize.ts.
 */
const CharType = { Other: 0, Letter: 1, Digit: 2, Mark: 3, Space: 4 } as const;
const SKIP = 0;

/** Code points of the zero digit of each decimal digit system we map to ASCII. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50,
  0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
  0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

/** Units removed before matching: zero-width chars, bidi controls, soft hyphen, tatweel, harakat, selectors. */
const SKIP_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x0300, 0x036f], // combining diacritics (NFD text folds like NFC text)
  [0x034f, 0x034f], // combining grapheme joiner
  [0x0610, 0x061a], // Arabic honorific/Quranic signs
  [0x061c, 0x061c], // Arabic letter mark
  [0x0640, 0x0640], // tatweel
  [0x064b, 0x065f], // harakat
  [0x0670, 0x0670], // superscript alef
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x180e, 0x180e],
  [0x200b, 0x200f], // ZWSP, ZWNJ, ZWJ, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings/overrides
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x2066, 0x2069], // bidi isolates
  [0xfe00, 0xfe0f], // variation selectors (emoji presentation)
  [0xfeff, 0xfeff], // BOM / ZWNBSP
];

/** Arabic-script letter variants folded to one representative (both text and lexicon). */
const ARABIC_FOLD: Readonly<Record<number, number>> = {
  0x064a: 0x06cc, // ي → ی
  0x0649: 0x06cc, // ى → ی
  0x0626: 0x06cc, // ئ → ی
  0x06d2: 0x06cc, // ے → ی
  0x06d3: 0x06cc, // ۓ → ی
  0x06cd: 0x06cc, // ۍ → ی (Pashto)
  0x06d0: 0x06cc, // ې → ی (Pashto)
  0x0643: 0x06a9, // ك → ک
  0x06aa: 0x06a9, // ڪ → ک
  0x0629: 0x0647, // ة → ه
  0x06c1: 0x0647, // ہ → ه
  0x06be: 0x0647, // ھ → ه
  0x06d5: 0x0647, // ە → ه (Sorani ae; keyboards mix it with ه)
  0x06c0: 0x0647, // ۀ → ه
  0x06c2: 0x0647,
  0x0623: 0x0627, // أ → ا
  0x0625: 0x0627, // إ → ا
  0x0622: 0x0627, // آ → ا
  0x0671: 0x0627, // ٱ → ا
  0x0672: 0x0627,
  0x0673: 0x0627,
  0x0624: 0x0648, // ؤ → و
  // Sorani letters that keyboards and users often replace with the plain Arabic letter
  0x0695: 0x0631, // ڕ → ر
  0x06b5: 0x0644, // ڵ → ل
  0x06ce: 0x06cc, // ێ → ی
  0x06c6: 0x0648, // ۆ → و
  0x06ab: 0x06af, // Pashto ګ → گ
};

/**
 * Ethiopic homophones (Amharic spells one sound with several letter series): ሐ and ኀ → ሀ,
 * ሠ → ሰ, ዐ → አ, ፀ → ጸ, in every vowel order. [from, to, orders]
 */
const ETHIOPIC_HOMOPHONES: readonly (readonly [number, number, number])[] = [
  [0x1210, 0x1200, 7], // ሐ ሑ ሒ ሓ ሔ ሕ ሖ → ሀ …
  [0x1280, 0x1200, 7], // ኀ ኁ ኂ ኃ ኄ ኅ ኆ → ሀ …
  [0x1220, 0x1230, 8], // ሠ … ሦ ሧ → ሰ … ሶ ሷ
  [0x12d0, 0x12a0, 7], // ዐ ዑ ዒ ዓ ዔ ዕ ዖ → አ …
  [0x1340, 0x1338, 7], // ፀ ፁ ፂ ፃ ፄ ፅ ፆ → ጸ …
];

/** Special single-unit folds that toLowerCase/NFKC do not give us. */
const SPECIAL_FOLD: Readonly<Record<number, number>> = {
  0x0130: 0x69, // İ → i (JS lowercases to i + U+0307, two units)
  0x0131: 0x69, // ı → i (Turkish dotless i; folding both makes matching locale-free)
  0x03c2: 0x03c3, // ς → σ
  0x017f: 0x73, // ſ → s
  0x0111: 0x64, // đ → d
  0x0110: 0x64,
  0x0142: 0x6c, // ł → l
  0x0141: 0x6c,
  0x00f8: 0x6f, // ø → o
  0x00d8: 0x6f,
  0x2018: 0x27, // ‘ ’ ʼ ′ → ' (Turkish suffix apostrophes)
  0x2019: 0x27,
  0x02bc: 0x27,
  0x2032: 0x27,
  0x00b4: 0x27,
  0x201c: 0x22,
  0x201d: 0x22,
  0x2010: 0x2d, // hyphens/dashes → -
  0x2011: 0x2d,
  0x2012: 0x2d,
  0x2013: 0x2d,
  0x2014: 0x2d,
  0x2212: 0x2d,
  0x066b: 0x2e, // Arabic decimal separator → .
  0x066c: 0x2c, // Arabic thousands separator → ,
  0x060c: 0x2c, // Arabic comma → ,
};

/** Blocks where NFKC, lower-casing or diacritic stripping can change a unit. */
const GENERIC_RANGES: readonly (readonly [number, number])[] = [
  [0x0080, 0x058f], // Latin-1 … Armenian (Latin, IPA, Greek, Cyrillic)
  [0x0600, 0x06ff], // Arabic (presentation handled below; here: digits/spaces)
  [0x10a0, 0x10ff], // Georgian
  [0x13a0, 0x13ff], // Cherokee
  [0x1680, 0x1680],
  [0x1c80, 0x1cbf],
  [0x1d00, 0x1fff], // phonetic ext, Latin Ext Additional, Greek Extended
  [0x2000, 0x218f], // spaces, punctuation, letterlike, numbers
  [0x2460, 0x24ff], // enclosed alphanumerics
  [0x2c00, 0x2dff],
  [0x3000, 0x3000],
  [0xa640, 0xa7ff],
  [0xab30, 0xabbf],
  [0xfb00, 0xfdff], // ligatures, Arabic presentation forms A
  [0xfe70, 0xfefe], // Arabic presentation forms B
  [0xff00, 0xffef], // fullwidth / halfwidth
];


/** Latin and Greek letters lose their diacritics (users often type without them). */
function stripsDiacritics(c: number): boolean {
  return (c >= 0x00c0 && c <= 0x024f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x0370 && c <= 0x03ff) || (c >= 0x1f00 && c <= 0x1fff);
}

const SPACE_RE = /\s/u;

/** Generic fold of one unit ≥ 0x80 (the explicit tables are applied on top in build()). */
function foldOne(c: number): number {
  const special = SPECIAL_FOLD[c] ?? ARABIC_FOLD[c];
  if (special !== undefined) return special;
  let s = String.fromCharCode(c);
  if (SPACE_RE.test(s)) return 0x20;
  if (c >= 0x80) {
    const n = s.normalize('NFKC');
    if (n.length === 1 && n !== s) {
      // a compatibility form (fullwidth, presentation form, ligature letter): fold it again
      const again = foldOne(n.charCodeAt(0));
      return again;
    }
  }
  const lower = s.toLowerCase();
  if (lower.length === 1) s = lower;
  let u = s.charCodeAt(0);
  const special2 = SPECIAL_FOLD[u];
  if (special2 !== undefined) return special2;
  if (stripsDiacritics(u)) {
    const d = s.normalize('NFD');
    if (d.length > 1) u = d.charCodeAt(0);
  }
  return u;
}

export function buildFoldTables(): { fold: Uint16Array; type: Uint8Array } {
  const fold = new Uint16Array(65536);
  for (let c = 0; c < 0x80; c++) fold[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
  for (let c = 0x09; c <= 0x0d; c++) fold[c] = 0x20;
  fold[0] = 0x20; // NUL behaves as a separator, never as a term character
  for (let c = 0x80; c < 65536; c++) fold[c] = c;
  // Only blocks that contain letters with case, compatibility forms or spaces need the generic fold.
  for (const [a, b] of GENERIC_RANGES) for (let c = a; c <= b; c++) fold[c] = foldOne(c);
  for (const [k, v] of Object.entries(SPECIAL_FOLD)) fold[Number(k)] = v;
  for (const [k, v] of Object.entries(ARABIC_FOLD)) fold[Number(k)] = v;
  for (const [from, to, orders] of ETHIOPIC_HOMOPHONES) for (let k = 0; k < orders; k++) fold[from + k] = to + k;
  for (const z of DIGIT_ZEROS) for (let d = 0; d < 10; d++) fold[z + d] = 0x30 + d;
  for (const [a, b] of SKIP_RANGES) for (let c = a; c <= b; c++) fold[c] = SKIP;

  // Character types via native regex runs over one string of all BMP units (much faster
  // than one regex test per unit). Surrogates stay Other: emoji halves are not word characters.
  const type = new Uint8Array(65536);
  const codes = new Uint16Array(0xd800);
  for (let c = 0; c < 0xd800; c++) codes[c] = c;
  let all = '';
  for (let i = 0; i < codes.length; i += 8192) all += String.fromCharCode(...codes.subarray(i, i + 8192));
  const upper = new Uint16Array(0x10000 - 0xe000);
  for (let c = 0xe000; c < 0x10000; c++) upper[c - 0xe000] = c;
  let hi = '';
  for (let i = 0; i < upper.length; i += 8192) hi += String.fromCharCode(...upper.subarray(i, i + 8192));
  const mark = (str: string, base: number, re: RegExp, t: number): void => {
    for (const m of str.matchAll(re)) for (let k = 0; k < m[0].length; k++) type[base + m.index + k] = t;
  };
  for (const [str, base] of [[all, 0], [hi, 0xe000]] as const) {
    mark(str, base, /\p{L}+/gu, CharType.Letter);
    mark(str, base, /\p{M}+/gu, CharType.Mark);
    mark(str, base, /\p{Nd}+/gu, CharType.Digit);
    mark(str, base, /\s+/gu, CharType.Space);
  }
  return { fold, type };
}
