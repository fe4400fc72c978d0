import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: ps. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('ps', 'placeholder', [])];
