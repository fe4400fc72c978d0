import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: pt. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('pt', 'placeholder', [])];
