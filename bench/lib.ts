/** One benchmark result line (DESIGN.md §7.3). */
export interface BenchLine {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

/** Median wall time of `fn` over `runs` runs (after one warm-up), in ms. */
export async function timeMs(fn: () => unknown | Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** A small deterministic PRNG (mulberry32), so benchmark inputs are the same every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
