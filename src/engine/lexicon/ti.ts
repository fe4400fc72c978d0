import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: ti. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('ti', 'placeholder', [])];
