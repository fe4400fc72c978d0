/**
 * Public types of the detection engine. The engine is pure: text in, data out.
 * No DOM, no extension APIs, no globals (DESIGN.md §3).
 */

/** Cue classes that a lexicon entry can carry. */
export type LexiconCategory =
  // what is being sold
  | 'offer' // service/offer: crossing, trip, tahrib, passeur, coyote…
  | 'transport' // boat, yacht, lorry…
  | 'documents' // forged passport, ID, visa, residence permit
  | 'marriage' // sham marriage
  | 'package' // "complete immigration package"
  | 'accommodation' // safe house, stay before crossing
  | 'recruitment' // drivers, captains wanted
  // how it is sold
  | 'guarantee' // guarantee/payment: 100% guaranteed, pay on arrival, hawala deposit
  | 'urgency' // last places, leaving tonight
  | 'contact' // WhatsApp, Telegram, "inbox me", DM
  // building blocks for the route detector
  | 'place' // a country or city name; needs `place` (ISO 3166-1 alpha-2 or a city code)
  | 'direction' // "to", "from", "via", "→", "إلى" … used to join places into a route
  // negative context: lowers the score
  | 'news' // reporting verbs, bylines, "police arrested"
  | 'warning' // "never pay smugglers", "beware of scams"
  | 'campaign' // NGO / UN / government campaign language
  | 'legal' // questions about asylum law, lawyers
  | 'legit'; // licensed agency, official ferry timetable, job with contract

/** Categories produced by the structural detectors (not lexicon words). */
export type StructuralCategory = 'price' | 'phone' | 'route';

export type CueCategory = LexiconCategory | StructuralCategory;

/** The categories that lower a post's score. */
export const NEGATIVE_CATEGORIES: readonly LexiconCategory[] = ['news', 'warning', 'campaign', 'legal', 'legit'];

/**
 * One lexicon entry.
 *
 * `term` is written the way it appears in real text; the compiler passes it through the
 * same normaliser as the scanned text, so case, Arabic letter variants, diacritics, native
 * digits and leetspeak need no variants of their own.
 *
 * A term is matched as a whole word by default. A safe pattern may use `*` only at the very
 * start or end: `smuggl*` lets the word continue (smuggler, smuggling), `*خانه` lets it be
 * preceded by letters. No other syntax exists, so every pattern stays linear-time.
 */
export interface LexiconEntry {
  term: string;
  /** ISO 639-1 code, or ISO 639-3 for ckb, kmr, prs; `any` for emoji and cross-language tokens. */
  lang: string;
  category: LexiconCategory;
  /** Strength of the cue within its category, 0 < weight ≤ 1. */
  weight: number;
  /** Known false positives (homographs, legitimate uses). */
  notes?: string;
  /** Where the entry comes from: a URL, `mission-anchors §B2`, or `candidate: …` for unverified native forms. */
  source: string;
  /** For category `place`: ISO 3166-1 alpha-2 country code of the place. */
  place?: string;
}

/** One match, with offsets in UTF-16 code units into the ORIGINAL text. */
export interface Match {
  start: number;
  end: number;
  /** The original text between start and end. */
  text: string;
  category: CueCategory;
  /** The lexicon term (or detector name, e.g. `price`, `phone:intl`, `route:flags`). */
  term: string;
  lang: string;
  weight: number;
}

export type Verdict = 'suspect' | 'review' | 'clear';

export interface ScanResult {
  /** 0..1 */
  score: number;
  verdict: Verdict;
  matches: Match[];
  /** Short human-readable reasons, e.g. "offer + route + price + contact". */
  reasons: string[];
  /** Summed strength per cue category (after per-category caps). */
  cues: Partial<Record<CueCategory, number>>;
  /** Best guess of the post's language (ISO code) from matched entries and script, or `und`. */
  lang: string;
}

export interface EngineOptions {
  /** Users' own terms from settings; merged with the built-in lexicon at compile time. */
  extraTerms?: readonly LexiconEntry[];
  /** 0 (lenient, fewer suspects) .. 1 (strict, more suspects); default 0.5. */
  sensitivity?: number;
  /** Cap on returned matches per text (default 2000); scoring still sees every cue. */
  maxMatches?: number;
}

export interface Engine {
  /** Never throws; non-string input gives a `clear` result with no matches. */
  scan(text: unknown): ScanResult;
  readonly lexiconVersion: string;
  /** Number of compiled patterns. */
  readonly size: number;
}
