import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import type { Match } from '../../../src/engine/types';
import { normalizeInto } from '../../../src/engine/normalize';
import { findArrows } from '../../../src/engine/detectors/route';

const engine = createEngine();
const of = (text: string, category: string): Match[] => engine.scan(text).matches.filter((m) => m.category === category);

describe('price detector', () => {
  const PRICES: [string, string][] = [
    ['only 3.500€ today', '3.500€'],
    ['€5,500 each', '€5,500'],
    ['$950 per person', '$950'],
    ['£2,500 cash', '£2,500'],
    ['23K Euro all in', '23K Euro'],
    ['Rs 45 lakh total', 'Rs 45 lakh'],
    ['৭ লাখ টাকা', '৭ লাখ টাকা'],
    ['৩ লাখে ফ্লাইট', '৩ লাখে'],
    ['৫০ হাজার টাকায়', '৫০ হাজার টাকায়'],
    ['۵ هزار دلار', '۵ هزار دلار'],
    ['۸۰۰۰ ډالر', '۸۰۰۰ ډالر'],
    ['۶۰۰۰ دالر نقد', '۶۰۰۰ دالر'],
    ['١٢ هەزار یۆرۆ', '١٢ هەزار یۆرۆ'],
    ['5 hezar euro', '5 hezar euro'],
    ['5000 TL nakit', '5000 TL'],
    ['2.500 ብር ብቻ', '2.500 ብር'],
    ['50 triệu đồng', '50 triệu'],
    ['8000 ₺', '8000 ₺'],
    ['3.500 dinari, info in privato', '3.500 dinari'],
  ];
  for (const [text, expected] of PRICES) {
    it(`finds ${JSON.stringify(expected)}`, () => {
      expect(of(text, 'price').map((m) => m.text)).toContain(expected);
    });
  }
  it('"5k" alone is a weaker price', () => {
    const m = of('only 5k', 'price');
    expect(m).toHaveLength(1);
    expect(m[0]!.weight).toBeLessThan(1);
  });
  // an amount in thousands with no currency, before punctuation or the end, is a weak price;
  // before a word it counts something else
  const THOUSANDS: [string, string | null][] = [
    ['Flug, 5 Tsd., Zahlung nach Landung', '5 Tsd'],
    ['перелёт 5 тыс, оплата после', '5 тыс'],
    ["Almanya'ya uçuş 5 bin, varınca ödeme", '5 bin'],
    ['ایتالیا ۷ هزار', '۷ هزار'],
    ['5 bin kişi yürüdü', null],
    ['۵ هزار نفر', null],
    ['3 тыс человек', null],
  ];
  for (const [text, expected] of THOUSANDS) {
    it(`thousands without a currency: ${JSON.stringify(text)} → ${expected === null ? 'no price' : JSON.stringify(expected)}`, () => {
      const m = of(text, 'price');
      if (expected === null) {
        expect(m).toHaveLength(0);
      } else {
        expect(m.map((x) => x.text)).toEqual([expected]);
        expect(m[0]!.weight).toBeLessThan(1);
      }
    });
  }
  it('"per person" and "kids free" count as price cues', () => {
    expect(of('kids free, per person rate', 'price').length).toBeGreaterThanOrEqual(2);
  });
  it('plain numbers, years and model numbers are not prices', () => {
    expect(of('in 2024 we had 3 kids and an iPhone15', 'price')).toHaveLength(0);
  });
});

describe('phone detector', () => {
  const PHONES: [string, string][] = [
    ['call +90 555 010 2233 now', '+90 555 010 2233'],
    ['WA: 0044 7700 900123', '0044 7700 900123'],
    ['ring 07700-900-123', '07700-900-123'],
    ['US (555) 010-1234', '(555) 010-1234'],
    ['رقم ‎+٩٦٤ ٧٥٠ ٥٥٥ ٠١٢٣', '+٩٦٤ ٧٥٠ ٥٥٥ ٠١٢٣'],
    ['নম্বর ০১৭১২-৫৫৫০০০', '০১৭১২-৫৫৫০০০'],
    ['ਫ਼ੋਨ +੯੧ ੯੮੭੬੫ ੫੫੫੦੦', '+੯੧ ੯੮੭੬੫ ੫੫੫੦੦'],
  ];
  for (const [text, expected] of PHONES) {
    it(`finds ${JSON.stringify(expected)}`, () => {
      expect(of(text, 'phone').map((m) => m.text)).toContain(expected);
    });
  }
  it('dates, amounts and short numbers are not phones', () => {
    expect(of('on 2024-11-28 we paid 1.500.000 for 12 items', 'phone')).toHaveLength(0);
  });
});

describe('contact detector', () => {
  it('finds messenger names, wa.me/ and t.me/ links, @handles and e-mails', () => {
    const text = 'WhatsApp or Viber, https://wa.me/4477009 t.me/example_trip @example_boss mail x@example.com';
    const terms = of(text, 'contact').map((m) => m.text);
    expect(terms).toEqual(expect.arrayContaining(['WhatsApp', 'Viber', 'wa.me/', 't.me/', '@example_boss', 'x@example.com']));
  });
  it('does not treat a lone @ or a short handle as contact', () => {
    expect(of('meet @ 5 or @ab', 'contact')).toHaveLength(0);
  });
  it('contact emoji are contact cues', () => {
    expect(of('📞 📲', 'contact')).toHaveLength(2);
  });
});

describe('route detector', () => {
  it('joins a flag-emoji pair', () => {
    const r = of('🇹🇷🇬🇷 tonight', 'route');
    expect(r).toHaveLength(1);
    expect(r[0]!.text).toBe('🇹🇷🇬🇷');
    expect(r[0]!.term).toBe('route:flags');
  });
  it('joins flags across an arrow', () => {
    expect(of('🇫🇷➡️🇬🇧', 'route')[0]?.text).toBe('🇫🇷➡️🇬🇧');
  });
  it('joins places across arrows and dashes', () => {
    const t = createEngine({
      extraTerms: [
        { term: 'Libya', lang: 'en', category: 'place', weight: 1, source: 'test', place: 'LY' },
        { term: 'Italy', lang: 'en', category: 'place', weight: 1, source: 'test', place: 'IT' },
        { term: 'to', lang: 'en', category: 'direction', weight: 1, source: 'test' },
      ],
    });
    for (const s of ['Libya → Italy', 'Libya --> Italy', 'Libya >> Italy', 'Libya - Italy', 'from Libya to Italy']) {
      const r = t.scan(s).matches.filter((m) => m.category === 'route');
      expect(r.length, s).toBeGreaterThanOrEqual(1);
      expect(r[0]!.weight, s).toBe(1);
    }
    const partial = t.scan('trip to Italy').matches.filter((m) => m.category === 'route');
    expect(partial[0]?.term).toBe('route:partial');
  });
  it('reads a direction word across an elided article ("vers l\'Angleterre", "verso l’Italia")', () => {
    for (const s of ["Traversée vers l'Angleterre ce week-end", 'passage vers l’Italie', "viaggio verso l'Italia"]) {
      expect(of(s, 'route').map((m) => m.term), s).toEqual(['route:partial']);
    }
    // the article alone is no direction
    expect(of("l'Italia è bella d'estate", 'route')).toEqual([]);
  });
  it('a comma joins a list of places, not an itinerary: at most a partial route', () => {
    for (const s of ['Canada, Brazil', 'Schengen, USA, Canada e Brasil', 'Польша, Литва, Чехия', 'ليبيا، إيطاليا']) {
      const r = of(s, 'route');
      expect(r.length, s).toBeGreaterThanOrEqual(1);
      expect(r.every((m) => m.term === 'route:partial'), s).toBe(true);
    }
    // a direction word or an arrow in the gap still makes an itinerary
    expect(of('Iran, then Turkey', 'route').map((m) => m.term)).toContain('route');
    expect(of('Istanbul - Athens', 'route').map((m) => m.term)).toEqual(['route']);
  });
  it('two flags around a "versus" word are a match fixture, not a route', () => {
    for (const s of ['🇮🇹 vs 🇬🇧 tonight', '🇧🇷 x 🇦🇷 hoje', '🇪🇸 v. 🇩🇪', '🇫🇷 × 🇲🇦']) expect(of(s, 'route'), s).toHaveLength(0);
    // other short words between two flags still join them
    expect(of('🇱🇾 to 🇮🇹', 'route')).toHaveLength(1);
    expect(of('🇱🇾 🇮🇹', 'route')).toHaveLength(1);
  });
  it('Pashto place names inflected after circumpositions ("له کوټې نه تر تهرانه") make a whole route', () => {
    const r = of('له کوټې نه تر تهرانه خوندي لار', 'route');
    expect(r.map((m) => [m.text, m.weight])).toEqual([['کوټې نه تر تهرانه', 1]]);
  });
  it('a single flag is a place, not a route', () => {
    expect(of('🇮🇹 pizza', 'route')).toHaveLength(0);
    expect(of('🇮🇹 pizza', 'place')).toHaveLength(1);
  });
});

describe('transport and guarantee emoji', () => {
  it('are cues', () => {
    const cats = engine.scan('🚤 🛥️ 🚛 ✅ 💯').matches.map((m) => m.category);
    expect(cats.filter((c) => c === 'transport')).toHaveLength(3);
    expect(cats.filter((c) => c === 'guarantee')).toHaveLength(2);
  });
});

describe('arrows (found from the marked units, with their "-"/"=" shafts)', () => {
  const ARROWS: [string, string[]][] = [
    ['a -> b', ['->']],
    ['a --> b', ['-->']],
    ['a => b', ['=>']],
    ['a >> b', ['>>']],
    ['a » b', ['»']],
    ['a → b', ['→']],
    ['x ->> y', ['->>']],
    ['->->', ['->', '->']],
    ['=-->', ['=-->']],
    ['🇫🇷➡️🇬🇧', ['➡']],
    ['ends ->', ['->']],
    ['a > b, c - d, e = f', []],
    ['age > 18', []],
  ];
  for (const [text, expected] of ARROWS) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      const norm = normalizeInto(text);
      const spans = findArrows(norm.units, norm.length, norm.marks, norm.markCount);
      const found: string[] = [];
      for (let k = 0; k < spans.length; k += 2) found.push(String.fromCharCode(...norm.units.subarray(spans[k], spans[k + 1])));
      expect(found).toEqual(expected);
    });
  }
});

describe('papers detector: waived checks and papers (evasion)', () => {
  const evasion = (text: string): Match[] => of(text, 'guarantee').filter((m) => m.term === 'papers:check-waived' || m.term === 'papers:not-needed' || m.term === 'papers:without');
  // [text, the evasion match's text, its term]
  const FOUND: [string, string, string][] = [
    ['work permit for Poland without embassy visit', 'without embassy visit', 'papers:check-waived'],
    ['visto di lavoro senza ambasciata', 'senza ambasciata', 'papers:check-waived'],
    ['Arbeitsvisum ohne Botschaft und ohne Sprachtest', 'ohne Botschaft', 'papers:check-waived'],
    ['Arbeitsvisum ohne Sprachtest', 'ohne Sprachtest', 'papers:without'],
    ['виза без посольства', 'без посольства', 'papers:check-waived'],
    ['ويزا بدون سفارة', 'بدون سفارة', 'papers:check-waived'],
    ['ویزه کار بدون سفارت', 'بدون سفارت', 'papers:check-waived'],
    ['ኤምባሲ መሄድ አያስፈልግም', 'ኤምባሲ መሄድ አያስፈልግም', 'papers:check-waived'],
    ['Visa Schengen pa ambasadë', 'pa ambasadë', 'papers:check-waived'],
    ['passport not needed for the trip', 'passport not needed', 'papers:not-needed'],
    ['পাসপোর্ট লাগবে না', 'পাসপোর্ট লাগবে না', 'papers:not-needed'],
    ['δεν χρειάζονται χαρτιά', 'δεν χρειάζονται χαρτιά', 'papers:not-needed'],
    ['kagaz ke baghair safar', 'kagaz ke baghair', 'papers:without'],
    ['rooms for people without paperwork', 'without paperwork', 'papers:without'],
    // in a hyphenated compound the papers word only modifies the check
    ['no ID-check at the border', 'no ID-check', 'papers:check-waived'],
    ['ohne Pass-Kontrolle über die Grenze', 'ohne Pass-Kontrolle', 'papers:check-waived'],
    // a waived medical test (South Asian work-visa fraud)
    ['Dubai work visa without medical test', 'without medical test', 'papers:check-waived'],
    ['মালয়েশিয়া ভিসা, মেডিকেল ছাড়া', 'মেডিকেল ছাড়া', 'papers:check-waived'],
    // an English loanword pairs with any language's privative
    ['بدون interview', 'بدون interview', 'papers:check-waived'],
    // a spelling shared by two languages pairs with the words of both
    ['bê pasaport derbas dibin', 'bê pasaport', 'papers:without'],
    ['pasaport olmadan geçiş', 'pasaport olmadan', 'papers:without'],
    ['visto sem embaixada', 'sem embaixada', 'papers:check-waived'],
    ['visado sin embajada', 'sin embajada', 'papers:check-waived'],
  ];
  for (const [text, span, term] of FOUND) {
    it(`finds ${JSON.stringify(span)} (${term})`, () => {
      const m = evasion(text);
      expect(m.map((x) => [x.text, x.term])).toContainEqual([span, term]);
    });
  }
  const NOT_FOUND: [string, string][] = [
    ['the word order matters for a preposition', 'interview without'],
    ['… and for a postposition', "la'aan baasaboor"],
    ['a sentence end between the two words', 'without. Interview on Monday'],
    ['words too far apart', 'without the slightest doubt the best interview'],
    ['two languages (Albanian "pa" = without; Spanish "pa" = para)', 'mañana vamos pa la cita'],
    ['Kurmanji "bê" folds to English "be"', 'there will be police checks'],
    ['visas are not a check: "visa-free" is travel news', 'visa-free travel, without visa'],
    ['inside a legitimate phrase that quotes it', 'we accept no passengers without papers'],
    ['a privative qualifies its nearest object (the visa here, not the passport)', 'Visa not required for EU passport holders'],
  ];
  for (const [name, text] of NOT_FOUND) {
    it(`no evasion cue: ${name}`, () => {
      expect(evasion(text)).toEqual([]);
    });
  }
  it('counts as a guarantee in scoring', () => {
    expect(engine.scan('work permit without fingerprints').cues.guarantee).toBeGreaterThanOrEqual(0.6);
  });
});

describe('papers detector: required papers (legitimate travel)', () => {
  const required = (text: string): Match[] => of(text, 'legit').filter((m) => m.term === 'papers:required');
  const FOUND: [string, string][] = [
    ['Для поездки нужна действующая шенгенская виза', 'нужна действующая шенгенская виза'],
    ['Pasaport ve geçerli vize şarttır', 'Pasaport ve geçerli'],
    ['Requisito: pasaporte con visa', 'Requisito: pasaporte con visa'],
    // a requirement names the whole list it ends or starts
    ['Freischaltung mit Reisepass oder Aufenthaltstitel (gesetzlich vorgeschrieben).', 'Reisepass oder Aufenthaltstitel (gesetzlich vorgeschrieben'],
    ['Passport, visa and ID card required at boarding', 'Passport, visa and ID card required'],
    ['Η βίζα είναι υποχρεωτική για όλους', 'βίζα είναι υποχρεωτική'],
    ['ভিসা বাধ্যতামূলক', 'ভিসা বাধ্যতামূলক'],
    ['Passport needed at the border obviously', 'Passport needed'],
  ];
  for (const [text, span] of FOUND) {
    it(`finds ${JSON.stringify(span)}`, () => {
      expect(required(text).map((m) => m.text)).toContain(span);
    });
  }
  const NOT_FOUND: [string, string][] = [
    ['a waiver wins over a requirement', 'no visa required for this trip'],
    ['"no passport needed" is a waiver, not a requirement', 'no passport needed for this trip'],
    ['"not needed" is not "needed"', 'виза не нужна'],
    ['a seller calling the papers he sells valid', 'passports for sale, valid in all countries'],
    ['a sentence end between the two words', 'Bring snacks. Visa on arrival'],
  ];
  for (const [name, text] of NOT_FOUND) {
    it(`no requirement cue: ${name}`, () => {
      expect(required(text)).toEqual([]);
    });
  }
  it('takes the papers it names out of the offer: they are asked for, not sold', () => {
    const r = engine.scan('Pasaport ve geçerli vize şarttır');
    expect(r.cues.legit).toBeGreaterThanOrEqual(0.5);
    expect(r.matches.filter((m) => m.category === 'documents').map((m) => m.text)).toEqual(['vize']);
  });
  it('takes a listed document out of the offer with the one the requirement word touches', () => {
    const r = engine.scan('SIM activation with passport or residence permit (required by law), WhatsApp 0176 00000000');
    expect(r.matches.filter((m) => m.category === 'documents')).toEqual([]);
    // papers on sale stay on sale: the list does not reach across a sentence or a long gap
    const sold = engine.scan('Fake passports and ID cards for sale. Visa required? We do it too. WhatsApp 0176 00000000');
    expect(sold.matches.filter((m) => m.category === 'documents').map((m) => m.text)).toContain('Fake passports');
  });
  it('lowers the score of a bus with a route, a fare and a contact', () => {
    const bus = 'Автобус Минск → Варшава ежедневно. Билет 25€. Бронь по Viber +375 00 555-00-11.';
    const withRequirement = engine.scan(`${bus} Для поездки нужна действующая шенгенская виза.`);
    expect(withRequirement.cues.legit).toBeGreaterThanOrEqual(0.5);
    expect(withRequirement.reasons).toContain('licensed/legitimate-service context lowers score');
  });
});

describe('papers detector: papers claimed genuine (forged-document sellers)', () => {
  const claimed = (text: string): Match[] => of(text, 'documents').filter((m) => m.term === 'papers:claimed-genuine');
  const FOUND: [string, string][] = [
    ['Pasaportes españoles biométricos en el sistema. Info por privado.', 'Pasaportes españoles biométricos en el sistema'],
    ['Passports 100% original, DM', 'Passports 100% original'],
    ['Патенты, регистрация, миграционки «в базе»', 'миграционки «в базе'],
    ['Baasaboor Yurub iyo sharci degenaansho 🛂 diyaar, nidaamka ku jira', 'sharci degenaansho 🛂 diyaar, nidaamka ku jira'],
    // an English claim pairs with another language's papers; Ge'ez "-ን" forms are papers
    ['Fiiso Schengen iyo baasaboor Kenya, 100% original, inbox', 'baasaboor Kenya, 100% original'],
    ['ፓስፖርትን ቪዛን ከም ናይ ሓቂ ንሰርሕ። ኢንቦክስ', 'ቪዛን ከም ናይ ሓቂ'],
    ['UK DL, BRP & p@ssports — real database, inbox only', 'p@ssports — real database'],
    ['Reisepass und Ausweis, wie das Original, 1500 €, DM', 'Ausweis, wie das Original'],
    // after a list of qualities (a flag emoji alone is four units)
    ['Pasaportes españoles 🇪🇸 biométricos, originales, en el sistema. Info por privado.', 'Pasaportes españoles 🇪🇸 biométricos, originales, en el sistema'],
    ['Baasaboor Kenya ah, sida kuwa asalka ah oo kale, inbox', 'Baasaboor Kenya ah, sida kuwa asalka ah'],
  ];
  for (const [text, span] of FOUND) {
    it(`finds ${JSON.stringify(span)}`, () => {
      expect(claimed(text).map((m) => m.text)).toContain(span);
    });
  }
  const NOT_FOUND: [string, string][] = [
    ['a requirement in the same sentence', 'Original passport and a copy required at check-in'],
    ['a sentence end between the two words', 'Bring your passport. Original recipes from grandma'],
    ['words too far apart', 'passport photos taken in our studio on the high street, the best and most original portraits'],
    // the papers word only modifies a hyphenated compound: the thing sold is a cover
    ['a compound that names something else', 'Reisepass-Hüllen aus Leder, wie das Original, 15 €, DM'],
  ];
  for (const [name, text] of NOT_FOUND) {
    it(`no claim cue: ${name}`, () => {
      expect(claimed(text)).toEqual([]);
    });
  }
  it('makes a one-line document offer with a contact suspect', () => {
    expect(engine.scan('Pasaportes españoles biométricos en el sistema. Info por privado.').verdict).toBe('suspect');
  });
});

describe('everyday posts that name papers are not offers', () => {
  // bare "original", "real", "biometric", "registered" are not a seller's claims; a language
  // test waived is also a real admissions offer
  const POSTS = [
    'Passport photos in 5 minutes, real quality prints, walk in or call 0300 1234567',
    'Lost my original passport at the airport, please DM if found',
    'Bring your original ID card and two photos to our office, WhatsApp +44 7700 900123',
    'Original documents and translations certified, licensed notary, call +44 7700 900123',
    'Biometric passport appointments available at the consulate, book via WhatsApp +44 7700 900123',
    'Pasaporte biométrico: cita en la comisaría, trae tu DNI original. Info por WhatsApp 600 000 555',
    'Real estate agent: apartments with registered papers, call 0533 555 0000',
    'Does anyone know if an original birth certificate is needed for the residence permit? DM me',
    'Продаю машину, все документы в порядке, оригинал ПТС, звоните +7 900 000 55 55',
    'Nuovo passaporto elettronico: prenota in Questura, porta il vecchio passaporto originale. Info WhatsApp 333 000 5555',
    'Yeni biyometrik pasaport başvuruları için randevu alın, orijinal kimlik kartınızı getirin. WhatsApp 0532 000 55 55',
    // waivers and requirements in ordinary travel, study and help posts
    'Study in the UK without IELTS! Admission with MOI letter, licensed education consultant, call +92 300 0000555',
    'Visa-free travel to Georgia for Turkish citizens: bus Istanbul → Tbilisi daily, 40€, WhatsApp +90 555 000 1234',
    'Ferry Ayvalık → Lesbos daily at 9:00, passport or ID required, tickets 25€, WhatsApp +90 555 000 4321',
    'Flights to Dubai from Lahore, no visa required for 30 days for UAE residents, book now 0300 0000555',
    'Umrah package 2026, visa + ticket + hotel, 3.5 lakh per person, no hidden charges, govt licensed, call 0300 5550111',
    'Car for sale, papers in order, no accidents, 4500€, WhatsApp +39 333 000 5555',
    'Sin papeles? Asesoría legal gratuita para regularización, abogados de la ONG, llama al 900 000 555',
    "Sans papiers ? Permanence juridique gratuite chaque mardi, association d'aide aux migrants, 01 00 00 55 55",
    'Ohne Papiere in Deutschland? Kostenlose Beratung beim Flüchtlingsrat, Termin unter 0176 000 5555',
    // a waiver is an assurance, not a document on offer
    'Walk-in barber, no appointment needed! Haircut 15€, call 0300 1234567',
    'Work from home, no interview, no experience needed, DM for details',
    'Passport renewal without appointment at the Lisbon consulate on Saturdays, info +351 900 000 555',
  ];
  for (const text of POSTS) {
    it(`not suspect: ${text.slice(0, 48)}…`, () => {
      const r = engine.scan(text);
      expect(r.verdict, `${r.score} ${r.reasons.join('; ')}`).not.toBe('suspect');
      expect(r.matches.filter((m) => m.term === 'papers:claimed-genuine')).toEqual([]);
    });
  }
});

describe('road detector: "the road (to X) is open" announces a journey', () => {
  const openRoad = (text: string): Match[] => of(text, 'route').filter((m) => m.term === 'route:road-open');
  const FOUND: [string, string][] = [
    ['Rêya Bulgaristanê vekirî ye, 3 ceribandin. Inbox', 'Rêya Bulgaristanê vekirî ye'],
    ['د ایران لاره خلاصه شوه، پیسې د رسېدو وروسته', 'لاره خلاصه شوه'],
    ['The road to Italy is open again, DM', 'road to Italy is open'],
    ['Bulgaristan yolu açık, bilgi özelden', 'yolu açık'],
    ['راه ترکیه باز شد، تضمینی', 'راه ترکیه باز شد'],
    ['La ruta está abierta otra vez', 'ruta está abierta'],
  ];
  for (const [text, span] of FOUND) {
    it(`finds ${JSON.stringify(span)}`, () => {
      expect(openRoad(text).map((m) => m.text)).toEqual([span]);
    });
  }
  const NOT_FOUND: [string, string][] = [
    ['a sentence end between the words', 'The road was long. Open 9 to 5 every day'],
    ['words too far apart', 'The road near our office has a new café that is now open'],
    ['words of two languages', 'ruta nueva, shop open'],
    ['"way" is not a road word', 'The way to open an account is simple'],
  ];
  for (const [name, text] of NOT_FOUND) {
    it(`no open-road cue: ${name}`, () => {
      expect(openRoad(text)).toEqual([]);
    });
  }
  it('with payment terms and a contact it is an ad; alone it is traffic news', () => {
    expect(engine.scan('Rêya Bulgaristanê vekirî ye, 3 ceribandin, pere piştî gihîştinê. Inbox 📩').verdict).toBe('suspect');
    expect(engine.scan('Salang road open again after the snow, drive carefully').verdict).toBe('clear');
  });
});

describe('schedule detector: a clock time is legitimate-service context', () => {
  const clocks = (text: string): string[] => engine.scan(text).matches.filter((m) => m.term === 'schedule:clock').map((m) => m.text);
  const TIMES: [string, string][] = [
    ['departure 6:00 from the station', '6:00'],
    ['отправление в 06:30 от вокзала', '06:30'],
    ['départ à 7h30 devant la gare', '7h30'],
    ['bus leaves at 11 pm sharp', '11 pm'],
    ['pickup 5am at the square', '5am'],
    ['opens 9 a.m. daily', '9 a.m.'],
    ['فردا صبح ساعت ۶ حرکت', 'ساعت ۶'],
    ['سبا سهار ۷ بجې موټر ځي', '۷ بجې'],
    ['کل صبح 7 بجے روانگی', '7 بجے'],
    ['kal raat 11 vaje, Innova', '11 vaje'],
    ['Abfahrt 7 Uhr am Hauptbahnhof', '7 Uhr'],
    ['salida a las 8 desde la plaza', 'a las 8'],
    ['yarın saat 7 otogardan', 'saat 7'],
    ['الانطلاق الساعة ٦ صباحاً', 'الساعة ٦'],
    ['xe chạy 6 giờ sáng mỗi ngày', '6 giờ sáng'],
    ['выезд в 6 утра', '6 утра'],
    ['۲۲:۳۰ حرکت', '۲۲:۳۰'],
  ];
  for (const [text, expected] of TIMES) {
    it(`finds ${JSON.stringify(expected)}`, () => {
      expect(clocks(text)).toEqual([expected]);
    });
  }
  // durations, ratios, prices, phone numbers and dates are not times of day
  const NOT_TIMES = [
    '۶ ساعت پیاده‌روی با راهنما',
    '3 saat yürüyüş var',
    '7 heures de route',
    'looks 1:1 real',
    'screen 16:9, 4:3 mode',
    'only 3.50€ per ride',
    'call +90 555 010 22 33',
    'price 1500, PM me',
    'open 24h, 7 days',
    '25:00 and 12:75 are not times',
    'between 2020 and 2024',
  ];
  for (const text of NOT_TIMES) {
    it(`no time in ${JSON.stringify(text)}`, () => {
      expect(clocks(text)).toEqual([]);
    });
  }
  it('lowers the score of a scheduled shared ride', () => {
    const ride = 'Kabul to Mazar shared car, 1500 afghani per person, WhatsApp 0700 000 555';
    const timed = engine.scan('Tomorrow 6:00 ' + ride);
    expect(timed.score).toBeLessThan(engine.scan('Tomorrow ' + ride).score);
    expect(timed.cues.legit).toBeGreaterThan(0);
  });
});
