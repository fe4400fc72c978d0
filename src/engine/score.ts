/**
 * Scoring: an ad is a COMBINATION of an offer-type cue with route, price, guarantee/payment,
 * contact and urgency. Negative context (news, warnings, campaigns, legal questions,
 * licensed services) scales the score down.
 *
 * Per category, distinct terms combine by noisy-or (1 − Π(1 − w)), so repeating one word
 * adds nothing and many weak words add up slowly; the result is capped at 1.
 */
import type { Cue } from './cue';
import { explain } from './explain';
import type { CueCategory, Verdict } from './types';

/** Categories whose presence makes a post an offer of some service. */
export const OFFER_TYPES = ['offer', 'documents', 'marriage', 'package', 'accommodation', 'recruitment'] as const;
/** Supporting cues and how much each adds to the combination. */
export const SUPPORT_WEIGHTS = { route: 1, price: 1, guarantee: 0.9, contact: 0.8, urgency: 0.6 } as const;
export const NEGATIVE = ['news', 'warning', 'campaign', 'legal', 'legit'] as const;

const SUPPORT_KEYS = Object.keys(SUPPORT_WEIGHTS) as (keyof typeof SUPPORT_WEIGHTS)[];

/** A supporting class counts as "present" at this strength. */
const PRESENT = 0.35;
/** An offer this strong is specific on its own ("fake passport", "marriage on paper"). */
const STRONG_OFFER = 0.8;
/** Max gap (normalised units) between a transport word and a place that reads as a route. */
const ADJACENT = 3;

/**
 * A transport word right next to a place name reads as a partial route in languages that
 * put the destination in a noun phrase without a preposition ("Talyaani doon", "qayiq
 * Yunan"): the same strength as "to Italy".
 */
function transportAtPlace(cues: readonly Cue[]): boolean {
  const places: Cue[] = [];
  const transport: Cue[] = [];
  for (const c of cues) {
    if (c.category === 'place') places.push(c);
    else if (c.category === 'transport' && c.weight >= 0.25) transport.push(c);
  }
  for (const t of transport) {
    for (const p of places) {
      const gap = p.a >= t.b ? p.a - t.b : t.a - p.b;
      if (gap >= 0 && gap <= ADJACENT) return true;
    }
  }
  return false;
}

export interface ScoreResult {
  score: number;
  verdict: Verdict;
  reasons: string[];
  cues: Partial<Record<CueCategory, number>>;
}

/** Strength per category: noisy-or over distinct terms. */
export function cueStrengths(cues: readonly Cue[]): Partial<Record<CueCategory, number>> {
  // category → term → seen (distinct terms only: repeating a word adds nothing)
  const seen = new Map<string, Set<string>>();
  const miss = new Map<string, number>();
  for (const c of cues) {
    if (c.category === 'currency' || c.category === 'per-unit' || c.category === 'direction') continue;
    let terms = seen.get(c.category);
    if (!terms) seen.set(c.category, (terms = new Set()));
    if (terms.has(c.term)) continue;
    terms.add(c.term);
    miss.set(c.category, (miss.get(c.category) ?? 1) * (1 - Math.min(1, Math.max(0, c.weight))));
  }
  const out: Partial<Record<CueCategory, number>> = {};
  for (const [cat, m] of miss) out[cat as CueCategory] = Math.round((1 - m) * 1000) / 1000;
  return out;
}

/** Suspect threshold for a sensitivity in [0, 1] (0.5 → 0.5; stricter sensitivity → lower threshold). */
export function suspectThreshold(sensitivity: number): number {
  const s = Number.isFinite(sensitivity) ? Math.min(1, Math.max(0, sensitivity)) : 0.5;
  return 0.5 + (0.5 - s) * 0.4;
}

/** Scores a post from its cues. */
export function score(cues: readonly Cue[], sensitivity: number): ScoreResult {
  const st = cueStrengths(cues);
  const g = st as Record<string, number | undefined>;

  const contact = 1 - (1 - (g.contact ?? 0)) * (1 - (g.phone ?? 0));
  const support: Record<keyof typeof SUPPORT_WEIGHTS, number> = {
    route: Math.max(g.route ?? 0, (g.route ?? 0) < 0.5 && (g.transport ?? 0) > 0 && transportAtPlace(cues) ? 0.5 : 0),
    price: (g.price ?? 0),
    guarantee: (g.guarantee ?? 0),
    contact,
    urgency: (g.urgency ?? 0),
  };
  let offerMiss = 1;
  let offerKind: CueCategory | null = null;
  let offerBest = 0;
  for (const k of OFFER_TYPES) {
    const v = g[k] ?? 0;
    offerMiss *= 1 - v;
    if (v > offerBest) {
      offerBest = v;
      offerKind = k;
    }
  }
  let offer = 1 - offerMiss;
  // transport is an offer only together with a route ("boat to Italy"), weakly without one
  const transport = (g.transport ?? 0) * (support.route > 0 ? 0.8 : 0.4);
  if (transport > offer) {
    offer = transport;
    offerKind = 'transport';
  }

  let supSum = 0;
  let supCount = 0;
  const present: string[] = [];
  for (const k of SUPPORT_KEYS) {
    supSum += support[k] * SUPPORT_WEIGHTS[k];
    if (support[k] >= PRESENT) {
      supCount++;
      present.push(k);
    }
  }

  // Payment terms tied to a route and a way to get in touch ("Iran → Turkey, pay after
  // arrival, WhatsApp") sell a journey even when no offer word is used.
  const implicitOffer = offer < 0.4 && support.route >= 0.5 && support.guarantee >= 0.6 && support.contact >= PRESENT;

  let raw = 0.45 * offer + 0.12 * supSum;
  if ((offer >= 0.4 || implicitOffer) && supCount >= 2) raw += 0.15;
  if (supCount >= 3) raw += 0.1;
  // a specific offer plus one way to buy it ("fake passports … inbox") is an ad pattern
  if (offer >= STRONG_OFFER && supCount >= 1) raw += 0.08;
  if (offer < 0.2 && supCount < 2) raw *= 0.6; // one lone cue is not an ad

  let negMiss = 1;
  const negPresent: string[] = [];
  for (const k of NEGATIVE) {
    const v = g[k] ?? 0;
    negMiss *= 1 - v;
    if (v >= 0.3) negPresent.push(k);
  }
  const neg = 1 - negMiss;
  const scoreValue = Math.round(Math.min(1, Math.max(0, raw * (1 - 0.75 * neg))) * 1000) / 1000;

  const threshold = suspectThreshold(sensitivity);
  let verdict: Verdict = 'clear';
  if (scoreValue >= threshold) verdict = 'suspect';
  else if (scoreValue >= threshold * 0.4 || offer >= 0.3) verdict = 'review';

  const reasons = explain({ offerKind: offer >= 0.2 ? offerKind : null, present, negPresent, verdict, neg, offerAlone: offer >= 0.3 && supCount === 0 });
  return { score: scoreValue, verdict, reasons, cues: st };
}
