import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: prs. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('prs', 'placeholder', [])];
