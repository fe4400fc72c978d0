import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: so. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('so', 'placeholder', [])];
