/**
 * Scoring: an ad is a COMBINATION of an offer-type cue with route, price, guarantee/payment,
 * contact and urgency. Negative context (news, warnings, campaigns, legal questions,
 * licensed services) scales the score down.
 *
 * Per category, distinct terms combine by noisy-or (1 − Π(1 − w)), so repeating one word
 * adds nothing and many weak words add up slowly; the result is capped at 1.
 */
import { CATEGORIES, categoryIndex, INTERNAL_CATEGORIES, type Cue } from './cue';
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
/** An offer this strong counts a generic contact phrase ("contact us") as its way in. */
const VERY_STRONG_OFFER = 0.85;
const WEAK_CONTACT = 0.25;
/** An offer this strong is explicitly illegal ("paper marriage", "fake passport"). */
const EXPLICIT_OFFER = VERY_STRONG_OFFER;
/** An offer this clear, sold with a guarantee or waived checks this strong and a contact, is sold too. */
const GUARANTEED_OFFER = 0.3;
const GUARANTEED_SALE = 0.6;
/** How much legal/licensed context still counts next to an offer being sold (see `selling`). */
const SELLING_DAMP = 0.3;
/** An offer this clear with a contact earns the combination bonus without a second supporting cue. */
const OFFER_WITH_CONTACT = 0.5;
/** A post this short (normalised units, ~25 words) … */
const SHORT_POST = 160;
/** … with an offer this clear and a contact reads as an ad (SHORT_BONUS more). */
const SHORT_OFFER = 0.55;
const SHORT_BONUS = 0.15;
/** Guarantee/payment terms this strong ("guaranteed, pay after arrival", "100 % visa guarantee … fee after the visa") are a smuggler's or a forger's, not a shop's "pay on delivery". */
const STRONG_GUARANTEE = 0.85;
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
    if (c.e.ci === C_PLACE) places.push(c);
    else if (c.e.ci === C_TRANSPORT && c.e.weight >= 0.25) transport.push(c);
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

// Strengths live in a reused Float64Array indexed by category (cue.ts CATEGORIES) rather
// than in per-post Maps and objects: this runs once per post, thousands of times per page.
const I = (c: (typeof CATEGORIES)[number]): number => categoryIndex(c);
const C_OFFER_TYPES = OFFER_TYPES.map(I);
const C_NEGATIVE = NEGATIVE.map(I);
const C_TRANSPORT = I('transport');
const C_PLACE = I('place');
const C_DOCUMENTS = I('documents');
const C_ROUTE = I('route');
const C_PRICE = I('price');
const C_GUARANTEE = I('guarantee');
const C_CONTACT = I('contact');
const C_PHONE = I('phone');
const C_URGENCY = I('urgency');
const C_LEGAL = I('legal');
const C_LEGIT = I('legit');
/** Helper categories of the detectors, as a bit mask: never scored. */
const UNSCORED = INTERNAL_CATEGORIES.reduce((m, c) => m | (1 << I(c)), 1 << I('direction'));

/** Above this many cues, duplicate terms are found with a Set instead of a backward scan. */
const SMALL = 48;

// reused per call
const miss = new Float64Array(CATEGORIES.length);
const cueCat = new Int32Array(1024);
const cueTid = new Int32Array(1024);
/** Strength per category index, for the current post (0 for absent categories). */
const strength = new Float64Array(CATEGORIES.length);
/** Categories the previous post set in `strength` (cleared at the next call). */
let lastSeen = 0;

/**
 * Fills `strength` (noisy-or over distinct terms per category); returns the categories
 * present as a bit mask (bit k: category k; there are fewer than 32). Only the entries of
 * present categories are touched.
 */
function computeStrengths(cues: readonly Cue[]): number {
  const out = strength;
  for (let mask = lastSeen, k = 0; mask !== 0; k++, mask >>>= 1) if ((mask & 1) !== 0) out[k] = 0;
  let seen = 0;
  const n = cues.length;
  const cats = n <= cueCat.length ? cueCat : new Int32Array(n);
  const tids = n <= cueTid.length ? cueTid : new Int32Array(n);
  const big = n > SMALL ? new Set<number>() : null;
  for (let i = 0; i < n; i++) {
    const e = (cues[i] as Cue).e;
    const k = e.ci;
    const tid = e.tid;
    cats[i] = k;
    tids[i] = tid;
    if (k < 0 || ((UNSCORED >> k) & 1) !== 0) continue;
    // distinct terms only: repeating a word adds nothing
    let dup = false;
    if (big) {
      const key = tid * 32 + k;
      dup = big.has(key);
      big.add(key);
    } else {
      for (let j = 0; j < i; j++) {
        if (tids[j] === tid && cats[j] === k) {
          dup = true;
          break;
        }
      }
    }
    if (dup) continue;
    const keep = 1 - Math.min(1, Math.max(0, e.weight));
    if (((seen >> k) & 1) === 0) {
      seen |= 1 << k;
      miss[k] = keep;
    } else miss[k] = (miss[k] as number) * keep;
  }
  for (let mask = seen, k = 0; mask !== 0; k++, mask >>>= 1) if ((mask & 1) !== 0) out[k] = Math.round((1 - (miss[k] as number)) * 1000) / 1000;
  lastSeen = seen;
  return seen;
}

/**
 * Score at which a post is `suspect` at the default sensitivity. Calibrated on the dev set and
 * the six probe sets then labelled, together (about 1,100 posts): from 0.50 to 0.47 every set
 * gained recall (one to five points) and none gained a false positive; below 0.45 false
 * positives rose.
 */
export const DEFAULT_SUSPECT_AT = 0.47;

/** Suspect threshold for a sensitivity in [0, 1] (0.5 → DEFAULT_SUSPECT_AT; higher sensitivity → lower threshold). */
export function suspectThreshold(sensitivity: number): number {
  const s = Number.isFinite(sensitivity) ? Math.min(1, Math.max(0, sensitivity)) : 0.5;
  return DEFAULT_SUSPECT_AT + (0.5 - s) * 0.4;
}

const SUPPORT_W = SUPPORT_KEYS.map((k) => SUPPORT_WEIGHTS[k]);
const S_ROUTE = 0;
const S_PRICE = 1;
const S_GUARANTEE = 2;
const S_CONTACT = 3;
const support = new Float64Array(SUPPORT_KEYS.length); // in SUPPORT_KEYS order

/**
 * The `cues` output: present categories in category order (one key order per category set,
 * so objects of the same set share a shape).
 */
function strengthsObject(g: Float64Array, present: number): Partial<Record<CueCategory, number>> {
  let mask = present;
  const st: Partial<Record<CueCategory, number>> = {};
  for (let k = 0; mask !== 0; k++, mask >>>= 1) if ((mask & 1) !== 0) st[CATEGORIES[k] as CueCategory] = g[k] as number;
  return st;
}

/** No negative context worth a reason (news, warning, campaign, legal, legit all below 0.3). */
function quietContext(g: Float64Array): boolean {
  for (let i = 0; i < C_NEGATIVE.length; i++) if ((g[C_NEGATIVE[i] as number] as number) >= 0.3) return false;
  return true;
}

/** Scores a post from its cues; `length` is the post's normalised length (short posts: see SHORT_POST). */
export function score(cues: readonly Cue[], sensitivity: number, length = Infinity): ScoreResult {
  const g = strength;
  const st = strengthsObject(g, computeStrengths(cues));

  const route = g[C_ROUTE] as number;
  const transportStrength = g[C_TRANSPORT] as number;
  support[S_ROUTE] = Math.max(route, route < 0.5 && transportStrength > 0 && (g[C_PLACE] as number) > 0 && transportAtPlace(cues) ? 0.5 : 0);
  support[S_PRICE] = g[C_PRICE] as number;
  support[S_GUARANTEE] = g[C_GUARANTEE] as number;
  support[S_CONTACT] = 1 - (1 - (g[C_CONTACT] as number)) * (1 - (g[C_PHONE] as number));
  support[4] = g[C_URGENCY] as number;
  let offerMiss = 1;
  let offerKind = -1; // index in OFFER_KINDS
  let offerBest = 0;
  for (let i = 0; i < C_OFFER_TYPES.length; i++) {
    const v = g[C_OFFER_TYPES[i] as number] as number;
    offerMiss *= 1 - v;
    if (v > offerBest) {
      offerBest = v;
      offerKind = i;
    }
  }
  let offer = 1 - offerMiss;
  // a weak offer word (not a document) on a whole route ("Traversée 🇬🇧 depuis Gravelines") is
  // a clear offer, unless the post reads as news, advice or a licensed or timetabled service
  if (offer >= 0.3 && offer < 0.4 && offerKind === 0 && route >= 1 && quietContext(g)) offer = 0.4;
  // transport is an offer only together with a route ("boat to Italy"), weakly without one
  const transport = transportStrength * ((support[S_ROUTE] as number) > 0 ? 0.8 : 0.4);
  if (transport > offer) {
    offer = transport;
    offerKind = K_TRANSPORT;
  }

  let supSum = 0;
  let supCount = 0;
  let present = 0; // bit i: SUPPORT_KEYS[i]
  for (let i = 0; i < SUPPORT_KEYS.length; i++) {
    const v = support[i] as number;
    supSum += v * (SUPPORT_W[i] as number);
    if (v >= PRESENT) {
      supCount++;
      present |= 1 << i;
    }
  }

  // Payment terms or a guarantee tied to a journey or a document and a way to get in touch
  // ("Iran → Turkey, pay after arrival, WhatsApp", "South Africa by car, pay when you arrive,
  // Telegram", "Schengen without refusals, 100 % guaranteed, DM") sell it even when no offer
  // word is used. Strong terms with a price do so without a contact, the account itself being
  // the way in ("speedboat across, 40 minutes, €3,000, payment on arrival"; "study-visa file,
  // 100 % guarantee, fee after the visa"), unless the post reads as news, advice or a service.
  const contact = support[S_CONTACT] as number;
  const guarantee = support[S_GUARANTEE] as number;
  const routeOrPapers = (support[S_ROUTE] as number) >= 0.5 || (g[C_DOCUMENTS] as number) >= 0.15;
  const journeyOrPapers = routeOrPapers || transportStrength >= 0.3;
  const guaranteedSale =
    journeyOrPapers && ((guarantee >= 0.6 && contact >= PRESENT) || (guarantee >= STRONG_GUARANTEE && (support[S_PRICE] as number) >= PRESENT && quietContext(g)));
  // So does a whole journey with its price and a way to book it, when nothing in the post
  // reads as news, advice or a licensed service ("UK from Calais this week, £1500 pp, WA …",
  // "Saudi via Yemen, 150,000 birr, inbox"): a bus or a shared ride names its company, its
  // times (schedule.ts) or its seats, and a partial route ("in Thessaloniki") is not enough.
  const journeyForSale = (support[S_ROUTE] as number) >= 1 && (support[S_PRICE] as number) >= PRESENT && contact >= PRESENT && quietContext(g);
  const implicitOffer = offer < 0.4 && (guaranteedSale || journeyForSale);

  // An offer with two supporting cues is the ad pattern; so is a clear offer (several document
  // words, a package) with a contact alone: "passports and residence cards ready, inbox" sells
  // without a price or a route. Benign posts with such offers carry news/legal/warning context.
  let raw = 0.45 * offer + 0.12 * supSum;
  if ((offer >= 0.4 || implicitOffer) && (supCount >= 2 || (offer >= OFFER_WITH_CONTACT && contact >= PRESENT))) raw += 0.15;
  if (supCount >= 3) raw += 0.1;
  // a specific offer plus one way to buy it ("fake passports … inbox") is an ad pattern
  // (a very specific offer needs only a weak way in: "fake passports … contact us")
  if (offer >= STRONG_OFFER && (supCount >= 1 || (offer >= VERY_STRONG_OFFER && contact >= WEAK_CONTACT))) raw += 0.08;
  if (offer < 0.2 && supCount < 2) raw *= 0.6; // one lone cue is not an ad
  // A short post has room for little more than the offer and the way in ("Real EU passports,
  // pass every scanner. DM"): a clear offer with a contact is the whole ad there, and so is
  // a guaranteed journey or document ("Schengen without refusals, 100 % guarantee, DM").
  // (A transport word alone does not anchor it there: "boat for sale, pay on delivery, call";
  // with a place and strong terms it does: "the road to Greece is open, boat, guaranteed, pay
  // after arrival. Inbox".)
  const shortAnchor = routeOrPapers || (transportStrength >= 0.25 && (g[C_PLACE] as number) > 0 && guarantee >= STRONG_GUARANTEE);
  if (length <= SHORT_POST && (offer >= SHORT_OFFER || (implicitOffer && shortAnchor)) && contact >= PRESENT) raw += SHORT_BONUS;

  // An explicit illegal offer with a way to buy it ("paper marriage … inbox", "fake passports
  // … WhatsApp") sells a service whatever it says about lawyers or bookings: the legal-advice
  // and licensed-service context counts for less. So does an offer sold with a guarantee of
  // the outcome or a waiver of the checks ("official work visa, 100 % guaranteed, no embassy
  // visit"): a licensed agency or a lawyer promises neither. News, warnings and campaigns keep
  // full weight.
  const selling = contact >= PRESENT && (offer >= EXPLICIT_OFFER || (offer >= GUARANTEED_OFFER && (support[S_GUARANTEE] as number) >= GUARANTEED_SALE));
  let negMiss = 1;
  let negPresent = 0; // bit i: NEGATIVE[i]
  for (let i = 0; i < C_NEGATIVE.length; i++) {
    const c = C_NEGATIVE[i] as number;
    const v = g[c] as number;
    negMiss *= 1 - (selling && (c === C_LEGAL || c === C_LEGIT) ? v * SELLING_DAMP : v);
    if (v >= 0.3) negPresent |= 1 << i;
  }
  const neg = 1 - negMiss;
  const scoreValue = Math.round(Math.min(1, Math.max(0, raw * (1 - 0.75 * neg))) * 1000) / 1000;

  const threshold = suspectThreshold(sensitivity);
  let verdict: Verdict = 'clear';
  if (scoreValue >= threshold) verdict = 'suspect';
  else if (scoreValue >= threshold * 0.4 || offer >= 0.3) verdict = 'review';

  const reasons = reasonsFor(offer >= 0.2 ? offerKind : -1, present, negPresent, offer >= 0.3 && supCount === 0);
  return { score: scoreValue, verdict, reasons, cues: st };
}

/** Offer kinds by index: the offer types, then transport. */
const OFFER_KINDS: readonly CueCategory[] = [...OFFER_TYPES, 'transport'];
const K_TRANSPORT = OFFER_TYPES.length;

/** Reasons by their inputs, packed into a number: there are only a few thousand combinations. */
const reasonsCache = new Map<number, readonly string[]>();

/** explain() for the packed inputs (a fresh array: callers may keep or change it). */
function reasonsFor(offerKind: number, present: number, negPresent: number, offerAlone: boolean): string[] {
  const key = ((offerKind + 1) << 11) | (present << 6) | (negPresent << 1) | (offerAlone ? 1 : 0);
  let reasons = reasonsCache.get(key);
  if (!reasons) {
    reasons = explain({
      offerKind: offerKind >= 0 ? (OFFER_KINDS[offerKind] as string) : null,
      present: SUPPORT_KEYS.filter((_, i) => ((present >> i) & 1) !== 0),
      negPresent: NEGATIVE.filter((_, i) => ((negPresent >> i) & 1) !== 0),
      offerAlone,
    });
    reasonsCache.set(key, reasons);
  }
  return reasons.slice();
}
