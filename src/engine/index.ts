/**
 * Detection engine entry point (interim: simple substring matcher; the compiled
 * one-pass matcher replaces it without changing this API).
 */
import type { Engine, EngineOptions, Match, ScanResult } from './types';
import { LEXICON, LEXICON_VERSION } from './lexicon';

export { LEXICON_VERSION };
export type * from './types';

const CLEAR: ScanResult = { score: 0, verdict: 'clear', matches: [], reasons: [], cues: {}, lang: 'und' };

/** Compiles the lexicon (plus `extraTerms`) into an engine. */
export function createEngine(options: EngineOptions = {}): Engine {
  const entries = [...LEXICON, ...(options.extraTerms ?? [])].filter((e) => e.term.replace(/\*/g, '').trim() !== '');
  const terms = entries.map((e) => ({ e, t: e.term.replace(/\*/g, '').toLowerCase() }));
  const max = options.maxMatches ?? 2000;
  return {
    lexiconVersion: LEXICON_VERSION,
    size: terms.length,
    scan(text: unknown): ScanResult {
      if (typeof text !== 'string' || text === '') return { ...CLEAR, matches: [], reasons: [], cues: {} };
      const lower = text.toLowerCase();
      const matches: Match[] = [];
      const cues: Record<string, number> = {};
      if (lower.length === text.length) {
        for (const { e, t } of terms) {
          const i = lower.indexOf(t);
          if (i < 0) continue;
          cues[e.category] = Math.min(1, (cues[e.category] ?? 0) + e.weight);
          if (matches.length < max) matches.push({ start: i, end: i + t.length, text: text.slice(i, i + t.length), category: e.category, term: e.term, lang: e.lang, weight: e.weight });
        }
      }
      const offer = cues.offer ?? 0;
      const other = (cues.contact ?? 0) + (cues.guarantee ?? 0) + (cues.urgency ?? 0);
      const score = Math.min(1, offer * 0.5 + other * 0.3);
      const verdict = score >= 0.6 ? 'suspect' : matches.length ? 'review' : 'clear';
      return { score, verdict, matches, reasons: Object.keys(cues), cues, lang: 'und' };
    },
  };
}

let defaultEngine: Engine | null = null;

/** Scans with a lazily compiled default engine. Never throws. */
export function scan(text: unknown): ScanResult {
  defaultEngine ??= createEngine();
  return defaultEngine.scan(text);
}
