/**
 * Internal cue: a match in NORMALISED offsets, before mapping back to the original text.
 */
import type { CueCategory } from './types';
import type { InternalCategory } from './compile';

export interface Cue {
  /** Start (inclusive) in normalised units. */
  a: number;
  /** End (exclusive) in normalised units. */
  b: number;
  category: CueCategory | InternalCategory;
  term: string;
  lang: string;
  weight: number;
  /** ISO code for `place` cues. */
  place?: string;
}
