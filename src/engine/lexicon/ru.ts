import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: ru. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('ru', 'placeholder', [])];
