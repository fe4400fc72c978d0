import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: de. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('de', 'placeholder', [])];
