import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: am. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('am', 'placeholder', [])];
