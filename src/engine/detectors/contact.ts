/**
 * Contact cues that are not words: @handles and e-mail addresses. Messenger names and
 * wa.me/ t.me/ links are lexicon entries (lexicon/any.ts).
 */
import { T_LETTER as T_LETTER_, T_DIGIT as T_DIGIT_ } from '../fold-table';
// Local copies: transpiled module imports can be getters, too slow for per-unit loops.
const T_LETTER = T_LETTER_;
const T_DIGIT = T_DIGIT_;
import { cueInfo, type Cue } from '../cue';

const EMAIL = cueInfo('email', 'any', 'contact', 0.35);
const HANDLE = cueInfo('handle', 'any', 'contact', 0.5);

function isHandleUnit(u: number, type: Uint8Array): boolean {
  return u === 0x5f || u === 0x2e || (u < 0x80 && (type[u] === T_LETTER || type[u] === T_DIGIT));
}

/** Detects `@handle` (weight 0.5) and `name@domain.tld` (weight 0.35). */
export function detectHandles(units: Uint16Array, n: number, type: Uint8Array, marks: Int32Array, markCount: number): Cue[] {
  const out: Cue[] = [];
  let mi = 0;
  for (let j = 0; j < n; j++) {
    // "@" is a marked unit (see Normalized.marks): jump to the next mark
    while (mi < markCount && (marks[mi] as number) < j) mi++;
    if (mi >= markCount) break;
    j = marks[mi] as number;
    if (units[j] !== 0x40) continue;
    let k = j + 1;
    let letters = 0;
    while (k < n && isHandleUnit(units[k] as number, type)) {
      if (type[units[k] as number] === T_LETTER) letters++;
      k++;
    }
    while (k > j + 1 && units[k - 1] === 0x2e) k--; // trailing full stop belongs to the sentence
    if (k - j - 1 < 3 || letters === 0) continue;
    const prev = j > 0 ? (units[j - 1] as number) : 0x20;
    if (prev < 0x80 && (type[prev] === T_LETTER || type[prev] === T_DIGIT || prev === 0x5f || prev === 0x2e)) {
      // e-mail: walk back over the local part
      let a = j;
      while (a > 0 && isHandleUnit(units[a - 1] as number, type)) a--;
      let hasDot = false;
      for (let m = j + 1; m < k; m++) if (units[m] === 0x2e) hasDot = true;
      if (hasDot) out.push({ a, b: k, e: EMAIL });
    } else {
      out.push({ a: j, b: k, e: HANDLE });
    }
    j = k - 1;
  }
  return out;
}
