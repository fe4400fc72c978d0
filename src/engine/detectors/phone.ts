/**
 * Phone numbers in any digit system (native digits are already ASCII after folding):
 * "+90 555 010 2233", "0044 7700 900123", "07700-900-123", "(555) 010-1234".
 * A linear scan from the marked units (see Normalized.marks), no regular expression.
 */
import { T_LETTER as T_LETTER_, T_DIGIT as T_DIGIT_ } from '../fold-table';
// Local copies: transpiled module imports can be getters, too slow for per-unit loops.
const T_LETTER = T_LETTER_;
const T_DIGIT = T_DIGIT_;
import { cueInfo, type Cue } from '../cue';

const PHONE_INTL = cueInfo('phone:intl', 'any', 'phone', 1);
const PHONE_LOCAL = cueInfo('phone:local', 'any', 'phone', 0.8);

function isDigit(u: number): boolean {
  return u >= 0x30 && u <= 0x39;
}

/** Separators allowed inside a phone number (one at a time). */
function isPhoneSep(u: number): boolean {
  return u === 0x20 || u === 0x2d || u === 0x2e || u === 0x28 || u === 0x29 || u === 0x2f;
}

/** Bit per separator kind seen inside a number (for the date/amount look-alike checks). */
function sepBit(u: number): number {
  return u === 0x2e ? 1 : u === 0x2f ? 2 : u === 0x2d ? 4 : u === 0x20 ? 8 : 0;
}
const DOT = 1;

/** Detects phone numbers; `intl` (with + or 00) weigh 1, long local numbers 0.8. */
export function detectPhones(units: Uint16Array, n: number, type: Uint8Array, marks: Int32Array, markCount: number): Cue[] {
  const out: Cue[] = [];
  let j = 0;
  let mi = 0;
  for (;;) {
    // only marked units (digits, "+", "(" among them) can start a number
    while (mi < markCount && (marks[mi] as number) < j) mi++;
    if (mi >= markCount) break;
    j = marks[mi] as number;
    const u = units[j] as number;
    if (u > 0x39 || (u < 0x30 && u !== 0x2b && u !== 0x28)) {
      j++;
      continue;
    }
    const plus = u === 0x2b && j + 1 < n && (isDigit(units[j + 1] as number) || units[j + 1] === 0x28);
    if (!plus && !(isDigit(u) || (u === 0x28 && j + 1 < n && isDigit(units[j + 1] as number)))) {
      j++;
      continue;
    }
    // must not continue a word or a number
    if (j > 0) {
      const p = units[j - 1] as number;
      const t = type[p];
      if (t === T_LETTER || t === T_DIGIT || p === 0x2e || p === 0x2c) {
        while (j < n && (isDigit(units[j] as number) || units[j] === 0x2b)) j++;
        if (j === 0 || !isDigit(units[j - 1] as number)) j++;
        continue;
      }
    }
    const a = j;
    if (plus) j++;
    let digits = 0;
    let groups = 0;
    let groupLen = 0;
    let lastDigit = j;
    // group lengths: the first, the third, and whether all after the first have 3 digits
    let firstLen = 0;
    let thirdLen = 0;
    let restThree = true;
    let seps = 0; // sepBit mask
    let sepKinds = 0; // distinct separators (as a Set would count them)
    let prevSep = false;
    while (j < n) {
      const v = units[j] as number;
      if (isDigit(v)) {
        digits++;
        groupLen++;
        prevSep = false;
        lastDigit = j;
        j++;
      } else if (isPhoneSep(v) && !prevSep && j + 1 < n && (isDigit(units[j + 1] as number) || units[j + 1] === 0x28 || (v === 0x29 && units[j + 1] === 0x20))) {
        if (groupLen > 0) {
          groups++;
          if (groups === 1) firstLen = groupLen;
          else if (groupLen !== 3) restThree = false;
          if (groups === 3) thirdLen = groupLen;
        }
        groupLen = 0;
        if (v !== 0x28 && v !== 0x29) {
          const bit = sepBit(v);
          if ((seps & bit) === 0) sepKinds++;
          seps |= bit;
        }
        prevSep = v !== 0x29;
        j++;
        if (v === 0x29 && units[j] === 0x20) j++;
      } else break;
      if (digits > 16) break;
    }
    if (groupLen > 0) {
      groups++;
      if (groups === 1) firstLen = groupLen;
      else if (groupLen !== 3) restThree = false;
      if (groups === 3) thirdLen = groupLen;
    }
    const b = lastDigit + 1;
    // the number must end at a boundary (not glued to letters: "123abc")
    const next = b < n ? (units[b] as number) : 0x20;
    if (type[next] === T_LETTER && next !== 0x6b) {
      j = Math.max(j, a + 1);
      continue;
    }
    const first = units[plus ? a + 1 : a] as number;
    const intl = plus || (first === 0x30 && units[a + 1] === 0x30);
    const onlyDots = sepKinds === 1 && (seps & (1 | 2 | 4)) !== 0;
    const dateLike = onlyDots && groups === 3 && (firstLen === 4 || thirdLen === 4) && digits === 8;
    const amountLike = sepKinds === 1 && seps === DOT && restThree;
    if (dateLike || amountLike || digits > 15) continue;
    if (intl && digits >= 8) out.push({ a, b, e: PHONE_INTL });
    else if (!intl && digits >= 9 && (first === 0x30 || groups >= 2)) out.push({ a, b, e: PHONE_LOCAL });
  }
  return out;
}
