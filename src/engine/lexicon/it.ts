import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: it. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('it', 'placeholder', [])];
