import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: el. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('el', 'placeholder', [])];
