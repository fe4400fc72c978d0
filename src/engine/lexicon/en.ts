import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: en. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('en', 'placeholder', [])];
