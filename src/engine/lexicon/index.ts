/**
 * The built-in lexicon: every per-language file plus cross-language tokens (`any.ts`).
 * Bump LEXICON_VERSION whenever any entry changes; flagged items record it as evidence.
 */
import type { LexiconEntry } from '../types';
import { entries as am } from './am';
import { entries as anyLang } from './any';
import { entries as ar } from './ar';
import { entries as bn } from './bn';
import { entries as ckb } from './ckb';
import { entries as de } from './de';
import { entries as el } from './el';
import { entries as en } from './en';
import { entries as es } from './es';
import { entries as fa } from './fa';
import { entries as fr } from './fr';
import { entries as it } from './it';
import { entries as kmr } from './kmr';
import { entries as pa } from './pa';
import { entries as prs } from './prs';
import { entries as ps } from './ps';
import { entries as pt } from './pt';
import { entries as ru } from './ru';
import { entries as so } from './so';
import { entries as sq } from './sq';
import { entries as ti } from './ti';
import { entries as tr } from './tr';
import { entries as ur } from './ur';
import { entries as vi } from './vi';

/** Version of the built-in lexicon (date + revision). Recorded with every flagged item. */
export const LEXICON_VERSION = '2026.12.07-31';

/** Entries per language file, keyed by the file's language code. */
export const LEXICON_BY_LANG: Readonly<Record<string, readonly LexiconEntry[]>> = {
  any: anyLang, en, fr, es, it, de, pt, el, sq, ru, ar, fa, prs, ps, ckb, kmr, tr, ur, pa, bn, vi, ti, am, so,
};

/** The languages the lexicon covers (excluding `any`). */
export const LEXICON_LANGUAGES: readonly string[] = Object.keys(LEXICON_BY_LANG).filter((l) => l !== 'any');

/** All built-in entries, in file order. */
export const LEXICON: readonly LexiconEntry[] = Object.values(LEXICON_BY_LANG).flat();
