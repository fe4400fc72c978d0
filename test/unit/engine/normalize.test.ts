import { describe, expect, it } from 'vitest';
import { markUnits, normalizeInto, normalizeText } from '../../../src/engine/normalize';
import { createEngine } from '../../../src/engine';

/** [input, expected folded text, original index of every folded unit] */
const CASES: [name: string, input: string, folded: string, map?: number[]][] = [
  ['Latin case', 'PassPort', 'passport', [0, 1, 2, 3, 4, 5, 6, 7]],
  ['Turkish dotted/dotless i', 'İSTANBUL ılık', 'istanbul ilik'],
  ['Latin diacritics', 'Sécurité Çocuk şoför', 'securite cocuk sofor'],
  ['fullwidth forms', 'ＷｈａｔｓＡｐｐ', 'whatsapp', [0, 1, 2, 3, 4, 5, 6, 7]],
  ['leetspeak inside words', 'p4ssp0rt v1sa', 'passport visa'],
  ['Arabizi keeps one fold on both sides', 'ta7rib', 'tatrib'],
  ['Cyrillic homoglyphs in a Latin word', 'pаssport', 'passport'],
  ['Latin homoglyphs in a Cyrillic word', 'пaспорт', 'паспорт'],
  // a letter with no look-alike decides the script, even when look-alikes are the majority
  ['Cyrillic-only letters make a mostly-Latin word Cyrillic', 'Пacпopт зaнeceниeм', 'паспорт занесением'],
  ['Latin-only letters make a word Latin', 'pаsspоrt', 'passport'],
  ['Greek-only letters make a word Greek', 'Δiaβatήpia σto', 'διαβατηρια στο'],
  ['leet digit ending a word of four or more Latin letters', 'Cruc3 garantizad0!', 'cruce garantizado!'],
  ['short words and numbers keep their digits', 'pr0 mp3 win10 dollar50 4x4 b2b covid19 50eur', 'pr0 mp3 win10 dollar50 4x4 b2b covid19 50eur'],
  ['! inside a word is an i', 'v!za hello! wow!!', 'viza hello! wow!!'],
  ['two spaces split spaced-out words', 'I t a l y  g a m e', 'italy game'],
  ['short words of a spaced-out phrase are joined too', 'c a r t e  d e  s é j o u r', 'carte de sejour'],
  ['a spaced-out phrase in Ethiopic', 'ፓ ስ ፖ ር ት  ቪ ዛ', 'ፓስፖርት ቪዛ'],
  ['single letters between wide gaps stay apart', 'a  b  c  d', 'a b c d'],
  ['spaced-out letters', 'p a s s p o r t', 'passport', [0, 2, 4, 6, 8, 10, 12, 14]],
  ['dotted-out letters', 'v.i.s.a', 'visa', [0, 2, 4, 6]],
  ['short words are not spaced-out letters', 'i am a b', 'i am a b'],
  ['Arabic harakat and tatweel', 'تَهْرِيــب', 'تهریب', [0, 2, 4, 6, 9]],
  ['Arabic letter variants', 'أإآٱ ي، ى، ك، ة، ؤ', 'اااا ی, ی, ک, ه, و'],
  ['spaced-out Arabic letters', 'ج و ا ز', 'جواز', [0, 2, 4, 6]],
  ['Persian ZWNJ', 'می‌خواهم', 'میخواهم', [0, 1, 3, 4, 5, 6, 7]],
  ['Arabic-Indic digits', '+٩٠ ٥٥٥', '+90 555', [0, 1, 2, 3, 4, 5, 6]],
  ['Persian digits', '۰۹۱۲', '0912'],
  ['Bengali digits', '০১৭১২', '01712'],
  ['Devanagari and Gurmukhi digits', '९८ ੯੮', '98 98'],
  ['Ethiopic passes through', 'ደላላ ሰላም', 'ደላላ ሰላም', [0, 1, 2, 3, 4, 5, 6]],
  ['Ethiopic homophones fold in every order', 'ሐበሻ ኀይል ሠላም ዐረብ ፀሐይ ሖ ሦ', 'ሀበሻ ሀይል ሰላም አረብ ጸሀይ ሆ ሶ'],
  ['Sorani and Pashto letters fold to the plain Arabic letter', 'ڕێگا ڵ ۆ ګ', 'ریگا ل و گ'],
  ['zero-width and bidi controls', 'wh\u200batsa\u200dpp\u202e\u2066x', 'whatsappx', [0, 1, 3, 4, 5, 6, 8, 9, 12]],
  ['soft hyphen and BOM', '\ufeffpass\u00adport', 'passport', [1, 2, 3, 4, 6, 7, 8, 9]],
  ['whitespace runs collapse', 'a \n\t b', 'a b', [0, 1, 5]],
  ['Greek accents', 'Διαβατήριο', 'διαβατηριο'],
];

describe('normalisation keeps a map to original offsets', () => {
  for (const [name, input, folded, map] of CASES) {
    it(name, () => {
      const r = normalizeText(input);
      expect(r.text).toBe(folded);
      expect(r.map).toHaveLength(r.text.length);
      if (map) expect(r.map).toEqual(map);
      // every mapped index points at a real unit, strictly increasing
      for (let i = 1; i < r.map.length; i++) expect(r.map[i]).toBeGreaterThan(r.map[i - 1] as number);
    });
  }
});

describe('matches land on the original characters', () => {
  const engine = createEngine({
    extraTerms: [
      { term: 'passport', lang: 'en', category: 'documents', weight: 0.5, source: 'test' },
      { term: 'تهريب', lang: 'ar', category: 'offer', weight: 0.5, source: 'test' },
      { term: 'ደላላ', lang: 'am', category: 'offer', weight: 0.5, source: 'test' },
    ],
  });
  const CASES2: [string, string, string][] = [
    ['xx P4SSP0RT yy', 'P4SSP0RT', 'passport'],
    ['xx p a s s p o r t yy', 'p a s s p o r t', 'passport'],
    ['xx pаssport yy', 'pаssport', 'passport'],
    ['\u202eعرض تَهْرِيــبٌ اليوم', 'تَهْرِيــبٌ', 'تهريب'],
    ['خدمات وتهريب سريع', 'تهريب', 'تهريب'],
    ['ሰላም ደላላ አለ', 'ደላላ', 'ደላላ'],
  ];
  for (const [text, expected, term] of CASES2) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      const m = engine.scan(text).matches.find((x) => x.text === expected && x.term.replace(/\*/g, '').toLowerCase().normalize('NFKC').length > 0);
      void term;
      expect(m).toBeDefined();
      expect(text.slice(m!.start, m!.end)).toBe(expected);
      expect(m!.text).toBe(expected);
    });
  }
});

describe('marks: the units the detectors start from', () => {
  // pass 1 records marks while folding; they must cover a fresh pass over the final units
  // (leetspeak may turn a marked digit into a letter afterwards: a harmless extra mark)
  const TEXTS = [
    'Boat 🇹🇷➡️🇬🇷 2.500€ +90 555 010 2233 @smuggler_x --> Italy => (0044) 7700 » ok',
    'وبالتهريب إلى ايطاليا والسفر بالقارب ١٢٣',
    'p a s s p o r t 4 sale +44 7700 900123',
    'p4ssp0rt v1sa @user',
    'ج و ا ز سفر ۵ هزار دلار',
    '',
    '   ',
    '\u202e\u200b123\ud800x',
  ];
  for (const text of TEXTS) {
    it(JSON.stringify(text).slice(0, 40), () => {
      const norm = normalizeInto(text);
      const fresh = new Int32Array(Math.max(1, norm.length));
      const count = markUnits(norm.units, norm.length, fresh);
      const marks = Array.from(norm.marks.subarray(0, norm.markCount));
      for (const j of fresh.subarray(0, count)) expect(marks).toContain(j);
      for (let i = 0; i < marks.length; i++) {
        expect(marks[i]).toBeLessThan(norm.length);
        if (i > 0) expect(marks[i]).toBeGreaterThan(marks[i - 1] as number);
      }
    });
  }
  it('marks digits, + ( @ arrows, flags and word-initial proclitics only', () => {
    const norm = normalizeInto('a1 +( @ > » → 🇹 بال xب');
    const marked = Array.from(norm.marks.subarray(0, norm.markCount), (j) => String.fromCharCode(norm.units[j] as number));
    expect(marked).toEqual(['1', '+', '(', '@', '>', '»', '→', '\ud83c', 'ب']);
  });
});
