/**
 * The scan pipeline: normalise → one automaton pass → boundary checks and overlap
 * resolution → structural detectors → score → matches in original offsets.
 */
import { compileExtra, compileLexicon, MODE_PROCLITIC, variantsOf, type CompiledEntry, type CompiledLexicon, type ExtraLayer, type Variant, type VariantGroup } from './compile';
import { decodeLexiconSteps } from './compiled/lexicon-codec';
import { LEXICON_DATA, LEXICON_FINGERPRINT, LEXICON_REJECTED } from './compiled/lexicon-data';
import { categoryIndex, containedInCue, firstCueFrom, STEM_AFTER, STEM_BEFORE, type Cue } from './cue';
import { detectHandles } from './detectors/contact';
import { detectPhones } from './detectors/phone';
import { detectPapers, isRequirement } from './detectors/papers';
import { detectPrices } from './detectors/price';
import { detectOpenRoads } from './detectors/road';
import { detectClockTimes } from './detectors/schedule';
import { detectRoutes, findArrows, findFlags } from './detectors/route';
import { DETECTOR_TERMS } from './detectors/terms';
import { getTypeTable, getWordTable, prepareFoldTables, T_LETTER as T_LETTER_, T_DIGIT as T_DIGIT_, T_MARK as T_MARK_ } from './fold-table';
// Local copies: transpiled module imports can be getters, too slow for per-unit loops.
const T_LETTER = T_LETTER_;
const T_DIGIT = T_DIGIT_;
const T_MARK = T_MARK_;
import { LEXICON, LEXICON_VERSION } from './lexicon';
import { Hits, runAutomaton, walkFrom } from './matcher';
import { F_ARROWISH, F_AT, F_DIGIT, F_FLAG, F_PROCLITIC, F_QUOTE, normalizeInto, originalEnd, prepareNormalizer, PROCLITIC_UNITS, type Normalized } from './normalize';
import { runSteps, type Steps } from './steps';
import { quoteSpans, weakenQuoted } from './quotes';
import { OFFER_TYPES, score } from './score';
import type { Engine, EngineOptions, LexiconEntry, Match, ScanResult } from './types';

const DEFAULT_MAX_MATCHES = 2000;

const C_PLACE = categoryIndex('place');
const C_DIRECTION = categoryIndex('direction');
const C_CURRENCY = categoryIndex('currency');
const C_PER_UNIT = categoryIndex('per-unit');
const C_PAPERS_NEG = categoryIndex('papers-neg');
const C_PAPERS_OBJ = categoryIndex('papers-obj');
const C_PAPERS_REQ = categoryIndex('papers-req');
const C_PAPERS_CLAIM = categoryIndex('papers-claim');
const C_CLOCK_PRE = categoryIndex('clock-pre');
const C_CLOCK_POST = categoryIndex('clock-post');
const C_ROAD_WORD = categoryIndex('road-word');
const C_OPEN_WORD = categoryIndex('open-word');
const C_DOCUMENTS = categoryIndex('documents');
const bits = (names: readonly Parameters<typeof categoryIndex>[0][]): number => names.reduce((m, c) => m | (1 << categoryIndex(c)), 0);
/** Phrases of these categories only qualify a service ("guaranteed crossing", "boat leaving")… */
const SUPPORT_MASK = bits(['urgency', 'guarantee', 'contact', 'price']);
/** … so an offer-type or transport word inside one still counts ("crossing", "boat"). */
const OFFERISH_MASK = bits([...OFFER_TYPES, 'transport']);
/**
 * Phrases a papers pair (waiver, requirement) inside them belongs to: context that quotes it
 * ("no passengers without papers", "beware of visas without interview") and lexicon phrases
 * that already score it ("no papers needed" as a guarantee, "passengers without papers" as
 * recruitment).
 */
const PAPERS_SHADOW_MASK = bits(['news', 'warning', 'campaign', 'legal', 'legit', 'guarantee', 'recruitment']);
/** An offer-type phrase this strong puts the papers it names on sale: "valid" there is the seller's claim. */
const SOLD_MASK = bits(OFFER_TYPES);
const SOLD_WEIGHT = 0.5;
/** Context in which quoted offers are somebody else's words (quotes.ts), and what it weakens. */
const NEGATIVE_MASK = bits(['news', 'warning', 'campaign', 'legal', 'legit']);
const QUOTABLE_MASK = bits([...OFFER_TYPES, 'guarantee']);
const QUOTE_CONTEXT = 0.3;

/** 1 for the Arabic proclitic units (و ب ل ف ک and ا of the article ال). */
const PROCLITIC_TABLE = new Uint8Array(65536);
for (const u of PROCLITIC_UNITS) PROCLITIC_TABLE[u] = 1;

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
  for (let k = w; k < a; k++) if (PROCLITIC_TABLE[units[k] as number] === 0) return false;
  // ا only as part of the article ال
  for (let k = w; k < a; k++) if (units[k] === 0x0627 && units[k + 1] !== 0x0644) return false;
  return true;
}

const EMPTY = (): ScanResult => ({ score: 0, verdict: 'clear', matches: [], reasons: [], cues: {}, lang: 'und' });


/**
 * A compiled lexicon plus a per-pattern cache for the hot path: most patterns have one
 * variant in one scan group, and their boundary rules fit in a byte (see HIT_*), so a hit
 * needs no walk over variant objects.
 */
interface ScanLexicon {
  lex: CompiledLexicon;
  /** Per pattern: 0 not classified yet, HIT_COMPLEX, or HIT_SIMPLE | boundary bits | gid << 4. */
  hit: Uint8Array;
  /** Per simple pattern: the cue templates of its one variant group. */
  cues: (readonly CompiledEntry[])[];
}

const NO_CUES: readonly CompiledEntry[] = Object.freeze([]);

const HIT_SIMPLE = 1;
const HIT_START = 2; // needs a word boundary before
const HIT_END = 4; // needs a word boundary after
const HIT_PROCLITIC = 8; // Arabic proclitics may stand before it
const HIT_COMPLEX = 255;

function scanLexicon(lex: CompiledLexicon): ScanLexicon {
  // filled up front: an array written at scattered indices would fall back to slow (dictionary) elements
  const cues = Array.from({ length: lex.patLen.length }, (): readonly CompiledEntry[] => NO_CUES);
  return { lex, hit: new Uint8Array(lex.patLen.length), cues };
}

/** Fills the hit cache of pattern `p`. */
function classify(sl: ScanLexicon, p: number): number {
  const variants = variantsOf(sl.lex, p);
  let code = HIT_COMPLEX;
  if (variants.length === 1) {
    const v = variants[0] as Variant;
    if (v.groups.length === 1) {
      const g = v.groups[0] as VariantGroup;
      code = HIT_SIMPLE | (v.startBoundary ? HIT_START : 0) | (v.endBoundary ? HIT_END : 0) | (v.proclitics ? HIT_PROCLITIC : 0) | (g.gid << 4);
      sl.cues[p] = g.cues;
    }
  }
  sl.hit[p] = code;
  return code;
}

/** The compiled lexicon layers of one engine: the shared built-in one and users' own terms. */
interface Layers {
  base: ScanLexicon;
  extra: { layer: ScanLexicon; suppressed: Uint8Array } | null;
  size: number;
}

// Compiled built-in lexicon, shared by every engine (users' own terms are a layer on top).
let builtIn: ScanLexicon | null = null;

/**
 * The built-in lexicon: loaded from the tables compiled at development time
 * (compiled/lexicon-data.ts, a few ms), or compiled here when they do not match the live
 * lexicon (a lexicon file edited without `npx tsx scripts/compile-lexicon.ts`).
 */
function* loadBuiltIn(): Steps<CompiledLexicon> {
  const entries = [...LEXICON, ...DETECTOR_TERMS];
  const shipped = yield* decodeLexiconSteps(entries, SHIPPED);
  return shipped ?? compileLexicon(entries);
}

/**
 * Module level, so the minifier does not inline the 300 KB data string into loadBuiltIn: a
 * function is parsed again on its first call, which for that literal took ~4 ms of one step.
 */
const SHIPPED = { fingerprint: LEXICON_FINGERPRINT, data: LEXICON_DATA, rejected: LEXICON_REJECTED };

function compileFor(extra: readonly LexiconEntry[]): Layers {
  builtIn ??= scanLexicon(runSteps(loadBuiltIn()));
  if (extra.length === 0) return { base: builtIn, extra: null, size: builtIn.lex.patLen.length };
  const layer: ExtraLayer = compileExtra(builtIn.lex, extra);
  return { base: builtIn, extra: { layer: scanLexicon(layer.lexicon), suppressed: layer.suppressed }, size: layer.size };
}

/** Compiles the lexicon (plus users' `extraTerms`) into an engine. */
export function createEngine(options: EngineOptions = {}): Engine {
  return runSteps(createEngineSteps(options));
}

/**
 * createEngine in steps of a few milliseconds each (see steps.ts): the first engine of a
 * page decodes the fold tables and the shipped lexicon; later ones reuse them.
 */
export function* createEngineSteps(options: EngineOptions = {}): Steps<Engine> {
  if (!builtIn) {
    yield* prepareFoldTables();
    yield;
    yield* prepareNormalizer();
    yield;
    const lex = yield* loadBuiltIn();
    yield;
    builtIn ??= scanLexicon(lex);
    yield;
  }
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
 * Cue lists used within one scan only, reused by the next (nothing in a result points to
 * them). Cleared before each scan too, in case the previous one threw half-way.
 */
const scratch = {
  cues: [] as Cue[],
  geo: [] as Cue[],
  internal: [] as Cue[],
  emitted: [] as Cue[],
  /** Offer-type words inside a kept support phrase (scored, not shown: see resolveToCues). */
  inner: [] as Cue[],
  clear(): void {
    // setting a length is a runtime call: only for lists that have something
    if (this.cues.length !== 0) this.cues.length = 0;
    if (this.geo.length !== 0) this.geo.length = 0;
    if (this.internal.length !== 0) this.internal.length = 0;
    if (this.emitted.length !== 0) this.emitted.length = 0;
    if (this.inner.length !== 0) this.inner.length = 0;
  },
};

/**
 * Lexicon candidates of one scan group, struct-of-arrays: [a, b) in normalised units and
 * the cue templates they stand for. Reused between scans.
 */
class Candidates {
  a = new Int32Array(64);
  b = new Int32Array(64);
  ref: (readonly CompiledEntry[])[] = [];
  count = 0;
  push(a: number, b: number, g: readonly CompiledEntry[]): void {
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
function runLexicon(lex: CompiledLexicon, norm: Normalized, hits: Hits, word: Uint8Array): void {
  const { units, length: n, marks, markCount } = norm;
  runAutomaton(lex.automaton, units, n, hits, word, lex.patNeed);
  if (lex.unanchored) runAutomaton(lex.unanchored, units, n, hits, word, lex.patNeed);
  if ((norm.flags & F_PROCLITIC) !== 0 && lex.hasProclitics) {
    // Arabic-script words may carry proclitics (و ب ل ف ک ال): walk from after each of them
    // (proclitic units at a word start are marked units)
    for (let mi = 0; mi < markCount; mi++) {
      const w = marks[mi] as number;
      if (PROCLITIC_TABLE[units[w] as number] === 0 || (w > 0 && word[units[w - 1] as number] === 1)) continue;
      for (let a = w + 1; a <= w + 3 && a < n; a++) {
        // ا is a proclitic only as part of ال (procliticOk): after a lone ا, only words in ل can follow
        if (units[a - 1] !== 0x0627 || units[a] === 0x0644) walkFrom(lex.automaton, units, n, a, hits, word, lex.patNeed, lex.patMode, MODE_PROCLITIC);
        if (PROCLITIC_TABLE[units[a] as number] === 0) break;
      }
    }
  }
}

/** Boundary checks per variant: appends candidates to the group lists. */
function collectCandidates(sl: ScanLexicon, hits: Hits, suppressed: Uint8Array | null, units: Uint16Array, n: number, type: Uint8Array): void {
  const { lex, hit, cues } = sl;
  const patLen = lex.patLen;
  for (let h = 0; h < hits.count; h++) {
    const p = hits.pat[h] as number;
    if (suppressed !== null && suppressed[p] === 1) continue;
    const end = hits.end[h] as number;
    const a = end - (patLen[p] as number);
    const endOk = end >= n || !isWord(type[units[end] as number]);
    const startFree = a === 0 || !isWord(type[units[a - 1] as number]);
    let code = hit[p] as number;
    if (code === 0) code = classify(sl, p);
    if (code !== HIT_COMPLEX) {
      if ((code & HIT_END) !== 0 && !endOk) continue;
      if ((code & HIT_START) !== 0 && !startFree && !((code & HIT_PROCLITIC) !== 0 && procliticOk(units, a, type))) continue;
      (candGroups[code >> 4] as Candidates).push(a, end, cues[p] as readonly CompiledEntry[]);
      continue;
    }
    for (const v of variantsOf(lex, p)) {
      if (v.endBoundary && !endOk) continue;
      if (v.startBoundary && !startFree && !(v.proclitics && procliticOk(units, a, type))) continue;
      for (const g of v.groups) (candGroups[g.gid] as Candidates).push(a, end, g.cues);
    }
  }
}

/** True if a candidate of the group stands for a place. */
function hasPlace(cands: Candidates): boolean {
  const ref = cands.ref;
  for (let i = 0; i < cands.count; i++) {
    const cues = ref[i] as readonly CompiledEntry[];
    for (let k = 0; k < cues.length; k++) if ((cues[k] as CompiledEntry).ci === C_PLACE) return true;
  }
  return false;
}

/** True if every cue's category is in `mask` (category bits). */
function allIn(cues: readonly CompiledEntry[], mask: number): boolean {
  for (let k = 0; k < cues.length; k++) if (((mask >> (cues[k] as CompiledEntry).ci) & 1) === 0) return false;
  return cues.length > 0;
}

/** True if candidate x sorts before y: by start, longer first, then by arrival. */
function before(a: Int32Array, b: Int32Array, x: number, y: number): boolean {
  const ax = a[x] as number;
  const ay = a[y] as number;
  if (ax !== ay) return ax < ay;
  const bx = b[x] as number;
  const by = b[y] as number;
  if (bx !== by) return bx > by;
  return x < y;
}

const kept: number[] = [];

/**
 * Leftmost-longest selection of non-overlapping candidates (longer phrases win), then one
 * cue per category of each kept candidate. Candidates are ordered by start, longer first,
 * then by arrival (a stable sort).
 */
function resolveToCues(cands: Candidates, out: Cue[], inner: Cue[] | null = null): void {
  const count = cands.count;
  if (count === 0) return;
  const { a, b, ref } = cands;
  if (order.length < count) order = new Int32Array(Math.max(count, order.length * 2));
  for (let i = 0; i < count; i++) order[i] = i;
  if (count <= 32) {
    for (let i = 1; i < count; i++) {
      const x = order[i] as number;
      let k = i - 1;
      while (k >= 0 && before(a, b, x, order[k] as number)) {
        order[k + 1] = order[k] as number;
        k--;
      }
      order[k + 1] = x;
    }
  } else {
    const idx = Array.from(order.subarray(0, count));
    idx.sort((x, y) => (before(a, b, x, y) ? -1 : before(a, b, y, x) ? 1 : 0));
    order.set(idx);
  }
  // greedy selection; `kept` holds candidate indices
  if (kept.length !== 0) kept.length = 0;
  let lastEnd = -1;
  for (let i = 0; i < count; i++) {
    const c = order[i] as number;
    const ca = a[c] as number;
    const cb = b[c] as number;
    if (ca >= lastEnd) {
      kept.push(c);
      lastEnd = cb;
    } else if (inner !== null && cb <= lastEnd) {
      // inside the last kept phrase: a support phrase ("guaranteed crossing", "boat leaving")
      // does not hide the offer-type or transport word it qualifies (a warning phrase such as
      // "never pay smugglers" does hide its offer word)
      const prev = kept[kept.length - 1] as number;
      if (allIn(ref[prev] as readonly CompiledEntry[], SUPPORT_MASK)) {
        const cues = ref[c] as readonly CompiledEntry[];
        for (let k = 0; k < cues.length; k++) {
          const e = cues[k] as CompiledEntry;
          if (((OFFERISH_MASK >> e.ci) & 1) !== 0) inner.push({ a: ca, b: cb, e });
        }
      }
    } else if (cb > lastEnd && kept.length > 0) {
      const prev = kept[kept.length - 1] as number;
      if (cb - ca > (b[prev] as number) - (a[prev] as number)) {
        kept[kept.length - 1] = c;
        lastEnd = cb;
      }
    }
  }
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i] as number;
    const ca = a[c] as number;
    const cb = b[c] as number;
    const cues = ref[c] as readonly CompiledEntry[];
    for (let k = 0; k < cues.length; k++) {
      const e = cues[k] as CompiledEntry;
      out.push({ a: ca, b: cb, e });
    }
  }
  if (kept.length > 4096) kept.length = 0;
}

const langNames: string[] = [];
const langWeights: number[] = [];

function guessLang(cues: readonly Cue[]): string {
  if (langNames.length !== 0) {
    langNames.length = 0;
    langWeights.length = 0;
  }
  for (let i = 0; i < cues.length; i++) {
    const e = (cues[i] as Cue).e;
    if (e.lang === 'any') continue;
    const k = langNames.indexOf(e.lang);
    if (k < 0) {
      langNames.push(e.lang);
      langWeights.push(e.weight);
    } else langWeights[k] = (langWeights[k] as number) + e.weight;
  }
  let best = 'und';
  let bestW = 0;
  for (let k = 0; k < langNames.length; k++) {
    if ((langWeights[k] as number) > bestW) {
      best = langNames[k] as string;
      bestW = langWeights[k] as number;
    }
  }
  return best;
}

/** Scans one non-empty string. */
export function scanText(layers: Layers, text: string, sensitivity: number, maxMatches: number): ScanResult {
  const type = getTypeTable();
  const word = getWordTable();
  const norm = normalizeInto(text);
  const { units, length: n } = norm;
  if (n === 0) return EMPTY();

  for (const g of candGroups) g.reset();
  scratch.clear();
  const hits = sharedHits;
  hits.count = 0;
  runLexicon(layers.base.lex, norm, hits, word);
  collectCandidates(layers.base, hits, layers.extra ? layers.extra.suppressed : null, units, n, type);
  if (layers.extra) {
    hits.count = 0;
    runLexicon(layers.extra.layer.lex, norm, hits, word);
    collectCandidates(layers.extra.layer, hits, null, units, n, type);
  }
  if (hits.pat.length > 65536) sharedHits = new Hits(); // do not keep a huge buffer alive

  // nothing matched and nothing for the detectors: the common case on a feed
  if (candGroups[0].count === 0 && candGroups[1].count === 0 && candGroups[2].count === 0 && (norm.flags & (F_DIGIT | F_AT | F_FLAG)) === 0) return EMPTY();

  // resolve each scan group; geo and internal cues split by what the detectors need (the
  // rarely used lists are only allocated when a cue goes in)
  const cues = scratch.cues;
  const inner = scratch.inner;
  resolveToCues(candGroups[0], cues, inner);
  let geoPlaces: Cue[] = NONE;
  let directions: Cue[] = NONE;
  let curs: Cue[] = NONE;
  let mults: Cue[] = NONE;
  let perUnit: Cue[] = NONE;
  let papersNegs: Cue[] = NONE;
  let papersObjs: Cue[] = NONE;
  let papersReqs: Cue[] = NONE;
  let papersClaims: Cue[] = NONE;
  let clockPre: Cue[] = NONE;
  let clockPost: Cue[] = NONE;
  let roadWords: Cue[] = NONE;
  let openWords: Cue[] = NONE;
  // direction words ("to", "من", "para": very common) only serve routes, which need a place:
  // without a place name or a flag emoji, the geo group is not resolved at all
  const flagPlaces = (norm.flags & F_FLAG) !== 0 ? findFlags(units, n, norm.marks, norm.markCount) : NONE;
  if (candGroups[1].count > 0 && (flagPlaces.length > 0 || hasPlace(candGroups[1]))) {
    const geo = scratch.geo;
    resolveToCues(candGroups[1], geo);
    for (let i = 0; i < geo.length; i++) {
      const c = geo[i] as Cue;
      if (c.e.ci === C_PLACE) (geoPlaces === NONE ? (geoPlaces = []) : geoPlaces).push(c);
      else if (c.e.ci === C_DIRECTION) (directions === NONE ? (directions = []) : directions).push(c);
    }
  }
  if (candGroups[2].count > 0) {
    const internal = scratch.internal;
    resolveToCues(candGroups[2], internal);
    for (let i = 0; i < internal.length; i++) {
      const c = internal[i] as Cue;
      if (c.e.ci === C_CURRENCY) {
        if (c.e.weight >= 1) (curs === NONE ? (curs = []) : curs).push(c);
        else (mults === NONE ? (mults = []) : mults).push(c);
      } else if (c.e.ci === C_PER_UNIT) (perUnit === NONE ? (perUnit = []) : perUnit).push(c);
      else if (c.e.ci === C_PAPERS_NEG) (papersNegs === NONE ? (papersNegs = []) : papersNegs).push(c);
      else if (c.e.ci === C_PAPERS_OBJ) (papersObjs === NONE ? (papersObjs = []) : papersObjs).push(c);
      else if (c.e.ci === C_PAPERS_REQ) (papersReqs === NONE ? (papersReqs = []) : papersReqs).push(c);
      else if (c.e.ci === C_PAPERS_CLAIM) (papersClaims === NONE ? (papersClaims = []) : papersClaims).push(c);
      else if (c.e.ci === C_CLOCK_PRE) (clockPre === NONE ? (clockPre = []) : clockPre).push(c);
      else if (c.e.ci === C_CLOCK_POST) (clockPost === NONE ? (clockPost = []) : clockPost).push(c);
      else if (c.e.ci === C_ROAD_WORD) (roadWords === NONE ? (roadWords = []) : roadWords).push(c);
      else if (c.e.ci === C_OPEN_WORD) (openWords === NONE ? (openWords = []) : openWords).push(c);
    }
  }
  for (let g = 0; g < 3; g++) {
    const ref = (candGroups[g] as Candidates).ref;
    if (ref.length > 256) ref.length = 256;
  }

  // structural detectors, each only when the text has what it looks for
  const flags = norm.flags;
  const hasDigit = (flags & F_DIGIT) !== 0;
  const { marks, markCount } = norm;
  const prices = hasDigit || perUnit.length > 0 ? detectPrices(units, n, type, curs, mults, perUnit, marks, hasDigit ? markCount : 0) : NONE;
  const phones = hasDigit ? detectPhones(units, n, type, marks, markCount) : NONE;
  // strong prices; phones that are not inside one; weak prices that are not phones
  const strongFrom = cues.length;
  for (let i = 0; i < prices.length; i++) if ((prices[i] as Cue).e.weight >= 1) cues.push(prices[i] as Cue);
  const strongTo = cues.length;
  const keptPhones = strongTo > strongFrom ? phones.filter((p) => !overlapsIn(p, cues, strongFrom, strongTo)) : phones;
  for (let i = 0; i < prices.length; i++) {
    const p = prices[i] as Cue;
    if (p.e.weight < 1 && !overlapsIn(p, keptPhones, 0, keptPhones.length)) cues.push(p);
  }
  pushAll(cues, keptPhones);
  if (hasDigit) pushAll(cues, detectClockTimes(units, n, type, clockPre, clockPost, marks, markCount));
  if (papersObjs.length > 0 && (papersNegs.length > 0 || papersReqs.length > 0 || papersClaims.length > 0)) {
    const papers = detectPapers(units, n, papersNegs, papersReqs, papersClaims, papersObjs, cuesIn(cues, strongFrom, PAPERS_SHADOW_MASK, 0), cuesIn(cues, strongFrom, SOLD_MASK, SOLD_WEIGHT));
    dropRequiredPapers(cues, strongFrom, papers);
    pushAll(cues, papers);
  }
  if ((flags & F_AT) !== 0) pushAll(cues, detectHandles(units, n, type, marks, markCount));
  const places = flagPlaces.length > 0 ? mergeByStart(geoPlaces, flagPlaces) : geoPlaces;
  const routes = places.length > 0 ? detectRoutes(units, n, places, directions, (flags & F_ARROWISH) !== 0 ? findArrows(units, n, marks, markCount) : NO_ARROWS) : NONE;
  pushAll(cues, routes);
  // "the road (to X) is open": a journey announced, with or without its destination
  if (roadWords.length > 0 && openWords.length > 0) pushAll(cues, detectOpenRoads(units, roadWords, openWords));
  pushAll(cues, places);
  const shown = cues.length;
  if ((flags & F_QUOTE) !== 0 && hasCueIn(cues, shown, NEGATIVE_MASK, QUOTE_CONTEXT)) weakenQuoted(cues, shown, quoteSpans(units, n, word), QUOTABLE_MASK);
  pushAll(cues, inner);
  const result = score(cues, sensitivity, n);

  // matches: everything except internal helpers, direction words, places inside a route and
  // the words inside a support phrase (the phrase is the match)
  const emitted = scratch.emitted;
  const fullRoutes = routes.length > 0 ? routes.filter((r) => r.e.weight >= 1) : NONE;
  for (let i = 0; i < shown; i++) {
    const c = cues[i] as Cue;
    if (c.e.ci === C_DIRECTION) continue;
    if (c.e.ci === C_PLACE && fullRoutes.length > 0 && insideFullRoute(c, fullRoutes)) continue;
    emitted.push(c);
  }
  sortByStartLongest(emitted);
  const limit = Math.min(emitted.length, maxMatches);
  const matches: Match[] = [];
  for (let i = 0; i < limit; i++) {
    const c = emitted[i] as Cue;
    const e = c.e;
    // a stem (`smuggl*`, `*خانه`) is shown as the whole word it is part of ("smugglers")
    let a = c.a;
    let b = c.b;
    if ((e.stem & STEM_BEFORE) !== 0) while (a > 0 && isWord(type[units[a - 1] as number])) a--;
    if ((e.stem & STEM_AFTER) !== 0) while (b < n && isWord(type[units[b] as number])) b++;
    const start = norm.map[a] as number;
    const end = originalEnd(norm, text, b);
    matches.push({
      start,
      end,
      text: text.slice(start, end),
      category: e.category as Match['category'],
      term: e.term,
      lang: e.lang,
      weight: e.weight,
    });
  }
  const lang = guessLang(cues);
  scratch.clear();
  return { score: result.score, verdict: result.verdict, matches, reasons: result.reasons, cues: result.cues, lang };
}

/**
 * Removes the document words of cues[0..to) that a requirement names ("valid licence and
 * passport required"): papers asked for are not papers on offer. Later indices shift.
 */
function dropRequiredPapers(cues: Cue[], to: number, papers: readonly Cue[]): void {
  let required: Cue[] = NONE;
  for (let i = 0; i < papers.length; i++) if (isRequirement((papers[i] as Cue).e)) (required === NONE ? (required = []) : required).push(papers[i] as Cue);
  if (required.length === 0) return;
  required.sort(byStartLongest);
  let w = 0;
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i] as Cue;
    if (i < to && c.e.ci === C_DOCUMENTS && containedInCue(c.a, c.b, required)) continue;
    cues[w++] = c;
  }
  cues.length = w;
}

/** True if cues[0..to) has a cue of the categories in `mask` with weight ≥ `minWeight`. */
function hasCueIn(cues: readonly Cue[], to: number, mask: number, minWeight: number): boolean {
  for (let i = 0; i < to; i++) {
    const c = cues[i] as Cue;
    if (((mask >> c.e.ci) & 1) !== 0 && c.e.weight >= minWeight) return true;
  }
  return false;
}

/** The lexicon cues (cues[0..to)) of the categories in `mask` with weight ≥ `minWeight`. */
function cuesIn(cues: readonly Cue[], to: number, mask: number, minWeight: number): Cue[] {
  let out: Cue[] = NONE;
  for (let i = 0; i < to; i++) {
    const c = cues[i] as Cue;
    if (((mask >> c.e.ci) & 1) !== 0 && c.e.weight >= minWeight) (out === NONE ? (out = []) : out).push(c);
  }
  return out;
}

function pushAll(to: Cue[], from: readonly Cue[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i] as Cue);
}

/** Stable sort by start, longer first (insertion sort: the lists are short and nearly sorted). */
function sortByStartLongest(list: Cue[]): void {
  if (list.length > 64) {
    list.sort(byStartLongest);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const x = list[i] as Cue;
    let k = i - 1;
    while (k >= 0 && byStartLongest(list[k] as Cue, x) > 0) {
      list[k + 1] = list[k] as Cue;
      k--;
    }
    list[k + 1] = x;
  }
}

/**
 * Shared empty lists: a list is replaced by a new array before its first push. Not frozen: a
 * frozen array has its own map, and the detectors that get both kinds deoptimise on the first
 * one they were not compiled for ("wrong map").
 */
const NONE: Cue[] = [];
const NO_ARROWS: readonly number[] = [];

function byStartLongest(x: Cue, y: Cue): number {
  return x.a - y.a || y.b - x.b;
}

/** True if x overlaps one of list[from..to). */
function overlapsIn(x: Cue, list: readonly Cue[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const y = list[i] as Cue;
    if (x.a < y.b && y.a < x.b) return true;
  }
  return false;
}

/**
 * True if a full route of `fullRoutes` (weight 1, sorted by start: detectRoutes emits at most
 * one per starting place, in order) contains `c`. Only the routes starting within
 * MAX_ROUTE_SPAN before c are read, so a text of ten thousand routes stays linear.
 */
function insideFullRoute(c: Cue, fullRoutes: readonly Cue[]): boolean {
  for (let i = firstCueFrom(fullRoutes, c.a + 1) - 1; i >= 0; i--) {
    const r = fullRoutes[i] as Cue;
    if (r.a < c.a - MAX_ROUTE_SPAN) return false;
    if (c.b <= r.b) return true;
  }
  return false;
}

/** Longer than any full route: two place names and the joiner between them (detectors/route.ts MAX_GAP). */
const MAX_ROUTE_SPAN = 256;

/** Stable merge of two lists sorted by start (ties: `x` first). */
function mergeByStart(x: readonly Cue[], y: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (j >= y.length || (i < x.length && (x[i] as Cue).a <= (y[j] as Cue).a)) out.push(x[i++] as Cue);
    else out.push(y[j++] as Cue);
  }
  return out;
}
