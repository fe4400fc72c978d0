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
