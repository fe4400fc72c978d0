/**
 * DSA Art. 16 notice for one item or a selection (Regulation (EU) 2022/2065).
 *
 * Art. 16(2) asks for exactly four things, and the notice holds exactly those plus the
 * evidence references (security-and-reliability.md test 33: no notes or tags unless asked):
 *   (a) a sufficiently substantiated explanation of why the content is illegal;
 *   (b) the exact URL(s) and any further locating information;
 *   (c) the notifier's name and e-mail;
 *   (d) the bona fide statement.
 * It also suggests statement-of-reasons fields in the Transparency Database vocabulary
 * (mission-anchors.md, "DSA" section) so the platform's reviewer can decide quickly.
 *
 * Output: `buildDsaNotice` → JSON object; `renderDsaNoticeText` → plain text for a form.
 * In the text, every page-derived string is wrapped in FSI…PDI so right-to-left text cannot
 * reorder the URL or handle next to it, and explicit bidi controls inside it are shown as
 * ⟦U+202E⟧ (the JSON keeps the raw text).
 */
import type { CueCategory } from '../engine/types';
import type { FlaggedItem, Platform } from '../shared/item';
import type { ReportSettings } from './model';
import { isoNow, truncate, utcDate } from './util';

// ───────────── vocabularies ─────────────

/** EU 27 + EEA (IS, LI, NO), as the Transparency Database spells them (Greece is GR, not EL). */
export const EEA_COUNTRIES = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE',
  'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

export type SorCategory =
  | 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY'
  | 'STATEMENT_CATEGORY_VIOLENCE'
  | 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD'
  | 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS';

export type SorKeyword =
  | 'KEYWORD_HUMAN_TRAFFICKING'
  | 'KEYWORD_HUMAN_EXPLOITATION'
  | 'KEYWORD_PROHIBITED_PRODUCTS'
  | 'KEYWORD_OTHER';

export const SMUGGLING_OTHER = 'migrant smuggling / facilitation of unauthorised entry';
const SHAM_MARRIAGE_OTHER = 'sham marriage (marriage of convenience) to obtain residence rights';

export const BONA_FIDE_STATEMENT =
  'I confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete (Article 16(2)(d) DSA).';

export interface LegalGround {
  ground: string;
  /** What the ground covers in this notice. */
  covers: 'smuggling' | 'documents' | 'trafficking' | 'marriage';
}

const GROUND_SMUGGLING: LegalGround = {
  covers: 'smuggling',
  ground:
    'Facilitation of unauthorised entry, transit or residence: Council Directive 2002/90/EC (Art. 1) and Council Framework Decision 2002/946/JHA, as implemented in national criminal law (e.g. DE § 96 AufenthG). Verify per jurisdiction.',
};
const GROUND_DOCUMENTS: LegalGround = {
  covers: 'documents',
  ground:
    'Forgery, supply or use of false identity, travel or residence documents: national criminal law of the Member State concerned (a separate offence from smuggling). Verify per jurisdiction.',
};
const GROUND_TRAFFICKING: LegalGround = {
  covers: 'trafficking',
  ground:
    'Trafficking in human beings: Directive 2011/36/EU (Art. 2), as implemented in national criminal law; applies only where there are signs of exploitation. Verify per jurisdiction.',
};
const GROUND_MARRIAGE: LegalGround = {
  covers: 'marriage',
  ground:
    'Marriages of convenience arranged to obtain residence rights: national immigration and criminal law of the Member State concerned. Verify per jurisdiction.',
};

// ───────────── types ─────────────

export interface SuggestedStatementOfReasons {
  category: SorCategory;
  category_addition: SorCategory[];
  category_specification: SorKeyword[];
  category_specification_other?: string;
  content_type: ('CONTENT_TYPE_TEXT' | 'CONTENT_TYPE_IMAGE')[];
  /** ISO 639-1, upper case as the Transparency Database API expects; absent when unknown. */
  content_language?: string;
  territorial_scope: string[];
  /** YYYY-MM-DD. */
  content_date: string;
  /** Where content_date came from: the post's own time, or the capture time when the page showed none. */
  content_date_basis: 'posted' | 'captured';
  decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT';
  /** ≤ 500 characters. */
  illegal_content_legal_ground: string;
  /** ≤ 2000 characters. */
  illegal_content_explanation: string;
  source_type: 'SOURCE_TRUSTED_FLAGGER' | 'SOURCE_ARTICLE_16';
  source_identity?: string;
}

export interface NoticeItem {
  id: string;
  platform: Platform;
  url: string;
  permalink?: string;
  author: { name?: string; handle?: string; url?: string };
  /** The flagged passage (text-quote anchor), capped at 1000 characters. */
  quote: string;
  capturedAt: string;
  postedAt?: string;
  evidence: { textSha256: string; screenshotSha256?: string };
  /** Generated explanation for this item (part (a)). */
  explanation: string;
  legalGrounds: LegalGround[];
  suggestedStatementOfReasons: SuggestedStatementOfReasons;
  /** Only when `includeNotes` was set. */
  note?: string;
}

export interface DsaNotice {
  kind: 'dsa-art16-notice';
  createdAt: string;
  /** (a) The explanation: the override when given, else the generated one. */
  explanation: string;
  explanationEdited: boolean;
  legalGrounds: LegalGround[];
  /** (b) */
  items: NoticeItem[];
  /** (c) */
  notifier: { name: string; email: string; organisation?: string };
  trustedFlagger?: { id: string; dsc?: string };
  /** (d) */
  bonaFide: { statement: string; confirmed: true };
  /** Missing Art. 16(2) elements; the notice is complete when empty. */
  missing: string[];
  /** Hints for the moderator before sending; never part of the text notice. */
  reviewerHints: string[];
}

export interface DsaNoticeOptions {
  now: Date;
  /** The moderator's edited explanation; replaces the generated one. */
  explanation?: string;
  /** Narrows the suggested territorial scope (ISO 3166-1 alpha-2, EU/EEA only). Default: settings, else all EEA. */
  territorialScope?: readonly string[];
  /** Reviewer judgement that the content shows exploitation (trafficking). Default: detected from matched terms. */
  exploitation?: boolean;
  /** Adds each item's moderator note. Off by default (data minimisation). */
  includeNotes?: boolean;
}

// ───────────── cue analysis ─────────────

type NoticeSource = Omit<FlaggedItem, 'screenshot'>;

const SMUGGLING_CUES: readonly CueCategory[] = ['offer', 'transport', 'route', 'package', 'accommodation', 'recruitment'];
const NEGATIVE_CUES: readonly CueCategory[] = ['news', 'warning', 'campaign', 'legal', 'legit'];

const EXPLOITATION_RE = /traffick|exploit|forced labou?r|debt bondage|servitude|slavery/iu;
/** Sea-crossing words (several languages) and boat emoji: a hint that Art. 18 may be relevant. */
const BOAT_RE =
  /boat|dinghy|zodiac|rubber|speed ?boat|yacht|vessel|sea crossing|قارب|زورق|بلم|لنش|قایق|کشتی|tekne|bot\b|bateau|barque|barca|barco|gommone|lancha|schlauchboot|\bboot\b|🚤|🛥|⛵|🚢|🛶/iu;

interface CueSummary {
  categories: Set<CueCategory>;
  /** Matched page text per category (deduplicated, capped). */
  examples: Map<CueCategory, string[]>;
}

function summarise(item: NoticeSource): CueSummary {
  const categories = new Set<CueCategory>();
  const examples = new Map<CueCategory, string[]>();
  for (const m of item.matches) {
    categories.add(m.category);
    const list = examples.get(m.category) ?? [];
    const sample = truncate(m.text.trim(), 40);
    if (sample && !list.includes(sample) && list.length < 4) list.push(sample);
    examples.set(m.category, list);
  }
  return { categories, examples };
}

const has = (s: CueSummary, cats: readonly CueCategory[]) => cats.some((c) => s.categories.has(c));

function detectExploitation(item: NoticeSource): boolean {
  return item.matches.some((m) => EXPLOITATION_RE.test(m.term) || EXPLOITATION_RE.test(m.text));
}

function detectBoat(item: NoticeSource): boolean {
  return item.matches.some(
    (m) => (m.category === 'transport' || m.category === 'route' || m.category === 'offer') && (BOAT_RE.test(m.term) || BOAT_RE.test(m.text)),
  );
}

// ───────────── statement-of-reasons suggestion ─────────────

export interface CategorySuggestion {
  category: SorCategory;
  category_addition: SorCategory[];
  category_specification: SorKeyword[];
  category_specification_other?: string;
}

/**
 * Picks the Transparency Database category from the cue mix.
 *
 * Why these, and not STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH: that category is for
 * speech harms (hate speech, defamation). An advert selling an irregular crossing is an offer
 * of a criminal service, not a harmful opinion.
 * - Exploitation cues (trafficking, forced labour, debt bondage) → VIOLENCE, where the TDB
 *   puts KEYWORD_HUMAN_TRAFFICKING / KEYWORD_HUMAN_EXPLOITATION. Only then: smuggling is not
 *   trafficking, and calling it so would overstate the notice.
 * - Smuggling cues (offer, transport, route, package, safe house, recruiting captains) →
 *   RISK_FOR_PUBLIC_SECURITY: organised facilitation of unauthorised entry endangers border
 *   security and the lives of those carried. No TDB keyword fits, so KEYWORD_OTHER with
 *   "migrant smuggling / facilitation of unauthorised entry" (the Commission watches that
 *   free-text field to add keywords).
 * - Forged documents → UNSAFE_AND_PROHIBITED_PRODUCTS with KEYWORD_PROHIBITED_PRODUCTS
 *   ("prohibited or restricted products"); primary when documents are all that is offered,
 *   else an addition.
 * - Sham marriage → SCAMS_AND_FRAUD (immigration fraud) with KEYWORD_OTHER; primary only
 *   when nothing else is offered.
 * - No recognisable cue (the moderator flagged it by judgement) → the smuggling default,
 *   since that is what Tidemark reports.
 */
export function suggestCategory(cues: ReadonlySet<CueCategory>, exploitation: boolean): CategorySuggestion {
  const smuggling = SMUGGLING_CUES.some((c) => cues.has(c));
  const documents = cues.has('documents');
  const marriage = cues.has('marriage');
  const keywords: SorKeyword[] = [];
  const other: string[] = [];
  const cats: SorCategory[] = [];

  if (exploitation) {
    cats.push('STATEMENT_CATEGORY_VIOLENCE');
    keywords.push('KEYWORD_HUMAN_TRAFFICKING', 'KEYWORD_HUMAN_EXPLOITATION');
  }
  if (smuggling || (!documents && !marriage && !exploitation)) {
    cats.push('STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY');
    other.push(SMUGGLING_OTHER);
  }
  if (documents) {
    cats.push('STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS');
    keywords.push('KEYWORD_PROHIBITED_PRODUCTS');
  }
  if (marriage) {
    cats.push('STATEMENT_CATEGORY_SCAMS_AND_FRAUD');
    other.push(SHAM_MARRIAGE_OTHER);
  }
  if (other.length > 0) keywords.push('KEYWORD_OTHER');
  const [category, ...category_addition] = cats as [SorCategory, ...SorCategory[]];
  const out: CategorySuggestion = { category, category_addition, category_specification: keywords };
  if (other.length > 0) out.category_specification_other = truncate(other.join('; '), 500);
  return out;
}

/**
 * ISO 639-1 code, upper case, for content_language. Tidemark's ISO 639-3 codes for Kurdish
 * (ckb, kmr) and Dari (prs) map to their macrolanguages (ku, fa); anything else unknown is left out.
 */
export function contentLanguage(lang: string): string | undefined {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  const mapped = ({ ckb: 'ku', kmr: 'ku', prs: 'fa' } as Record<string, string>)[base] ?? base;
  return /^[a-z]{2}$/.test(mapped) ? mapped.toUpperCase() : undefined;
}

export function territorialScope(requested: readonly string[] | undefined): string[] {
  if (!requested || requested.length === 0) return [...EEA_COUNTRIES];
  const allowed = new Set<string>(EEA_COUNTRIES);
  const picked = [...new Set(requested.map((c) => c.trim().toUpperCase()).map((c) => (c === 'EL' ? 'GR' : c)))].filter((c) => allowed.has(c));
  return picked.length > 0 ? picked.toSorted() : [...EEA_COUNTRIES];
}

// ───────────── explanation ─────────────

const CUE_PHRASES: [CueCategory, string][] = [
  ['offer', 'offers a paid service to move people across borders irregularly'],
  ['package', 'sells a "complete" migration package'],
  ['transport', 'offers transport for the crossing'],
  ['route', 'names a route between countries'],
  ['accommodation', 'offers accommodation or safe houses before the crossing'],
  ['recruitment', 'recruits drivers or boat captains'],
  ['documents', 'offers forged or fraudulently obtained identity, travel or residence documents'],
  ['marriage', 'offers a sham marriage to obtain residence rights'],
  ['price', 'states a price'],
  ['guarantee', 'promises guarantees or payment terms (e.g. pay on arrival, deposit)'],
  ['urgency', 'pressures readers with urgency'],
  ['contact', 'asks readers to make contact privately'],
  ['phone', 'gives a phone number for contact'],
];

function quoteList(values: readonly string[]): string {
  return values.map((v) => `"${v}"`).join(', ');
}

/** The generated explanation for one item. */
export function explainItem(item: NoticeSource, exploitation: boolean): string {
  const s = summarise(item);
  const clauses: string[] = [];
  for (const [cat, phrase] of CUE_PHRASES) {
    if (!s.categories.has(cat)) continue;
    const ex = s.examples.get(cat) ?? [];
    clauses.push(ex.length > 0 ? `${phrase} (${quoteList(ex)})` : phrase);
  }
  const parts: string[] = [];
  if (clauses.length > 0) {
    parts.push(`The post ${clauses.join('; ')}.`);
  } else {
    parts.push('The post was identified by a moderator as advertising migrant smuggling services.');
  }
  const offence: string[] = [];
  if (has(s, SMUGGLING_CUES) || clauses.length === 0) {
    offence.push('an offer to facilitate the unauthorised entry, transit or residence of third-country nationals for financial gain (migrant smuggling)');
  }
  if (s.categories.has('documents')) offence.push('an offer to supply forged or fraudulently obtained documents');
  if (s.categories.has('marriage')) offence.push('an offer to arrange a marriage of convenience');
  if (exploitation) offence.push('signs of exploitation of the persons concerned (possible trafficking in human beings)');
  if (offence.length > 0) parts.push(`Taken together this is ${offence.join(', and ')}, which is a criminal offence in every EU Member State.`);
  if (item.reasons.length > 0) parts.push(`Indicators found: ${item.reasons.join('; ')}.`);
  parts.push('The content was reviewed by a human moderator; automated keyword detection assisted in finding it.');
  return parts.join(' ');
}

function groundsFor(s: CueSummary, exploitation: boolean): LegalGround[] {
  const out: LegalGround[] = [];
  if (has(s, SMUGGLING_CUES) || (!s.categories.has('documents') && !s.categories.has('marriage'))) out.push(GROUND_SMUGGLING);
  if (s.categories.has('documents')) out.push(GROUND_DOCUMENTS);
  if (s.categories.has('marriage')) out.push(GROUND_MARRIAGE);
  if (exploitation) out.push(GROUND_TRAFFICKING);
  return out;
}

function legalGroundText(grounds: readonly LegalGround[]): string {
  const short: Record<LegalGround['covers'], string> = {
    smuggling: 'Directive 2002/90/EC and Framework Decision 2002/946/JHA (facilitation of unauthorised entry, transit and residence), as implemented in national law',
    documents: 'national criminal law on forged identity and travel documents',
    marriage: 'national law on marriages of convenience',
    trafficking: 'Directive 2011/36/EU (trafficking in human beings), as implemented in national law',
  };
  return truncate(grounds.map((g) => short[g.covers]).join('; '), 500);
}

// ───────────── builder ─────────────

/**
 * Builds the notice. Throws RangeError for an empty selection (there is nothing to notify).
 * Missing notifier fields do not throw: they are listed in `missing` and shown in the text.
 */
export function buildDsaNotice(items: readonly NoticeSource[], settings: ReportSettings, opts: DsaNoticeOptions): DsaNotice {
  if (items.length === 0) throw new RangeError('A notice needs at least one item');
  const createdAt = isoNow(opts.now);
  const scope = territorialScope(opts.territorialScope ?? settings.territorialScope);
  const tf = settings.notifier.trustedFlagger && settings.notifier.trustedFlagger.id.trim() ? settings.notifier.trustedFlagger : undefined;
  const reviewerHints: string[] = [];
  const allGrounds: LegalGround[] = [];

  const noticeItems = items.map((item, index): NoticeItem => {
    const s = summarise(item);
    const exploitation = opts.exploitation ?? detectExploitation(item);
    const grounds = groundsFor(s, exploitation);
    for (const g of grounds) if (!allGrounds.includes(g)) allGrounds.push(g);
    const explanation = explainItem(item, exploitation);
    const cat = suggestCategory(s.categories, exploitation);
    const posted = utcDate(item.postedAt);
    const sor: SuggestedStatementOfReasons = {
      ...cat,
      content_type: item.evidence.screenshotSha256 ? ['CONTENT_TYPE_TEXT', 'CONTENT_TYPE_IMAGE'] : ['CONTENT_TYPE_TEXT'],
      territorial_scope: scope,
      content_date: posted ?? item.capturedAt.slice(0, 10),
      content_date_basis: posted ? 'posted' : 'captured',
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      illegal_content_legal_ground: legalGroundText(grounds),
      illegal_content_explanation: truncate(opts.explanation?.trim() || explanation, 2000),
      source_type: tf ? 'SOURCE_TRUSTED_FLAGGER' : 'SOURCE_ARTICLE_16',
    };
    const language = contentLanguage(item.lang);
    if (language) sor.content_language = language;
    if (tf) sor.source_identity = truncate([settings.notifier.organisation, tf.id].filter(Boolean).join(', '), 500);

    const label = `Item ${index + 1}`;
    if (detectBoat(item)) {
      reviewerHints.push(
        `${label}: the cues suggest a sea crossing (boat), which may involve a threat to the life or safety of persons. Consider whether the platform should be told that Art. 18 DSA (notification of suspicions of criminal offences) may apply. This is a judgement for you, not a claim made by the notice.`,
      );
    }
    if (has(s, NEGATIVE_CUES)) {
      reviewerHints.push(`${label}: news, warning, campaign or legal-advice language was also found; check that the post is an offer and not reporting or a warning.`);
    }
    if (exploitation && opts.exploitation === undefined) {
      reviewerHints.push(`${label}: exploitation terms were matched, so trafficking grounds were added; remove them if the post shows no exploitation.`);
    }

    const author: NoticeItem['author'] = {};
    if (item.author.name) author.name = item.author.name;
    if (item.author.handle) author.handle = item.author.handle;
    if (item.author.url) author.url = item.author.url;
    const out: NoticeItem = {
      id: item.id,
      platform: item.platform,
      url: item.url,
      author,
      quote: truncate(item.quote.exact || item.text, 1000),
      capturedAt: item.capturedAt,
      evidence: { textSha256: item.evidence.textSha256 },
      explanation,
      legalGrounds: grounds,
      suggestedStatementOfReasons: sor,
    };
    if (item.permalink) out.permalink = item.permalink;
    if (item.postedAt) out.postedAt = item.postedAt;
    if (item.evidence.screenshotSha256) out.evidence.screenshotSha256 = item.evidence.screenshotSha256;
    if (opts.includeNotes && item.note) out.note = item.note;
    return out;
  });

  const generated =
    noticeItems.length === 1 ? noticeItems[0]!.explanation : noticeItems.map((it, i) => `Item ${i + 1}: ${it.explanation}`).join('\n\n');
  const edited = opts.explanation !== undefined && opts.explanation.trim() !== '';

  const missing: string[] = [];
  const name = settings.notifier.name.trim();
  const email = settings.notifier.email.trim();
  if (!name) missing.push('notifier name (Art. 16(2)(c))');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) missing.push('notifier e-mail (Art. 16(2)(c))');

  const notifier: DsaNotice['notifier'] = { name, email };
  if (settings.notifier.organisation?.trim()) notifier.organisation = settings.notifier.organisation.trim();
  const notice: DsaNotice = {
    kind: 'dsa-art16-notice',
    createdAt,
    explanation: edited ? opts.explanation!.trim() : generated,
    explanationEdited: edited,
    legalGrounds: allGrounds,
    items: noticeItems,
    notifier,
    bonaFide: { statement: BONA_FIDE_STATEMENT, confirmed: true },
    missing,
    reviewerHints,
  };
  if (tf) notice.trustedFlagger = tf.dsc ? { id: tf.id, dsc: tf.dsc } : { id: tf.id };
  return notice;
}

// ───────────── text rendering ─────────────

const FSI = '\u2068';
const PDI = '\u2069';
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A page-derived string for a text notice: explicit bidi controls shown as ⟦U+XXXX⟧ (so an
 * unbalanced PDI cannot break out of the isolate), then wrapped in FSI…PDI.
 */
export function isolate(s: string): string {
  return `${FSI}${revealBidi(s)}${PDI}`;
}

/** Shows explicit bidi controls as ⟦U+XXXX⟧. */
export function revealBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, (c) => `⟦U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`);
}

const PLATFORM_NAMES: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  telegram: 'Telegram',
  tiktok: 'TikTok',
  generic: 'Website',
};

/** Plain text ready to paste into a platform's illegal-content form (CRLF-free, `\n` lines). */
export function renderDsaNoticeText(notice: DsaNotice): string {
  const L: string[] = [];
  L.push('NOTICE OF ALLEGEDLY ILLEGAL CONTENT');
  L.push('Article 16 of Regulation (EU) 2022/2065 (Digital Services Act)');
  L.push(`Date (UTC): ${notice.createdAt}`);
  if (notice.trustedFlagger) {
    const dsc = notice.trustedFlagger.dsc ? `, awarded by ${notice.trustedFlagger.dsc}` : '';
    L.push(`Submitted by a trusted flagger (Art. 22 DSA): ${notice.trustedFlagger.id}${dsc}`);
  }
  L.push('');
  L.push('1. WHY THE CONTENT IS ILLEGAL (Art. 16(2)(a))');
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point here
  L.push(revealBidi(notice.explanation).replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''));
  L.push('');
  L.push('Legal grounds:');
  for (const g of notice.legalGrounds) L.push(`- ${g.ground}`);
  L.push('');
  L.push('2. EXACT LOCATION OF THE CONTENT (Art. 16(2)(b))');
  notice.items.forEach((it, i) => {
    L.push(`Item ${i + 1} (${PLATFORM_NAMES[it.platform]})`);
    L.push(`  URL: ${isolate(it.url)}`);
    if (it.permalink && it.permalink !== it.url) L.push(`  Permalink: ${isolate(it.permalink)}`);
    const who = [it.author.name && isolate(it.author.name), it.author.handle && isolate(it.author.handle)].filter(Boolean).join(' ');
    if (who) L.push(`  Posted by: ${who}`);
    if (it.author.url) L.push(`  Author profile: ${isolate(it.author.url)}`);
    if (it.postedAt) L.push(`  Post time as shown: ${isolate(it.postedAt)}`);
    L.push(`  Captured (UTC): ${it.capturedAt}`);
    L.push(`  Quoted text: ${isolate(it.quote)}`);
    const shot = it.evidence.screenshotSha256 ? `; screenshot SHA-256 ${it.evidence.screenshotSha256}` : '';
    L.push(`  Evidence kept: text SHA-256 ${it.evidence.textSha256}${shot}`);
    if (it.note) L.push(`  Note: ${isolate(it.note)}`);
  });
  L.push('');
  L.push('3. NOTIFIER (Art. 16(2)(c))');
  L.push(`Name: ${notice.notifier.name ? isolate(notice.notifier.name) : '[missing]'}`);
  if (notice.notifier.organisation) L.push(`Organisation: ${isolate(notice.notifier.organisation)}`);
  L.push(`E-mail: ${notice.notifier.email ? isolate(notice.notifier.email) : '[missing]'}`);
  L.push('');
  L.push('4. STATEMENT (Art. 16(2)(d))');
  L.push(notice.bonaFide.statement);
  if (notice.missing.length > 0) {
    L.push('');
    L.push(`[INCOMPLETE: add ${notice.missing.join(', ')} before sending]`);
  }
  return L.join('\n') + '\n';
}

/** The notice as pretty JSON text. */
export function renderDsaNoticeJson(notice: DsaNotice): string {
  return JSON.stringify(notice, null, 2) + '\n';
}
