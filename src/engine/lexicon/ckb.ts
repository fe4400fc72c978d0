import { define } from './define';
import type { LexiconEntry } from '../types';

/** Lexicon: ckb. (placeholder: filled by the lexicon work) */
export const entries: readonly LexiconEntry[] = [...define('ckb', 'placeholder', [])];
