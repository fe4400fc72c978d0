/**
 * Lexicon compiler: validates entries, folds terms through the text normaliser, merges
 * duplicates and builds the automata: an anchored (word-start) one for patterns that must
 * start a word, a small unanchored one for `*xyz`/emoji/symbol patterns. Users' own terms
 * compile into a small extra layer on top of the shared built-in lexicon (see compileExtra).
 */
import { getTypeTable, getWordTable, T_LETTER as T_LETTER_, T_DIGIT as T_DIGIT_, T_MARK as T_MARK_ } from './fold-table';
// Local copies: transpiled module imports can be getters, too slow for per-unit loops.
const T_LETTER = T_LETTER_;
const T_DIGIT = T_DIGIT_;
const T_MARK = T_MARK_;
import { assembleAutomaton, automatonBytes, NEED_END, NEED_START, sortPatterns, type Automaton, type SortedPatterns } from './matcher';
import { normalizeInto } from './normalize';
import { cueInfo, INTERNAL_CATEGORIES, type CueInfo, type TermInput } from './cue';
import type { LexiconCategory, LexiconEntry } from './types';

export type { InternalCategory } from './cue';

/** One way a pattern can match: boundary rules plus the entries it stands for. */
export interface Variant {
  /** Needs a word boundary before the match (no leading `*`, term starts with a word char). */
  startBoundary: boolean;
  endBoundary: boolean;
  /** Arabic-script term: common proclitics (و ب ل ف ال ک) may be attached in front. */
  proclitics: boolean;
  entries: CompiledEntry[];
  /** `entries` split by scan group (filled at the end of compilation). */
  groups: VariantGroup[];
}

/** The entries of one variant in one scan group, with their cues precomputed. */
export interface VariantGroup {
  group: 'main' | 'geo' | 'internal';
  /** 0 main, 1 geo, 2 internal. */
  gid: number;
  entries: CompiledEntry[];
  /** One cue per category (the strongest entry; first wins ties), in first-seen order. */
  cues: CompiledEntry[];
}

const GROUP_ID = { main: 0, geo: 1, internal: 2 } as const;

/**
 * Version of the compiler's output. Bump it whenever a change here, in matcher.ts or in the
 * normaliser changes what a lexicon compiles to: the shipped tables (compiled/lexicon-data.ts)
 * then no longer match and the engine compiles at run time until they are regenerated.
 */
export const COMPILER_VERSION = 2;

/** Pattern modes: 0 may start anywhere, 1 word start or after Arabic proclitics, 2 word start. */
export const MODE_ANY = 0;
export const MODE_PROCLITIC = 1;
export const MODE_WORD = 2;

const INTERNAL_SET = new Set<string>(INTERNAL_CATEGORIES);

/** Scan group of a category: geo cues and internal helpers do not compete with words for overlaps. */
export function groupOf(category: string): 'main' | 'geo' | 'internal' {
  if (category === 'place' || category === 'direction') return 'geo';
  if (INTERNAL_SET.has(category)) return 'internal';
  return 'main';
}

/** A lexicon entry reduced to what the scanner needs: the CueInfo of its matches. */
export type CompiledEntry = CueInfo;

export interface CompiledLexicon {
  /** Word-start automaton (patterns of modes 1 and 2). */
  automaton: Automaton;
  /** Automaton for patterns that may start anywhere (mode 0), or null. */
  unanchored: Automaton | null;
  /** Per pattern id: length in units, NEED_START/NEED_END bits, mode. */
  patLen: Int32Array;
  patNeed: Uint8Array;
  patMode: Uint8Array;
  /** True when some pattern has mode 1 (proclitic walks are needed). */
  hasProclitics: boolean;
  /**
   * Indexed by pattern id. A lexicon loaded from the shipped tables fills it on first use
   * (`loadVariant`): read it through variantsOf().
   */
  variants: Variant[][];
  /** Builds `variants[p]` when it is missing (shipped lexicons), else null. */
  loadVariant: ((p: number) => Variant[]) | null;
  /** Normalised pattern texts (for debugging, tests and users' terms; built lazily when shipped). */
  readonly patterns: string[];
  /** Entries that could not be compiled (empty after normalisation, bad fields). */
  rejected: { entry: unknown; reason: string }[];
}

/** The variants of pattern `p` (built on first use in lexicons loaded from the shipped tables). */
export function variantsOf(lex: CompiledLexicon, p: number): Variant[] {
  return lex.variants[p] ?? (lex.variants[p] = (lex.loadVariant as (p: number) => Variant[])(p));
}

/** need | mode << 4 of a pattern with no variants yet; fold variants in with needMode(). */
export const NEED_MODE_INIT = NEED_START | NEED_END | (MODE_WORD << 4);

/** Folds one variant's boundary rules into a pattern's NEED_* bits and mode (need | mode << 4). */
export function needMode(acc: number, startBoundary: boolean, endBoundary: boolean, proclitics: boolean): number {
  let need = acc & 15;
  let mode = acc >> 4;
  if (!startBoundary) mode = MODE_ANY;
  else if (proclitics && mode === MODE_WORD) mode = MODE_PROCLITIC;
  if (!startBoundary || proclitics) need &= ~NEED_START;
  if (!endBoundary) need &= ~NEED_END;
  return need | (mode << 4);
}

export const LEXICON_CATEGORIES: readonly LexiconCategory[] = [
  'offer', 'transport', 'documents', 'marriage', 'package', 'accommodation', 'recruitment', 'guarantee', 'urgency',
  'contact', 'place', 'direction', 'news', 'warning', 'campaign', 'legal', 'legit',
];
const CATEGORY_SET = new Set<string>([...LEXICON_CATEGORIES, ...INTERNAL_CATEGORIES]);

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

/** Collects entries into patterns and variants (the part of compilation before the automata). */
class Collector {
  readonly index = new Map<string, number>();
  readonly patterns: string[] = [];
  readonly units: Uint16Array[] = [];
  readonly variants: Variant[][] = [];
  readonly rejected: { entry: unknown; reason: string }[] = [];
  /** Per compiled entry: [index of the entry it came from, index of the entry whose weight it has]. */
  readonly origin = new Map<CompiledEntry, [number, number]>();
  // one entry per (pattern, boundaries, category, lang): duplicates keep the highest weight
  private readonly seen = new Map<string, CompiledEntry>();
  private readonly type = getTypeTable();

  /** Adds a pattern id for `key` (with a copy of `base` variants, for keys shared with a base lexicon). */
  private newPattern(key: string, folded: Uint16Array, base: readonly Variant[] | undefined): number {
    const id = this.patterns.length;
    this.index.set(key, id);
    this.patterns.push(key);
    this.units.push(folded);
    const list: Variant[] = [];
    for (const v of base ?? []) {
      const copy: Variant = { startBoundary: v.startBoundary, endBoundary: v.endBoundary, proclitics: v.proclitics, entries: [], groups: [] };
      for (const e of v.entries) {
        const ce = cueInfo(e.term, e.lang, e.category, e.weight, e.place || undefined);
        this.seen.set(`${id}|${v.startBoundary}|${v.endBoundary}|${e.category}|${e.lang}`, ce);
        copy.entries.push(ce);
      }
      list.push(copy);
    }
    this.variants.push(list);
    return id;
  }

  add(e: LexiconEntry | TermInput, base?: (key: string) => readonly Variant[] | undefined, index = -1): void {
    const bad = validateEntry(e);
    if (bad) {
      this.rejected.push({ entry: e, reason: bad });
      return;
    }
    let raw = e.term;
    const startStar = raw.startsWith('*');
    const endStar = raw.length > 1 && raw.endsWith('*');
    if (startStar || endStar) raw = raw.replace(/^\*+/, '').replace(/\*+$/, '');
    const folded = foldTerm(raw);
    if (folded.length === 0) {
      this.rejected.push({ entry: e, reason: 'empty after normalisation' });
      return;
    }
    const key = folded.length < 64 ? String.fromCharCode(...folded) : unitsToString(folded);
    const first = folded[0] as number;
    const last = folded[folded.length - 1] as number;
    const startBoundary = !startStar && isWordUnit(this.type, first);
    const endBoundary = !endStar && isWordUnit(this.type, last);
    const proclitics = startBoundary && isArabicScript(first);

    const id = this.index.get(key) ?? this.newPattern(key, folded, base?.(key));
    const list = this.variants[id] as Variant[];
    let v = list.find((x) => x.startBoundary === startBoundary && x.endBoundary === endBoundary);
    if (!v) {
      v = { startBoundary, endBoundary, proclitics, entries: [], groups: [] };
      list.push(v);
    }
    const dupKey = `${id}|${startBoundary}|${endBoundary}|${e.category}|${e.lang}`;
    const prev = this.seen.get(dupKey);
    if (prev) {
      if (e.weight > prev.weight) {
        prev.weight = e.weight;
        const o = this.origin.get(prev);
        if (o) o[1] = index;
      }
      return;
    }
    const ce = cueInfo(e.term, e.lang, e.category, e.weight, e.place || undefined);
    this.seen.set(dupKey, ce);
    v.entries.push(ce);
    if (index >= 0) this.origin.set(ce, [index, index]);
  }

  /** Groups, cue templates, pattern modes and the automata. */
  finish(keep?: (sp: SortedPatterns) => void): CompiledLexicon {
    const { units } = this;
    return finishLexicon(this.patterns, this.variants, this.rejected, (ids, anchored) => {
      const sp = sortPatterns(ids.map((p) => units[p] as Uint16Array), ids, anchored);
      keep?.(sp);
      return sp;
    });
  }
}

/**
 * The last steps of compilation, shared by the compiler and the loader of the shipped tables:
 * groups and cue templates per variant, pattern lengths and modes, then the automata from
 * their sorted patterns (`sorted` gets the pattern ids of each automaton, in id order).
 */
export function finishLexicon(
  patterns: string[],
  variants: Variant[][],
  rejected: { entry: unknown; reason: string }[],
  sorted: (ids: number[], anchored: boolean) => SortedPatterns,
): CompiledLexicon {
  const count = patterns.length;
  const patLen = new Int32Array(count);
  const patNeed = new Uint8Array(count);
  const patMode = new Uint8Array(count);
  const anchoredIds: number[] = [];
  const freeIds: number[] = [];
  let hasProclitics = false;
  for (let p = 0; p < count; p++) {
    const list = variants[p] as Variant[];
    let acc = NEED_MODE_INIT;
    for (const v of list) {
      acc = needMode(acc, v.startBoundary, v.endBoundary, v.proclitics);
      v.groups = groupsOf(v.entries);
    }
    const need = acc & 15;
    const mode = acc >> 4;
    patLen[p] = (patterns[p] as string).length;
    patNeed[p] = need;
    patMode[p] = mode;
    if (mode === MODE_ANY) {
      freeIds.push(p);
    } else {
      if (mode === MODE_PROCLITIC) hasProclitics = true;
      anchoredIds.push(p);
    }
  }
  const word = getWordTable();
  const anchoredSorted = sorted(anchoredIds, true);
  const freeSorted = freeIds.length > 0 ? sorted(freeIds, false) : null;
  const automaton = assembleAutomaton(anchoredSorted, word);
  const unanchored = freeSorted ? assembleAutomaton(freeSorted, word) : null;
  return { automaton, unanchored, patLen, patNeed, patMode, hasProclitics, variants, loadVariant: null, patterns, rejected };
}

/** What scripts/compile-lexicon.ts serialises: the lexicon, its sorted patterns and the entries' origins. */
export interface ShippableLexicon {
  lexicon: CompiledLexicon;
  /** The sorted patterns of the anchored automaton, then of the unanchored one (if any). */
  sorted: SortedPatterns[];
  origin: ReadonlyMap<CompiledEntry, readonly [number, number]>;
}

/** compileLexicon plus what the shipped tables need (build time only). */
export function compileShippable(entries: readonly (LexiconEntry | TermInput)[]): ShippableLexicon {
  const c = new Collector();
  for (let i = 0; i < entries.length; i++) c.add(entries[i] as LexiconEntry | TermInput, undefined, i);
  const sorted: SortedPatterns[] = [];
  const lexicon = c.finish((sp) => sorted.push(sp));
  return { lexicon, sorted, origin: c.origin };
}

function unitsToString(u: Uint16Array): string {
  let s = '';
  for (let i = 0; i < u.length; i += 4096) s += String.fromCharCode(...u.subarray(i, i + 4096));
  return s;
}

/** A variant's entries split by scan group (in first-seen order), with their cue templates. */
export function groupsOf(entries: readonly CompiledEntry[]): VariantGroup[] {
  if (entries.length === 1) {
    // the common case, without the general path's searches
    const e = entries[0] as CompiledEntry;
    const group = groupOf(e.category);
    return [{ group, gid: GROUP_ID[group], entries: [e], cues: [e] }];
  }
  const groups: VariantGroup[] = [];
  for (const e of entries) {
    const group = groupOf(e.category);
    let g = groups.find((x) => x.group === group);
    if (!g) groups.push((g = { group, gid: GROUP_ID[group], entries: [], cues: [] }));
    g.entries.push(e);
  }
  for (const g of groups) g.cues = bestPerCategory(g.entries);
  return groups;
}

/** One entry per category (the strongest; the first one wins ties), in first-seen order. */
function bestPerCategory(entries: readonly CompiledEntry[]): CompiledEntry[] {
  if (entries.length === 1) return [entries[0] as CompiledEntry];
  const best = new Map<string, CompiledEntry>();
  for (const e of entries) {
    const prev = best.get(e.category);
    if (!prev || e.weight > prev.weight) best.set(e.category, e);
  }
  return [...best.values()];
}

/** Compiles entries (built-in + users' own) into one lexicon. */
export function compileLexicon(entries: readonly (LexiconEntry | TermInput)[]): CompiledLexicon {
  const c = new Collector();
  for (const e of entries) c.add(e);
  return c.finish();
}

/** Users' own terms on top of a compiled base lexicon, without recompiling the base. */
export interface ExtraLayer {
  /** The extra terms' own lexicon (pattern ids of its own). */
  lexicon: CompiledLexicon;
  /** Base pattern ids that the extra layer took over (a user term with the same folded text). */
  suppressed: Uint8Array;
  /** Distinct patterns of base + extra. */
  size: number;
}

/**
 * Compiles users' terms into a small extra layer. A user term whose folded text equals a
 * base pattern takes that pattern over (with the base entries first), so results are the
 * same as compiling everything together.
 */
export function compileExtra(base: CompiledLexicon, extra: readonly (LexiconEntry | TermInput)[]): ExtraLayer {
  const baseIndex = baseIndexOf(base);
  const suppressed = new Uint8Array(base.patterns.length);
  let shared = 0;
  const c = new Collector();
  const lookup = (key: string): readonly Variant[] | undefined => {
    const id = baseIndex.get(key);
    if (id === undefined) return undefined;
    suppressed[id] = 1;
    shared++;
    return variantsOf(base, id);
  };
  for (const e of extra) c.add(e, lookup);
  const lexicon = c.finish();
  return { lexicon, suppressed, size: base.patterns.length + lexicon.patterns.length - shared };
}

const baseIndexes = new WeakMap<CompiledLexicon, Map<string, number>>();
function baseIndexOf(base: CompiledLexicon): Map<string, number> {
  let m = baseIndexes.get(base);
  if (!m) {
    m = new Map();
    for (let i = 0; i < base.patterns.length; i++) m.set(base.patterns[i] as string, i);
    baseIndexes.set(base, m);
  }
  return m;
}

/** Approximate bytes held by a compiled lexicon's typed arrays (the matcher tables). */
export function lexiconBytes(c: CompiledLexicon): number {
  return automatonBytes(c.automaton) + (c.unanchored ? automatonBytes(c.unanchored) : 0) + c.patLen.byteLength + c.patNeed.byteLength + c.patMode.byteLength;
}
