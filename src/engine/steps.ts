/**
 * Step-wise work: engine creation is written as generators that `yield` between steps of a
 * few milliseconds, so a page can spread it over several short tasks (no long task at
 * start-up). Synchronous callers just run the steps to the end.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * Runs `body(from, to)` over [0, n) in ranges of up to `per`, one step per range. The loop
 * lives in `body`, a plain function: V8 optimises it (on-stack replacement included), not a
 * generator's own loops. Its first runs are unoptimised (a cold page: up to ~0.7 µs per
 * iteration), so the ranges start at a sixteenth of `per` and double up to it.
 */
export function* inRanges(n: number, per: number, body: (from: number, to: number) => void): Steps<void> {
  let size = Math.max(1, per >> 4);
  for (let from = 0; from < n; from += size, size = Math.min(per, size * 2)) {
    if (from > 0) yield;
    body(from, Math.min(n, from + size));
  }
}

/** Units of a 64K-entry table filled per step by `inRanges` (a cold loop over 16K units takes ~1–3 ms). */
export const TABLE_UNITS_PER_STEP = 16_384;
