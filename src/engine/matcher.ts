/**
 * Aho–Corasick automaton over a character-class alphabet, compiled once.
 *
 * Layout (all typed arrays, states numbered in BFS order):
 *  - `cls`: folded UTF-16 unit → class id (0 = unit occurs in no pattern → back to root);
 *  - shallow states (depth ≤ DENSE_DEPTH, within a memory budget) have complete DFA rows
 *    (failure links pre-resolved), so the hot path is one array load per unit;
 *  - deeper states use CSR edge lists plus failure links (they are rarely visited);
 *  - outputs: `pat[s]` (pattern ending at s or -1) and `dict[s]` (nearest suffix state with
 *    an output), so every match is reported in time proportional to the matches.
 *
 * Time is O(text + matches) with no backtracking; memory is a few MB for ~10k terms.
 */

/** Compiled automaton. */
export interface Automaton {
  readonly cls: Uint16Array;
  readonly classes: number;
  readonly states: number;
  readonly denseStates: number;
  readonly dense: Uint32Array | Uint16Array;
  readonly edgeStart: Int32Array;
  readonly edgeCls: Uint16Array;
  readonly edgeTo: Int32Array;
  readonly fail: Int32Array;
  readonly pat: Int32Array;
  readonly dict: Int32Array;
  readonly hasOut: Uint8Array;
  /** Length (units) of each pattern. */
  readonly patLen: Int32Array;
  /**
   * Per pattern: bit 1 = every variant needs a word boundary at the start, bit 2 = at the end.
   * Lets the scan drop in-word hits (e.g. a one-letter term inside every word) before they
   * cost anything. Set by the compiler; 0 = report every hit.
   */
  readonly patNeed: Uint8Array;
}

export const NEED_START = 1;
export const NEED_END = 2;

/** Budget for the dense rows, in bytes: keeps the matcher within ~4 MB per tab. */
const DENSE_BUDGET = 2_000_000;
const DENSE_DEPTH = 3;

/** Builds the automaton. `patterns[i]` are folded units; pattern ids are their indices. */
export function buildAutomaton(patterns: readonly Uint16Array[]): Automaton {
  // 1. alphabet
  const cls = new Uint16Array(65536);
  let classes = 1;
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i] as Uint16Array;
    for (let j = 0; j < p.length; j++) if (cls[p[j] as number] === 0) cls[p[j] as number] = classes++;
  }

  // 2. trie in typed arrays: dense children for the root, sibling lists below it
  let cap = 1024;
  for (let i = 0; i < patterns.length; i++) cap += (patterns[i] as Uint16Array).length;
  const firstChild = new Int32Array(cap).fill(-1);
  const nextSibling = new Int32Array(cap).fill(-1);
  const nodeCls = new Uint16Array(cap);
  const depthArr = new Int32Array(cap);
  const patAtTrie = new Int32Array(cap).fill(-1);
  const rootChild = new Int32Array(classes).fill(-1);
  let nStates = 1;
  for (let id = 0; id < patterns.length; id++) {
    const p = patterns[id] as Uint16Array;
    let s = 0;
    for (let j = 0; j < p.length; j++) {
      const c = cls[p[j] as number] as number;
      let t = -1;
      if (s === 0) t = rootChild[c] as number;
      else for (let k = firstChild[s] as number; k >= 0; k = nextSibling[k] as number) if (nodeCls[k] === c) { t = k; break; }
      if (t < 0) {
        t = nStates++;
        nodeCls[t] = c;
        depthArr[t] = (depthArr[s] as number) + 1;
        nextSibling[t] = firstChild[s] as number;
        firstChild[s] = t;
        if (s === 0) rootChild[c] = t;
      }
      s = t;
    }
    if (p.length > 0 && patAtTrie[s] === -1) patAtTrie[s] = id;
  }
  const depth = depthArr;

  // 3. BFS order → renumber so that shallow states come first; children sorted by class
  const order = new Int32Array(nStates);
  let tail = 1;
  const kids: number[] = [];
  for (let q = 0; q < tail; q++) {
    kids.length = 0;
    for (let k = firstChild[order[q] as number] as number; k >= 0; k = nextSibling[k] as number) kids.push(k);
    if (kids.length > 1) kids.sort((x, y) => (nodeCls[x] as number) - (nodeCls[y] as number));
    for (const k of kids) order[tail++] = k;
  }
  const newId = new Int32Array(nStates);
  for (let i = 0; i < nStates; i++) newId[order[i] as number] = i;

  // 4. CSR edges in new numbering (children of a state are contiguous in BFS order)
  const edgeStart = new Int32Array(nStates + 1);
  const edgeCls = new Uint16Array(Math.max(0, nStates - 1));
  const edgeTo = new Int32Array(Math.max(0, nStates - 1));
  let ep = 0;
  for (let i = 0; i < nStates; i++) {
    edgeStart[i] = ep;
    const kidsStart = ep;
    for (let k = firstChild[order[i] as number] as number; k >= 0; k = nextSibling[k] as number) {
      edgeCls[ep] = nodeCls[k] as number;
      edgeTo[ep] = newId[k] as number;
      ep++;
    }
    // sort this state's edges by class (insertion sort: lists are short except at the root)
    for (let x = kidsStart + 1; x < ep; x++) {
      const c = edgeCls[x] as number;
      const t = edgeTo[x] as number;
      let y = x - 1;
      while (y >= kidsStart && (edgeCls[y] as number) > c) {
        edgeCls[y + 1] = edgeCls[y] as number;
        edgeTo[y + 1] = edgeTo[y] as number;
        y--;
      }
      edgeCls[y + 1] = c;
      edgeTo[y + 1] = t;
    }
  }
  edgeStart[nStates] = ep;
  const pat = new Int32Array(nStates);
  const patLen = new Int32Array(patterns.length);
  for (let id = 0; id < patterns.length; id++) patLen[id] = (patterns[id] as Uint16Array).length;
  for (let i = 0; i < nStates; i++) pat[i] = patAtTrie[order[i] as number] as number;

  const lookupEdge = (s: number, c: number): number => {
    for (let k = edgeStart[s] as number, end = edgeStart[s + 1] as number; k < end; k++) {
      const ec = edgeCls[k] as number;
      if (ec === c) return edgeTo[k] as number;
      if (ec > c) break;
    }
    return -1;
  };

  // 5. failure and dictionary links (BFS order = increasing state id)
  const fail = new Int32Array(nStates);
  const dict = new Int32Array(nStates);
  const hasOut = new Uint8Array(nStates);
  for (let s = 0; s < nStates; s++) {
    for (let k = edgeStart[s] as number; k < (edgeStart[s + 1] as number); k++) {
      const c = edgeCls[k] as number;
      const t = edgeTo[k] as number;
      if (s === 0) {
        fail[t] = 0;
      } else {
        let f = fail[s] as number;
        let next = lookupEdge(f, c);
        while (next < 0 && f !== 0) {
          f = fail[f] as number;
          next = lookupEdge(f, c);
        }
        fail[t] = next < 0 ? 0 : next;
      }
      const ft = fail[t] as number;
      dict[t] = (pat[ft] as number) >= 0 ? ft : (dict[ft] as number);
      hasOut[t] = (pat[t] as number) >= 0 || (dict[t] as number) > 0 ? 1 : 0;
    }
  }

  // 6. dense rows for the shallow states, within budget
  const useU16 = nStates < 65536;
  const bytesPerRow = classes * (useU16 ? 2 : 4);
  let denseStates = 0;
  const maxDense = Math.max(1, Math.floor(DENSE_BUDGET / bytesPerRow));
  while (denseStates < nStates && denseStates < maxDense && (depth[order[denseStates] as number] as number) <= DENSE_DEPTH) denseStates++;
  const dense = useU16 ? new Uint16Array(denseStates * classes) : new Uint32Array(denseStates * classes);
  for (let s = 0; s < denseStates; s++) {
    const row = s * classes;
    const fRow = (fail[s] as number) * classes;
    for (let c = 1; c < classes; c++) dense[row + c] = s === 0 ? 0 : (dense[fRow + c] as number);
    for (let k = edgeStart[s] as number; k < (edgeStart[s + 1] as number); k++) dense[row + (edgeCls[k] as number)] = edgeTo[k] as number;
  }

  return { cls, classes, states: nStates, denseStates, dense, edgeStart, edgeCls, edgeTo, fail, pat, dict, hasOut, patLen, patNeed: new Uint8Array(patterns.length) };
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
 * Runs the automaton over `units[0..length)` and appends every occurrence (overlapping ones
 * included) to `hits` as (pattern id, end exclusive).
 */
export function runAutomaton(a: Automaton, units: Uint16Array, length: number, hits: Hits, isWord: Uint8Array): void {
  const { cls, classes, denseStates, dense, edgeStart, edgeCls, edgeTo, fail, pat, dict, hasOut, patLen, patNeed } = a;
  let s = 0;
  for (let j = 0; j < length; j++) {
    const c = cls[units[j] as number] as number;
    if (c === 0) {
      s = 0;
      continue;
    }
    if (s < denseStates) {
      s = dense[s * classes + c] as number;
    } else {
      for (;;) {
        let next = -1;
        for (let k = edgeStart[s] as number, end = edgeStart[s + 1] as number; k < end; k++) {
          const ec = edgeCls[k] as number;
          if (ec === c) {
            next = edgeTo[k] as number;
            break;
          }
          if (ec > c) break;
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
      const endInWord = j + 1 < length && isWord[units[j + 1] as number] === 1;
      while (o > 0) {
        const p = pat[o] as number;
        const need = patNeed[p] as number;
        o = dict[o] as number;
        if (need !== 0) {
          if ((need & NEED_END) !== 0 && endInWord) continue;
          const st = j + 1 - (patLen[p] as number);
          if ((need & NEED_START) !== 0 && st > 0 && isWord[units[st - 1] as number] === 1) continue;
        }
        hits.push(p, j + 1);
      }
    }
  }
}

/** Approximate bytes held by the automaton's arrays. */
export function automatonBytes(a: Automaton): number {
  return (
    a.cls.byteLength + a.dense.byteLength + a.edgeStart.byteLength + a.edgeCls.byteLength + a.edgeTo.byteLength +
    a.fail.byteLength + a.pat.byteLength + a.dict.byteLength + a.hasOut.byteLength + a.patLen.byteLength
  );
}
