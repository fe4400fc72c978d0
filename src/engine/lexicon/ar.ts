import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: ar. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('ar', 'placeholder', [])];
