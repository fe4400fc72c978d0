/**
 * The detectors' helper words (currencies, multipliers, per-unit phrases; privatives and the
 * checks they waive; hour words; road and open words), compiled into the built-in automaton together with the lexicon.
 */
import type { TermInput } from '../cue';
import { PAPERS_TERMS } from './papers';
import { PRICE_TERMS } from './price';
import { ROAD_TERMS } from './road';
import { SCHEDULE_TERMS } from './schedule';

export const DETECTOR_TERMS: readonly TermInput[] = [...PRICE_TERMS, ...PAPERS_TERMS, ...SCHEDULE_TERMS, ...ROAD_TERMS];
