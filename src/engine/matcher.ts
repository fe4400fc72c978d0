/**
 * Aho–Corasick automata over a character-class alphabet, compiled once.
 *
 * Two flavours share one layout:
 *  - ANCHORED (word-start) automaton for patterns that must start a word: its states are
 *    the trie prefixes that began at a word start, so inside an ordinary word the scan sits
 *    in the MID state and costs one table load per unit. Failure links only go to suffixes
 *    that begin right after a non-word unit ("restricted" Aho–Corasick with two roots: MID =
 *    inside a word, ROOT = at a word start). Still one pass and linear time.
 *  - UNANCHORED automaton (plain Aho–Corasick) for the few patterns that may start anywhere
 *    (`*xyz`, emoji, symbols).
 *
 * Layout (typed arrays; 0 = MID, 1 = ROOT):
 *  - `cls`: folded unit → class (0 = word unit in no pattern, 1 = other unit in no pattern);
 *  - states `[0, denseStates)` (the top of the trie, in BFS order) have complete DFA rows
 *    (failure links resolved), so the hot path is one load per unit;
 *  - deeper ("sparse") states are numbered in DFS preorder, so a walk down one branch reads
 *    neighbouring entries (measured ~10 % faster than BFS order in Chromium): the first child
 *    of a sparse state s is s + 1 (when `bits[s]` has B_KID), later children follow through
 *    `sib` (sorted by class; `sib[t]` is the distance to t's next sibling, 0 = none: it fits in
 *    16 bits, half the memory of a state number); `nodeCls[t]` is the class on the edge into t;
 *  - outputs: `bits[s]` has B_OUT when s or a suffix of it ends a pattern; then `out[s]` is
 *    the (1-based) entry of s in the output list: `outPat[e]` (id + 1 of the pattern ending
 *    at that state, 0 = none) and `outNext[e]` (entry of the next suffix state with an output,
 *    0 = none). Only ~1 state in 6 has an output, so per-state entries stay 16 bits and every
 *    match costs time proportional to the matches.
 */

import { inRanges, runSteps, TABLE_UNITS_PER_STEP, type Steps } from './steps';

export const MID = 0;
export const ROOT = 1;

/** Compiled automaton. */
export interface Automaton {
  readonly anchored: boolean;
  readonly cls: Uint16Array;
  readonly classes: number;
  readonly states: number;
  readonly denseStates: number;
  readonly dense: Uint32Array | Uint16Array;
  /** Children of sparse states: distance to the next sibling (0 = none). */
  readonly sib: Uint16Array;
  readonly nodeCls: Uint16Array;
  /** Dense states' children, in class order: those of s are denseKids[denseKidStart[s] .. denseKidStart[s + 1]) (proclitic walks only). */
  readonly denseKidStart: Int32Array;
  readonly denseKids: Int32Array;
  readonly fail: Int32Array;
  /** Per state: its entry in the output list + 1, 0 = none (states with B_OUT have one). */
  readonly out: Uint16Array;
  /** Per output entry: pattern id + 1 of the pattern ending at its state (0 = none; 16 bits: ids stay below MAX_PATTERNS). */
  readonly outPat: Uint16Array;
  /** Per output entry: the entry + 1 of the next suffix state with an output (0 = none). */
  readonly outNext: Uint16Array;
  /** B_OUT | B_KID per state. */
  readonly bits: Uint8Array;
  /**
   * Unanchored automata only: 1 for units that leave ROOT where it is without output, so
   * the scan can skip them in a tight loop (most text, for emoji/symbol/suffix patterns).
   */
  readonly idle: Uint8Array | null;
}

/** `bits`: the state (or a suffix of it) ends a pattern / a sparse state has a child (at s + 1). */
export const B_OUT = 1;
export const B_KID = 2;

/** Pattern ids are stored + 1 in 16 bits (memory: one entry per state); the built-in lexicon has ~19k. */
export const MAX_PATTERNS = 65_535;

/** Per pattern: bit 1 = every variant needs a word boundary at the start, bit 2 = at the end. */
export const NEED_START = 1;
export const NEED_END = 2;

/** Budget for the dense rows, in bytes: keeps the whole matcher within 4 MB per tab (3.85 MB at 0.85 MB of rows with lexicon 2026.12.07-27, no slower than 0.95 MB in an interleaved A/B; 1.1 MB of rows, ~2 % faster, no longer fits; earlier 3.68 MB since outputs moved to a 16-bit output list, sibling links to 16-bit distances and the depth table went; lower it as the lexicon grows, compiled.test.ts says when). The automaton alone: a few % faster from 0.6 to 1.1 MB of rows (interleaved A/B), no faster from 1.0 to 1.6 MB. */
const DENSE_BUDGET = 850_000;
/**
 * The unanchored automaton (a few hundred states: emoji, symbols, `*suffix` terms) reads only
 * the units that can start one of its patterns, so a few dense rows do: at the full budget
 * its rows took ~105 KB of the 4 MB.
 */
const UNANCHORED_DENSE_BUDGET = 24_000;
const DENSE_DEPTH = 3;

/**
 * The part of an automaton that is shipped precompiled (src/engine/compiled/lexicon-data.ts):
 * the alphabet and the patterns as class sequences in sorted order, front-coded (each one
 * shares `lcp[k]` classes with the previous one; its other classes follow in `tail`).
 * `assembleAutomaton` turns it into the automaton in linear time (no sort, no folding).
 */
export interface SortedPatterns {
  anchored: boolean;
  /** Class → folded unit, for classes 2.. (`units[c - 2]`). */
  units: Uint16Array;
  /** Pattern ids in sorted order. */
  ids: Int32Array;
  /** Per sorted pattern: classes shared with the previous pattern, and its own length. */
  lcp: Int32Array;
  len: Int32Array;
  /** The classes after each pattern's shared prefix, concatenated. */
  tail: Uint16Array;
  /** Failure links, when shipped (else computed; both give the same array). */
  fail?: Int32Array;
}

/**
 * Sorts `patterns` (folded units, non-empty) into the front-coded form; `ids[i]` is the
 * pattern id reported for `patterns[i]`.
 */
export function sortPatterns(patterns: readonly Uint16Array[], ids: readonly number[], anchored: boolean): SortedPatterns {
  // alphabet: classes 0/1 are "in no pattern" (word / other), then units in first-seen order
  const cls = new Uint16Array(65536);
  const unitOf: number[] = [];
  let classes = 2;
  for (const p of patterns) {
    for (let j = 0; j < p.length; j++) {
      const u = p[j] as number;
      if (cls[u] === 0) {
        cls[u] = classes++;
        unitOf.push(u);
      }
    }
  }
  const seqs = patterns.map((p) => {
    const s = new Uint16Array(p.length);
    for (let j = 0; j < p.length; j++) s[j] = cls[p[j] as number] as number;
    return s;
  });
  const order = seqs.map((_, i) => i);
  order.sort((x, y) => {
    const a = seqs[x] as Uint16Array;
    const b = seqs[y] as Uint16Array;
    const m = Math.min(a.length, b.length);
    for (let k = 0; k < m; k++) if (a[k] !== b[k]) return (a[k] as number) - (b[k] as number);
    return a.length - b.length || x - y;
  });
  const n = order.length;
  const sortedIds = new Int32Array(n);
  const lcp = new Int32Array(n);
  const len = new Int32Array(n);
  const tail: number[] = [];
  let prev: Uint16Array | null = null;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const s = seqs[i] as Uint16Array;
    let l = 0;
    if (prev) {
      const m = Math.min(prev.length, s.length);
      while (l < m && prev[l] === s[l]) l++;
    }
    sortedIds[k] = ids[i] as number;
    lcp[k] = l;
    len[k] = s.length;
    for (let d = l; d < s.length; d++) tail.push(s[d] as number);
    prev = s;
  }
  return { anchored, units: Uint16Array.from(unitOf), ids: sortedIds, lcp, len, tail: Uint16Array.from(tail) };
}

/** Builds the automaton from sorted, front-coded patterns (linear time). */
export function assembleAutomaton(sp: SortedPatterns, word: Uint8Array, denseBudget = DENSE_BUDGET): Automaton {
  return runSteps(assembleSteps(sp, word, denseBudget));
}

/**
 * The failure links in BFS numbering (a failure link always points to a smaller state
 * there): the form they are shipped in (compiled/lexicon-data.ts; build time only).
 */
export function bfsFailureLinks(sp: SortedPatterns, word: Uint8Array): Int32Array {
  return runSteps(bfsTables(sp, word, DENSE_BUDGET)).fail;
}

/** States per step of the trie, BFS and failure-link passes in assembleSteps. */
const STATES_PER_STEP = 8_192;
/** Dense-row entries renumbered per step. */
const DENSE_PER_STEP = 131_072;

/** assembleAutomaton in steps (see steps.ts). */
export function* assembleSteps(sp: SortedPatterns, word: Uint8Array, denseBudget = DENSE_BUDGET): Steps<Automaton> {
  const t = yield* bfsTables(sp, word, denseBudget);
  yield;
  const r = yield* dfsLayout(t);
  const { anchored, cls, classes, states, denseStates } = t;
  let idle: Uint8Array | null = null;
  if (!anchored) {
    yield;
    const table = new Uint8Array(65536);
    yield* inRanges(65536, TABLE_UNITS_PER_STEP, (from, to) => {
      for (let u = from; u < to; u++) {
        const d = r.dense[classes + (cls[u] as number)] as number;
        if (d === ROOT && ((r.bits[d] as number) & B_OUT) === 0) table[u] = 1;
      }
    });
    idle = table;
  }
  return { anchored, cls, classes, states, denseStates, ...r, idle };
}

/** The trie, dense rows, failure and dictionary links in BFS numbering (children contiguous). */
function* bfsTables(sp: SortedPatterns, word: Uint8Array, denseBudget: number): Steps<BfsTables> {
  const { anchored, units, ids, lcp, len, tail } = sp;
  for (let k = 0; k < ids.length; k++) if ((ids[k] as number) >= MAX_PATTERNS) throw new RangeError(`pattern id ${ids[k]} does not fit the automaton (at most ${MAX_PATTERNS} patterns)`);
  // 1. alphabet: classes 0/1 are "in no pattern" (word / other)
  const cls = new Uint16Array(65536);
  yield* inRanges(65536, TABLE_UNITS_PER_STEP, (from, to) => {
    for (let c = from; c < to; c++) cls[c] = word[c] === 1 ? 0 : 1;
  });
  yield;
  const classes = units.length + 2;
  const clsIsWord = new Uint8Array(classes);
  clsIsWord[0] = 1;
  for (let c = 2; c < classes; c++) {
    const u = units[c - 2] as number;
    cls[u] = c;
    clsIsWord[c] = word[u] as number;
  }

  // 2. trie from the sorted patterns: a linear pass over longest common prefixes
  const cap = tail.length + 2;
  // trie nodes in DFS order (node 0 = root): class, first child, next sibling, pattern
  const tCls = new Uint16Array(cap);
  const tFirst = new Int32Array(cap).fill(-1);
  const tLast = new Int32Array(cap).fill(-1);
  const tNext = new Int32Array(cap).fill(-1);
  const tPat = new Int32Array(cap).fill(-1);
  let nodes = 1;
  const path: number[] = [0]; // path[d] = node at depth d of the previous pattern
  let tailAt = 0;
  yield;
  yield* inRanges(ids.length, STATES_PER_STEP / 4, (from, to) => {
    for (let k = from; k < to; k++) {
      const l = lcp[k] as number;
      const plen = len[k] as number;
      path.length = l + 1;
      for (let d = l; d < plen; d++) {
        const parent = path[d] as number;
        const t = nodes++;
        tCls[t] = tail[tailAt++] as number;
        if ((tFirst[parent] as number) < 0) tFirst[parent] = t;
        else tNext[tLast[parent] as number] = t;
        tLast[parent] = t;
        path.push(t);
      }
      const end = path[plen] as number;
      if ((tPat[end] as number) < 0) tPat[end] = ids[k] as number;
    }
  });

  yield;
  // 3. BFS renumbering: MID = 0, ROOT = 1, then trie nodes; children stay sorted by class
  const states = nodes + 1;
  const bfs = new Int32Array(nodes);
  const childStart = new Int32Array(states + 1);
  const nodeCls = new Uint16Array(states);
  const depth = new Uint8Array(states);
  const pat = new Int32Array(states).fill(-1);
  let tailQ = 1;
  bfs[0] = 0;
  childStart[0] = 2;
  yield* inRanges(nodes, STATES_PER_STEP, (from, to) => {
    for (let q = from; q < to; q++) {
      const node = bfs[q] as number;
      const id = q + 1;
      childStart[id] = tailQ + 1;
      pat[id] = tPat[node] as number;
      for (let k = tFirst[node] as number; k >= 0; k = tNext[k] as number) {
        const nid = tailQ + 1;
        bfs[tailQ++] = k;
        nodeCls[nid] = tCls[k] as number;
        depth[nid] = Math.min(255, (depth[id] as number) + 1);
      }
    }
  });
  childStart[states] = states;
  childStart[0] = childStart[1] as number; // MID has no children (empty range)
  childStart[1] = 2;

  yield;
  // 4. dense rows, failure and dictionary links, in BFS order
  let denseStates = 2;
  const useU16 = states < 65536;
  const budget = anchored ? denseBudget : Math.min(denseBudget, UNANCHORED_DENSE_BUDGET);
  const maxDense = Math.max(2, Math.floor(budget / (classes * (useU16 ? 2 : 4))));
  while (denseStates < states && denseStates < maxDense && (depth[denseStates] as number) <= DENSE_DEPTH) denseStates++;
  const dense = useU16 ? new Uint16Array(denseStates * classes) : new Uint32Array(denseStates * classes);
  const shipped = sp.fail !== undefined && sp.fail.length === states;
  const fail = shipped ? (sp.fail as Int32Array) : new Int32Array(states);
  const dict = new Int32Array(states);
  const hasOut = new Uint8Array(states);
  // MID row: stay inside the word; ROOT row: children, else MID/ROOT by the unit's kind
  for (let c = 0; c < classes; c++) {
    dense[c] = anchored && clsIsWord[c] === 1 ? MID : ROOT;
    dense[classes + c] = anchored && clsIsWord[c] === 1 ? MID : ROOT;
  }
  const childOf = (s: number, c: number): number => {
    let lo = childStart[s] as number;
    let hi = (childStart[s + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const mc = nodeCls[mid] as number;
      if (mc === c) return mid;
      if (mc < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const step = (s: number, c: number): number => {
    for (;;) {
      if (s < denseStates) return dense[s * classes + c] as number;
      const t = childOf(s, c);
      if (t >= 0) return t;
      s = fail[s] as number;
    }
  };
  yield;
  yield* inRanges(states, STATES_PER_STEP, (from, to) => {
    for (let s = Math.max(1, from); s < to; s++) {
      if (s >= 2 && s < denseStates) {
        const row = s * classes;
        const fRow = (fail[s] as number) * classes;
        dense.copyWithin(row, fRow, fRow + classes);
      }
      for (let t = childStart[s] as number, end = childStart[s + 1] as number; t < end; t++) {
        const c = nodeCls[t] as number;
        if (s < denseStates) dense[s * classes + c] = t;
        const f = shipped ? (fail[t] as number) : s === ROOT ? (anchored && clsIsWord[c] === 1 ? MID : ROOT) : step(fail[s] as number, c);
        fail[t] = f;
        dict[t] = (pat[f] as number) >= 0 ? f : (dict[f] as number);
        hasOut[t] = (pat[t] as number) >= 0 || (dict[t] as number) > 0 ? 1 : 0;
      }
    }
  });
  return { anchored, cls, classes, states, denseStates, dense, childStart, nodeCls, depth, fail, pat, dict, hasOut };
}

/** The automaton's arrays in BFS numbering, as bfsTables computes them. */
interface BfsTables {
  anchored: boolean;
  cls: Uint16Array;
  classes: number;
  states: number;
  denseStates: number;
  dense: Uint32Array | Uint16Array;
  childStart: Int32Array;
  nodeCls: Uint16Array;
  depth: Uint8Array;
  fail: Int32Array;
  pat: Int32Array;
  dict: Int32Array;
  hasOut: Uint8Array;
}

type Layout = { -readonly [K in 'dense' | 'sib' | 'nodeCls' | 'denseKidStart' | 'denseKids' | 'fail' | 'out' | 'outPat' | 'outNext' | 'bits']: Automaton[K] };

/** Output entries are numbered in 16 bits. */
const MAX_OUTPUT_STATES = 0xffff;

/** States per step of the renumbering in dfsLayout. */
const RENUMBER_PER_STEP = 16_384;

/**
 * Renumbers the sparse states in DFS preorder (dense states keep their BFS numbers): each
 * sparse state's first child becomes s + 1 and the others are linked through `sib`; a dense
 * state's children are listed in `denseKids`.
 * The loops are plain functions called per step: V8 optimises those, not a generator's loops.
 */
function* dfsLayout(t: BfsTables): Steps<Layout> {
  const { states } = t;
  const { oldOf, newOf } = yield* dfsOrder(t);
  yield;
  const out: Layout = {
    dense: t.dense,
    sib: new Uint16Array(states),
    nodeCls: new Uint16Array(states),
    denseKidStart: new Int32Array(t.denseStates + 1),
    denseKids: new Int32Array(Math.max(0, (t.childStart[t.denseStates] as number) - (t.childStart[0] as number))),
    fail: new Int32Array(states),
    out: new Uint16Array(states),
    outPat: new Uint16Array(0),
    outNext: new Uint16Array(0),
    bits: new Uint8Array(states),
  };
  yield;
  const entries = { count: 0 };
  yield* inRanges(states, RENUMBER_PER_STEP, (from, to) => remapStates(t, oldOf, newOf, out, from, to, entries));
  yield;
  out.outPat = new Uint16Array(entries.count);
  out.outNext = new Uint16Array(entries.count);
  yield* inRanges(states, RENUMBER_PER_STEP, (from, to) => fillOutputs(t, oldOf, newOf, out, from, to));
  yield;
  const dense = t.dense;
  yield* inRanges(dense.length, DENSE_PER_STEP, (from, to) => remapValues(dense, newOf, from, to));
  return out;
}

/**
 * New number → old number and back: dense states first (unchanged), then sparse ones in DFS
 * preorder. In steps of RENUMBER_PER_STEP states (the walk stops and resumes between them).
 */
function* dfsOrder(t: BfsTables): Steps<{ oldOf: Int32Array; newOf: Int32Array }> {
  const { states, denseStates, childStart } = t;
  const oldOf = new Int32Array(states);
  const newOf = new Int32Array(states);
  for (let s = 0; s < denseStates; s++) {
    oldOf[s] = s;
    newOf[s] = s;
  }
  let next = denseStates;
  const stack = new Int32Array(states);
  let top = 0;
  let s = 0;
  /** Visits up to `budget` sparse states; false when the walk is over. */
  const walk = (budget: number): boolean => {
    for (;;) {
      if (top === 0) {
        if (s >= denseStates) return false;
        // the sparse subtrees hang off dense states; push children in reverse so the smallest class comes first
        for (let c = (childStart[s + 1] as number) - 1; c >= (childStart[s] as number); c--) if (c >= denseStates) stack[top++] = c;
        s++;
        continue;
      }
      if (budget-- === 0) return true;
      const u = stack[--top] as number;
      oldOf[next] = u;
      newOf[u] = next++;
      for (let c = (childStart[u + 1] as number) - 1; c >= (childStart[u] as number); c--) stack[top++] = c;
    }
  };
  while (walk(RENUMBER_PER_STEP)) yield;
  return { oldOf, newOf };
}

/** Fills `out` for the new states [from, to). */
function remapStates(t: BfsTables, oldOf: Int32Array, newOf: Int32Array, layout: Layout, from: number, to: number, entries: { count: number }): void {
  const { denseStates, childStart } = t;
  const { nodeCls, denseKidStart, denseKids, fail, out, sib, bits } = layout;
  const kid0 = childStart[0] as number; // dense states' children are contiguous in BFS numbering
  for (let n = from; n < to; n++) {
    const o = oldOf[n] as number;
    nodeCls[n] = t.nodeCls[o] as number;
    fail[n] = newOf[t.fail[o] as number] as number;
    if (t.hasOut[o] === 1) {
      if (entries.count === MAX_OUTPUT_STATES) throw new RangeError(`more than ${MAX_OUTPUT_STATES} states with an output do not fit the automaton`);
      out[n] = ++entries.count;
    }
    const c0 = childStart[o] as number;
    const c1 = childStart[o + 1] as number;
    bits[n] = (t.hasOut[o] === 1 ? B_OUT : 0) | (c1 > c0 ? B_KID : 0);
    if (n >= denseStates) {
      // children in class order: the first is n + 1, each links to the next (a later subtree)
      for (let c = c0; c < c1 - 1; c++) {
        const gap = (newOf[c + 1] as number) - (newOf[c] as number);
        if (gap <= 0 || gap > 0xffff) throw new RangeError(`sibling ${gap} states away does not fit the automaton`);
        sib[newOf[c] as number] = gap;
      }
    } else {
      denseKidStart[n] = c0 - kid0;
      denseKidStart[n + 1] = c1 - kid0;
      for (let c = c0; c < c1; c++) denseKids[c - kid0] = newOf[c] as number;
    }
  }
}

/** The output entries of the new states [from, to): own pattern and next suffix entry. */
function fillOutputs(t: BfsTables, oldOf: Int32Array, newOf: Int32Array, layout: Layout, from: number, to: number): void {
  const { out, outPat, outNext } = layout;
  for (let n = from; n < to; n++) {
    const e = out[n] as number;
    if (e === 0) continue;
    const o = oldOf[n] as number;
    outPat[e - 1] = (t.pat[o] as number) + 1; // -1 (none) → 0
    const d = t.dict[o] as number;
    outNext[e - 1] = d > 0 ? (out[newOf[d] as number] as number) : 0;
  }
}

/** Replaces every state number in `a[from, to)` by its new number. */
function remapValues(a: Uint32Array | Uint16Array, newOf: Int32Array, from: number, to: number): void {
  for (let i = from; i < to; i++) a[i] = newOf[a[i] as number] as number;
}

/** Growable list of (pattern, end) hits, reused between scans. */
export class Hits {
  pat = new Int32Array(256);
  end = new Int32Array(256);
  count = 0;
  push(p: number, e: number): void {
    if (this.count === this.pat.length) {
      const np = new Int32Array(this.pat.length * 2);
      np.set(this.pat);
      const ne = new Int32Array(this.end.length * 2);
      ne.set(this.end);
      this.pat = np;
      this.end = ne;
    }
    this.pat[this.count] = p;
    this.end[this.count] = e;
    this.count++;
  }
}

/** The child of sparse state `s` on class `c`, or -1: children in class order, the first one at s + 1. */
function sparseChild(nodeCls: Uint16Array, sib: Uint16Array, bits: Uint8Array, s: number, c: number): number {
  if (((bits[s] as number) & B_KID) === 0) return -1;
  for (let t = s + 1; ; ) {
    const tc = nodeCls[t] as number;
    if (tc === c) return t;
    if (tc > c) return -1;
    const d = sib[t] as number;
    if (d === 0) return -1;
    t += d;
  }
}

/**
 * Runs the automaton over `units[0..length)` and appends every reported occurrence to
 * `hits` as (pattern id, end exclusive). Anchored automata report occurrences that start at
 * a word start; patterns with NEED_END in `patNeed` are dropped when they end inside a word.
 */
export function runAutomaton(a: Automaton, units: Uint16Array, length: number, hits: Hits, word: Uint8Array, patNeed: Uint8Array): void {
  const { cls, classes, denseStates, dense, sib, nodeCls, fail, out, outPat, outNext, bits, idle } = a;
  let s = ROOT;
  for (let j = 0; j < length; j++) {
    if (idle !== null && s === ROOT) {
      // unanchored automaton: skip the units that start none of its patterns
      while (j < length && idle[units[j] as number] === 1) j++;
      if (j === length) break;
    }
    const u = units[j] as number;
    if (s === MID) {
      // inside a word that cannot start a pattern: wait for the next non-word unit
      if (word[u] === 1) continue;
      s = ROOT;
      continue;
    }
    const c = cls[u] as number;
    if (s < denseStates) {
      s = dense[s * classes + c] as number;
    } else {
      for (;;) {
        const next = sparseChild(nodeCls, sib, bits, s, c);
        if (next >= 0) {
          s = next;
          break;
        }
        s = fail[s] as number;
        if (s < denseStates) {
          s = dense[s * classes + c] as number;
          break;
        }
      }
    }
    if (((bits[s] as number) & B_OUT) !== 0) {
      const endInWord = j + 1 < length && word[units[j + 1] as number] === 1;
      // s's own entry (its pattern, if any), then the suffix states that end patterns
      for (let e = out[s] as number; e !== 0; ) {
        const p = (outPat[e - 1] as number) - 1;
        e = outNext[e - 1] as number;
        if (p < 0 || (endInWord && ((patNeed[p] as number) & NEED_END) !== 0)) continue;
        hits.push(p, j + 1);
      }
    }
  }
}

/**
 * Plain trie walk of an anchored automaton from `from` (no failure links): reports patterns
 * that start exactly at `from` and whose `patMode` is `mode` (used for Arabic proclitics:
 * و ب ل ف ک ال glued in front of a word). Bounded by the depth of the trie.
 */
export function walkFrom(a: Automaton, units: Uint16Array, length: number, from: number, hits: Hits, word: Uint8Array, patNeed: Uint8Array, patMode: Uint8Array, mode: number): void {
  const { cls, classes, denseStates, dense, sib, nodeCls, denseKidStart, denseKids, out, outPat, bits } = a;
  let s = ROOT;
  for (let j = from; j < length; j++) {
    const c = cls[units[j] as number] as number;
    let t = -1;
    if (s === ROOT) {
      // ROOT's row holds its children, else MID/ROOT (no failure transitions)
      const d = dense[ROOT * classes + c] as number;
      if (d > ROOT) t = d;
    } else if (s < denseStates) {
      // other dense rows mix children with failure transitions: follow the child list instead
      for (let i = denseKidStart[s] as number, end = denseKidStart[s + 1] as number; i < end; i++) {
        const k = denseKids[i] as number;
        const kc = nodeCls[k] as number;
        if (kc === c) t = k;
        if (kc >= c) break;
      }
    } else {
      t = sparseChild(nodeCls, sib, bits, s, c);
    }
    if (t < 0) return;
    s = t;
    const e = out[s] as number;
    const p = e !== 0 ? (outPat[e - 1] as number) - 1 : -1;
    if (p >= 0 && patMode[p] === mode) {
      if (((patNeed[p] as number) & NEED_END) !== 0 && j + 1 < length && word[units[j + 1] as number] === 1) continue;
      hits.push(p, j + 1);
    }
  }
}

/** Approximate bytes held by the automaton's arrays. */
export function automatonBytes(a: Automaton): number {
  return (
    a.cls.byteLength + a.dense.byteLength + a.sib.byteLength + a.nodeCls.byteLength + a.denseKidStart.byteLength + a.denseKids.byteLength +
    a.fail.byteLength + a.out.byteLength + a.outPat.byteLength + a.outNext.byteLength + a.bits.byteLength + (a.idle ? a.idle.byteLength : 0)
  );
}
