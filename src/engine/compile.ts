/**
 * Lexicon compiler: validates entries, folds terms through the text normaliser, merges
 * duplicates and builds one automaton for all of them.
 */
import { getTypeTable, T_LETTER as T_LETTER_, T_DIGIT as T_DIGIT_, T_MARK as T_MARK_ } from './fold-table';
// Local copies: transpiled module imports can be getters, too slow for per-unit loops.
const T_LETTER = T_LETTER_;
const T_DIGIT = T_DIGIT_;
const T_MARK = T_MARK_;
import { buildAutomaton, NEED_END, NEED_START, type Automaton } from './matcher';
import { normalizeInto } from './normalize';
import type { LexiconCategory, LexiconEntry } from './types';

/** Internal categories used only by the structural detectors (never returned as matches). */
export type InternalCategory = 'currency' | 'per-unit';

/** One way a pattern can match: boundary rules plus the entries it stands for. */
export interface Variant {
  /** Needs a word boundary before the match (no leading `*`, term starts with a word char). */
  startBoundary: boolean;
  endBoundary: boolean;
  /** Arabic-script term: common proclitics (و ب ل ف ال ک) may be attached in front. */
  proclitics: boolean;
  entries: CompiledEntry[];
  /** `entries` split by scan group (filled at the end of compilation). */
  groups: { group: 'main' | 'geo' | 'internal'; entries: CompiledEntry[] }[];
}

/** Scan group of a category: geo cues and internal helpers do not compete with words for overlaps. */
export function groupOf(category: string): 'main' | 'geo' | 'internal' {
  if (category === 'place' || category === 'direction') return 'geo';
  if (category === 'currency' || category === 'per-unit') return 'internal';
  return 'main';
}

/** A lexicon entry reduced to what the scanner needs. */
export interface CompiledEntry {
  term: string;
  lang: string;
  category: LexiconCategory | InternalCategory;
  weight: number;
  place?: string;
}

export interface CompiledLexicon {
  automaton: Automaton;
  /** Indexed by pattern id. */
  variants: Variant[][];
  /** Normalised pattern texts (for debugging and tests). */
  patterns: string[];
  /** Entries that could not be compiled (empty after normalisation, bad fields). */
  rejected: { entry: unknown; reason: string }[];
}

export const LEXICON_CATEGORIES: readonly LexiconCategory[] = [
  'offer', 'transport', 'documents', 'marriage', 'package', 'accommodation', 'recruitment', 'guarantee', 'urgency',
  'contact', 'place', 'direction', 'news', 'warning', 'campaign', 'legal', 'legit',
];
const CATEGORY_SET = new Set<string>([...LEXICON_CATEGORIES, 'currency', 'per-unit']);

function isArabicScript(u: number): boolean {
  return (u >= 0x0600 && u <= 0x06ff) || (u >= 0x0750 && u <= 0x077f) || (u >= 0xfb50 && u <= 0xfeff);
}

function isWordUnit(type: Uint8Array, u: number): boolean {
  const t = type[u];
  return t === T_LETTER || t === T_MARK || t === T_DIGIT;
}

/** Folds a term exactly like scanned text. Returns the folded units (a copy). */
export function foldTerm(term: string): Uint16Array {
  const n = normalizeInto(term);
  return n.units.slice(0, n.length);
}

/** Validates an entry (also users' own terms, which arrive from settings). */
export function validateEntry(e: unknown): string | null {
  if (typeof e !== 'object' || e === null) return 'not an object';
  const x = e as Record<string, unknown>;
  if (typeof x.term !== 'string' || x.term.replace(/\*/g, '').trim() === '') return 'empty term';
  if (x.term.length > 200) return 'term too long';
  if (typeof x.category !== 'string' || !CATEGORY_SET.has(x.category)) return 'bad category';
  if (typeof x.weight !== 'number' || !(x.weight > 0 && x.weight <= 1)) return 'weight must be in (0, 1]';
  if (typeof x.lang !== 'string' || x.lang === '') return 'missing lang';
  return null;
}

/** Compiles entries (built-in + users' own) into one automaton. */
export function compileLexicon(entries: readonly (LexiconEntry | CompiledEntry)[]): CompiledLexicon {
  const type = getTypeTable();
  const index = new Map<string, number>();
  const patterns: string[] = [];
  const units: Uint16Array[] = [];
  const variants: Variant[][] = [];
  const rejected: { entry: unknown; reason: string }[] = [];
  // one entry per (pattern, boundaries, category, lang): duplicates keep the highest weight
  const seen = new Map<string, CompiledEntry>();

  for (const e of entries) {
    const bad = validateEntry(e);
    if (bad) {
      rejected.push({ entry: e, reason: bad });
      continue;
    }
    let raw = e.term;
    const startStar = raw.startsWith('*');
    const endStar = raw.length > 1 && raw.endsWith('*');
    raw = raw.replace(/^\*+/, '').replace(/\*+$/, '');
    const folded = foldTerm(raw);
    if (folded.length === 0) {
      rejected.push({ entry: e, reason: 'empty after normalisation' });
      continue;
    }
    const key = String.fromCharCode(...folded);
    const first = folded[0] as number;
    const last = folded[folded.length - 1] as number;
    const startBoundary = !startStar && isWordUnit(type, first);
    const endBoundary = !endStar && isWordUnit(type, last);
    const proclitics = startBoundary && isArabicScript(first);

    let id = index.get(key);
    if (id === undefined) {
      id = patterns.length;
      index.set(key, id);
      patterns.push(key);
      units.push(folded);
      variants.push([]);
    }
    const list = variants[id] as Variant[];
    let v = list.find((x) => x.startBoundary === startBoundary && x.endBoundary === endBoundary);
    if (!v) {
      v = { startBoundary, endBoundary, proclitics, entries: [], groups: [] };
      list.push(v);
    }
    const dupKey = `${id}|${startBoundary}|${endBoundary}|${e.category}|${e.lang}`;
    const prev = seen.get(dupKey);
    if (prev) {
      if (e.weight > prev.weight) prev.weight = e.weight;
      continue;
    }
    const ce: CompiledEntry = { term: e.term, lang: e.lang, category: e.category, weight: e.weight };
    if (e.place) ce.place = e.place;
    seen.set(dupKey, ce);
    v.entries.push(ce);
  }

  for (const list of variants) {
    for (const v of list) {
      for (const e of v.entries) {
        const group = groupOf(e.category);
        let g = v.groups.find((x) => x.group === group);
        if (!g) v.groups.push((g = { group, entries: [] }));
        g.entries.push(e);
      }
    }
  }
  const automaton = buildAutomaton(units);
  for (let p = 0; p < variants.length; p++) {
    const list = variants[p] as Variant[];
    let need = NEED_START | NEED_END;
    for (const v of list) {
      if (!v.startBoundary || v.proclitics) need &= ~NEED_START;
      if (!v.endBoundary) need &= ~NEED_END;
    }
    automaton.patNeed[p] = need;
  }
  return { automaton, variants, patterns, rejected };
}
