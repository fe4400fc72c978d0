import { describe, expect, it } from 'vitest';
import { getWordTable } from '../../../src/engine/fold-table';
import { assembleAutomaton, B_KID, bfsFailureLinks, Hits, MAX_PATTERNS, NEED_END, ROOT, runAutomaton, sortPatterns, walkFrom } from '../../../src/engine/matcher';

/**
 * The automaton against a reference: every pattern tried at every position, the same
 * boundary rules. A tiny dense budget makes most states sparse, so the DFS layout (first
 * child at s + 1, siblings by class) carries the search.
 */
const word = getWordTable();
const u16 = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));
const isWord = (u: number | undefined): boolean => u !== undefined && word[u] === 1;

const PATTERNS = ['ab', 'abc', 'abcd', 'abd', 'abe', 'b', 'bc', 'bcd', 'cab', 'ca', 'ab ab', 'b a', 'dddd', 'dd', 'x', 'xyz', 'zz', 'a b c'];

function reference(patterns: readonly string[], text: string, anchored: boolean, needEnd: readonly boolean[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (anchored && i > 0 && isWord(text.charCodeAt(i - 1))) continue;
    patterns.forEach((p, id) => {
      if (!text.startsWith(p, i)) return;
      const end = i + p.length;
      if (needEnd[id] && end < text.length && isWord(text.charCodeAt(end))) return;
      out.push(`${id}@${end}`);
    });
  }
  return out.toSorted();
}

function rnd(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe('matcher (Aho–Corasick, DFS layout of sparse states)', () => {
  for (const anchored of [true, false]) {
    for (const budget of [0, 400, 1_600_000]) {
      it(`finds what the reference finds (${anchored ? 'word-start' : 'anywhere'}, dense budget ${budget})`, () => {
        const ids = PATTERNS.map((_, i) => i);
        const sp = sortPatterns(PATTERNS.map(u16), ids, anchored);
        const a = assembleAutomaton(sp, word, budget);
        const needEnd = PATTERNS.map((p) => isWord(p.charCodeAt(p.length - 1)) && p.length % 2 === 0);
        const patNeed = Uint8Array.from(needEnd, (x) => (x ? NEED_END : 0));
        const r = rnd(7 + budget);
        const hits = new Hits();
        for (let k = 0; k < 300; k++) {
          let text = '';
          const len = 1 + Math.floor(r() * 40);
          for (let i = 0; i < len; i++) text += 'abcdxyz  '[Math.floor(r() * 9)];
          hits.count = 0;
          runAutomaton(a, u16(text), text.length, hits, word, patNeed);
          const got: string[] = [];
          for (let h = 0; h < hits.count; h++) got.push(`${hits.pat[h]}@${hits.end[h]}`);
          expect(got.toSorted(), JSON.stringify(text)).toEqual(reference(PATTERNS, text, anchored, needEnd));
        }
      });
    }
  }

  it('numbers sparse states in DFS order: the first child of a state is the next state', () => {
    const sp = sortPatterns(PATTERNS.map(u16), PATTERNS.map((_, i) => i), true);
    // room for six dense rows: ROOT's children are partly dense, so their child lists are used
    const a = assembleAutomaton(sp, word, assembleAutomaton(sp, word, 0).classes * 2 * 6);
    expect(a.denseStates).toBe(6);
    // depth of every state, walking the trie's child lists from ROOT (each state is reached once)
    const depth = new Int32Array(a.states).fill(-1);
    depth[ROOT] = 0;
    const queue = [ROOT];
    while (queue.length > 0) {
      const s = queue.shift() as number;
      const kids: number[] = [];
      if (s === ROOT) {
        for (let c = 0; c < a.classes; c++) if ((a.dense[ROOT * a.classes + c] as number) > ROOT) kids.push(a.dense[ROOT * a.classes + c] as number);
      } else {
        if (s < a.denseStates) kids.push(...a.denseKids.subarray(a.denseKidStart[s], a.denseKidStart[s + 1]));
        else if (((a.bits[s] as number) & B_KID) !== 0) for (let k = s + 1; ; k += a.sib[k] as number) {
          kids.push(k);
          if (a.sib[k] === 0) break;
        }
      }
      for (const k of kids) {
        expect(depth[k], `state ${k} reached twice`).toBe(-1);
        depth[k] = (depth[s] as number) + 1;
        queue.push(k);
      }
    }
    expect(depth.subarray(2).every((d) => d > 0)).toBe(true);
    let withKids = 0;
    for (let s = a.denseStates; s < a.states; s++) {
      if (((a.bits[s] as number) & B_KID) === 0) continue;
      withKids++;
      expect(depth[s + 1]).toBe((depth[s] as number) + 1);
      // siblings are in class order
      for (let t = s + 1; a.sib[t] !== 0; t += a.sib[t] as number) expect(a.nodeCls[t + (a.sib[t] as number)]).toBeGreaterThan(a.nodeCls[t] as number);
    }
    expect(withKids).toBeGreaterThan(5);
  });

  it('ships failure links in BFS numbering (each one points to a smaller state)', () => {
    const sp = sortPatterns(PATTERNS.map(u16), PATTERNS.map((_, i) => i), true);
    const fail = bfsFailureLinks(sp, word);
    for (let s = 2; s < fail.length; s++) expect(fail[s]).toBeLessThan(s);
    // and the automaton assembled from them is the same as one that computes its own
    const a = assembleAutomaton({ ...sp, fail }, word, 0);
    const b = assembleAutomaton(sp, word, 0);
    expect(Array.from(a.fail)).toEqual(Array.from(b.fail));
    expect(Array.from(a.sib)).toEqual(Array.from(b.sib));
  });

  for (const rows of [0, 6, 1000]) {
    it(`walks the trie from a position (the proclitic walk) with ${rows} dense rows`, () => {
      const sp = sortPatterns(PATTERNS.map(u16), PATTERNS.map((_, i) => i), true);
      const a = assembleAutomaton(sp, word, assembleAutomaton(sp, word, 0).classes * 2 * rows);
      const hits = new Hits();
      const text = u16('wabcd');
      walkFrom(a, text, text.length, 1, hits, word, new Uint8Array(PATTERNS.length), new Uint8Array(PATTERNS.length).fill(1), 1);
      const got = Array.from({ length: hits.count }, (_, h) => PATTERNS[hits.pat[h] as number]);
      expect(got).toEqual(['ab', 'abc', 'abcd']);
      // a failure transition is not a child: after "a " (from "a b c") the automaton goes on to
      // the pattern "x", but no pattern starts "a x"
      hits.count = 0;
      const other = u16('wa x');
      walkFrom(a, other, other.length, 1, hits, word, new Uint8Array(PATTERNS.length), new Uint8Array(PATTERNS.length).fill(1), 1);
      expect(Array.from({ length: hits.count }, (_, h) => PATTERNS[hits.pat[h] as number])).toEqual([]);
    });
  }
});

describe('pattern ids in 16 bits (one entry per state)', () => {
  const units = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));
  it('reports the highest id that fits', () => {
    const a = assembleAutomaton(sortPatterns([units('boat'), units('bo')], [MAX_PATTERNS - 1, 0], true), word);
    const hits = new Hits();
    const text = units('a boat');
    runAutomaton(a, text, text.length, hits, word, new Uint8Array(MAX_PATTERNS));
    expect(Array.from({ length: hits.count }, (_, h) => `${hits.pat[h]}@${hits.end[h]}`).toSorted()).toEqual([`0@4`, `${MAX_PATTERNS - 1}@6`]);
  });
  it('refuses an id that does not fit, with a clear error', () => {
    expect(() => assembleAutomaton(sortPatterns([units('boat')], [MAX_PATTERNS], true), word)).toThrow(RangeError);
  });
});

describe('sibling links in 16 bits (distance to the next sibling)', () => {
  // below "xa", each pattern adds ten states of its own ("xa00042zzzzzzzzzz"): 7,000 of them
  // outgrow a 16-bit distance, so "xb" (the next sibling of "xa") cannot be linked
  const patterns = (count: number): Uint16Array[] => [
    ...Array.from({ length: count }, (_, i) => Uint16Array.from(`xa${String(i).padStart(5, '0')}zzzzzzzzzz`, (c) => c.charCodeAt(0))),
    Uint16Array.from('xb', (c) => c.charCodeAt(0)),
  ];
  it('links siblings up to 65,535 states apart', () => {
    const p = patterns(5000);
    const a = assembleAutomaton(sortPatterns(p, p.map((_, i) => i), true), word, 0);
    const hits = new Hits();
    const text = Uint16Array.from('xb xa00042zzzzzzzzzz', (c) => c.charCodeAt(0));
    runAutomaton(a, text, text.length, hits, word, new Uint8Array(p.length));
    expect(Array.from(hits.pat.subarray(0, hits.count)).toSorted((x, y) => x - y)).toEqual([42, 5000]);
  });
  it('refuses a trie whose siblings lie further apart, with a clear error', () => {
    const p = patterns(7000);
    expect(() => assembleAutomaton(sortPatterns(p, p.map((_, i) => i), true), word, 0)).toThrow(/sibling .* does not fit/);
  });
});

describe('output entries in 16 bits (states that end a pattern, or whose suffix does)', () => {
  // "wNNNNN zq" ends a pattern and "wNNNNN z" holds the suffix pattern "z": two output states each
  const patterns = (count: number): Uint16Array[] => [
    Uint16Array.from('z', (c) => c.charCodeAt(0)),
    ...Array.from({ length: count }, (_, i) => Uint16Array.from(`w${String(i).padStart(5, '0')} zq`, (c) => c.charCodeAt(0))),
  ];
  it('reports own and suffix outputs through the output list', () => {
    const p = patterns(3);
    const a = assembleAutomaton(sortPatterns(p, p.map((_, i) => i), true), word, 0);
    const hits = new Hits();
    const text = Uint16Array.from('w00001 zq', (c) => c.charCodeAt(0));
    runAutomaton(a, text, text.length, hits, word, new Uint8Array(p.length));
    expect(Array.from({ length: hits.count }, (_, h) => `${hits.pat[h]}@${hits.end[h]}`).toSorted()).toEqual(['0@8', '2@9']);
  });
  it('refuses more than 65,535 output states, with a clear error', () => {
    const p = patterns(34_000);
    expect(() => assembleAutomaton(sortPatterns(p, p.map((_, i) => i), true), word, 0)).toThrow(/states with an output do not fit/);
  });
});
