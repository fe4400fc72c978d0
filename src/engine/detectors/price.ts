/**
 * Price detector: amounts next to a currency symbol or word ("3.500€", "$950 per person",
 * "5 هزار دلار", "Rs 45 lakh", "2.500 ብር"), plus per-person / kids-free phrases.
 *
 * Currency words, multipliers and per-unit phrases are compiled into the main automaton as
 * internal categories, so this detector only walks numbers and looks at neighbouring cues.
 */
import { T_LETTER as T_LETTER_ } from '../fold-table';
// Local copies: transpiled module imports can be getters, too slow for per-unit loops.
const T_LETTER = T_LETTER_;
import { cueInfo, type Cue, type CueInfo, type TermInput } from '../cue';

const PRICE = cueInfo('price', 'any', 'price', 1);
const PRICE_K = cueInfo('price:k', 'any', 'price', 0.6);
const perUnitInfos = new Map<string, CueInfo>();
/** The CueInfo of a per-unit price cue, one per (language, weight). */
function perUnitPrice(lang: string, weight: number): CueInfo {
  const key = `${lang}|${weight}`;
  let e = perUnitInfos.get(key);
  if (!e) perUnitInfos.set(key, (e = cueInfo('price:per-unit', lang, 'price', weight)));
  return e;
}

const cur = (term: string, lang = 'any'): TermInput => ({ term, lang, category: 'currency', weight: 1 });
const mult = (term: string, lang = 'any'): TermInput => ({ term, lang, category: 'currency', weight: 0.01 });
const per = (term: string, weight = 0.5, lang = 'any'): TermInput => ({ term, lang, category: 'per-unit', weight });

/**
 * Currency words and symbols (weight 1), multipliers (weight 0.01) and per-unit phrases.
 * Source: mission-anchors §B2 #28 (price patterns).
 */
export const PRICE_TERMS: readonly TermInput[] = [
  // symbols and emoji
  ...['€', '$', '£', '₺', '﷼', '₹', '৳', '₨', '₽', '₫', '¥', '₴', '₦', '₵', '₼', '₸', '₾', '₪', '💶', '💵', '💷', '💴', '💰', '💸'].map((t) => cur(t)),
  // codes and words (folded: case/diacritics do not matter)
  ...[
    'usd', 'eur', 'gbp', 'tl', 'irr', 'irt', 'afn', 'pkr', 'inr', 'bdt', 'aed', 'lyd', 'iqd', 'dzd', 'mad', 'tnd', 'egp',
    'syp', 'lbp', 'jod', 'rub', 'vnd', 'etb', 'ern', 'sos', 'chf', 'cad', 'aud',
    'euro', 'euros', 'dollar', 'dollars', 'usd$', 'pound', 'pounds', 'quid', 'lira', 'liras', 'lire', 'toman', 'tomans',
    'dinar', 'dinars', 'dinari', 'dinaro', 'dinares', 'dirham', 'dirhams', 'rupee', 'rupees', 'rs', 'taka', 'tk', 'afghani', 'afghanis', 'riyal', 'rial',
    'birr', 'nakfa', 'shilling', 'shillings', 'lek', 'leke', 'ruble', 'rubles', 'dolar', 'dolares', 'dólares', 'dollari',
    'sterline', 'sterlina', 'livres', 'pfund', 'doolar', 'dollaar', 'paund', 'dalar', 'evro', 'evra', 'lakh', 'lakhs', 'lac', 'lacs', 'crore', 'crores',
    'trieu', 'đô', 'do la', 'bang anh',
    'تومان', 'تومن', 'ریال', 'دولار', 'دلار', 'یورو', 'اورو', 'جنیه', 'دینار', 'درهم', 'لیره', 'لیرة', 'افغانی',
    'روپے', 'روپیہ', 'روپیه', 'روپئی', 'پاؤنڈ', 'پوند', 'پاوند', 'لاکھ', 'کروڑ', 'ڈالر', 'ئێرۆ', 'دۆلار', 'یۆرۆ',
    'ډالر', 'ډالره', 'ډالرو', 'دالر', 'افغانۍ',
    'টাকা', 'ডলার', 'ইউরো', 'লাখ', 'লক্ষ', 'কোটি', 'ਲੱਖ', 'ਕਰੋੜ', 'ਡਾਲਰ', 'ਯੂਰੋ', 'ਰੁਪਏ', 'रुपये', 'लाख',
    'евро', 'долларов', 'доллар', 'долл', 'руб', 'рублей', 'ευρω', 'ευρώ', 'δολαρια', 'λιρες',
    'ብር', 'ዶላር', 'ዩሮ', 'ናቕፋ', 'lira sterlina',
    // inflected and colloquial forms (plural/case endings, slang, romanised)
    'bảng', 'đôla', 'доллара', 'рубля', 'рубль', 'фунтов', 'фунта', 'злотых', 'баксов', 'бакса', 'гривен', 'грн', 'тенге',
    'лир', 'лиры', 'dollarov', 'avro', 'sterlin', 'lirası', 'dolara', 'dolardan', 'euroya', 'eurodan', 'liraya',
    'ሪያል', 'ፓውንድ', 'ድርሃም', 'ዲርሃም', 'ሽልንግ', 'ናቅፋ', 'ዲናር', 'doollar', 'shilin', 'shillin', 'yuuro', 'riyaal',
    'ewro', 'yûro', 'tmen', 'sterlîn', 'pawend', 'yoro',
    'دولارات', 'جنيهات', 'دنانير', 'دراهم', 'ليرات', 'ريالات', 'باوند', 'استرليني', 'لیر', 'کلدار', 'افغانیو', 'پاوەند',
    'روپوں', 'rupaye', 'rupaiye', 'rupye', 'ਪੌਂਡ', 'ਦਿਰਹਮ', 'পাউন্ড', 'দিনার', 'রিয়াল', 'দিরহাম', 'ringgit', 'রিঙ্গিত', 'রিংগিত', 'laakh', 'karor', 'koti',
    'pesos', 'mxn', 'quetzales', 'lempiras', 'libras', 'reais', 'brl', 'kwanzas', 'francs', 'fcfa', 'cfa', 'xof', 'franken', 'franchi',
    'bucks', 'sterling', 'grand', 'δολάριο', 'λίρα', 'eyro', 'dolaria', 'lires', 'paundë', 'paunda', 'dollarë', 'dollara', 'livre',
    // Bengali case endings on lakh/taka ("৩ লাখে" = for 3 lakh)
    'লাখে', 'লাখের', 'লাখেই', 'লক্ষে', 'কোটিতে', 'টাকায়', 'টাকার', 'টাকাতে', 'ਲੱਖਾਂ', 'لاکھوں',
  ].map((t) => cur(t)),
  // multipliers: with a currency ("5 bin dolar", "۳ هزار دلار", "2 mil euros"), or alone before
  // punctuation or the end ("5 Tsd., pay after landing": a weak price, like "5k")
  ...['k', 'bin', 'هزار', 'الف', 'ألف', 'آلاف', 'ہزار', 'mil', 'mille', 'mila', 'tausend', 'tsd', 'thousand', 'hazar', 'হাজার', 'ਹਜ਼ਾਰ', 'nghin', 'ngan', 'тысяч', 'тыс', 'χιλιαδες', 'χιλ', 'mije', 'kun', 'ሺ', 'ሺህ', 'ሽሕ', 'hezar', 'هەزار', 'million', 'milyon', 'میلیون', 'ملیون', 'مليون',
    'тысячи', 'тысяча', 'млн', 'tysyach', 'tysyachi', 'tỷ', 'ሚሊዮን', 'ሚልዮን', 'malyan', 'milyan', 'ملايين', 'میلیارد', 'ملیار',
    'لک', 'زره', 'میلیونه', 'hazaar', 'ਹਜਾਰ', 'hajar'].map((t) => mult(t)),
  // per-unit / tourism-style pricing
  ...[
    'per person', 'per head', 'per pax', 'each person', 'kids free', 'children free', 'kids go free', 'half price for children', 'per child',
    'par personne', 'par enfant', 'por persona', 'por niño', 'a persona', 'per persona', 'pro person', 'pro kopf', 'por pessoa',
    'ανά άτομο', 'το άτομο', 'për person', 'për frymë', 'с человека', 'за человека', 'للشخص', 'للفرد', 'للنفر', 'على الشخص', 'نفری', 'هر نفر', 'برای هر نفر',
    'فی کس', 'فی بندہ', 'প্রতিজন', 'জনপ্রতি', 'ਪ੍ਰਤੀ ਵਿਅਕਤੀ', 'kişi başı', 'kişi başına', 'çocuklar ücretsiz', 'mỗi người', 'một người', 'qofkii', 'qof kasta', 'ነፍሲ ወከፍ', 'በነፍስ ወከፍ',
    'herkes için', 'bo her kesêk', 'bo yek kes', 'بۆ هەر کەسێک', 'هەر کەسێک',
  ].map((t) => per(t)),
];

/** Max units between an amount and its currency/multiplier ("500 €", "500€", "€ 500"). */
const GAP = 2;

function isSep(u: number): boolean {
  return u === 0x20 || u === 0x2f || u === 0x3a || u === 0x2d || u === 0x28;
}

export interface NumberSpan {
  a: number;
  b: number;
  kSuffix: boolean;
  digits: number;
}

/** Finds numbers: digit groups with thousands/decimal separators, optional `k` suffix. */
export function findNumbers(units: Uint16Array, n: number, type: Uint8Array, marks: Int32Array, markCount: number): NumberSpan[] {
  const out: NumberSpan[] = [];
  let j = 0;
  let mi = 0;
  for (;;) {
    // digits are marked units (see Normalized.marks)
    while (mi < markCount && (marks[mi] as number) < j) mi++;
    if (mi >= markCount) break;
    j = marks[mi] as number;
    const u = units[j] as number;
    if (u < 0x30 || u > 0x39) {
      j++;
      continue;
    }
    if (j > 0 && (type[units[j - 1] as number] === T_LETTER)) {
      // digits glued to a word (model numbers, leet): not an amount
      while (j < n && (units[j] as number) >= 0x30 && (units[j] as number) <= 0x39) j++;
      continue;
    }
    const a = j;
    let digits = 0;
    for (;;) {
      while (j < n && (units[j] as number) >= 0x30 && (units[j] as number) <= 0x39) {
        j++;
        digits++;
      }
      const s = units[j];
      if ((s === 0x2e || s === 0x2c || s === 0x27 || s === 0x20) && j + 1 < n && (units[j + 1] as number) >= 0x30 && (units[j + 1] as number) <= 0x39) {
        // a group separator must be followed by exactly three digits (decimals: 1–2 after . or ,)
        let k = j + 1;
        while (k < n && (units[k] as number) >= 0x30 && (units[k] as number) <= 0x39) k++;
        const len = k - j - 1;
        if (len === 3 || ((s === 0x2e || s === 0x2c) && len <= 2)) {
          j++;
          continue;
        }
      }
      break;
    }
    let b = j;
    let kSuffix = false;
    if (j < n && units[j] === 0x6b && !(j + 1 < n && type[units[j + 1] as number] === T_LETTER)) {
      kSuffix = true;
      b = j + 1;
      j++;
    }
    if (digits <= 9) out.push({ a, b, kSuffix, digits });
  }
  return out;
}

/** The cue of `list` (sorted, non-overlapping) that starts (`end` false) or ends at `pos`. */
function cueAt(list: readonly Cue[], pos: number, end: boolean): Cue | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = list[mid] as Cue;
    const v = end ? c.b : c.a;
    if (v === pos) return c;
    if (v < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * Price cues from numbers and the currency/per-unit cues found by the automaton:
 * `currency` (weight 1) and `multipliers` (weight < 1), each sorted by start and
 * non-overlapping. Binary searches keep this O(k log k) even on a huge text.
 */
export function detectPrices(
  units: Uint16Array,
  n: number,
  type: Uint8Array,
  currency: readonly Cue[],
  multipliers: readonly Cue[],
  perUnit: readonly Cue[],
  marks: Int32Array,
  markCount: number,
): Cue[] {
  const out: Cue[] = [];
  const nums = markCount > 0 ? findNumbers(units, n, type, marks, markCount) : [];
  if (nums.length === 0 && perUnit.length === 0) return out;

  for (const num of nums) {
    let end = num.b;
    let start = num.a;
    let found = false;
    let bare: Cue | undefined;
    // number [multiplier] currency
    let m = cueAfter(units, n, end, multipliers);
    if (m) end = m.b;
    const c1 = cueAfter(units, n, end, currency);
    if (c1) {
      end = c1.b;
      found = true;
      // "45 lakh টাকা", "5 bin TL": a second currency word continues the amount
      const c2 = cueAfter(units, n, end, currency);
      if (c2) end = c2.b;
      const c0 = currencyBefore(units, num.a, currency);
      if (c0) start = c0.a; // "Rs 45 lakh"
    } else if (m) {
      // "5 Tsd., Zahlung nach Landung", "3 тыс, оплата…": an amount in thousands, its currency
      // understood (like "5k"); "5 bin kişi", "۵ هزار نفر" count something else
      if (!num.kSuffix && !letterFollows(units, n, type, m.b)) bare = m;
      end = num.b;
    }
    // currency number [multiplier]
    if (!found) {
      const c0 = currencyBefore(units, num.a, currency);
      if (c0) {
        start = c0.a;
        found = true;
        m = cueAfter(units, n, num.b, multipliers);
        if (m) end = m.b;
      }
    }
    if (found) {
      out.push({ a: start, b: end, e: PRICE });
    } else if (num.kSuffix) {
      out.push({ a: num.a, b: num.b, e: PRICE_K });
    } else if (bare) {
      out.push({ a: num.a, b: bare.b, e: PRICE_K });
    }
  }
  // "per person", "kids free": a price cue on their own, stronger next to an amount
  for (const p of perUnit) {
    const near = numberEndsShortlyBefore(nums, p.a, 12);
    out.push({ a: p.a, b: p.b, e: perUnitPrice(p.e.lang, near ? 1 : p.e.weight) });
  }
  return out;
}

/** The next unit after `pos`, past spaces, is a letter (a word follows). */
function letterFollows(units: Uint16Array, n: number, type: Uint8Array, pos: number): boolean {
  let j = pos;
  while (j < n && units[j] === 0x20) j++;
  return j < n && type[units[j] as number] === T_LETTER;
}

/** A cue of `list` starting at pos..pos+GAP with only separators before it. */
function cueAfter(units: Uint16Array, n: number, pos: number, list: readonly Cue[]): Cue | undefined {
  if (list.length === 0) return undefined;
  for (let g = 0; g <= GAP && pos + g <= n; g++) {
    const hit = cueAt(list, pos + g, false);
    if (hit) return hit;
    if (pos + g < n && !isSep(units[pos + g] as number)) return undefined;
  }
  return undefined;
}

/** A currency cue ending at pos-GAP..pos with only separators after it. */
function currencyBefore(units: Uint16Array, pos: number, currency: readonly Cue[]): Cue | undefined {
  if (currency.length === 0) return undefined;
  for (let g = 0; g <= GAP && pos - g >= 0; g++) {
    const hit = cueAt(currency, pos - g, true);
    if (hit) return hit;
    if (pos - g - 1 >= 0 && !isSep(units[pos - g - 1] as number)) return undefined;
  }
  return undefined;
}

/** True if a number ends at most `max` units before `pos` (nums sorted, non-overlapping). */
function numberEndsShortlyBefore(nums: readonly NumberSpan[], pos: number, max: number): boolean {
  // the last number ending at or before pos is the closest one
  let lo = 0;
  let hi = nums.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((nums[mid] as NumberSpan).b <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && pos - (nums[best] as NumberSpan).b <= max;
}
