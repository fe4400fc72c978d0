import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: es. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('es', 'placeholder', [])];
