/**
 * Quoted offers: a warning, a news report or a lawyer's post quotes the wording it warns
 * about — «ویزای تضمینی», „garantiertes Visum“, "guaranteed visa", «اروپا ته تضمیني لار».
 * In a post that already reads as news, a warning, a campaign, legal advice or a licensed
 * service, an offer or guarantee phrase wholly inside quotation marks is somebody else's
 * words and counts for QUOTED_FACTOR of its weight. A smuggler's ad without that context
 * keeps its quoted euphemisms ("VIP 'game'") at full weight.
 */
import { cueInfo, type Cue, type CueInfo } from './cue';

/** How much an offer or guarantee quoted in a post with negative context still counts. */
export const QUOTED_FACTOR = 0.4;
/** Longest quotation read (normalised units): a phrase or a short sentence, not a whole post. */
const MAX_QUOTE = 120;
/** Quotation marks tried per text: a post with more is not quoting a phrase (and each try reads up to MAX_QUOTE units). */
const MAX_TRIES = 256;

/**
 * Closing marks for each opening mark, AFTER folding (the fold table turns “ ” into " and
 * ‘ ’ into '). A straight ' quotes only from a word start to a word end: it is also an
 * apostrophe ("don't", "Almanya'ya", "d'affitto").
 */
const CLOSERS = new Map<number, readonly number[]>([
  [0x00ab, [0x00bb]], // « »
  [0x00bb, [0x00ab]], // » « (German order)
  [0x201e, [0x0022, 0x201c, 0x201d]], // „ “
  [0x201a, [0x0027]], // ‚ ‘
  [0x2039, [0x203a]], // ‹ ›
  [0x300c, [0x300d]], // 「 」
  [0x0022, [0x0022]], // " "
  [0x0027, [0x0027]], // ' '
]);

/** Quoted stretches as [start, end) pairs (inside the marks), in order; `word` flags word units. */
export function quoteSpans(units: Uint16Array, n: number, word: Uint8Array): number[] {
  const spans: number[] = [];
  let tries = 0;
  for (let j = 0; j < n; j++) {
    const u = units[j] as number;
    const closers = CLOSERS.get(u);
    if (closers === undefined) continue;
    if (u === 0x27 && j > 0 && word[units[j - 1] as number] === 1) continue; // an apostrophe
    if (++tries > MAX_TRIES) break;
    const limit = Math.min(n, j + 1 + MAX_QUOTE);
    for (let k = j + 1; k < limit; k++) {
      if (!closers.includes(units[k] as number)) continue;
      // a straight ' closes only after a word and before a non-word ("'game' and", not "'Almanya'ya")
      if (units[k] === 0x27 && (word[units[k - 1] as number] !== 1 || (k + 1 < n && word[units[k + 1] as number] === 1))) continue;
      if (k > j + 1) spans.push(j + 1, k);
      j = k;
      break;
    }
  }
  return spans;
}

const quotedInfos = new Map<CueInfo, CueInfo>();

/** The quoted variant of a cue description (same term, lower weight), made once per description. */
function quotedInfo(e: CueInfo): CueInfo {
  let q = quotedInfos.get(e);
  if (q === undefined) {
    q = cueInfo(e.term, e.lang, e.category, Math.round(e.weight * QUOTED_FACTOR * 1000) / 1000, e.place);
    quotedInfos.set(e, q);
  }
  return q;
}

/**
 * Replaces, in cues[0..to), each cue whose category bit is in `mask` and that lies wholly
 * inside a quoted span by its quoted variant.
 */
export function weakenQuoted(cues: Cue[], to: number, spans: readonly number[], mask: number): void {
  if (spans.length === 0) return;
  for (let i = 0; i < to; i++) {
    const c = cues[i] as Cue;
    if (((mask >> c.e.ci) & 1) === 0) continue;
    for (let s = 0; s < spans.length; s += 2) {
      if ((spans[s] as number) <= c.a && c.b <= (spans[s + 1] as number)) {
        cues[i] = { a: c.a, b: c.b, e: quotedInfo(c.e) };
        break;
      }
    }
  }
}
