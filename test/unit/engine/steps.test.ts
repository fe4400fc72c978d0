import { describe, expect, it, vi } from 'vitest';

describe('engine creation in steps (no long task in a page)', () => {
  it('a fresh page builds the engine in many steps, with the same results as createEngine', async () => {
    vi.resetModules(); // a fresh module: nothing decoded yet, as on a new page
    const m = await import('../../../src/engine');
    const steps = m.createEngineSteps({ sensitivity: 0.5 });
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    // fold tables, normaliser tables, fingerprint, numbers, patterns, variants, trie, BFS, links…
    expect(yields).toBeGreaterThanOrEqual(8);
    const text = 'Boat from Izmir to Lesbos tonight, 2500€ per person, WhatsApp +90 555 010 2233';
    const viaSteps = r.value.scan(text);
    expect(viaSteps.verdict).toBe('suspect');
    expect(viaSteps).toEqual(m.createEngine({ sensitivity: 0.5 }).scan(text));
    // the second engine of a page reuses the decoded lexicon: one step for users' terms at most
    const again = m.createEngineSteps({ sensitivity: 0.5 });
    let more = 0;
    while (!again.next().done) more++;
    expect(more).toBeLessThanOrEqual(1);
  });

  it('runSteps returns the value of the last step', async () => {
    const { runSteps } = await import('../../../src/engine/steps');
    function* three(): Generator<void, number, void> {
      yield;
      yield;
      return 3;
    }
    expect(runSteps(three())).toBe(3);
  });
});
