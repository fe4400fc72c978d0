import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: ur. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('ur', 'placeholder', [])];
