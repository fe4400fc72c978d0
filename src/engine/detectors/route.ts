/**
 * Route detector: origin → destination from place names (lexicon `place` entries),
 * direction words (lexicon `direction` entries), arrows (→ ➡️ --> >> =>) and flag-emoji
 * pairs (🇹🇷🇬🇷). Linear in the number of cues.
 */
import type { Cue } from '../cue';

/** Single-unit arrows (after folding; ➡️'s variation selector is already dropped). */
function isArrowUnit(u: number): boolean {
  return (
    u === 0x2192 || u === 0x27a1 || u === 0x21d2 || u === 0x2794 || u === 0x27f6 || u === 0x279c || u === 0x279d ||
    u === 0x279e || u === 0x27a4 || u === 0x25b6 || u === 0x21e8 || u === 0x2b95 || u === 0x27b3 || u === 0x27f9 ||
    u === 0x2933 || u === 0x21a6 || u === 0x3e || u === 0xbb
  );
}

/** Finds arrows: single arrow units and ASCII "->", "-->", "=>", ">>". Returns [a, b) pairs. */
export function findArrows(units: Uint16Array, n: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < n; j++) {
    const u = units[j] as number;
    if (u === 0x2d || u === 0x3d) {
      let k = j;
      while (k < n && (units[k] === 0x2d || units[k] === 0x3d)) k++;
      if (k < n && units[k] === 0x3e) {
        let e = k + 1;
        while (e < n && units[e] === 0x3e) e++;
        out.push(j, e);
        j = e - 1;
      } else j = k - 1;
      continue;
    }
    if (u === 0x3e || u === 0xbb) {
      // ">" alone is too common (quotes, "> 18"); require ">>" or "»"-style arrows
      let k = j + 1;
      while (k < n && units[k] === u) k++;
      if (k - j >= 2 || u === 0xbb) out.push(j, k);
      j = k - 1;
      continue;
    }
    if (isArrowUnit(u)) out.push(j, j + 1);
  }
  return out;
}

/** Flag emoji (regional-indicator pairs) as place cues with their ISO code. */
export function findFlags(units: Uint16Array, n: number): Cue[] {
  const out: Cue[] = [];
  for (let j = 0; j + 3 < n; j++) {
    if (units[j] !== 0xd83c) continue;
    const l1 = units[j + 1] as number;
    if (l1 < 0xdde6 || l1 > 0xddff || units[j + 2] !== 0xd83c) continue;
    const l2 = units[j + 3] as number;
    if (l2 < 0xdde6 || l2 > 0xddff) continue;
    const code = String.fromCharCode(65 + l1 - 0xdde6, 65 + l2 - 0xdde6);
    out.push({ a: j, b: j + 4, category: 'place', term: `flag:${code}`, lang: 'any', weight: 1, place: code });
    j += 3;
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
 * Route cues. `places` and `directions` must be sorted by start; `arrows` is a flat list of
 * [a, b) pairs. Two different places joined by an arrow, a direction word, or a plain dash
 * make a full route (weight 1); a direction word or arrow right before/after one place is a
 * partial route (weight 0.5: "to Italy", "إلى إيطاليا"). Suffix directions (`*'ya`) only
 * count after the place they are glued to ("Almanya'ya").
 */
export function detectRoutes(units: Uint16Array, n: number, places: readonly Cue[], directions: readonly Cue[], arrows: readonly number[]): Cue[] {
  const out: Cue[] = [];
  if (places.length === 0) return out;
  // prefix counts of joiner starts, so "is there a joiner between p and q" is O(1)
  let joinerPrefix: Int32Array | null = null;
  if (places.length > 1 && (directions.length > 0 || arrows.length > 0)) {
    joinerPrefix = new Int32Array(n + 2);
    for (const d of directions) joinerPrefix[d.a + 1] = (joinerPrefix[d.a + 1] as number) + 1;
    for (let k = 0; k < arrows.length; k += 2) joinerPrefix[(arrows[k] as number) + 1] = (joinerPrefix[(arrows[k] as number) + 1] as number) + 1;
    for (let i = 1; i < joinerPrefix.length; i++) joinerPrefix[i] = (joinerPrefix[i] as number) + (joinerPrefix[i - 1] as number);
  }
  const joinerBetween = (a: number, b: number): boolean => joinerPrefix !== null && (joinerPrefix[b] as number) - (joinerPrefix[a] as number) > 0;
  let best = 0;
  // full routes: nearby places with a joiner between them
  for (let i = 0; i + 1 < places.length; i++) {
    const p = places[i] as Cue;
    for (let k = i + 1; k < places.length && k <= i + 3; k++) {
      const q = places[k] as Cue;
      if (q.a - p.b > MAX_GAP) break;
      if (q.place === p.place || q.a < p.b) continue;
      const flags = p.term.startsWith('flag:') && q.term.startsWith('flag:');
      if (joinerBetween(p.b, q.a) || onlySeparators(units, p.b, q.a) || (flags && q.a - p.b <= 8)) {
        out.push({ a: p.a, b: q.b, category: 'route', term: flags ? 'route:flags' : 'route', lang: 'any', weight: 1 });
        best = 1;
        break;
      }
    }
  }
  // partial routes: a direction word or arrow touching a single place ("to Italy", "➡️🇬🇧")
  if (best < 1) {
    const endsAt = new Map<number, Cue>();
    const startsAt = new Map<number, Cue>();
    for (const d of directions) {
      // a suffix row ("*'ya", "*'dan") belongs to the word it is glued to: it only follows a place
      if (!d.term.startsWith('*')) endsAt.set(d.b, d);
      startsAt.set(d.a, d);
    }
    for (let k = 0; k < arrows.length; k += 2) {
      const d: Cue = { a: arrows[k] as number, b: arrows[k + 1] as number, category: 'direction', term: 'arrow', lang: 'any', weight: 1 };
      endsAt.set(d.b, d);
      startsAt.set(d.a, d);
    }
    for (const p of places) {
      const d = endsAt.get(p.a) ?? endsAt.get(p.a - 1) ?? endsAt.get(p.a - 2) ?? startsAt.get(p.b) ?? startsAt.get(p.b + 1);
      if (d) out.push({ a: Math.min(d.a, p.a), b: Math.max(d.b, p.b), category: 'route', term: 'route:partial', lang: 'any', weight: 0.5 });
    }
  }
  return out;
}
