import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: fr. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('fr', 'placeholder', [])];
