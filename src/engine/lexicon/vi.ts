import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: vi. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('vi', 'placeholder', [])];
