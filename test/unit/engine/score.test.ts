import { describe, expect, it } from 'vitest';
import { createEngine, scan } from '../../../src/engine';
import type { LexiconEntry } from '../../../src/engine/types';

const T = (term: string, category: LexiconEntry['category'], weight = 0.8, place?: string): LexiconEntry => ({
  term, lang: 'xx', category, weight, source: 'test', ...(place ? { place } : {}),
});

// A private vocabulary so these rules are tested independently of the shipped lexicon.
const engine = createEngine({
  extraTerms: [
    T('zorbcrossing', 'offer', 0.9),
    T('zorbguaranteed', 'guarantee', 0.8),
    T('zorbtonight', 'urgency', 0.7),
    T('zorbland', 'place', 1, 'AA'),
    T('quuxland', 'place', 1, 'BB'),
    T('zorbto', 'direction', 1),
    T('zorbpolice said', 'news', 0.9),
    T('zorbbeware', 'warning', 0.9),
    T('zorbcampaign', 'campaign', 0.9),
    T('zorbboat', 'transport', 0.6),
  ],
});

describe('scoring models an ad as a combination', () => {
  it('offer + route + price + contact is suspect, with a readable reason', () => {
    const r = engine.scan('zorbcrossing zorbland → quuxland €2.500 per person, whatsapp +90 555 010 2233');
    expect(r.verdict).toBe('suspect');
    expect(r.reasons[0]).toBe('offer + route + price + contact');
    expect(r.score).toBeGreaterThan(0.6);
    expect(r.score).toBeLessThanOrEqual(1);
  });
  it('route + price + contact + guarantee without offer words is still suspect (subtle ads)', () => {
    const r = engine.scan('zorbland zorbto quuxland, 3000€, zorbguaranteed, +44 7700 900123');
    expect(r.verdict).toBe('suspect');
  });
  it('offer words alone are review, not suspect', () => {
    const r = engine.scan('what is a zorbcrossing anyway');
    expect(r.verdict).toBe('review');
  });
  it('a price and a phone alone are not an ad', () => {
    expect(engine.scan('sofa for sale 300€ call 07700 900123').verdict).not.toBe('suspect');
  });
  it('transport counts as an offer only with a route', () => {
    const withRoute = engine.scan('zorbboat zorbland → quuxland 2000€ +90 555 010 2233');
    const without = engine.scan('zorbboat for sale 2000€ +90 555 010 2233');
    expect(withRoute.score).toBeGreaterThan(without.score);
  });
  it('negative context lowers the score and says so', () => {
    const ad = 'zorbcrossing zorbland → quuxland €2.500 zorbguaranteed whatsapp +90 555 010 2233';
    const plain = engine.scan(ad);
    for (const neg of ['zorbpolice said', 'zorbbeware', 'zorbcampaign']) {
      const r = engine.scan(`${neg}: ${ad}`);
      expect(r.score, neg).toBeLessThan(plain.score);
      expect(r.reasons.some((x) => x.includes('lowers score')), neg).toBe(true);
    }
  });
  it('repeating a word adds nothing', () => {
    const once = engine.scan('zorbcrossing 2000€');
    const many = engine.scan('zorbcrossing zorbcrossing zorbcrossing zorbcrossing 2000€');
    expect(many.score).toBe(once.score);
  });
  it('sensitivity shifts the threshold', () => {
    const text = 'zorbcrossing zorbtonight whatsapp';
    const strict = createEngine({ sensitivity: 1, extraTerms: [T('zorbcrossing', 'offer', 0.9), T('zorbtonight', 'urgency', 0.7)] });
    const lenient = createEngine({ sensitivity: 0, extraTerms: [T('zorbcrossing', 'offer', 0.9), T('zorbtonight', 'urgency', 0.7)] });
    const rank = { clear: 0, review: 1, suspect: 2 } as const;
    expect(rank[strict.scan(text).verdict]).toBeGreaterThanOrEqual(rank[lenient.scan(text).verdict]);
    expect(strict.scan(text).score).toBe(lenient.scan(text).score);
  });
});

describe('extraTerms merge at compile time', () => {
  it('adds users\' own terms and ignores invalid ones', () => {
    const e = createEngine({
      extraTerms: [
        T('blorptrip', 'offer', 0.9),
        { term: '', lang: 'xx', category: 'offer', weight: 1, source: 'x' },
        { term: 'bad', lang: 'xx', category: 'nonsense' as never, weight: 1, source: 'x' },
        { term: 'heavy', lang: 'xx', category: 'offer', weight: 7, source: 'x' },
      ],
    });
    expect(e.scan('BLORPTRIP now').matches.some((m) => m.term === 'blorptrip')).toBe(true);
    expect(e.scan('heavy bad').matches.filter((m) => m.term === 'heavy' || m.term === 'bad')).toHaveLength(0);
    expect(e.size).toBeGreaterThan(createEngine().size);
  });
  it('`*` relaxes the word boundary on that side only, and the match shows the whole word', () => {
    const e = createEngine({ extraTerms: [T('smurgl*', 'offer', 0.9), T('*quorx', 'offer', 0.9)] });
    const offers = (text: string) => e.scan(text).matches.filter((m) => m.category === 'offer').map((m) => m.text);
    expect(offers('the smurglers came')).toEqual(['smurglers']);
    expect(offers('xsmurgl')).toEqual([]);
    expect(offers('an abcquorx here')).toEqual(['abcquorx']);
    expect(offers('quorxabc')).toEqual([]);
  });
});

describe('homographs and legitimate look-alikes are not suspect', () => {
  const BENIGN = [
    'Harga promo hari ini 50rb saja! Gratis ongkir, WA 0812 5550 1234',
    'Soğuk boza 10 TL, tarçınlı leblebi ile. Vefa Bozacısı',
    'Watched Dunki tonight with the family, SRK was brilliant 🎬',
    'New game launch! Pre-order now for $59.99, DM us for the bundle 🎮',
    'Ferry timetable: Igoumenitsa → Brindisi daily 23:30, tickets from €79, book online',
    'Coyote spotted near the trail this morning, keep dogs on a leash',
  ];
  for (const text of BENIGN) {
    it(text.slice(0, 40), () => {
      expect(scan(text).verdict).not.toBe('suspect');
    });
  }
});

describe('co-occurrence rules (table-driven)', () => {
  const rules = createEngine({
    extraTerms: [
      T('zorbfakepass', 'documents', 0.95),
      T('zorbvisahelp', 'documents', 0.6),
      T('zorbpayonarrival', 'guarantee', 0.8),
      T('zorbland', 'place', 1, 'AA'),
      T('quuxland', 'place', 1, 'BB'),
      T('zorbto', 'direction', 1),
      T('zorbboat', 'transport', 0.6),
      T('zorbpolice said', 'news', 0.9),
      T('zorbcontactus', 'contact', 0.3),
      T('zorbgoodpass', 'documents', 0.8),
      T('zorblawyer', 'legal', 0.7),
      T('zorbbooking', 'legit', 0.5),
      T('zorbdocs', 'documents', 0.65),
      T('zorbinbox', 'contact', 0.5),
      T('zorbvisaq', 'documents', 0.45),
      T('zorbpapers', 'documents', 0.55),
      T('zorbdm', 'contact', 0.35),
      T('zorbschengen', 'documents', 0.2),
      T('zorbhurry', 'urgency', 0.6),
      T('zorbsurepay', 'guarantee', 0.9),
      T('zorbspeedboat', 'transport', 0.8),
      T('zorbvisafile', 'documents', 0.35),
      T('zorbcrossing', 'offer', 0.35),
    ],
  });
  const CASES: readonly { name: string; text: string; suspect: boolean }[] = [
    // a strong, specific offer plus one way to buy it
    { name: 'strong offer + phone', text: 'zorbfakepass, delivery fast. +44 7700 900123', suspect: true },
    { name: 'weak offer + phone', text: 'zorbvisaq, +44 7700 900123', suspect: false },
    // a clear offer with a contact alone earns the combination bonus (no price or route needed)
    { name: 'clear offer + phone', text: 'zorbvisahelp, +44 7700 900123', suspect: true },
    { name: 'clear offer + phone in a long post', text: `zorbvisahelp. ${'good morning friends, lovely weather at the market today. '.repeat(4)}+44 7700 900123`, suspect: true },
    { name: 'clear offer + phone in a news report', text: 'zorbpolice said the gang sold zorbvisahelp, +44 7700 900123', suspect: false },
    { name: 'clear offer without a contact', text: `zorbvisahelp. ${'good morning friends, lovely weather at the market today. '.repeat(4)}`, suspect: false },
    { name: 'strong offer alone', text: 'zorbfakepass zorbfakepass', suspect: false },
    { name: 'strong offer + phone in a news report', text: 'zorbpolice said the gang sold zorbfakepass, +44 7700 900123', suspect: false },
    // a very specific offer needs only a generic way in ("contact us"); a merely strong one does not
    { name: 'very strong offer + weak contact phrase', text: 'zorbfakepass, zorbcontactus', suspect: true },
    { name: 'strong offer + weak contact phrase', text: 'zorbgoodpass, zorbcontactus', suspect: false },
    { name: 'very strong offer + weak contact phrase in a news report', text: 'zorbpolice said: zorbfakepass, zorbcontactus', suspect: false },
    // an explicit offer with a way to buy it: legal-advice and licensed-service words count for less
    { name: 'explicit offer + phone + a lawyer in the package', text: 'zorbfakepass, zorblawyer included. +44 7700 900123', suspect: true },
    { name: 'explicit offer + phone + a booking', text: 'zorbfakepass with zorbbooking. +44 7700 900123', suspect: true },
    { name: 'strong offer + phone + a lawyer', text: 'zorbgoodpass, zorblawyer included. +44 7700 900123', suspect: false },
    { name: 'explicit offer + phone in a news report with a lawyer', text: 'zorbpolice said the zorblawyer sold zorbfakepass. +44 7700 900123', suspect: false },
    // … and so do they next to an offer sold with a guaranteed outcome: a lawyer promises none
    { name: 'offer + guarantee + phone + a lawyer', text: 'zorbvisaq zorbschengen, zorbpayonarrival, zorblawyer handles it. +44 7700 900123', suspect: true },
    { name: 'offer + phone + a lawyer without a guarantee', text: 'zorbvisaq zorbschengen, zorblawyer handles it. +44 7700 900123', suspect: false },
    { name: 'offer + guarantee + phone in a news report', text: 'zorbpolice said: zorbvisaq zorbschengen, zorbpayonarrival. +44 7700 900123', suspect: false },
    // a short post is little more than its offer and its way in
    { name: 'short post: clear offer + weak contact', text: 'zorbpapers, top quality. zorbdm', suspect: true },
    { name: 'long post: the same offer + weak contact among other talk', text: `zorbpapers, top quality. ${'good morning friends, lovely weather at the market today. '.repeat(4)}zorbdm`, suspect: false },
    { name: 'short post: weak offer + contact', text: 'zorbvisaq. zorbinbox', suspect: false },
    { name: 'short post: clear offer without a contact', text: 'zorbdocs, top quality, fast', suspect: false },
    { name: 'short post: guaranteed document + contact', text: 'zorbschengen, zorbpayonarrival. zorbinbox', suspect: true },
    { name: 'long post: the same guaranteed document + contact among other talk', text: `zorbschengen, zorbpayonarrival. ${'good morning friends, lovely weather at the market today. '.repeat(4)}zorbinbox`, suspect: false },
    { name: 'short post: document + contact without a guarantee', text: 'zorbschengen, top quality. zorbinbox', suspect: false },
    // payment terms + route + contact sell a journey without offer words
    { name: 'route + payment terms + contact', text: 'zorbland zorbto quuxland, zorbpayonarrival. +90 555 010 2233', suspect: true },
    { name: 'route + contact without payment terms', text: 'zorbland zorbto quuxland. +90 555 010 2233', suspect: false },
    { name: 'payment terms + contact without a route', text: 'zorbpayonarrival. +90 555 010 2233', suspect: false },
    // a whole journey with its price and a way to book it sells itself, unless the post reads
    // as a timetabled or licensed service, news or advice
    { name: 'whole route + price + contact', text: 'zorbland zorbto quuxland this week, 1500 euro. +90 555 010 2233', suspect: true },
    { name: 'partial route + price + contact', text: 'zorbto quuxland this week, 1500 euro. +90 555 010 2233', suspect: false },
    { name: 'whole route + price + contact, with a booking', text: 'zorbland zorbto quuxland this week, 1500 euro, zorbbooking. +90 555 010 2233', suspect: false },
    { name: 'whole route + price + contact, with a departure time', text: 'zorbland zorbto quuxland at 6:00, 1500 euro. +90 555 010 2233', suspect: false },
    { name: 'whole route + price + contact in a news report', text: 'zorbpolice said: zorbland zorbto quuxland this week, 1500 euro. +90 555 010 2233', suspect: false },
    { name: 'whole route + price without a contact', text: 'zorbland zorbto quuxland this week, 1500 euro', suspect: false },
    // … or tied to a document or a transport word instead of a route
    { name: 'document word + guarantee + urgency + contact', text: 'zorbschengen zorbpayonarrival, zorbhurry. +90 555 010 2233', suspect: true },
    { name: 'document word + urgency + contact without a guarantee', text: 'zorbschengen, zorbhurry. +90 555 010 2233', suspect: false },
    // a transport word next to a place name is a partial route
    { name: 'place next to transport + payment + contact', text: 'quuxland zorbboat, zorbpayonarrival, +90 555 010 2233', suspect: true },
    // a short post: a transport word and a place with strong payment terms and a contact are the whole ad
    // ("the road to Greece is open, boat, guaranteed, pay after arrival. Inbox"); a mild "pay on
    // delivery" is a shop's (see the boat for sale below)
    { name: 'short post: transport + place (apart) + strong guarantee + contact', text: 'quuxland tonight, seats on the zorbboat, zorbsurepay. zorbinbox', suspect: true },
    { name: 'short post: transport + place (apart) + weaker payment terms + contact', text: 'quuxland tonight, seats on the zorbboat, zorbpayonarrival. zorbinbox', suspect: false },
    { name: 'short post: transport + strong guarantee + contact without a place', text: 'tonight, seats on the zorbboat, zorbsurepay. zorbinbox', suspect: false },
    // a strong guarantee with a price sells a journey or a document even without a contact
    // (the account itself is the way in), unless the post reads as news or a service
    { name: 'transport + strong guarantee + price, no contact', text: 'a night ride on the zorbspeedboat, 40 minutes, 3000 euro, zorbsurepay', suspect: true },
    { name: 'document + strong guarantee + price, no contact', text: 'zorbvisafile ready, zorbsurepay, fee 8000 euro', suspect: true },
    { name: 'transport + strong guarantee + price in a news report', text: 'zorbpolice said: a night ride on the zorbspeedboat, 40 minutes, 3000 euro, zorbsurepay', suspect: false },
    { name: 'transport + strong guarantee without a price or a contact', text: 'a night ride on the zorbspeedboat, 40 minutes, zorbsurepay', suspect: false },
    { name: 'transport + weaker payment terms + price, no contact', text: 'a night ride on the zorbspeedboat, 40 minutes, 3000 euro, zorbpayonarrival', suspect: false },
    // a weak offer word on a whole route is a clear offer, unless something reads as a service
    { name: 'weak offer on a whole route + contact', text: 'zorbcrossing zorbland zorbto quuxland this weekend. zorbinbox', suspect: true },
    { name: 'weak offer on a partial route + contact', text: 'zorbcrossing zorbto quuxland this weekend. zorbinbox', suspect: false },
    { name: 'weak offer on a whole route + contact, with a booking', text: 'zorbcrossing zorbland zorbto quuxland this weekend, zorbbooking. zorbinbox', suspect: false },
    { name: 'transport far from the place', text: 'zorbboat for sale, good engine, zorbpayonarrival, located somewhere near quuxland harbour. +90 555 010 2233', suspect: false },
  ];
  for (const c of CASES) {
    it(`${c.name} → ${c.suspect ? 'suspect' : 'not suspect'}`, () => {
      const r = rules.scan(c.text);
      expect(r.verdict === 'suspect', `${r.score} ${r.reasons.join('; ')}`).toBe(c.suspect);
    });
  }
  it('the implicit-offer combination says so in its reasons', () => {
    const r = rules.scan('zorbland zorbto quuxland, zorbpayonarrival. +90 555 010 2233');
    expect(r.reasons).toContain('ad pattern without explicit offer words');
  });
});

describe('phrases inside phrases', () => {
  const nested = createEngine({
    extraTerms: [
      T('zorbboat', 'transport', 0.6),
      T('zorbboat leaving', 'urgency', 0.6),
      T('zorbsmugglers', 'offer', 0.7),
      T('never pay zorbsmugglers', 'warning', 0.9),
    ],
  });
  const CASES: readonly { name: string; text: string; cues: Record<string, boolean>; shown: string[] }[] = [
    // a support phrase qualifies the service it names: the transport word still counts (not shown twice)
    { name: 'urgency phrase around a transport word', text: 'zorbboat leaving tonight', cues: { urgency: true, transport: true }, shown: ['urgency'] },
    // a warning phrase hides the offer word it quotes
    { name: 'warning phrase around an offer word', text: 'never pay zorbsmugglers', cues: { warning: true, offer: false }, shown: ['warning'] },
    { name: 'the transport word alone', text: 'zorbboat', cues: { urgency: false, transport: true }, shown: ['transport'] },
  ];
  for (const c of CASES) {
    it(c.name, () => {
      const r = nested.scan(c.text);
      for (const [cat, present] of Object.entries(c.cues)) expect(cat in r.cues, cat).toBe(present);
      expect(r.matches.map((m) => m.category)).toEqual(c.shown);
    });
  }
});

describe('Turkish case suffixes as direction', () => {
  it('"Almanya\'ya" is a partial route, a suffix before another place is not', () => {
    expect(scan("Almanya'ya kara yolu ile").matches.some((m) => m.category === 'route')).toBe(true);
    expect(scan("Vefa'dan İstanbul").matches.some((m) => m.category === 'route')).toBe(false);
    expect(scan("İzmir'den Yunanistan'a").matches.some((m) => m.category === 'route' && m.weight === 1)).toBe(true);
  });
});

describe('homographs in their own context (shipped lexicon)', () => {
  const CASES: readonly { text: string; suspect: boolean }[] = [
    // Indonesian "harga" = price
    { text: 'Harga tiket pesawat Jakarta ke Bali mulai Rp 850.000, hubungi WA 0812 5550 1234', suspect: false },
    // boza the drink
    { text: 'Sıcak boza ve leblebi, Vefa Bozacısı her akşam açık. Sipariş: 0555 010 4455', suspect: false },
    // the 2023 film
    { text: 'Dunki is now streaming! Shah Rukh Khan film night, tickets from ₹200, book now', suspect: false },
    // gaming
    { text: 'Game night at the café: new game releases, €10 entry, DM for a table', suspect: false },
    // the animal
    { text: 'Coyote spotted near the school from Elm St to the park, keep pets on a leash. Call 555 010 1234 with sightings', suspect: false },
    // VIP events
    { text: 'VIP tickets for the concert: London → Paris tour bus, €250, DM us on WhatsApp', suspect: false },
    // the same code words inside an ad pattern
    { text: 'Libya theke Italy game dibo, 7 lakh taka, pay after reaching Italy, imo 01711 555000', suspect: true },
    { text: 'Cruce con coyote de confianza de México a Estados Unidos, pago al llegar, WhatsApp +52 555 010 9090', suspect: true },
    { text: 'Boza free Maroc → Espagne, paiement à l\'arrivée, 2000 €, WhatsApp +212 555 010 6611', suspect: true },
    { text: 'Đi VIP sang Anh, bao đậu, giá 15.000 bảng, liên hệ Zalo 0555 010 778', suspect: true },
  ];
  for (const c of CASES) {
    it(`${c.suspect ? 'suspect' : 'not suspect'}: ${c.text.slice(0, 50)}`, () => {
      const r = scan(c.text);
      expect(r.verdict === 'suspect', `${r.score} ${r.reasons.join('; ')}`).toBe(c.suspect);
    });
  }
});
