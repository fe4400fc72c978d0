/**
 * Route detector: origin → destination from place names (lexicon `place` entries),
 * direction words (lexicon `direction` entries), arrows (→ ➡️ --> >> =>) and flag-emoji
 * pairs (🇹🇷🇬🇷). Linear in the number of cues.
 */
import { cueInfo, firstCueFrom, STEM_BEFORE, type Cue, type CueInfo } from '../cue';

const ROUTE = cueInfo('route', 'any', 'route', 1);
const ROUTE_FLAGS = cueInfo('route:flags', 'any', 'route', 1);
const ROUTE_PARTIAL = cueInfo('route:partial', 'any', 'route', 0.5);
const flagInfos = new Map<string, CueInfo>();
/** The CueInfo of a flag emoji (a place), one per country code. */
function flagInfo(code: string): CueInfo {
  let e = flagInfos.get(code);
  if (!e) flagInfos.set(code, (e = cueInfo(`flag:${code}`, 'any', 'place', 1, code)));
  return e;
}

/** Single-unit arrows (after folding; ➡️'s variation selector is already dropped). */
function isArrowUnit(u: number): boolean {
  return (
    u === 0x2192 || u === 0x27a1 || u === 0x21d2 || u === 0x2794 || u === 0x27f6 || u === 0x279c || u === 0x279d ||
    u === 0x279e || u === 0x27a4 || u === 0x25b6 || u === 0x21e8 || u === 0x2b95 || u === 0x27b3 || u === 0x27f9 ||
    u === 0x2933 || u === 0x21a6 || u === 0x3e || u === 0xbb
  );
}

/** True for "-" and "=", which lead into an ASCII arrow ("->", "-->", "=>"). */
function isArrowShaft(u: number): boolean {
  return u === 0x2d || u === 0x3d;
}

/**
 * Finds arrows from the marked units (see Normalized.marks): single arrow units and ASCII
 * "->", "-->", "=>", ">>" (a shaft of "-"/"=" is found by looking back from its ">").
 * Returns [a, b) pairs in order.
 */
export function findArrows(units: Uint16Array, n: number, marks: Int32Array, markCount: number): number[] {
  const out: number[] = [];
  let done = 0; // units before this belong to an earlier arrow
  for (let mi = 0; mi < markCount; mi++) {
    const j = marks[mi] as number;
    if (j < done) continue;
    const u = units[j] as number;
    if (u === 0x3e || u === 0xbb) {
      let s = j;
      if (u === 0x3e) while (s > done && isArrowShaft(units[s - 1] as number)) s--;
      let k = j + 1;
      while (k < n && units[k] === u) k++;
      // ">" alone is too common (quotes, "> 18"); require a shaft, ">>" or "»"-style arrows
      if (s < j || k - j >= 2 || u === 0xbb) {
        out.push(s, k);
        done = k;
      }
      continue;
    }
    if (isArrowUnit(u)) {
      out.push(j, j + 1);
      done = j + 1;
    }
  }
  return out;
}

/** Flag emoji (regional-indicator pairs) as place cues with their ISO code. */
export function findFlags(units: Uint16Array, n: number, marks: Int32Array, markCount: number): Cue[] {
  const out: Cue[] = [];
  let done = 0;
  for (let mi = 0; mi < markCount; mi++) {
    const j = marks[mi] as number;
    if (j < done || j + 3 >= n || units[j] !== 0xd83c) continue;
    const l1 = units[j + 1] as number;
    if (l1 < 0xdde6 || l1 > 0xddff || units[j + 2] !== 0xd83c) continue;
    const l2 = units[j + 3] as number;
    if (l2 < 0xdde6 || l2 > 0xddff) continue;
    const code = String.fromCharCode(65 + l1 - 0xdde6, 65 + l2 - 0xdde6);
    out.push({ a: j, b: j + 4, e: flagInfo(code) });
    done = j + 4;
  }
  return out;
}

/** Max distance (units) between two places of one route. */
const MAX_GAP = 40;

function onlySeparators(units: Uint16Array, a: number, b: number): boolean {
  for (let j = a; j < b; j++) {
    const u = units[j] as number;
    if (!(u === 0x20 || u === 0x2d || u === 0x2f || u === 0x2c || u === 0x7c || u === 0x2013 || u === 0x3a || u === 0x60c)) return false;
  }
  return true;
}

/**
 * Start of an elided article glued to the place at `pos` ("vers l'Angleterre", "verso
 * l'Italia", "all'Italia": up to four letters and an apostrophe), or -1.
 */
function elidedArticleStart(units: Uint16Array, pos: number): number {
  const q = units[pos - 1];
  if (q !== 0x27 && q !== 0x2019) return -1;
  let j = pos - 2;
  while (j >= 0 && j >= pos - 6 && isLatinLetter(units[j] as number)) j--;
  const start = j + 1;
  return start < pos - 1 && pos - 1 - start <= 4 ? start : -1;
}

function isLatinLetter(u: number): boolean {
  return (u >= 0x61 && u <= 0x7a) || (u >= 0x41 && u <= 0x5a);
}

function hasComma(units: Uint16Array, a: number, b: number): boolean {
  for (let j = a; j < b; j++) if (units[j] === 0x2c || units[j] === 0x60c) return true;
  return false;
}

/** "vs", "v", "x", "×", "contra" (folded): two flags either side are a match fixture, not a route. */
const VERSUS = new Set(['vs', 'v', 'x', '\u00d7', 'contra', 'kontra']);

/** True if the only word between two flags (units [from, to)) is a "versus" word. */
function versusBetween(units: Uint16Array, from: number, to: number): boolean {
  let word = '';
  for (let k = from; k < to; k++) {
    const u = units[k] as number;
    if (u === 0x20 || u === 0x2e) continue; // spaces and the dot of "vs."
    if (word.length >= 6) return false;
    word += String.fromCharCode(u);
  }
  return VERSUS.has(word);
}

/**
 * Route cues. `places` and `directions` must be sorted by start; `arrows` is a flat list of
 * [a, b) pairs. Two different places joined by an arrow, a direction word, or a plain dash
 * make a full route (weight 1); a direction word or arrow right before/after one place is a
 * partial route (weight 0.5: "to Italy", "إلى إيطاليا"). Suffix directions (`*'ya`) only
 * count after the place they are glued to ("Almanya'ya").
 */
export function detectRoutes(units: Uint16Array, n: number, places: readonly Cue[], directions: readonly Cue[], arrows: readonly number[]): Cue[] {
  const out: Cue[] = [];
  if (places.length === 0) return out;
  let best = 0;
  // full routes: nearby places with a joiner between them
  if (places.length > 1) {
    for (let i = 0; i + 1 < places.length; i++) {
      const p = places[i] as Cue;
      for (let k = i + 1; k < places.length && k <= i + 3; k++) {
        const q = places[k] as Cue;
        if (q.a - p.b > MAX_GAP) break;
        if (q.e.place === p.e.place || q.a < p.b) continue;
        const flags = p.e.term.startsWith('flag:') && q.e.term.startsWith('flag:');
        const joined = joinerStartsIn(directions, arrows, p.b, q.a);
        if (joined || onlySeparators(units, p.b, q.a) || (flags && q.a - p.b <= 8 && !versusBetween(units, p.b, q.a))) {
          // a comma joins a list ("Poland, Lithuania, Czechia"; "Schengen, USA, Canada"):
          // places on offer, not an itinerary
          const list = !flags && !joined && hasComma(units, p.b, q.a);
          out.push({ a: p.a, b: q.b, e: flags ? ROUTE_FLAGS : list ? ROUTE_PARTIAL : ROUTE });
          if (!list) {
            best = 1;
            break;
          }
        }
      }
    }
  }
  // partial routes: a direction word or arrow touching a single place ("to Italy", "➡️🇬🇧")
  if (best < 1 && (directions.length > 0 || arrows.length > 0)) {
    for (const p of places) {
      const e = elidedArticleStart(units, p.a);
      const d =
        joinerEndingAt(directions, arrows, p.a) ??
        joinerEndingAt(directions, arrows, p.a - 1) ??
        joinerEndingAt(directions, arrows, p.a - 2) ??
        (e >= 0 ? (joinerEndingAt(directions, arrows, e - 1) ?? joinerEndingAt(directions, arrows, e)) : undefined) ??
        joinerStartingAt(directions, arrows, p.b) ??
        joinerStartingAt(directions, arrows, p.b + 1);
      if (d) out.push({ a: Math.min(d[0], p.a), b: Math.max(d[1], p.b), e: ROUTE_PARTIAL });
    }
  }
  return out;
}

// Directions (sorted by start, non-overlapping) and arrows ([a, b) pairs in order) are
// searched by bisection, so a huge text with many places stays O(k log k).

/** Index (pair number) of the first arrow with start ≥ pos. */
function firstArrowFrom(arrows: readonly number[], pos: number): number {
  let lo = 0;
  let hi = arrows.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((arrows[mid * 2] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Does a direction word or an arrow start in [a, b)? */
function joinerStartsIn(directions: readonly Cue[], arrows: readonly number[], a: number, b: number): boolean {
  const d = firstCueFrom(directions, a);
  if (d < directions.length && (directions[d] as Cue).a < b) return true;
  const k = firstArrowFrom(arrows, a);
  return k < arrows.length >> 1 && (arrows[k * 2] as number) < b;
}

/** The joiner [a, b) that ends at `pos` (an arrow wins over a word; suffix rows never end a joiner before a place). */
function joinerEndingAt(directions: readonly Cue[], arrows: readonly number[], pos: number): [number, number] | undefined {
  // the only arrow that can end at pos is the last one starting before it
  const k = firstArrowFrom(arrows, pos) - 1;
  if (k >= 0 && arrows[k * 2 + 1] === pos) return [arrows[k * 2] as number, pos];
  const i = firstCueFrom(directions, pos) - 1;
  if (i >= 0) {
    const d = directions[i] as Cue;
    // a suffix row ("*'ya", "*'dan") belongs to the word it is glued to: it only follows a place
    if (d.b === pos && (d.e.stem & STEM_BEFORE) === 0) return [d.a, d.b];
  }
  return undefined;
}

/** The joiner [a, b) that starts at `pos` (an arrow wins over a word). */
function joinerStartingAt(directions: readonly Cue[], arrows: readonly number[], pos: number): [number, number] | undefined {
  const k = firstArrowFrom(arrows, pos);
  if (k < arrows.length >> 1 && arrows[k * 2] === pos) return [pos, arrows[k * 2 + 1] as number];
  const i = firstCueFrom(directions, pos);
  if (i < directions.length && (directions[i] as Cue).a === pos) return [pos, (directions[i] as Cue).b];
  return undefined;
}
