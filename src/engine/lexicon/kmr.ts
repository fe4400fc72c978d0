import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: kmr. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('kmr', 'placeholder', [])];
