/**
 * Cues: what the scan pipeline passes from the matcher and the detectors to scoring.
 *
 * A cue is a span in NORMALISED offsets plus a shared, immutable description of what it
 * stands for (`CueInfo`). Lexicon entries ARE CueInfos, so a lexicon hit costs one small
 * object ({a, b, e}), not a copy of the entry; the detectors use module-level CueInfos.
 */
import type { CueCategory, LexiconCategory } from './types';

/** Helper categories of the price, papers, schedule and road detectors (never emitted, never scored). */
export const INTERNAL_CATEGORIES = ['currency', 'per-unit', 'papers-neg', 'papers-req', 'papers-claim', 'papers-obj', 'clock-pre', 'clock-post', 'road-word', 'open-word'] as const;
export type InternalCategory = (typeof INTERNAL_CATEGORIES)[number];
export type AnyCategory = CueCategory | InternalCategory;

/** Every category as a small index, so per-category state lives in typed arrays. */
export const CATEGORIES = [
  'offer', 'transport', 'documents', 'marriage', 'package', 'accommodation', 'recruitment', 'guarantee', 'urgency',
  'contact', 'place', 'direction', 'news', 'warning', 'campaign', 'legal', 'legit', 'price', 'phone', 'route',
  ...INTERNAL_CATEGORIES,
] as const satisfies readonly AnyCategory[];

const CAT_INDEX = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));

/** Index of a category in CATEGORIES (-1 for an unknown one). */
export function categoryIndex(category: string): number {
  return CAT_INDEX.get(category) ?? -1;
}

/** A term as the compiler takes it (a LexiconEntry without notes and source will do). */
export interface TermInput {
  term: string;
  lang: string;
  category: LexiconCategory | InternalCategory;
  weight: number;
  /** ISO code for `place` entries. */
  place?: string;
}

/** STEM bits: the term is a stem that may continue before (`*xyz`) / after (`xyz*`) the match. */
export const STEM_BEFORE = 1;
export const STEM_AFTER = 2;

/** What a cue stands for: a compiled lexicon entry, or a detector's result kind. */
export interface CueInfo {
  readonly term: string;
  readonly lang: string;
  readonly category: AnyCategory;
  /** The strongest weight of duplicate entries (the compiler raises it). */
  weight: number;
  readonly place?: string;
  /** categoryIndex(category). */
  readonly ci: number;
  /** Term id: equal ids ⇔ equal terms (scoring counts each distinct term once). */
  readonly tid: number;
  /** STEM_* bits. */
  readonly stem: number;
}

const termIds = new Map<string, number>();

/** A CueInfo; every one is made here so they all share one object shape. */
export function cueInfo(term: string, lang: string, category: AnyCategory, weight: number, place?: string): CueInfo {
  let tid = termIds.get(term);
  if (tid === undefined) termIds.set(term, (tid = termIds.size));
  const stem = (term.startsWith('*') ? STEM_BEFORE : 0) | (term.length > 1 && term.endsWith('*') ? STEM_AFTER : 0);
  return { term, lang, category, weight, place, ci: categoryIndex(category), tid, stem };
}

export interface Cue {
  /** Start (inclusive) in normalised units. */
  a: number;
  /** End (exclusive) in normalised units. */
  b: number;
  e: CueInfo;
}

/** Index of the first cue of `list` (sorted by start) that starts at or after `pos` (bisection). */
export function firstCueFrom(list: readonly Cue[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Cue).a < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longer than any lexicon phrase or detector pair (units): how far back a containing cue can start. */
const MAX_SPAN = 256;

/** True if a cue of `list` (sorted by start) contains [a, b). */
export function containedInCue(a: number, b: number, list: readonly Cue[]): boolean {
  for (let i = firstCueFrom(list, a + 1) - 1; i >= 0; i--) {
    const c = list[i] as Cue;
    if (c.a < a - MAX_SPAN) return false;
    if (c.b >= b) return true;
  }
  return false;
}

/**
 * A spelling listed under several languages ("entrevista", "pasaport", "بدون") compiles to
 * one cue: its `lang` lists them all ("tr kmr"), so it pairs with the words of each of them
 * (see papers.ts compatible()).
 */
export function withSharedSpellings(terms: readonly TermInput[]): TermInput[] {
  const langs = new Map<string, Set<string>>();
  for (const t of terms) {
    const key = `${t.category}|${t.term}`;
    let set = langs.get(key);
    if (!set) langs.set(key, (set = new Set()));
    set.add(t.lang);
  }
  const seen = new Set<string>();
  const out: TermInput[] = [];
  for (const t of terms) {
    const key = `${t.category}|${t.term}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...t, lang: [...(langs.get(key) as Set<string>)].join(' ') });
  }
  return out;
}

/** True if the space-separated language lists x and y have a language in common. */
export function shareLang(x: string, y: string): boolean {
  if (x === y) return true;
  for (const l of x.split(' ')) if (` ${y} `.includes(` ${l} `)) return true;
  return false;
}

/** Sentence ends: a pair may not span one. */
function isStop(u: number): boolean {
  return u === 0x2e || u === 0x21 || u === 0x3f || u === 0x0a || u === 0x0d || u === 0x061f || u === 0x06d4 || u === 0x0964 || u === 0x1362 || u === 0x3002;
}

export function noStop(units: Uint16Array, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isStop(units[j] as number)) return false;
  return true;
}
