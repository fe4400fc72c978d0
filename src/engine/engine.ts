/**
 * The scan pipeline: normalise → one automaton pass → boundary checks and overlap
 * resolution → structural detectors → score → matches in original offsets.
 */
import { compileExtra, compileLexicon, MODE_PROCLITIC, variantsOf, type CompiledLexicon, type ExtraLayer, type VariantGroup } from './compile';
import { decodeLexicon } from './compiled/lexicon-codec';
import { LEXICON_DATA, LEXICON_FINGERPRINT, LEXICON_REJECTED } from './compiled/lexicon-data';
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
import { Hits, runAutomaton, walkFrom } from './matcher';
import { normalizeInto, originalRange } from './normalize';
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

/** 1 for the proclitic units, to find where proclitic walks may start. */
const PROCLITIC_TABLE = new Uint8Array(65536);
for (const u of PROCLITIC_UNITS) PROCLITIC_TABLE[u] = 1;

/** The compiled lexicon layers of one engine: the shared built-in one and users' own terms. */
interface Layers {
  base: CompiledLexicon;
  extra: ExtraLayer | null;
  size: number;
}

// Compiled built-in lexicon, shared by every engine (users' own terms are a layer on top).
let builtIn: CompiledLexicon | null = null;

/**
 * The built-in lexicon: loaded from the tables compiled at development time
 * (compiled/lexicon-data.ts, a few ms), or compiled here when they do not match the live
 * lexicon (a lexicon file edited without `npx tsx scripts/compile-lexicon.ts`).
 */
function loadBuiltIn(): CompiledLexicon {
  const entries = [...LEXICON, ...PRICE_TERMS];
  const shipped = decodeLexicon(entries, { fingerprint: LEXICON_FINGERPRINT, data: LEXICON_DATA, rejected: LEXICON_REJECTED });
  return shipped ?? compileLexicon(entries);
}

function compileFor(extra: readonly LexiconEntry[]): Layers {
  builtIn ??= loadBuiltIn();
  if (extra.length === 0) return { base: builtIn, extra: null, size: builtIn.patLen.length };
  const layer = compileExtra(builtIn, extra);
  return { base: builtIn, extra: layer, size: layer.size };
}

/** Compiles the lexicon (plus users' `extraTerms`) into an engine. */
export function createEngine(options: EngineOptions = {}): Engine {
  const extra = Array.isArray(options.extraTerms) ? options.extraTerms : [];
  const layers = compileFor(extra);
  const sensitivity = typeof options.sensitivity === 'number' && Number.isFinite(options.sensitivity) ? options.sensitivity : 0.5;
  const maxMatches =
    typeof options.maxMatches === 'number' && options.maxMatches >= 0 ? Math.floor(options.maxMatches) : DEFAULT_MAX_MATCHES;
  return {
    lexiconVersion: LEXICON_VERSION,
    size: layers.size,
    scan(text: unknown): ScanResult {
      if (typeof text !== 'string' || text.length === 0) return EMPTY();
      try {
        return scanText(layers, text, sensitivity, maxMatches);
      } catch {
        // defensive: a bug must never break the page; report nothing rather than throw
        return EMPTY();
      }
    },
  };
}

let sharedHits = new Hits();

/**
 * Lexicon candidates of one scan group, struct-of-arrays: [a, b) in normalised units and
 * the variant group whose cues they stand for. Reused between scans.
 */
class Candidates {
  a = new Int32Array(64);
  b = new Int32Array(64);
  ref: VariantGroup[] = [];
  count = 0;
  push(a: number, b: number, g: VariantGroup): void {
    if (this.count === this.a.length) {
      const na = new Int32Array(this.count * 2);
      na.set(this.a);
      const nb = new Int32Array(this.count * 2);
      nb.set(this.b);
      this.a = na;
      this.b = nb;
    }
    this.a[this.count] = a;
    this.b[this.count] = b;
    this.ref[this.count] = g;
    this.count++;
  }
  reset(): void {
    if (this.a.length > 65536) {
      this.a = new Int32Array(64);
      this.b = new Int32Array(64);
      this.ref = [];
    }
    this.count = 0;
  }
}
const candGroups = [new Candidates(), new Candidates(), new Candidates()] as const;
let order = new Int32Array(64);

/** Runs one lexicon's automata (and proclitic walks) over the text into `hits`. */
function runLexicon(lex: CompiledLexicon, units: Uint16Array, n: number, hits: Hits, word: Uint8Array, arabic: boolean): void {
  runAutomaton(lex.automaton, units, n, hits, word, lex.patNeed);
  if (lex.unanchored) runAutomaton(lex.unanchored, units, n, hits, word, lex.patNeed);
  if (arabic && lex.hasProclitics) {
    // Arabic-script words may carry proclitics (و ب ل ف ک ال): walk from after each of them
    for (let w = 0; w < n; w++) {
      if (PROCLITIC_TABLE[units[w] as number] === 0 || (w > 0 && word[units[w - 1] as number] === 1)) continue;
      for (let a = w + 1; a <= w + 3 && a < n; a++) {
        walkFrom(lex.automaton, units, n, a, hits, word, lex.patNeed, lex.patMode, MODE_PROCLITIC);
        if (PROCLITIC_TABLE[units[a] as number] === 0) break;
      }
    }
  }
}

/** Boundary checks per variant: appends candidates to the group lists. */
function collectCandidates(lex: CompiledLexicon, hits: Hits, suppressed: Uint8Array | null, units: Uint16Array, n: number, type: Uint8Array): void {
  const { variants, patLen } = lex;
  for (let h = 0; h < hits.count; h++) {
    const p = hits.pat[h] as number;
    if (suppressed !== null && suppressed[p] === 1) continue;
    const end = hits.end[h] as number;
    const a = end - (patLen[p] as number);
    const endOk = end >= n || !isWord(type[units[end] as number]);
    const startFree = a === 0 || !isWord(type[units[a - 1] as number]);
    for (const v of variants[p] ?? variantsOf(lex, p)) {
      if (v.endBoundary && !endOk) continue;
      if (v.startBoundary && !startFree && !(v.proclitics && procliticOk(units, a, type))) continue;
      for (const g of v.groups) candGroups[g.gid as 0 | 1 | 2].push(a, end, g);
    }
  }
}

/**
 * Leftmost-longest selection of non-overlapping candidates (longer phrases win), then one
 * cue per category of each kept candidate. Candidates are ordered by start, longer first,
 * then by arrival (a stable sort).
 */
function resolveToCues(cands: Candidates, out: Cue[]): void {
  const count = cands.count;
  if (count === 0) return;
  const { a, b, ref } = cands;
  if (order.length < count) order = new Int32Array(Math.max(count, order.length * 2));
  for (let i = 0; i < count; i++) order[i] = i;
  const before = (x: number, y: number): boolean => {
    const ax = a[x] as number;
    const ay = a[y] as number;
    if (ax !== ay) return ax < ay;
    const bx = b[x] as number;
    const by = b[y] as number;
    if (bx !== by) return bx > by;
    return x < y;
  };
  if (count <= 32) {
    for (let i = 1; i < count; i++) {
      const x = order[i] as number;
      let k = i - 1;
      while (k >= 0 && before(x, order[k] as number)) {
        order[k + 1] = order[k] as number;
        k--;
      }
      order[k + 1] = x;
    }
  } else {
    const idx = Array.from(order.subarray(0, count));
    idx.sort((x, y) => (before(x, y) ? -1 : before(y, x) ? 1 : 0));
    order.set(idx);
  }
  // greedy selection; `kept` holds candidate indices
  const kept: number[] = [];
  let lastEnd = -1;
  for (let i = 0; i < count; i++) {
    const c = order[i] as number;
    const ca = a[c] as number;
    const cb = b[c] as number;
    if (ca >= lastEnd) {
      kept.push(c);
      lastEnd = cb;
    } else if (cb > lastEnd && kept.length > 0) {
      const prev = kept[kept.length - 1] as number;
      if (cb - ca > (b[prev] as number) - (a[prev] as number)) {
        kept[kept.length - 1] = c;
        lastEnd = cb;
      }
    }
  }
  for (const c of kept) {
    const ca = a[c] as number;
    const cb = b[c] as number;
    for (const e of (ref[c] as VariantGroup).cues) {
      const cue: Cue = { a: ca, b: cb, category: e.category, term: e.term, lang: e.lang, weight: e.weight };
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
export function scanText(layers: Layers, text: string, sensitivity: number, maxMatches: number): ScanResult {
  const type = getTypeTable();
  const word = getWordTable();
  const norm = normalizeInto(text);
  const { units, length: n } = norm;
  if (n === 0) return EMPTY();

  const arabic = norm.orUnits >= 0x0600;
  for (const g of candGroups) g.reset();
  const hits = sharedHits;
  hits.count = 0;
  runLexicon(layers.base, units, n, hits, word, arabic);
  collectCandidates(layers.base, hits, layers.extra ? layers.extra.suppressed : null, units, n, type);
  if (layers.extra) {
    hits.count = 0;
    runLexicon(layers.extra.lexicon, units, n, hits, word, arabic);
    collectCandidates(layers.extra.lexicon, hits, null, units, n, type);
  }
  if (hits.pat.length > 65536) sharedHits = new Hits(); // do not keep a huge buffer alive
  const mainCues: Cue[] = [];
  resolveToCues(candGroups[0], mainCues);
  const geoCues: Cue[] = [];
  resolveToCues(candGroups[1], geoCues);
  const internalCues: Cue[] = [];
  resolveToCues(candGroups[2], internalCues);
  for (const g of candGroups) g.ref.length = Math.min(g.ref.length, 256);

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
