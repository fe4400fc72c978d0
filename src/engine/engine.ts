/**
 * The scan pipeline: normalise → one automaton pass → boundary checks and overlap
 * resolution → structural detectors → score → matches in original offsets.
 */
import { compileLexicon, type CompiledEntry, type CompiledLexicon, type Variant } from './compile';
import type { Cue } from './cue';
import { detectHandles } from './detectors/contact';
import { detectPhones } from './detectors/phone';
import { detectPrices, PRICE_TERMS } from './detectors/price';
import { detectRoutes, findArrows, findFlags } from './detectors/route';
import { getTypeTable, getWordTable, T_LETTER as T_LETTER_, T_DIGIT as T_DIGIT_, T_MARK as T_MARK_ } from './fold-table';
// Local copies: transpiled module imports can be getters, too slow for per-unit loops.
const T_LETTER = T_LETTER_;
const T_DIGIT = T_DIGIT_;
const T_MARK = T_MARK_;
import { LEXICON, LEXICON_VERSION } from './lexicon';
import { Hits, runAutomaton } from './matcher';
import { normalizeInto, originalRange, type Normalized } from './normalize';
import { score } from './score';
import type { Engine, EngineOptions, LexiconEntry, Match, ScanResult } from './types';

const DEFAULT_MAX_MATCHES = 2000;

/** Arabic proclitics that may be glued to a word: و ب ل ف ک and the article ال. */
const PROCLITIC_UNITS = new Set([0x0648, 0x0628, 0x0644, 0x0641, 0x06a9, 0x0627]);

function isWord(t: number | undefined): boolean {
  return t === T_LETTER || t === T_MARK || t === T_DIGIT;
}

/** True if units[w..a) is a proclitic chain such as و, بال, وال, لل, فب. */
function procliticOk(units: Uint16Array, a: number, type: Uint8Array): boolean {
  let w = a;
  while (w > 0 && a - w < 4 && isWord(type[units[w - 1] as number])) w--;
  if (w > 0 && isWord(type[units[w - 1] as number])) return false;
  const len = a - w;
  if (len < 1 || len > 3) return false;
  for (let k = w; k < a; k++) if (!PROCLITIC_UNITS.has(units[k] as number)) return false;
  // ا only as part of the article ال
  for (let k = w; k < a; k++) if (units[k] === 0x0627 && units[k + 1] !== 0x0644) return false;
  return true;
}

const EMPTY = (): ScanResult => ({ score: 0, verdict: 'clear', matches: [], reasons: [], cues: {}, lang: 'und' });

/** A candidate from the automaton, after its boundary check. */
interface Candidate {
  a: number;
  b: number;
  entries: CompiledEntry[];
}

type Group = 'main' | 'geo' | 'internal';

/** Leftmost-longest selection of non-overlapping candidates (longer phrases win). */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  cands.sort((x, y) => x.a - y.a || y.b - x.b);
  const kept: Candidate[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.a >= lastEnd) {
      kept.push(c);
      lastEnd = c.b;
    } else if (c.b > lastEnd && kept.length > 0) {
      // overlaps the previous one but reaches further: keep whichever is longer
      const prev = kept[kept.length - 1] as Candidate;
      if (c.b - c.a > prev.b - prev.a) {
        kept[kept.length - 1] = c;
        lastEnd = c.b;
      }
    }
  }
  return kept;
}

// Compiled built-in lexicon, shared by every engine without extra terms.
let builtIn: CompiledLexicon | null = null;

function compileFor(extra: readonly LexiconEntry[]): CompiledLexicon {
  if (extra.length === 0) {
    builtIn ??= compileLexicon([...LEXICON, ...PRICE_TERMS]);
    return builtIn;
  }
  return compileLexicon([...LEXICON, ...PRICE_TERMS, ...extra]);
}

/** Compiles the lexicon (plus users' `extraTerms`) into an engine. */
export function createEngine(options: EngineOptions = {}): Engine {
  const extra = Array.isArray(options.extraTerms) ? options.extraTerms : [];
  const compiled = compileFor(extra);
  const sensitivity = typeof options.sensitivity === 'number' && Number.isFinite(options.sensitivity) ? options.sensitivity : 0.5;
  const maxMatches =
    typeof options.maxMatches === 'number' && options.maxMatches >= 0 ? Math.floor(options.maxMatches) : DEFAULT_MAX_MATCHES;
  return {
    lexiconVersion: LEXICON_VERSION,
    size: compiled.patterns.length,
    scan(text: unknown): ScanResult {
      if (typeof text !== 'string' || text.length === 0) return EMPTY();
      try {
        return scanText(compiled, text, sensitivity, maxMatches);
      } catch {
        // defensive: a bug must never break the page; report nothing rather than throw
        return EMPTY();
      }
    },
  };
}

let sharedHits = new Hits();

/** Collects lexicon candidates (boundary-checked) from one automaton pass. */
function lexiconCandidates(compiled: CompiledLexicon, norm: Normalized, type: Uint8Array): Record<Group, Candidate[]> {
  const { units, length: n } = norm;
  const out: Record<Group, Candidate[]> = { main: [], geo: [], internal: [] };
  const { variants, automaton } = compiled;
  const patLen = automaton.patLen;
  const hits = sharedHits;
  hits.count = 0;
  runAutomaton(automaton, units, n, hits, getWordTable());
  for (let h = 0; h < hits.count; h++) {
    const p = hits.pat[h] as number;
    const end = hits.end[h] as number;
    const a = end - (patLen[p] as number);
    const endOk = end >= n || !isWord(type[units[end] as number]);
    const startFree = a === 0 || !isWord(type[units[a - 1] as number]);
    for (const v of variants[p] as Variant[]) {
      if (v.endBoundary && !endOk) continue;
      if (v.startBoundary && !startFree && !(v.proclitics && procliticOk(units, a, type))) continue;
      for (const g of v.groups) out[g.group].push({ a, b: end, entries: g.entries });
    }
  }
  if (hits.pat.length > 65536) sharedHits = new Hits(); // do not keep a huge buffer alive
  return out;
}

/** One cue per category of a candidate (the strongest entry of that category). */
function toCues(cands: readonly Candidate[], out: Cue[]): void {
  for (const c of cands) {
    const best = new Map<string, CompiledEntry>();
    for (const e of c.entries) {
      const prev = best.get(e.category);
      if (!prev || e.weight > prev.weight) best.set(e.category, e);
    }
    for (const e of best.values()) {
      const cue: Cue = { a: c.a, b: c.b, category: e.category, term: e.term, lang: e.lang, weight: e.weight };
      if (e.place) cue.place = e.place;
      out.push(cue);
    }
  }
}

function overlaps(x: Cue, list: readonly Cue[]): boolean {
  for (const y of list) if (x.a < y.b && y.a < x.b) return true;
  return false;
}

function guessLang(cues: readonly Cue[]): string {
  const w = new Map<string, number>();
  for (const c of cues) if (c.lang !== 'any') w.set(c.lang, (w.get(c.lang) ?? 0) + c.weight);
  let best = 'und';
  let bestW = 0;
  for (const [l, v] of w) if (v > bestW) [best, bestW] = [l, v];
  return best;
}

/** Scans one non-empty string. */
export function scanText(compiled: CompiledLexicon, text: string, sensitivity: number, maxMatches: number): ScanResult {
  const type = getTypeTable();
  const norm = normalizeInto(text);
  const { units, length: n } = norm;
  if (n === 0) return EMPTY();

  const groups = lexiconCandidates(compiled, norm, type);
  const mainCues: Cue[] = [];
  toCues(resolveOverlaps(groups.main), mainCues);
  const geoCues: Cue[] = [];
  toCues(resolveOverlaps(groups.geo), geoCues);
  const internalCues: Cue[] = [];
  toCues(resolveOverlaps(groups.internal), internalCues);

  // structural detectors
  // structural detectors, each only when the text has what it looks for
  let hasDigit = false;
  let hasAt = false;
  let hasArrowish = false;
  let hasFlag = false;
  for (let j = 0; j < n; j++) {
    const u = units[j] as number;
    if (u >= 0x30 && u <= 0x39) hasDigit = true;
    else if (u === 0x40) hasAt = true;
    else if (u === 0x3e || u === 0xbb || (u >= 0x2190 && u <= 0x2bff)) hasArrowish = true;
    else if (u === 0xd83c) hasFlag = true;
  }
  const currency = internalCues.filter((c) => c.category === 'currency');
  const perUnit = internalCues.filter((c) => c.category === 'per-unit');
  const prices = hasDigit || perUnit.length > 0 ? detectPrices(units, n, type, currency, perUnit) : [];
  const strongPrices = prices.filter((p) => p.weight >= 1);
  const phones = hasDigit ? detectPhones(units, n, type).filter((p) => !overlaps(p, strongPrices)) : [];
  const weakPrices = prices.filter((p) => p.weight < 1 && !overlaps(p, phones));
  const handles = hasAt ? detectHandles(units, n, type) : [];
  const flags = hasFlag ? findFlags(units, n) : [];
  const places = geoCues.filter((c) => c.category === 'place').concat(flags).toSorted((x, y) => x.a - y.a);
  const directions = geoCues.filter((c) => c.category === 'direction');
  const routes = places.length > 0 ? detectRoutes(units, n, places, directions, hasArrowish ? findArrows(units, n) : []) : [];

  const cues: Cue[] = [...mainCues, ...strongPrices, ...weakPrices, ...phones, ...handles, ...routes, ...places];
  const result = score(cues, sensitivity);

  // matches: everything except internal helpers, direction words and places inside a route
  const emitted = cues.filter((c) => c.category !== 'direction' && !(c.category === 'place' && routes.some((r) => r.weight >= 1 && c.a >= r.a && c.b <= r.b)));
  emitted.sort((x, y) => x.a - y.a || y.b - x.b);
  const limit = Math.min(emitted.length, maxMatches);
  const matches: Match[] = [];
  for (let i = 0; i < limit; i++) {
    const c = emitted[i] as Cue;
    const [start, end] = originalRange(norm, text, c.a, c.b);
    matches.push({
      start,
      end,
      text: text.slice(start, end),
      category: c.category as Match['category'],
      term: c.term,
      lang: c.lang,
      weight: c.weight,
    });
  }
  return { score: result.score, verdict: result.verdict, matches, reasons: result.reasons, cues: result.cues, lang: guessLang(cues) };
}
