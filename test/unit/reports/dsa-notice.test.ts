import { describe, expect, it } from 'vitest';
import type { CueCategory } from '../../../src/engine/types';
import {
  BONA_FIDE_STATEMENT,
  buildDsaNotice,
  contentLanguage,
  EEA_COUNTRIES,
  renderDsaNoticeJson,
  renderDsaNoticeText,
  SMUGGLING_OTHER,
  suggestCategory,
  territorialScope,
} from '../../../src/reports/dsa-notice';
import { arabicItem, createItem, hebrewItem, match, NOW, persianDocumentsItem, SETTINGS, TRUSTED_SETTINGS } from './fixtures';

describe('DSA Art. 16 notice: the four elements', () => {
  const item = createItem({ id: 'fb-1' });
  const notice = buildDsaNotice([item], SETTINGS, { now: NOW });
  const text = renderDsaNoticeText(notice);

  it('(a) a substantiated explanation generated from the matched cues and reasons', () => {
    expect(notice.explanationEdited).toBe(false);
    expect(notice.explanation).toContain('offers transport for the crossing ("Boat")');
    expect(notice.explanation).toContain('names a route between countries ("Libya to Italy")');
    expect(notice.explanation).toContain('states a price ("2500€")');
    expect(notice.explanation).toContain('promises guarantees or payment terms');
    expect(notice.explanation).toContain('gives a phone number for contact ("+218 91 234 5678")');
    expect(notice.explanation).toContain('migrant smuggling');
    expect(notice.explanation).toContain('Indicators found: offer + route + price + contact; pay on arrival.');
    expect(notice.legalGrounds.map((g) => g.covers)).toEqual(['smuggling']);
    expect(notice.legalGrounds[0]!.ground).toMatch(/Directive 2002\/90\/EC.*Framework Decision 2002\/946\/JHA/);
    expect(text).toContain('1. WHY THE CONTENT IS ILLEGAL (Art. 16(2)(a))');
  });

  it('(a) accepts an edited explanation', () => {
    const edited = buildDsaNotice([item], SETTINGS, { now: NOW, explanation: '  My own words.  ' });
    expect(edited.explanation).toBe('My own words.');
    expect(edited.explanationEdited).toBe(true);
    expect(edited.items[0]!.suggestedStatementOfReasons.illegal_content_explanation).toBe('My own words.');
    expect(renderDsaNoticeText(edited)).toContain('\nMy own words.\n');
    // A blank override keeps the generated text.
    expect(buildDsaNotice([item], SETTINGS, { now: NOW, explanation: '   ' }).explanationEdited).toBe(false);
  });

  it('(b) exact URL and locating details: permalink, author, quote, capture time UTC', () => {
    const it0 = notice.items[0]!;
    expect(it0).toMatchObject({
      url: item.url,
      permalink: item.permalink,
      author: item.author,
      quote: item.quote.exact,
      capturedAt: '2025-05-30T08:15:42.123Z',
      postedAt: item.postedAt,
      evidence: item.evidence,
    });
    expect(text).toContain(`  URL: \u2068${item.url}\u2069`);
    expect(text).toContain('  Posted by: \u2068Safe Travel Europe\u2069 \u2068safetravel.eu\u2069');
    expect(text).toContain('  Captured (UTC): 2025-05-30T08:15:42.123Z');
    expect(text).toContain(`  Quoted text: \u2068${item.quote.exact}\u2069`);
    expect(text).toContain(`text SHA-256 ${item.evidence.textSha256}; screenshot SHA-256 ${item.evidence.screenshotSha256}`);
  });

  it('(c) notifier name, organisation and e-mail from settings', () => {
    expect(notice.notifier).toEqual({ name: 'Amira Haddad', email: 'amira.haddad@example.org', organisation: 'Border Watch NGO' });
    expect(text).toContain('Name: \u2068Amira Haddad\u2069');
    expect(text).toContain('Organisation: \u2068Border Watch NGO\u2069');
    expect(text).toContain('E-mail: \u2068amira.haddad@example.org\u2069');
    expect(notice.missing).toEqual([]);
  });

  it('(d) the bona fide statement in Art. 16(2)(d) wording', () => {
    expect(notice.bonaFide).toEqual({ statement: BONA_FIDE_STATEMENT, confirmed: true });
    expect(BONA_FIDE_STATEMENT).toMatch(/bona fide belief that the information and allegations contained in this notice are accurate and complete/);
    expect(text).toContain(`4. STATEMENT (Art. 16(2)(d))\n${BONA_FIDE_STATEMENT}`);
  });

  it('flags missing notifier details instead of sending an incomplete notice silently', () => {
    const n = buildDsaNotice([item], { notifier: { name: ' ', email: 'not-an-email' } }, { now: NOW });
    expect(n.missing).toEqual(['notifier name (Art. 16(2)(c))', 'notifier e-mail (Art. 16(2)(c))']);
    expect(renderDsaNoticeText(n)).toContain('[INCOMPLETE: add notifier name (Art. 16(2)(c)), notifier e-mail (Art. 16(2)(c)) before sending]');
  });

  it('leaves out notes and tags by default (data minimisation), includes notes on request', () => {
    expect(text).not.toContain(item.note);
    expect(text).not.toContain('central-med');
    expect(JSON.stringify(notice)).not.toContain(item.note);
    const withNotes = buildDsaNotice([item], SETTINGS, { now: NOW, includeNotes: true });
    expect(withNotes.items[0]!.note).toBe(item.note);
    expect(JSON.stringify(withNotes)).not.toContain('central-med');
  });

  it('renders JSON', () => {
    expect(JSON.parse(renderDsaNoticeJson(notice))).toEqual(JSON.parse(JSON.stringify(notice)));
  });

  it('throws for an empty selection', () => {
    expect(() => buildDsaNotice([], SETTINGS, { now: NOW })).toThrow(RangeError);
  });
});

describe('selection of several items', () => {
  const items = [createItem(), arabicItem(), persianDocumentsItem()];
  const notice = buildDsaNotice(items, SETTINGS, { now: NOW });
  const text = renderDsaNoticeText(notice);

  it('lists every item with its own location and explanation', () => {
    expect(notice.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(notice.explanation).toMatch(/^Item 1: .*\n\nItem 2: .*\n\nItem 3: /s);
    expect(text).toContain('Item 2 (Telegram)');
    expect(text).toContain('Item 3 (Instagram)');
    expect(notice.legalGrounds.map((g) => g.covers)).toEqual(['smuggling', 'documents']);
  });

  it('isolates RTL fields and shows explicit bidi controls in the text', () => {
    expect(text).toContain('Posted by: \u2068رحلات أوروبا\u2069 \u2068@rihlat_europa\u2069');
    // The Persian quote's RLO and LRI/PDI cannot escape the isolate: they are shown as ⟦U+…⟧.
    expect(text).toContain('⟦U+202E⟧gnp.exe');
    expect(text).toContain('⟦U+2066⟧@docs_fast⟦U+2069⟧');
    const stray = text.replace(/\u2068[^\u2068\u2069]*\u2069/g, '');
    expect(stray).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // JSON keeps the raw quote.
    expect(notice.items[2]!.quote).toContain('\u202Egnp.exe');
  });

  it('neutralises hostile text: it stays plain text', () => {
    const hostile = createItem({ text: '<script>alert(1)</script> boat', matches: [], quote: { exact: '<img src=x onerror=alert(1)>', prefix: '', suffix: '' } });
    const t = renderDsaNoticeText(buildDsaNotice([hostile], SETTINGS, { now: NOW }));
    expect(t).toContain('\u2068<img src=x onerror=alert(1)>\u2069');
  });
});

describe('suggested statement of reasons', () => {
  const sor = (item: ReturnType<typeof createItem>, opts: Partial<Parameters<typeof buildDsaNotice>[2]> = {}, settings = SETTINGS) =>
    buildDsaNotice([item], settings, { now: NOW, ...opts }).items[0]!.suggestedStatementOfReasons;

  it('smuggling offer → RISK_FOR_PUBLIC_SECURITY with KEYWORD_OTHER "migrant smuggling"', () => {
    expect(sor(createItem())).toMatchObject({
      category: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
      category_addition: [],
      category_specification: ['KEYWORD_OTHER'],
      category_specification_other: SMUGGLING_OTHER,
      content_type: ['CONTENT_TYPE_TEXT', 'CONTENT_TYPE_IMAGE'],
      content_language: 'EN',
      territorial_scope: [...EEA_COUNTRIES],
      content_date: '2025-05-29',
      content_date_basis: 'posted',
      decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT',
      source_type: 'SOURCE_ARTICLE_16',
    });
    expect(SMUGGLING_OTHER).toBe('migrant smuggling / facilitation of unauthorised entry');
  });

  it('never uses ILLEGAL_OR_HARMFUL_SPEECH', () => {
    for (const item of [createItem(), arabicItem(), persianDocumentsItem(), hebrewItem()]) {
      const s = sor(item);
      expect([s.category, ...s.category_addition]).not.toContain('STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH');
    }
  });

  it('forged documents only → UNSAFE_AND_PROHIBITED_PRODUCTS / KEYWORD_PROHIBITED_PRODUCTS, text only', () => {
    const s = sor(persianDocumentsItem());
    expect(s).toMatchObject({
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
      category_addition: [],
      category_specification: ['KEYWORD_PROHIBITED_PRODUCTS'],
      content_type: ['CONTENT_TYPE_TEXT'],
      content_language: 'FA',
    });
    expect(s).not.toHaveProperty('category_specification_other');
    expect(s.illegal_content_legal_ground).toMatch(/forged identity and travel documents/);
  });

  // [cues, exploitation, category, additions, keywords]
  const table: [CueCategory[], boolean, string, string[], string[]][] = [
    [['offer', 'price'], false, 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', [], ['KEYWORD_OTHER']],
    [['offer', 'documents'], false, 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', ['STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS'], ['KEYWORD_PROHIBITED_PRODUCTS', 'KEYWORD_OTHER']],
    [['documents'], false, 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS', [], ['KEYWORD_PROHIBITED_PRODUCTS']],
    [['marriage'], false, 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', [], ['KEYWORD_OTHER']],
    [['route', 'marriage'], false, 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', ['STATEMENT_CATEGORY_SCAMS_AND_FRAUD'], ['KEYWORD_OTHER']],
    [['offer'], true, 'STATEMENT_CATEGORY_VIOLENCE', ['STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY'], ['KEYWORD_HUMAN_TRAFFICKING', 'KEYWORD_HUMAN_EXPLOITATION', 'KEYWORD_OTHER']],
    [['contact'], true, 'STATEMENT_CATEGORY_VIOLENCE', [], ['KEYWORD_HUMAN_TRAFFICKING', 'KEYWORD_HUMAN_EXPLOITATION']],
    [[], false, 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY', [], ['KEYWORD_OTHER']],
  ];
  it.each(table)('cues %j, exploitation %s → %s', (cues, exploitation, category, additions, keywords) => {
    const s = suggestCategory(new Set(cues), exploitation);
    expect(s.category).toBe(category);
    expect(s.category_addition).toEqual(additions);
    expect(s.category_specification).toEqual(keywords);
    expect(s.category_specification_other !== undefined).toBe(keywords.includes('KEYWORD_OTHER'));
  });

  it('KEYWORD_HUMAN_TRAFFICKING only with exploitation cues (detected or set by the reviewer)', () => {
    expect(sor(createItem()).category_specification).not.toContain('KEYWORD_HUMAN_TRAFFICKING');
    const text = 'Jobs in Europe, travel paid, you work off the debt. Forced labour accepted. Boat leaves Friday';
    const exploit = createItem({ text, matches: [match(text, 'Forced labour', 'recruitment', 'forced labour'), match(text, 'Boat', 'transport')] });
    const n = buildDsaNotice([exploit], SETTINGS, { now: NOW });
    expect(n.items[0]!.suggestedStatementOfReasons.category_specification).toContain('KEYWORD_HUMAN_TRAFFICKING');
    expect(n.legalGrounds.map((g) => g.covers)).toContain('trafficking');
    expect(n.reviewerHints.join(' ')).toMatch(/exploitation terms were matched/);
    expect(sor(createItem(), { exploitation: true }).category).toBe('STATEMENT_CATEGORY_VIOLENCE');
    expect(sor(exploit, { exploitation: false }).category_specification).not.toContain('KEYWORD_HUMAN_TRAFFICKING');
  });

  it('trusted flagger → SOURCE_TRUSTED_FLAGGER with identity; shown in the notice', () => {
    const n = buildDsaNotice([createItem()], TRUSTED_SETTINGS, { now: NOW });
    expect(n.trustedFlagger).toEqual({ id: 'TF-IE-2024-007', dsc: 'Coimisiún na Meán (IE)' });
    expect(n.items[0]!.suggestedStatementOfReasons).toMatchObject({ source_type: 'SOURCE_TRUSTED_FLAGGER', source_identity: 'Border Watch NGO, TF-IE-2024-007' });
    expect(renderDsaNoticeText(n)).toContain('Submitted by a trusted flagger (Art. 22 DSA): TF-IE-2024-007, awarded by Coimisiún na Meán (IE)');
    const blank = buildDsaNotice([createItem()], { notifier: { ...SETTINGS.notifier, trustedFlagger: { id: '  ' } } }, { now: NOW });
    expect(blank.trustedFlagger).toBeUndefined();
    expect(blank.items[0]!.suggestedStatementOfReasons.source_type).toBe('SOURCE_ARTICLE_16');
  });

  it('territorial scope: all EEA by default, narrowed on request, unknown codes dropped', () => {
    expect(EEA_COUNTRIES).toHaveLength(30);
    expect(territorialScope(undefined)).toEqual([...EEA_COUNTRIES]);
    expect(territorialScope(['it', 'EL', 'US', 'GR'])).toEqual(['GR', 'IT']);
    expect(territorialScope(['US'])).toEqual([...EEA_COUNTRIES]);
    expect(sor(createItem(), { territorialScope: ['IT', 'MT'] }).territorial_scope).toEqual(['IT', 'MT']);
    expect(sor(createItem(), {}, { ...SETTINGS, territorialScope: ['FR'] }).territorial_scope).toEqual(['FR']);
  });

  it('content_language from the item language (ISO 639-1, macrolanguage for ckb/kmr/prs)', () => {
    expect(contentLanguage('ar')).toBe('AR');
    expect(contentLanguage('pt-BR')).toBe('PT');
    expect(contentLanguage('ckb')).toBe('KU');
    expect(contentLanguage('prs')).toBe('FA');
    expect(contentLanguage('und')).toBeUndefined();
    expect(contentLanguage('ti')).toBe('TI');
  });

  it('content_date falls back to the capture date when the post time is not a date', () => {
    const s = sor(createItem({ postedAt: '3 h' }));
    expect(s).toMatchObject({ content_date: '2025-05-30', content_date_basis: 'captured' });
  });

  it('respects Transparency Database length limits', () => {
    const long = createItem({ reasons: Array(50).fill('a long reason '.repeat(20)) });
    const s = sor(long);
    expect(s.illegal_content_explanation.length).toBeLessThanOrEqual(2000);
    expect(s.illegal_content_legal_ground.length).toBeLessThanOrEqual(500);
  });
});

describe('reviewer hints', () => {
  it('suggests considering Art. 18 for boat crossings, as a hint not a claim', () => {
    const n = buildDsaNotice([createItem(), arabicItem(), hebrewItem()], SETTINGS, { now: NOW });
    const hints = n.reviewerHints.filter((h) => h.includes('Art. 18'));
    expect(hints.map((h) => h.split(':')[0])).toEqual(['Item 1', 'Item 2']);
    expect(hints[0]).toMatch(/judgement for you, not a claim/);
    expect(renderDsaNoticeText(n)).not.toContain('Art. 18');
  });

  it('warns when negative-context cues (news, warning) were also found', () => {
    const text = 'Police warn: never pay smugglers for a boat to Italy';
    const news = createItem({ text, matches: [match(text, 'Police warn', 'news'), match(text, 'boat', 'transport')] });
    expect(buildDsaNotice([news], SETTINGS, { now: NOW }).reviewerHints.join(' ')).toMatch(/news, warning, campaign or legal-advice language/);
  });
});
