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
 * Layout (typed arrays, states in BFS order; 0 = MID, 1 = ROOT):
 *  - `cls`: folded unit → class (0 = word unit in no pattern, 1 = other unit in no pattern);
 *  - states `[0, denseStates)` have complete DFA rows (failure links resolved), so the hot
 *    path is one load per unit; deeper states keep sorted child ranges plus failure links;
 *  - children of state s are the states `childStart[s] .. childStart[s + 1] - 1` (BFS order),
 *    `nodeCls[t]` is the class on the edge into t;
 *  - outputs: `pat[s]` (pattern ending at s or -1) and `dict[s]` (next suffix state with an
 *    output, 0 = none), so every match costs time proportional to the matches.
 */

import { runSteps, type Steps } from './steps';

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
  readonly childStart: Int32Array;
  readonly nodeCls: Uint16Array;
  readonly depth: Uint8Array;
  readonly fail: Int32Array;
  readonly pat: Int32Array;
  readonly dict: Int32Array;
  readonly hasOut: Uint8Array;
  /**
   * Unanchored automata only: 1 for units that leave ROOT where it is without output, so
   * the scan can skip them in a tight loop (most text, for emoji/symbol/suffix patterns).
   */
  readonly idle: Uint8Array | null;
}

/** Per pattern: bit 1 = every variant needs a word boundary at the start, bit 2 = at the end. */
export const NEED_START = 1;
export const NEED_END = 2;

/** Budget for the dense rows, in bytes: keeps all matcher tables within ~4 MB per tab. */
const DENSE_BUDGET = 1_600_000;
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

/** States per step of the failure-link pass in assembleSteps. */
const STATES_PER_STEP = 12_000;

/** assembleAutomaton in steps (see steps.ts). */
export function* assembleSteps(sp: SortedPatterns, word: Uint8Array, denseBudget = DENSE_BUDGET): Steps<Automaton> {
  const { anchored, units, ids, lcp, len, tail } = sp;
  // 1. alphabet: classes 0/1 are "in no pattern" (word / other)
  const cls = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) cls[c] = word[c] === 1 ? 0 : 1;
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
  for (let k = 0, q = 0; k < ids.length; k++) {
    const l = lcp[k] as number;
    const plen = len[k] as number;
    path.length = l + 1;
    for (let d = l; d < plen; d++) {
      const parent = path[d] as number;
      const t = nodes++;
      tCls[t] = tail[q++] as number;
      if ((tFirst[parent] as number) < 0) tFirst[parent] = t;
      else tNext[tLast[parent] as number] = t;
      tLast[parent] = t;
      path.push(t);
    }
    const end = path[plen] as number;
    if ((tPat[end] as number) < 0) tPat[end] = ids[k] as number;
  }

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
  for (let q = 0; q < nodes; q++) {
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
  childStart[states] = states;
  childStart[0] = childStart[1] as number; // MID has no children (empty range)
  childStart[1] = 2;

  yield;
  // 4. dense rows, failure and dictionary links, in BFS order
  let denseStates = 2;
  const useU16 = states < 65536;
  const maxDense = Math.max(2, Math.floor(denseBudget / (classes * (useU16 ? 2 : 4))));
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
  for (let s = 1; s < states; s++) {
    if (s % STATES_PER_STEP === 0) yield;
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
  let idle: Uint8Array | null = null;
  if (!anchored) {
    yield;
    idle = new Uint8Array(65536);
    for (let u = 0; u < 65536; u++) {
      const t = dense[classes + (cls[u] as number)] as number;
      if (t === ROOT && hasOut[t] === 0) idle[u] = 1;
    }
  }
  return { anchored, cls, classes, states, denseStates, dense, childStart, nodeCls, depth, fail, pat, dict, hasOut, idle };
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

/**
 * Runs the automaton over `units[0..length)` and appends every reported occurrence to
 * `hits` as (pattern id, end exclusive). Anchored automata report occurrences that start at
 * a word start; patterns with NEED_END in `patNeed` are dropped when they end inside a word.
 */
export function runAutomaton(a: Automaton, units: Uint16Array, length: number, hits: Hits, word: Uint8Array, patNeed: Uint8Array): void {
  const { cls, classes, denseStates, dense, childStart, nodeCls, fail, pat, dict, hasOut, idle } = a;
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
        let lo = childStart[s] as number;
        let hi = (childStart[s + 1] as number) - 1;
        let next = -1;
        // most deep states have one child: compare it directly
        if (lo === hi) {
          if (nodeCls[lo] === c) next = lo;
          lo = hi + 1;
        }
        while (lo <= hi) {
          const m = (lo + hi) >> 1;
          const mc = nodeCls[m] as number;
          if (mc === c) {
            next = m;
            break;
          }
          if (mc < c) lo = m + 1;
          else hi = m - 1;
        }
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
    if (hasOut[s] === 1) {
      let o = (pat[s] as number) >= 0 ? s : (dict[s] as number);
      const endInWord = j + 1 < length && word[units[j + 1] as number] === 1;
      while (o > 0) {
        const p = pat[o] as number;
        o = dict[o] as number;
        if (endInWord && ((patNeed[p] as number) & NEED_END) !== 0) continue;
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
  const { cls, classes, denseStates, dense, childStart, nodeCls, depth, pat } = a;
  let s = ROOT;
  for (let j = from; j < length; j++) {
    const c = cls[units[j] as number] as number;
    let t = -1;
    if (s < denseStates) {
      const d = dense[s * classes + c] as number;
      if ((depth[d] as number) === (depth[s] as number) + 1 && d > ROOT) t = d;
    } else {
      let lo = childStart[s] as number;
      let hi = (childStart[s + 1] as number) - 1;
      while (lo <= hi) {
        const m = (lo + hi) >> 1;
        const mc = nodeCls[m] as number;
        if (mc === c) {
          t = m;
          break;
        }
        if (mc < c) lo = m + 1;
        else hi = m - 1;
      }
    }
    if (t < 0) return;
    s = t;
    const p = pat[s] as number;
    if (p >= 0 && patMode[p] === mode) {
      if (((patNeed[p] as number) & NEED_END) !== 0 && j + 1 < length && word[units[j + 1] as number] === 1) continue;
      hits.push(p, j + 1);
    }
  }
}

/** Approximate bytes held by the automaton's arrays. */
export function automatonBytes(a: Automaton): number {
  return (
    a.cls.byteLength + a.dense.byteLength + a.childStart.byteLength + a.nodeCls.byteLength + a.depth.byteLength +
    a.fail.byteLength + a.pat.byteLength + a.dict.byteLength + a.hasOut.byteLength + (a.idle ? a.idle.byteLength : 0)
  );
}
