import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: bn. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('bn', 'placeholder', [])];
