import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: tr. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('tr', 'placeholder', [])];
