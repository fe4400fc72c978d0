import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: pa. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('pa', 'placeholder', [])];
