import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: fa. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('fa', 'placeholder', [])];
