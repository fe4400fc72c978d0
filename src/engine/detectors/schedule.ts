/**
 * Schedule detector: a clock time — "6:00", "7h30", "11 pm", "ساعت ۶", "۷ بجې", "7 Uhr",
 * "a las 7", "6 صباحاً" — reads as legitimate-service context. Timetabled buses, shared
 * taxis, ferries, shops and events publish their hours; a smuggler's ad says "this week",
 * "tonight", "places left", never when the car leaves.
 *
 * Only forms that name a time of day count, not a duration: an hour word BEFORE the number in
 * languages where that order means "at" ("ساعت ۶" is six o'clock, "۶ ساعت" six hours; "saat
 * 7" / "7 saat"), AFTER it where the word means "o'clock" ("7 Uhr", "۷ بجې", "11 vaje").
 * Ambiguous words are left out (French "7 heures" is also a duration, Greek "στις 7" also a
 * date). Two internal word classes are compiled into the main automaton like the price
 * helpers: `clock-pre` and `clock-post`. Digit forms (H:MM, HhMM, am/pm) are read here.
 */
import { cueInfo, firstCueFrom, type Cue, type TermInput } from '../cue';
import { findNumbers, type NumberSpan } from './price';

/** How much a clock time counts as legitimate-service context (a timetable, opening hours). */
export const CLOCK_WEIGHT = 0.35;
const CLOCK = cueInfo('schedule:clock', 'any', 'legit', CLOCK_WEIGHT);

const words = (category: 'clock-pre' | 'clock-post', lang: string, terms: readonly string[]): TermInput[] => terms.map((term) => ({ term, lang, category, weight: 1 }));

/** Hour words that mean "at H o'clock" before the number / after it (folded forms). */
export const SCHEDULE_TERMS: readonly TermInput[] = [
  ...words('clock-pre', 'fa', ['ساعت']),
  ...words('clock-pre', 'ar', ['الساعة', 'الساعه', 'ساعة']),
  ...words('clock-pre', 'tr', ['saat']),
  ...words('clock-pre', 'kmr', ['saet', 'seet']),
  ...words('clock-pre', 'ckb', ['کاتژمێر', 'سەعات']),
  ...words('clock-pre', 'es', ['a las']),
  ...words('clock-pre', 'pt', ['às']),
  ...words('clock-pre', 'it', ['alle ore']),
  ...words('clock-pre', 'so', ['saacadda', 'saacada']),
  ...words('clock-post', 'en', ["o'clock", 'oclock']),
  ...words('clock-post', 'de', ['uhr']),
  ...words('clock-post', 'ur', ['بجے', 'بجی', 'baje', 'bajay', 'bajy']),
  ...words('clock-post', 'ps', ['بجې', 'بجو']),
  ...words('clock-post', 'pa', ['vaje', 'vajey', 'waje', 'ਵਜੇ', 'बजे']),
  ...words('clock-post', 'ar', ['صباحا', 'صباحاً', 'مساء', 'مساءً', 'مساءا']),
  ...words('clock-post', 'ru', ['утра', 'вечера']),
  ...words('clock-post', 'vi', ['giờ sáng', 'giờ chiều', 'giờ tối', 'giờ đêm']),
  ...words('clock-post', 'el', ['π.μ.', 'μ.μ.']),
  ...words('clock-post', 'ckb', ['ی بەیانی', 'ی ئێوارە', 'بەیانی', 'ئێوارە']),
];

/** Max units between an hour word and its number ("ساعت ۶", "7 Uhr", "saat: 7"). */
const GAP = 2;

function isDigit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}

function isLatinLetter(u: number): boolean {
  return (u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a);
}

/** The value of a number of one or two digits, else -1. */
function smallValue(units: Uint16Array, num: NumberSpan): number {
  if (num.kSuffix || num.digits > 2 || num.b - num.a !== num.digits) return -1;
  let v = 0;
  for (let j = num.a; j < num.b; j++) v = v * 10 + ((units[j] as number) - 0x30);
  return v;
}

/**
 * End of a time written after an hour number at `b`: ":MM"/"hMM" (minutes 00–59, not followed
 * by another digit) or "am"/"pm"/"a.m."/"p.m." (hour ≤ 12); -1 if none.
 */
function digitTimeEnd(units: Uint16Array, n: number, b: number, hour: number): number {
  const s = units[b];
  if ((s === 0x3a || s === 0x68) && b + 2 < n && isDigit(units[b + 1] as number) && isDigit(units[b + 2] as number)) {
    const mm = ((units[b + 1] as number) - 0x30) * 10 + ((units[b + 2] as number) - 0x30);
    if (mm <= 59 && (b + 3 >= n || !isDigit(units[b + 3] as number)) && (s === 0x3a || b + 3 >= n || !isLatinLetter(units[b + 3] as number))) return b + 3;
    return -1;
  }
  if (hour > 12) return -1;
  let j = b;
  if (j < n && units[j] === 0x20) j++;
  const ap = units[j];
  if (ap !== 0x61 && ap !== 0x70) return -1; // a / p (folded)
  if (units[j + 1] === 0x6d && (j + 2 >= n || !isLatinLetter(units[j + 2] as number))) return j + 2;
  if (units[j + 1] === 0x2e && units[j + 2] === 0x6d && units[j + 3] === 0x2e) return j + 4;
  return -1;
}

/** A cue of `list` (sorted by start, non-overlapping) starting in [from, from + GAP] after separators only. */
function wordAfter(units: Uint16Array, n: number, from: number, list: readonly Cue[]): Cue | undefined {
  const i = firstCueFrom(list, from);
  const c = list[i];
  if (c === undefined || c.a > from + GAP) return undefined;
  for (let j = from; j < c.a; j++) if (!isGapUnit(units[j] as number)) return undefined;
  return c.a <= n ? c : undefined;
}

/** A cue of `list` ending in [to - GAP, to] with separators only between. */
function wordBefore(units: Uint16Array, to: number, list: readonly Cue[]): Cue | undefined {
  const i = firstCueFrom(list, to) - 1;
  const c = list[i];
  if (c === undefined || c.b > to || c.b < to - GAP) return undefined;
  for (let j = c.b; j < to; j++) if (!isGapUnit(units[j] as number)) return undefined;
  return c;
}

function isGapUnit(u: number): boolean {
  return u === 0x20 || u === 0x3a || u === 0x2d;
}

/**
 * Clock-time cues (legitimate-service context) from the numbers of the text and the hour
 * words the automaton found (`pre`, `post`: sorted by start, non-overlapping). At most one
 * cue per time; scoring counts the term once however many times a post gives.
 */
export function detectClockTimes(units: Uint16Array, n: number, type: Uint8Array, pre: readonly Cue[], post: readonly Cue[], marks: Int32Array, markCount: number): Cue[] {
  const out: Cue[] = [];
  if (markCount === 0) return out;
  const nums = findNumbers(units, n, type, marks, markCount);
  for (let i = 0; i < nums.length; i++) {
    const num = nums[i] as NumberSpan;
    const hour = smallValue(units, num);
    if (hour < 0 || hour > 24) continue;
    // a number right after "6:" is the minutes of a time already read
    if (num.a > 1 && units[num.a - 1] === 0x3a && isDigit(units[num.a - 2] as number)) continue;
    const end = digitTimeEnd(units, n, num.b, hour);
    if (end >= 0) {
      out.push({ a: num.a, b: end, e: CLOCK });
      continue;
    }
    const p = pre.length > 0 ? wordBefore(units, num.a, pre) : undefined;
    if (p) {
      out.push({ a: p.a, b: num.b, e: CLOCK });
      continue;
    }
    const q = post.length > 0 ? wordAfter(units, n, num.b, post) : undefined;
    if (q) out.push({ a: num.a, b: q.b, e: CLOCK });
  }
  return out;
}
