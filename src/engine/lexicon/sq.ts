import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: sq. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('sq', 'placeholder', [])];
