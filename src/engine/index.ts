/**
 * Tidemark detection engine: pure module, text in → matches, score, verdict, reasons out.
 *
 * ```ts
 * import { createEngine, scan, LEXICON_VERSION } from '../engine';
 * const engine = createEngine({ sensitivity: 0.5, extraTerms });
 * const result = engine.scan(postText); // never throws
 * ```
 */
import { createEngine } from './engine';
import type { Engine, ScanResult } from './types';

export { createEngine, createEngineSteps } from './engine';
export type { Steps } from './steps';
export { LEXICON, LEXICON_LANGUAGES, LEXICON_VERSION } from './lexicon';
export { normalizeText } from './normalize';
export { suspectThreshold } from './score';
export type * from './types';
export { NEGATIVE_CATEGORIES } from './types';

let defaultEngine: Engine | null = null;

/** Scans with a lazily compiled default engine (built-in lexicon, default sensitivity). Never throws. */
export function scan(text: unknown): ScanResult {
  defaultEngine ??= createEngine();
  return defaultEngine.scan(text);
}
