/**
 * The built-in lexicon, compiled at development time (`npx tsx scripts/compile-lexicon.ts`
 * writes `lexicon-data.ts`) so that a page does not fold ~11,000 terms and sort them into
 * automata on every load. Pure code: used by the engine at load time and by the script.
 *
 * What is shipped: per automaton, its alphabet and its patterns as class sequences in sorted
 * order, front-coded (matcher.ts SortedPatterns; they also give every pattern's folded text),
 * and the failure links; per pattern, its variants and their entries as indices into the
 * live entry list (terms, languages, categories and places are not copied). What is derived
 * at load, by the same code as a runtime compile: the trie's BFS layout, the dense rows,
 * dictionary links, groups and cue templates. Loading takes a few milliseconds.
 *
 * A fingerprint (hash of the entries' compiled fields, the fold tables and COMPILER_VERSION)
 * is stored with the data: if it does not match the live lexicon (a lexicon file was edited
 * without regenerating), the engine compiles at run time instead (slower, never wrong), and
 * test/unit/engine/compiled.test.ts fails until the file is regenerated.
 *
 * Numbers are unsigned varints in a 64-character alphabet (5 bits per character, low bits
 * first; characters of the second half mean "more follow"), so the data is a plain ASCII
 * string literal that needs no escaping and no base64 step.
 */
import { cueInfo, type TermInput } from '../cue';
import { COMPILER_VERSION, groupsOf, MODE_ANY, MODE_PROCLITIC, NEED_MODE_INIT, needMode, type CompiledLexicon, type ShippableLexicon, type Variant } from '../compile';
import { getWordTable } from '../fold-table';
import { assembleSteps, bfsFailureLinks, type SortedPatterns } from '../matcher';
import { inRanges, runSteps, type Steps } from '../steps';
import type { LexiconEntry } from '../types';
import { FOLD_DATA, TYPE_DATA } from './fold-data';

// 0..31: last digit of a number; 32..63: a digit with more to follow
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVabcdefghijklmnopqrstuvwxyzWXYZ!#';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** Serialised form of a compiled lexicon. */
export interface ShippedLexicon {
  fingerprint: string;
  data: string;
  /** Entries that did not compile: [entry index, reason]. */
  rejected: [number, string][];
}

/**
 * Hash (two 32-bit multiplicative lanes, hex) of what compilation reads from the entries,
 * the fold tables and COMPILER_VERSION. The fields are joined into one string first, so
 * the hash is one tight loop (fast even before the JIT warms up).
 */
export function lexiconFingerprint(entries: readonly (LexiconEntry | TermInput)[]): string {
  return runSteps(fingerprintSteps(entries));
}

/**
 * Work per step of decoding (steps.ts): each step is a plain function over a range (a cold
 * page runs it unoptimised at first: ~1–3 ms per step there).
 */
const HASH_CHARS_PER_STEP = 60_000;
const ENTRIES_PER_STEP = 2_000;
const DATA_CHARS_PER_STEP = 60_000;
const PATTERNS_PER_STEP = 2_000;
const LINKS_PER_STEP = 30_000;

/** lexiconFingerprint in steps (see steps.ts). */
function* fingerprintSteps(entries: readonly (LexiconEntry | TermInput)[]): Steps<string> {
  const n = entries.length;
  const parts: string[] = [String(COMPILER_VERSION), FOLD_DATA, TYPE_DATA];
  const weights = new Float64Array(n);
  yield* inRanges(n, ENTRIES_PER_STEP, (from, to) => {
    for (let i = from; i < to; i++) {
      const e = entries[i] as Partial<LexiconEntry> | null;
      if (typeof e !== 'object' || e === null) {
        parts.push(String(e), '', '', '');
        weights[i] = Number.NaN;
        continue;
      }
      // strings are joined natively below; only non-strings (invalid entries) are converted here
      const { term, lang, category, place } = e;
      parts.push(
        typeof term === 'string' ? term : String(term),
        typeof lang === 'string' ? lang : String(lang),
        typeof category === 'string' ? category : String(category),
        place === undefined ? '' : typeof place === 'string' ? `\u0003${place}` : String(place),
      );
      weights[i] = typeof e.weight === 'number' ? e.weight : Number.NaN;
    }
  });
  yield;
  const s = parts.join('\u0001');
  yield;
  const lanes = new Int32Array([0x811c9dc5, 0x9e3779b9 ^ s.length]);
  yield* inRanges(s.length, HASH_CHARS_PER_STEP, (from, to) => {
    let h1 = lanes[0] as number;
    let h2 = lanes[1] as number;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    lanes[0] = h1;
    lanes[1] = h2;
  });
  yield;
  const words = new Uint32Array(weights.buffer);
  yield* inRanges(words.length, HASH_CHARS_PER_STEP, (from, to) => {
    let h1 = lanes[0] as number;
    let h2 = lanes[1] as number;
    for (let i = from; i < to; i++) {
      const c = words[i] as number;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 13;
    }
    lanes[0] = h1;
    lanes[1] = h2;
  });
  const h1 = lanes[0] as number;
  const h2 = lanes[1] as number;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

class Writer {
  private readonly out: string[] = [];
  num(v: number): void {
    if (!Number.isInteger(v) || v < 0) throw new Error(`cannot encode ${v}`);
    while (v >= 32) {
      this.out.push(ALPHABET[32 + (v & 31)] as string);
      v = Math.floor(v / 32);
    }
    this.out.push(ALPHABET[v] as string);
  }
  /** Signed (zigzag). */
  int(v: number): void {
    this.num(v < 0 ? -2 * v - 1 : 2 * v);
  }
  toString(): string {
    return this.out.join('');
  }
}

/** Decodes every number of `data` in one pass over it, in steps. */
function* decodeNumbers(data: string): Steps<Int32Array> {
  const out = new Int32Array(data.length);
  // numbers so far, and the one being read (value so far, scale of its next digit)
  const state = [0, 0, 1];
  yield* inRanges(data.length, DATA_CHARS_PER_STEP, (from, to) => {
    let [n, v, scale] = state as [number, number, number];
    for (let i = from; i < to; i++) {
      const c = data.charCodeAt(i);
      const d = c < 128 ? (DIGIT[c] as number) : -1;
      if (d < 0 || scale > 0x2000000) throw new Error('bad lexicon data');
      if (d < 32) {
        out[n++] = v + d * scale;
        v = 0;
        scale = 1;
      } else {
        v += (d - 32) * scale;
        scale *= 32;
      }
    }
    state[0] = n;
    state[1] = v;
    state[2] = scale;
  });
  return out.subarray(0, state[0]);
}

/** Zigzag-decoded signed number. */
function signed(z: number): number {
  return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
}

/** Serialises a lexicon compiled by compileShippable (build time). */
export function encodeLexicon(entries: readonly (LexiconEntry | TermInput)[], shippable: ShippableLexicon): ShippedLexicon {
  const { lexicon, sorted, origin } = shippable;
  const w = new Writer();
  w.num(lexicon.patterns.length);
  w.num(sorted.length);
  sorted.forEach((sp, i) => {
    const automaton = i === 0 ? lexicon.automaton : lexicon.unanchored;
    if (!automaton) throw new Error('automaton missing');
    w.num(sp.anchored ? 1 : 0);
    w.num(sp.units.length);
    for (const u of sp.units) w.num(u);
    w.num(sp.ids.length);
    for (let k = 0, q = 0; k < sp.ids.length; k++) {
      const l = sp.lcp[k] as number;
      const len = sp.len[k] as number;
      w.num(sp.ids[k] as number);
      w.num(l);
      w.num(len - l);
      for (let d = l; d < len; d++) w.num(sp.tail[q++] as number);
    }
    // failure links in BFS numbering (always to a smaller state: the decoder checks that)
    const fail = bfsFailureLinks(sp, getWordTable());
    w.num(automaton.states);
    for (let s = 2; s < automaton.states; s++) w.num(fail[s] as number);
  });
  let lastSrc = -1;
  for (const list of lexicon.variants) {
    w.num(list.length);
    for (const v of list) {
      w.num((v.startBoundary ? 1 : 0) | (v.endBoundary ? 2 : 0) | (v.proclitics ? 4 : 0) | (v.entries.length << 3));
      for (const e of v.entries) {
        const o = origin.get(e);
        if (!o) throw new Error(`entry without origin: ${e.term}`);
        w.int(o[0] - (lastSrc + 1));
        w.int(o[1] - o[0]);
        lastSrc = o[0];
      }
    }
  }
  const rejected: [number, string][] = lexicon.rejected.map((r) => [entries.indexOf(r.entry as LexiconEntry), r.reason]);
  return { fingerprint: lexiconFingerprint(entries), data: w.toString(), rejected };
}

/**
 * Rebuilds the compiled lexicon from shipped data. Returns null when the fingerprint does not
 * match `entries` or the data is damaged (the caller then compiles at run time).
 */
export function decodeLexicon(entries: readonly (LexiconEntry | TermInput)[], shipped: ShippedLexicon): CompiledLexicon | null {
  return runSteps(decodeLexiconSteps(entries, shipped));
}

/** decodeLexicon in steps (see steps.ts). */
export function* decodeLexiconSteps(entries: readonly (LexiconEntry | TermInput)[], shipped: ShippedLexicon): Steps<CompiledLexicon | null> {
  if ((yield* fingerprintSteps(entries)) !== shipped.fingerprint) return null;
  yield;
  try {
    return yield* decode(entries, shipped);
  } catch {
    return null;
  }
}

function bad(): never {
  throw new Error('bad lexicon data');
}

function* decode(entries: readonly (LexiconEntry | TermInput)[], shipped: ShippedLexicon): Steps<CompiledLexicon> {
  const v = yield* decodeNumbers(shipped.data);
  yield;
  const end = v.length;
  let i = 0;
  const next = (): number => (i < end ? (v[i++] as number) : bad());
  const count = next();
  const patLen = new Int32Array(count);
  const automata = next();
  if (automata < 1 || automata > 2) bad();
  const sortedList: SortedPatterns[] = [];
  for (let a = 0; a < automata; a++) {
    const anchored = next() === 1;
    const units = new Uint16Array(next());
    if (i + units.length > end) bad();
    for (let k = 0; k < units.length; k++) units[k] = v[i++] as number;
    const classes = units.length + 2;
    const n = next();
    const ids = new Int32Array(n);
    const lcp = new Int32Array(n);
    const len = new Int32Array(n);
    let tail = new Uint16Array(Math.max(64, n * 8));
    let q = 0;
    let prevLen = 0;
    yield;
    yield* inRanges(n, PATTERNS_PER_STEP, (from, to) => {
      for (let k = from; k < to; k++) {
        if (i + 3 > end) bad();
        const id = v[i++] as number;
        const l = v[i++] as number;
        const own = v[i++] as number;
        if (id >= count || l > prevLen || own === 0 || l + own > 255 || i + own > end) bad();
        if (q + own > tail.length) {
          const grown = new Uint16Array(Math.max(tail.length * 2, q + own));
          grown.set(tail);
          tail = grown;
        }
        for (let d = 0; d < own; d++) {
          const c = v[i++] as number;
          if (c < 2 || c >= classes) bad();
          tail[q++] = c;
        }
        ids[k] = id;
        lcp[k] = l;
        len[k] = prevLen = l + own;
        patLen[id] = prevLen;
      }
    });
    yield;
    const states = next();
    if (states !== q + 2 || i + states - 2 > end) bad();
    const fail = new Int32Array(states);
    yield* inRanges(states - 2, LINKS_PER_STEP, (from, to) => {
      for (let s = from + 2; s < to + 2; s++) {
        const f = v[i++] as number;
        if (f >= s) bad();
        fail[s] = f;
      }
    });
    sortedList.push({ anchored, units, ids, lcp, len, tail: tail.subarray(0, q), fail });
    yield;
  }

  // variants: one pass over the numbers for the patterns' modes; objects are built on first use
  const varStart = i;
  const varAt = new Int32Array(count);
  const srcBase = new Int32Array(count);
  const patNeed = new Uint8Array(count);
  const patMode = new Uint8Array(count);
  let hasProclitics = false;
  let lastSrc = -1;
  yield* inRanges(count, PATTERNS_PER_STEP, (from, to) => {
    for (let p = from; p < to; p++) {
      varAt[p] = i - varStart;
      srcBase[p] = lastSrc;
      let acc = NEED_MODE_INIT;
      for (let nv = next(); nv > 0; nv--) {
        const code = next();
        acc = needMode(acc, (code & 1) !== 0, (code & 2) !== 0, (code & 4) !== 0);
        for (let ne = code >> 3; ne > 0; ne--) {
          const src = lastSrc + 1 + signed(next());
          const ws = src + signed(next());
          if (src < 0 || src >= entries.length || ws < 0 || ws >= entries.length) bad();
          lastSrc = src;
        }
      }
      patNeed[p] = acc & 15;
      patMode[p] = acc >> 4;
      if (patMode[p] === MODE_PROCLITIC) hasProclitics = true;
    }
  });
  if (i !== end) bad();
  yield;
  const vdata = v.slice(varStart); // kept for loadVariant (the rest is garbage now)
  const loadVariant = (p: number): Variant[] => {
    let j = varAt[p] as number;
    let last = srcBase[p] as number;
    const list: Variant[] = [];
    for (let nv = vdata[j++] as number; nv > 0; nv--) {
      const code = vdata[j++] as number;
      const variant: Variant = { startBoundary: (code & 1) !== 0, endBoundary: (code & 2) !== 0, proclitics: (code & 4) !== 0, entries: [], groups: [] };
      for (let ne = code >> 3; ne > 0; ne--) {
        const src = last + 1 + signed(vdata[j++] as number);
        const e = entries[src] as LexiconEntry | TermInput;
        const ce = cueInfo(e.term, e.lang, e.category, (entries[src + signed(vdata[j++] as number)] as TermInput).weight, e.place || undefined);
        variant.entries.push(ce);
        last = src;
      }
      variant.groups = groupsOf(variant.entries);
      list.push(variant);
    }
    return list;
  };

  // the same split into automata as a runtime compile: anchored = every mode but MODE_ANY
  let seen = 0;
  for (const sp of sortedList) {
    for (const id of sp.ids) if ((patMode[id] !== MODE_ANY) !== sp.anchored) bad();
    seen += sp.ids.length;
  }
  if (seen !== count || !(sortedList[0] as SortedPatterns).anchored) bad();
  const word = getWordTable();
  yield;
  const automaton = yield* assembleSteps(sortedList[0] as SortedPatterns, word);
  const free = sortedList[1];
  const unanchored = free ? yield* assembleSteps(free, word) : null;
  const rejected = shipped.rejected.map(([k, reason]) => ({ entry: entries[k] as unknown, reason }));
  let patterns: string[] | null = null;
  return {
    automaton,
    unanchored,
    patLen,
    patNeed,
    patMode,
    hasProclitics,
    variants: Array.from<Variant[]>({ length: count }), // filled by variantsOf()
    loadVariant,
    get patterns(): string[] {
      return (patterns ??= patternTexts(sortedList, count));
    },
    rejected,
  };
}

/** The folded text of every pattern, from the front-coded sorted patterns. */
function patternTexts(sortedList: readonly SortedPatterns[], count: number): string[] {
  const out = Array.from({ length: count }, () => '');
  const text = new Uint16Array(256);
  for (const { units, ids, lcp, len, tail } of sortedList) {
    for (let k = 0, q = 0; k < ids.length; k++) {
      for (let d = lcp[k] as number; d < (len[k] as number); d++) text[d] = units[(tail[q++] as number) - 2] as number;
      out[ids[k] as number] = String.fromCharCode.apply(null, text.subarray(0, len[k]) as unknown as number[]);
    }
  }
  return out;
}
