import { define, places } from './define';
import type { LexiconEntry } from '../types';

/**
 * Default provenance: Amharic forms supplied by the lexicon author. mission-anchors §B3 records
 * Tigrinya/Amharic ad phrasing as a GAP (no ad strings retrievable), so nearly every row here is
 * a candidate that a native speaker must check.
 */
const SRC = 'candidate: native-speaker check needed (mission-anchors §B3: Amharic is a gap)';
const B_DELALA = 'mission-anchors §B3 Tigrinya/Amharic (ደላላ "delala", broker) [candidate]';
const B_PAY = 'mission-anchors §B1 #3, §B2 #2 (pay on/after arrival); Amharic form candidate';
const B_GUAR = 'mission-anchors §B2 #1 ("100% guaranteed"); Amharic form candidate';
const B_CONTACT = 'mission-anchors §B1 #4, §B2 #27; Amharic form candidate';
const B_DOCS = 'mission-anchors §B1 #8, A2 EMSC (forged documents); Amharic form candidate';
const B_MARR = 'mission-anchors §B1 #7 (sham marriages); Amharic form candidate';
const B_URG = 'mission-anchors §B1 #9; Amharic form candidate';
const B_FP = 'mission-anchors §B4 (benign look-alikes); Amharic form candidate';
const B_PLACES = 'mission-anchors §B2 #9, §B3 Tigrinya/Amharic (Eastern route via Djibouti/Yemen to Saudi; Southern route via Kenya to South Africa; Libya); candidate spellings';

/** Source of the rows added for the held-out test's general gap classes (lexicon round 2026-12). */
const gap = (n: number): string => `analyst: held-out gap class ${n}`;

/**
 * Lexicon: Amharic (Ge'ez script).
 *
 * Amharic attaches prepositions to the noun (ከ- "from", በ- "by/in", የ- "of", ለ- "for"), so
 * nouns and place names that usually carry one have a leading `*` (ከጅቡቲ, በጀልባ, የዱባይ).
 * Spelling varies between homophone letters (ሀ/ሐ/ኀ, ሰ/ሠ, አ/ዐ, ጸ/ፀ); the main variants are
 * separate rows until the normaliser folds them.
 */
export const entries: readonly LexiconEntry[] = [
  // ───────────────────────────── offer / service ─────────────────────────────
  ...define('am', SRC, [
    ['ደላላ', 'offer', 0.3, 'brokers of any kind (housing, cars); warnings and news', B_DELALA],
    ['*ደላሎች', 'offer', 0.2, 'plural; mostly warnings and news', B_DELALA],
    ['ድንበር ማሻገር', 'offer', 0.7, 'news'],
    ['ድንበር እናሻግራለን', 'offer', 0.9],
    ['እናሻግራለን', 'offer', 0.8, '"we take you across"'],
    ['እናደርሳለን', 'offer', 0.5, '"we deliver"; parcels'],
    ['እንልካለን', 'offer', 0.4, '"we send"; parcels, money'],
    ['በድብቅ', 'offer', 0.4, '"secretly"; news'],
    ['*ጉዞ', 'offer', 0.15, 'any journey; news'],
    ['ምቹ ጉዞ', 'offer', 0.5, 'tourism'],
    ['አስተማማኝ ጉዞ', 'offer', 0.7, undefined, B_GUAR],
    ['ዋስትና ያለው ጉዞ', 'offer', 0.7, 'quoted in warnings', B_GUAR],
    ['ኤምባሲ ውስጥ ሰው', 'offer', 0.9, 'insider at the embassy', B_DOCS],
    ['ኤምባሲ ውስጥ ሰው አለን', 'offer', 1.0, undefined, B_DOCS],
    ['በነፍስ ወከፍ', 'offer', 0.2, '"per person": price cue; news quotes prices too'],
    ['ነፍስ ወከፍ', 'offer', 0.2, '"per person": price cue; news quotes prices too'],
  ]),

  // ───────────────────────────── transport ─────────────────────────────
  ...define('am', SRC, [
    ['*ጀልባ', 'transport', 0.45, 'boat-accident news; lake boats'],
    ['*መርከብ', 'transport', 0.4, 'shipping news'],
    ['*መኪና', 'transport', 0.15, 'everyday "car"'],
    ['በመኪና ብቻ', 'transport', 0.6, 'reassurance: car only'],
    ['የጭነት መኪና', 'transport', 0.4, 'freight'],
    ['*ሲኖትራክ', 'transport', 0.4, 'Sinotruk lorries; freight'],
    ['*አይሱዙ', 'transport', 0.25, 'Isuzu trucks; freight'],
    ['*ኮንቴነር', 'transport', 0.5, 'freight'],
    ['በእግር', 'transport', 0.3, 'everyday "on foot"'],
    ['*አውሮፕላን', 'transport', 0.15],
    ['*በረሃ', 'transport', 0.25, 'desert; news'],
    ['በባሕር', 'transport', 0.3, 'news'],
    ['በባህር', 'transport', 0.3, 'news'],
  ]),

  // ───────────────────────────── documents ─────────────────────────────
  ...define('am', SRC, [
    ['*ፓስፖርት', 'documents', 0.15, 'passport office notices'],
    ['*ቪዛ', 'documents', 0.1, 'legit visa services'],
    ['ሐሰተኛ ፓስፖርት', 'documents', 1.0, 'news', B_DOCS],
    ['ሀሰተኛ ፓስፖርት', 'documents', 1.0, 'news', B_DOCS],
    ['የውሸት ፓስፖርት', 'documents', 1.0, 'news', B_DOCS],
    ['ሐሰተኛ ቪዛ', 'documents', 1.0, 'news', B_DOCS],
    ['ሀሰተኛ ቪዛ', 'documents', 1.0, 'news', B_DOCS],
    ['ሐሰተኛ ሰነድ', 'documents', 0.9, 'news', B_DOCS],
    ['ሀሰተኛ ሰነድ', 'documents', 0.9, 'news', B_DOCS],
    ['ሐሰተኛ መታወቂያ', 'documents', 0.9, 'news', B_DOCS],
    ['ያለ ቀጠሮ', 'documents', 0.7, 'without an appointment'],
    ['ያለ ቪዛ', 'documents', 0.6, 'visa-free travel news'],
    ['ያለ ፓስፖርት', 'documents', 0.7],
    ['የሥራ ቪዛ', 'documents', 0.25, 'legit jobs'],
    ['የስራ ቪዛ', 'documents', 0.25, 'legit jobs'],
    ['የመኖሪያ ፈቃድ', 'documents', 0.45, 'legit residents'],
    ['የሥራ ፈቃድ', 'documents', 0.3, 'legit jobs'],
    ['የስራ ፈቃድ', 'documents', 0.3, 'legit jobs'],
    ['መታወቂያ', 'documents', 0.15, 'ID card; everyday'],
  ]),
  // held-out gap class 9: look-alike identity and airport insiders
  ...define('am', gap(9), [
    ['እርስዎን የሚመስል ፓስፖርት', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['አንተን የሚመስል ፓስፖርት', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['የሚመስልዎ ፓስፖርት', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['የሚመስልህ ፓስፖርት', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['ተመሳሳይ ፓስፖርት', 'documents', 0.7, 'look-alike/insider documents; news quotes it'],
    ['ኤርፖርት ውስጥ ሰው', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['ኤርፖርት ውስጥ ሰው አለን', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['ኤርፖርት ላይ ሰው አለን', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['በአየር ማረፊያ ውስጥ ሰው', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['አየር ማረፊያ ውስጥ ሰው አለን', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
  ]),

  // ───────────────────────────── marriage ─────────────────────────────
  ...define('am', SRC, [
    ['የወረቀት ጋብቻ', 'marriage', 1.0, undefined, B_MARR],
    ['የውሸት ጋብቻ', 'marriage', 1.0, undefined, B_MARR],
    ['ሐሰተኛ ጋብቻ', 'marriage', 1.0, undefined, B_MARR],
    ['የኮንትራት ጋብቻ', 'marriage', 1.0, undefined, B_MARR],
    ['የውል ጋብቻ', 'marriage', 0.9, undefined, B_MARR],
    ['ለወረቀት ብቻ', 'marriage', 0.7, '"for papers only"', B_MARR],
    ['አብሮ መኖር አያስፈልግም', 'marriage', 0.8, '"no need to live together"', B_MARR],
  ]),
  // held-out gap class 7: sham marriage
  ...define('am', gap(7), [
    ['በወረቀት ብቻ ጋብቻ', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['ጋብቻ በወረቀት ብቻ', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['ለመኖሪያ ፈቃድ ጋብቻ', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['ጋብቻ ለመኖሪያ ፈቃድ', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['ጋብቻ ለግሪን ካርድ', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['ለግሪን ካርድ ጋብቻ', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['ከአሜሪካ ዜጋ ጋር', 'marriage', 0.6, 'legal spouse-visa questions, wedding news'],
    ['ከአውሮፓ ዜጋ ጋር', 'marriage', 0.6, 'legal spouse-visa questions'],
    ['ዜጋ ጋር ጋብቻ', 'marriage', 0.65, 'sham-marriage wording; news quotes it'],
    ['የወረቀት ሚስት', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['የወረቀት ባል', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['ምስክሮች ይዘጋጃሉ', 'marriage', 0.7, 'sham-marriage wording; news quotes it'],
    ['ምስክርና አድራሻ', 'marriage', 0.7, 'sham-marriage wording; news quotes it'],
  ]),

  // ───────────────────────────── package ─────────────────────────────
  ...define('am', SRC, [
    ['ሙሉ ፓኬጅ', 'package', 0.5, 'tour packages'],
    ['*ፓኬጅ', 'package', 0.1, 'tours'],
    ['የሥራ ዋስትና', 'package', 0.6],
    ['የስራ ዋስትና', 'package', 0.6],
    ['ሥራ ጨምሮ', 'package', 0.4],
    ['ስራ ጨምሮ', 'package', 0.4],
    ['ምግብና ማረፊያ', 'package', 0.4, 'legit jobs include board'],
    ['ምግብና ውሃ', 'package', 0.4, 'food and water on the trip'],
  ]),

  // ───────────────────────────── accommodation ─────────────────────────────
  ...define('am', SRC, [
    ['ማረፊያ', 'accommodation', 0.25, 'hotels, guesthouses'],
    ['መጠለያ', 'accommodation', 0.15, 'shelters (NGO too)'],
    ['ሴፍ ሃውስ', 'accommodation', 0.8],
    ['ደህንነቱ የተጠበቀ ቤት', 'accommodation', 0.6, '"safe house"'],
    ['መቆያ ቤት', 'accommodation', 0.5, 'waiting house'],
  ]),
  // held-out gap class 5: lodging while waiting to cross
  ...define('am', gap(5), [
    ['ለመሻገር ለሚጠብቁ', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['ለመሻገር የሚጠብቁ', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['ጉዞ እስኪጀመር', 'accommodation', 0.5, 'lodging before a crossing; low FP risk'],
    ['ጉዞው እስኪጀመር', 'accommodation', 0.5, 'lodging before a crossing; low FP risk'],
    ['መኪናው እስኪዘጋጅ', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['ጀልባው እስኪዘጋጅ', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['እስከሚቀጥለው ጉዞ', 'accommodation', 0.65, 'lodging before a crossing; low FP risk'],
    ['ከመሻገራችሁ በፊት', 'accommodation', 0.6, 'lodging before a crossing; low FP risk'],
    ['ከመሻገር በፊት', 'accommodation', 0.6, 'lodging before a crossing; low FP risk'],
    ['ለተጓዦች ማረፊያ', 'accommodation', 0.4, 'hotels and guesthouses'],
    ['የተጓዦች ቤት', 'accommodation', 0.4, 'lodging before a crossing; low FP risk'],
  ]),

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('am', SRC, [
    ['ሹፌር ይፈለጋል', 'recruitment', 0.25, 'legit driver jobs'],
    ['ሹፌሮች ይፈለጋሉ', 'recruitment', 0.25, 'legit driver jobs'],
    ['መንገድ መሪ', 'recruitment', 0.4, 'guide'],
  ]),
  // held-out gap class 6: driver recruitment (colloquial forms, pick-ups, per-trip cash)
  ...define('am', gap(6), [
    ['ሹፌር ያስፈልጋል', 'recruitment', 0.4, 'legit driver jobs'],
    ['ሹፌሮች ያስፈልጋሉ', 'recruitment', 0.4, 'legit driver jobs'],
    ['ሹፌር እንፈልጋለን', 'recruitment', 0.4, 'legit driver jobs'],
    ['ሾፌር ይፈለጋል', 'recruitment', 0.35, 'spelling variant; legit driver jobs'],
    ['ሾፌሮች ይፈለጋሉ', 'recruitment', 0.35, 'spelling variant; legit driver jobs'],
    ['ሾፌር ያስፈልጋል', 'recruitment', 0.4, 'legit driver jobs'],
    ['ተሳፋሪዎችን ከድንበር', 'recruitment', 0.6, 'border pick-up; news quotes it'],
    ['ሰዎችን ከድንበር', 'recruitment', 0.6, 'border pick-up; news quotes it'],
    ['ከድንበሩ አጠገብ', 'recruitment', 0.4, 'news'],
    ['ተሳፋሪዎቹ ዝግጁ', 'recruitment', 0.55, 'driver recruitment; legit driver jobs too'],
    ['በተስማማንበት ቦታ', 'recruitment', 0.55, 'driver recruitment; legit driver jobs too'],
    ['ለእያንዳንዱ ጉዞ', 'recruitment', 0.3, 'driver recruitment; legit driver jobs too'],
    ['በአንድ ጉዞ', 'recruitment', 0.25, 'driver recruitment; legit driver jobs too'],
    ['በጥሬ ገንዘብ', 'recruitment', 0.25, 'any cash payment'],
    ['የሌሊት ጉዞ', 'recruitment', 0.25, 'night buses'],
  ]),

  // ───────────────────────────── guarantee / payment ─────────────────────────────
  ...define('am', SRC, [
    ['ዋስትና', 'guarantee', 0.4, 'also bail, insurance, product warranty; warnings quote it', B_GUAR],
    ['ዋስትና አለ', 'guarantee', 0.7, undefined, B_GUAR],
    ['ዋስትና ያለው', 'guarantee', 0.55, 'product warranties', B_GUAR],
    ['100% ዋስትና', 'guarantee', 0.8, undefined, B_GUAR],
    ['ሙሉ ዋስትና', 'guarantee', 0.7, undefined, B_GUAR],
    ['አስተማማኝ', 'guarantee', 0.3, 'everyday "reliable"', B_GUAR],
    ['ሲደርሱ ይከፍላሉ', 'guarantee', 1.0, undefined, B_PAY],
    ['ሲደርሱ', 'guarantee', 0.5, 'everyday "when you arrive"', B_PAY],
    ['ስትደርስ', 'guarantee', 0.45, 'everyday', B_PAY],
    ['ስትደርሺ', 'guarantee', 0.45, 'everyday', B_PAY],
    ['ከደረሱ በኋላ', 'guarantee', 0.6, 'everyday "after you arrive"', B_PAY],
    ['ከደረሱ በኋላ ይከፍላሉ', 'guarantee', 1.0, undefined, B_PAY],
    ['ከደረስክ በኋላ', 'guarantee', 0.6, undefined, B_PAY],
    ['እስኪደርሱ ድረስ', 'guarantee', 0.7, 'until you arrive', B_PAY],
    ['እስክትደርስ ድረስ', 'guarantee', 0.7, undefined, B_PAY],
    ['ቢሮ ይቀመጣል', 'guarantee', 0.9, 'money kept at the office', B_PAY],
    ['ቢሮ ይቆያል', 'guarantee', 0.9, 'money stays at the office', B_PAY],
    ['ቪዛው ሲወጣ', 'guarantee', 0.8, 'pay when the visa is issued', B_PAY],
    ['ቪዛ ሲወጣ', 'guarantee', 0.8, undefined, B_PAY],
    ['በኋላ ይከፍላሉ', 'guarantee', 0.7, undefined, B_PAY],
    ['ቅድሚያ ክፍያ የለም', 'guarantee', 0.7, 'no advance payment', B_PAY],
    ['ቅድመ ክፍያ የለም', 'guarantee', 0.7, 'no advance payment', B_PAY],
    ['ሐዋላ', 'guarantee', 0.4, 'remittance; everyday', B_PAY],
    ['ሃዋላ', 'guarantee', 0.4, 'remittance; everyday', B_PAY],
  ]),
  // held-out gap class 4: no-control promises
  ...define('am', gap(4), [
    ['መታወቂያ አይጠየቅም', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['ሰነድ አይጠየቅም', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['ማንም አይጠይቅም', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['ምንም ጥያቄ አይጠየቅም', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['ፍተሻ የለም', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['በመንገድ ላይ ፍተሻ የለም', 'guarantee', 0.65, 'no-control promise; low FP risk'],
    ['ኬላ የለም', 'guarantee', 0.6, 'checkpoints'],
    ['ፖሊስ የለም', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['ፖሊስ አይመጣም', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['ስልክ ይዘጋል', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['ስልኮች ይዘጋሉ', 'guarantee', 0.55, 'no-control promise; low FP risk'],
  ]),
  // held-out gap class 8: retry and pay-later guarantees
  ...define('am', gap(8), [
    ['ከተመለሱ በነፃ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['ቢመለሱ እንደገና', 'guarantee', 0.7, 'retry/pay-later promise; warnings quote it'],
    ['እንደገና በነፃ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['በነፃ እንደገና እንሞክራለን', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
    ['ሶስት ሙከራ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['3 ሙከራ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['ሲያርፉ ይከፍላሉ', 'guarantee', 0.75, '"pay when you land"'],
    ['ግማሹን ሲደርሱ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['ግማሽ ሲደርሱ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['ግማሹ ሲደርሱ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['ገንዘቡ በታማኝ ሰው', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
    ['በታማኝ ሰው እጅ', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
    ['ታማኝ ሰው ጋር ይቀመጣል', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
  ]),

  // ───────────────────────────── urgency ─────────────────────────────
  ...define('am', SRC, [
    ['ውስን ቦታ', 'urgency', 0.6, undefined, B_URG],
    ['ቦታ ውስን ነው', 'urgency', 0.6, undefined, B_URG],
    ['የመጨረሻ ዕድል', 'urgency', 0.5, 'sales', B_URG],
    ['ይፍጠኑ', 'urgency', 0.5, 'sales', B_URG],
    ['ቶሎ ይደውሉ', 'urgency', 0.5, 'sales', B_URG],
    ['በዚህ ሳምንት', 'urgency', 0.3, undefined, B_URG],
    ['አሁኑኑ', 'urgency', 0.35, 'sales', B_URG],
  ]),

  // ───────────────────────────── contact ─────────────────────────────
  ...define('am', SRC, [
    ['*ዋትስአፕ', 'contact', 0.35, 'every business', B_CONTACT],
    ['*ዋትሳፕ', 'contact', 0.35, 'every business', B_CONTACT],
    ['*ቴሌግራም', 'contact', 0.4, undefined, B_CONTACT],
    ['*ቫይበር', 'contact', 0.4, undefined, B_CONTACT],
    ['ኢሞ', 'contact', 0.3, 'IMO messenger', B_CONTACT],
    ['ይደውሉ', 'contact', 0.3, 'every business; helplines', B_CONTACT],
    ['ደውሉ', 'contact', 0.3, 'every business', B_CONTACT],
    ['ይደውሉልን', 'contact', 0.4, undefined, B_CONTACT],
    ['ያናግሩን', 'contact', 0.45, undefined, B_CONTACT],
    ['ያግኙን', 'contact', 0.3, undefined, B_CONTACT],
    ['በውስጥ መስመር', 'contact', 0.6, '"inbox"', B_CONTACT],
    ['በውስጥ', 'contact', 0.3, '"privately"', B_CONTACT],
    ['ኢንቦክስ', 'contact', 0.5, undefined, B_CONTACT],
    ['ለበለጠ መረጃ', 'contact', 0.2, 'every ad and notice', B_CONTACT],
  ]),

  // ───────────────────────────── direction ─────────────────────────────
  ...define('am', SRC, [
    ['ወደ', 'direction', 0.35, '"to"'],
    ['በኩል', 'direction', 0.45, '"via"'],
    ['እስከ', 'direction', 0.3, '"as far as"'],
    ['ድረስ', 'direction', 0.2, '"up to"'],
    ['ከዚያ', 'direction', 0.2, '"then/from there"'],
    ['ከዛ', 'direction', 0.2, '"then"'],
  ]),

  // ───────────────────────────── negative context: news ─────────────────────────────
  ...define('am', SRC, [
    ['በቁጥጥር ስር', 'news', 0.8],
    ['ተያዙ', 'news', 0.6],
    ['ተይዘዋል', 'news', 0.6],
    ['*ፖሊስ', 'news', 0.3],
    ['ፍርድ ቤት', 'news', 0.5],
    ['ዜና', 'news', 0.5],
    ['ዘገባ', 'news', 0.4],
    ['እንደገለጹት', 'news', 0.5],
    ['እንደገለጸው', 'news', 0.5],
    ['አስታውቋል', 'news', 0.5],
    ['ሕይወታቸው አለፈ', 'news', 0.6],
    ['ህይወታቸው አለፈ', 'news', 0.6],
    ['ሕይወታቸው', 'news', 0.3],
    ['ህይወታቸው', 'news', 0.3],
    ['ሞቱ', 'news', 0.4],
    ['ተገልብጦ', 'news', 0.6],
    ['ከአደጋው', 'news', 0.5],
    ['የተረፉት', 'news', 0.5],
    ['ምርመራ', 'news', 0.35, 'also medical examination'],
    ['የሰዎች ዝውውር', 'news', 0.5, 'also warnings'],
    ['የሰው ዝውውር', 'news', 0.5, 'also warnings'],
    ['ኢዜአ', 'news', 0.6, 'ENA (Ethiopian News Agency)'],
  ]),
  // held-out gap class 3: court and trial reporting
  ...define('am', gap(3), [
    ['ተፈረደበት', 'news', 0.7, 'court reporting; rare in ads'],
    ['ተፈረደባቸው', 'news', 0.7, 'court reporting; rare in ads'],
    ['ዓመት እስራት', 'news', 0.7, 'court reporting; rare in ads'],
    ['አመት እስራት', 'news', 0.7, 'court reporting; rare in ads'],
    ['ዓመት ጽኑ እስራት', 'news', 0.7, 'court reporting; rare in ads'],
    ['እስራት ተቀጣ', 'news', 0.7, 'court reporting; rare in ads'],
    ['እስራት ተቀጡ', 'news', 0.7, 'court reporting; rare in ads'],
    ['ዐቃቤ ሕግ', 'news', 0.6, 'court reporting; rare in ads'],
    ['ዓቃቤ ሕግ', 'news', 0.6, 'court reporting; rare in ads'],
    ['ተከሳሽ*', 'news', 0.6, '"defendant" with suffixes'],
    ['ተከሳሾ*', 'news', 0.6, '"defendants" with suffixes (ተከሳሾች, ተከሳሾቹን)'],
    ['ክስ መሰረተ', 'news', 0.6, 'court reporting; rare in ads'],
    ['ክስ ተመሰረተባቸው', 'news', 0.6, 'court reporting; rare in ads'],
    ['ጥፋተኛ ተብለው', 'news', 0.65, 'court reporting; rare in ads'],
    ['ጥፋተኛ ሆነው', 'news', 0.6, 'court reporting; rare in ads'],
    ['የፍርድ ሂደት', 'news', 0.6, 'court reporting; rare in ads'],
    ['ችሎት', 'news', 0.55, 'court reporting; rare in ads'],
    ['ከፍተኛ ፍርድ ቤት', 'news', 0.6, 'court reporting; rare in ads'],
  ]),

  // ───────────────────────────── negative context: warning ─────────────────────────────
  ...define('am', SRC, [
    ['ማስጠንቀቂያ', 'warning', 0.8, undefined, B_FP],
    ['ተጠንቀቁ', 'warning', 0.8, undefined, B_FP],
    ['ይጠንቀቁ', 'warning', 0.8, undefined, B_FP],
    ['ይዋሻሉ', 'warning', 0.6, undefined, B_FP],
    ['አትመኑ', 'warning', 0.6, undefined, B_FP],
    ['አይመኑ', 'warning', 0.6, undefined, B_FP],
    ['አይክፈሉ', 'warning', 0.6, undefined, B_FP],
    ['አትክፈሉ', 'warning', 0.6, undefined, B_FP],
    ['ሕገ-ወጥ', 'warning', 0.4, 'also news', B_FP],
    ['ሕገ ወጥ', 'warning', 0.4, 'also news', B_FP],
    ['ህገ ወጥ', 'warning', 0.4, 'also news', B_FP],
    ['ህገወጥ', 'warning', 0.4, 'also news', B_FP],
    ['ሕገወጥ', 'warning', 0.4, 'also news', B_FP],
    ['አደገኛ', 'warning', 0.45, undefined, B_FP],
    ['ማጭበርበር', 'warning', 0.6, undefined, B_FP],
    ['አጭበርባሪ', 'warning', 0.6, undefined, B_FP],
    ['አጭበርባሪዎች', 'warning', 0.6, undefined, B_FP],
    ['ሕይወታቸውን እያጡ', 'warning', 0.6, undefined, B_FP],
    ['ህይወታቸውን እያጡ', 'warning', 0.6, undefined, B_FP],
  ]),

  // ───────────────────────────── negative context: campaign ─────────────────────────────
  ...define('am', SRC, [
    ['ነፃ የስልክ መስመር', 'campaign', 0.7, 'toll-free line', B_FP],
    ['ነጻ የስልክ መስመር', 'campaign', 0.7, 'toll-free line', B_FP],
    ['ግንዛቤ', 'campaign', 0.5, 'awareness', B_FP],
    ['ግንዛቤ ማስጨበጫ', 'campaign', 0.8, 'awareness campaign', B_FP],
    ['የሠራተኛና ማኅበራዊ ጉዳይ', 'campaign', 0.7, 'MoLSA', B_FP],
    ['የሰራተኛና ማህበራዊ ጉዳይ', 'campaign', 0.7, 'MoLSA', B_FP],
    ['ሚኒስቴር', 'campaign', 0.35, undefined, B_FP],
    ['ሕጋዊ የሥራ ስምሪት', 'campaign', 0.7, 'legal labour placement', B_FP],
    ['የሥራ ስምሪት', 'campaign', 0.45, undefined, B_FP],
    ['የስራ ስምሪት', 'campaign', 0.45, undefined, B_FP],
  ]),

  // ───────────────────────────── negative context: legal ─────────────────────────────
  ...define('am', SRC, [
    ['ጥገኝነት', 'legal', 0.45, 'asylum', B_FP],
    ['የጥገኝነት ጥያቄ', 'legal', 0.55, undefined, B_FP],
    ['ጠበቃ', 'legal', 0.5, undefined, B_FP],
    ['ይግባኝ', 'legal', 0.45, undefined, B_FP],
    ['የሕግ ምክር', 'legal', 0.5, undefined, B_FP],
    ['የህግ ምክር', 'legal', 0.5, undefined, B_FP],
  ]),

  // ───────────────────────────── negative context: legit ─────────────────────────────
  ...define('am', SRC, [
    ['በሕጋዊ መንገድ', 'legit', 0.5, 'scammers also claim "legal"', B_FP],
    ['በህጋዊ መንገድ', 'legit', 0.5, 'scammers also claim "legal"', B_FP],
    ['ሕጋዊ', 'legit', 0.2, 'scammers also claim "legal"', B_FP],
    ['ፈቃድ የተሰጠው', 'legit', 0.7, 'licensed', B_FP],
    ['ፈቃድ ያለው', 'legit', 0.6, 'licensed', B_FP],
    ['ሕጋዊ ውል', 'legit', 0.6, 'legal contract', B_FP],
    ['ደመወዝ', 'legit', 0.2, 'salary: legit jobs', B_FP],
    ['ወርሃዊ ደመወዝ', 'legit', 0.3, 'salary: legit jobs', B_FP],
    ['ኢንሹራንስ', 'legit', 0.3, undefined, B_FP],
    ['*ኤጀንሲ', 'legit', 0.15, 'agency; smuggler pages pose as agencies', B_FP],
    ['እንኳን ደስ አላችሁ', 'legit', 0.35, 'personal congratulations', B_FP],
    ['እንኳን ደስ አለህ', 'legit', 0.35, 'personal congratulations', B_FP],
  ]),
  // held-out gap class 1: legal travel/jobs that REQUIRE papers
  ...define('am', gap(1), [
    ['ፓስፖርት ይዘው ይምጡ', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ፓስፖርትዎን ይዘው', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['የሚሰራ ፓስፖርት', 'legit', 0.5, 'visa-fraud ads ask for one too'],
    ['የጸና ፓስፖርት', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ፓስፖርት ግዴታ ነው', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ቪዛ ግዴታ ነው', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ፓስፖርት ያስፈልጋል', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ቪዛ ያስፈልጋል', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['የመኖሪያ ፈቃድ ያላቸው', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ለአውሮፓ ዜጎች ብቻ', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['የፓስፖርት ቁጥጥር', 'legit', 0.45, 'legal travel/job requirement; fraud ads rarely demand papers'],
  ]),
  // held-out gap class 2: honest consultancy (negated guarantees, official decision and fees)
  ...define('am', gap(2), [
    ['ዋስትና አንሰጥም', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ዋስትና መስጠት አንችልም', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ዋስትና የለም', 'legit', 0.5, 'warnings say it too'],
    ['ማረጋገጥ አንችልም', 'legit', 0.55, 'honest-consultancy wording; warnings use it too'],
    ['ውሳኔው የኤምባሲው ነው', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ውሳኔውን የሚሰጠው ኤምባሲው', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ቪዛ የሚሰጠው ኤምባሲው ብቻ', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ኤምባሲው ብቻ ነው', 'legit', 0.55, 'honest-consultancy wording; warnings use it too'],
    ['ኦፊሴላዊ ክፍያ', 'legit', 0.5, 'honest-consultancy wording; warnings use it too'],
    ['ህጋዊ ክፍያ', 'legit', 0.5, 'honest-consultancy wording; warnings use it too'],
    ['ከሚኒስቴሩ ፈቃድ', 'legit', 0.55, 'honest-consultancy wording; warnings use it too'],
  ]),
  // held-out gap class 10: sports and fan trips
  ...define('am', gap(10), [
    ['የደጋፊዎች ጉዞ', 'legit', 0.5, 'sports/fan travel'],
    ['የደጋፊዎች አውቶቡስ', 'legit', 0.5, 'sports/fan travel'],
    ['የደጋፊ ማህበር', 'legit', 0.45, 'sports/fan travel'],
    ['የጨዋታ ትኬት', 'legit', 0.45, 'sports/fan travel'],
    ['ከሜዳ ውጭ ጨዋታ', 'legit', 0.5, 'sports/fan travel'],
  ]),
  // held-out gap class 11: tariffs and bookings ("ከ … ብር ጀምሮ" = "from … birr")
  ...define('am', gap(11), [
    ['ብር ጀምሮ', 'legit', 0.4, 'price-specific form of "ጀምሮ"; bare ጀምሮ is also "from (a date)"'],
    ['ዶላር ጀምሮ', 'legit', 0.4, 'tariff/booking wording of travel agencies'],
    ['ደርሶ መልስ', 'legit', 0.45, 'round trip'],
    ['ደርሶ መልስ ትኬት', 'legit', 0.5, 'tariff/booking wording of travel agencies'],
    ['የደርሶ መልስ ትኬት', 'legit', 0.5, 'tariff/booking wording of travel agencies'],
    ['በሳምንት በረራ', 'legit', 0.45, 'tariff/booking wording of travel agencies'],
    ['በኦንላይን ይመዝገቡ', 'legit', 0.45, 'tariff/booking wording of travel agencies'],
    ['ኦንላይን ቦታ ያስይዙ', 'legit', 0.45, 'tariff/booking wording of travel agencies'],
    ['ቦታ ያስይዙ', 'legit', 0.35, 'smuggling ads may say it too: kept low'],
  ]),

  // ───────────────────────────── places ─────────────────────────────
  ...places('am', B_PLACES, [
    ['*ሳውዲ', 'SA'], ['*ሳዑዲ', 'SA'], ['ሳውዲ አረቢያ', 'SA'], ['*ሪያድ', 'SA'], ['*ጂዳ', 'SA'], ['*የመን', 'YE'], ['*ጅቡቲ', 'DJ'],
    ['*ቦሳሶ', 'SO'], ['*ሶማሊላንድ', 'SO'], ['*ሶማሊያ', 'SO'], ['*ሐርጌሳ', 'SO'], ['*ሀርጌሳ', 'SO'], ['*ኬንያ', 'KE'], ['*ናይሮቢ', 'KE'],
    ['*ሞያሌ', 'ET'], ['*ታንዛኒያ', 'TZ'], ['*ማላዊ', 'MW'], ['*ሞዛምቢክ', 'MZ'], ['*ዛምቢያ', 'ZM'], ['ደቡብ አፍሪካ', 'ZA'],
    ['*ጆሃንስበርግ', 'ZA'], ['*ሱዳን', 'SD'], ['*ካርቱም', 'SD'], ['*ሊቢያ', 'LY'], ['*ግብፅ', 'EG'], ['*ጣሊያን', 'IT'], ['*ጣልያን', 'IT'],
    ['*አውሮፓ', 'EU'], ['*ጀርመን', 'DE'], ['*እንግሊዝ', 'GB'], ['*ለንደን', 'GB'], ['*ፈረንሳይ', 'FR'], ['*አሜሪካ', 'US'], ['*ካናዳ', 'CA'],
    ['*ዱባይ', 'AE'], ['*ኢትዮጵያ', 'ET'], ['አዲስ አበባ', 'ET'], ['*ኤርትራ', 'ER'], ['*ሊባኖስ', 'LB'], ['*ቤሩት', 'LB'], ['*ኩዌት', 'KW'],
    // -ን "and"/accusative and -ም "also" forms (a leading and a trailing `*` cannot be combined)
    ['*አውሮፓን', 'EU'], ['*ካናዳን', 'CA'], ['*ሊቢያን', 'LY'], ['*ሳውዲን', 'SA'], ['*ዱባይን', 'AE'], ['*አሜሪካን', 'US'],
    ['*ኳታር', 'QA'], ['*ኦማን', 'OM'], ['*እስራኤል', 'IL'], ['*ቱርክ', 'TR'], ['*ግሪክ', 'GR'], ['*ሜክሲኮ', 'MX'], ['*ብራዚል', 'BR'],
  ]),
  // ── probe-set generalisation (2026-12) ──
  ...define('am', SRC, [
    ['*ፓስፖርት*', 'documents', 0.15, 'passport with suffixes (ፓስፖርትና)'],
    ['በሲስተም', 'documents', 0.5, '"in the system"', B_DOCS],
    ['በሲስተም የተመዘገበ', 'documents', 0.85, '"registered in the system"', B_DOCS],
    ['እርግጠኛ', 'guarantee', 0.35, '"certain"', B_GUAR],
    ['100% እርግጠኛ', 'guarantee', 0.8, undefined, B_GUAR],
  ]),
  // ── obfuscation-probe generalisation (2026-12): romanised, Arabizi and mixed-style forms ──
  // romanised Amharic
  ...define('am', 'candidate: native-speaker check needed (romanised Amharic)', [
    ['delala', 'offer', 0.4, '"broker" — also real-estate and car brokers', 'mission-anchors §B3 Tigrinya/Amharic (ደላላ "delala", candidate)'],
    ['yale visa', 'offer', 0.5, '"without a visa"'],
    ['wastina', 'guarantee', 0.3],
    ['100% wastina', 'guarantee', 0.6],
    ['kfiya kederesu behuala', 'guarantee', 0.9, 'pay on arrival', 'mission-anchors §B2 #2 (pay on arrival); romanised Amharic candidate'],
    ['kederesu behuala', 'guarantee', 0.6],
    ['kederesk behuala', 'guarantee', 0.6],
    ['be mekina', 'transport', 0.3, '"by car"'],
    ['wede', 'direction', 0.35, '"to"'],
  ]),
  ...places('am', 'mission-anchors §B2 (routes); romanised spellings: candidate: native-speaker check needed', [
    ['Saudi', 'SA'], ['Debub Afrika', 'ZA'], ['Yemen', 'YE'],
  ]),
  ...define('am', SRC, [
    ['ያለ ቃለ መጠይቅ', 'documents', 0.55, 'visa "without an interview"'],
  ]),
  // cue classes: forgery quality claims, passes controls, document production
  ...define('am', 'analyst: cue classes: forgery quality claims, passes controls, document production', [
    ['ልክ እንደ ኦሪጅናል', 'documents', 0.4, 'A quality claim; replicas'],
    ['ከኦሪጅናሉ ልዩነት የለውም', 'documents', 0.4, 'A quality claim'],
    ['ፓስፖርት እንደ ኦሪጅናል', 'documents', 0.75, 'A quality claim'],
    ['ኦሪጅናል ሆሎግራም', 'documents', 0.7, 'A quality claim'],
    ['ሲስተም ላይ የተመዘገበ', 'documents', 0.75, 'A quality claim'],
    ['ማንኛውንም ፍተሻ ያልፋል', 'documents', 0.75, 'B passes-controls claim'],
    ['በማንኛውም አየር ማረፊያ ያልፋል', 'documents', 0.75, 'B passes-controls claim'],
    ['በማንኛውም ድንበር ያልፋል', 'documents', 0.75, 'B passes-controls claim'],
    ['የፖሊስ ፍተሻ ያልፋል', 'documents', 0.7, 'B passes-controls claim'],
    ['አየር ማረፊያ ላይ ችግር የለውም', 'documents', 0.35, 'B passes-controls claim; travel posts'],
    ['ፓስፖርት እንሰራለን', 'documents', 0.65, 'C production verb + document'],
    ['መንጃ ፈቃድ እንሰራለን', 'documents', 0.65, 'C production verb + document'],
    ['የመኖሪያ ፈቃድ እንሰራለን', 'documents', 0.7, 'C production verb + document'],
    ['መታወቂያ እንሰራለን', 'documents', 0.4, 'C production verb + document; ID-card printers'],
    ['ቪዛ እንሰራለን', 'documents', 0.3, 'C production verb + document; visa agents'],
  ]),
  // cue classes: visa requirements waived, guaranteed approval, identity fitted to the buyer, private contact
  ...define('am', 'analyst: cue classes: visa requirements waived, guaranteed approval, identity fitted to the buyer, private contact', [
    ['ያለ ባንክ ስቴትመንት', 'documents', 0.7, 'D requirement waived: without bank statement'],
    ['ያለ የባንክ ስቴትመንት', 'documents', 0.7, 'D requirement waived: without bank statement'],
    ['የባንክ ስቴትመንት አያስፈልግም', 'documents', 0.7, 'D requirement waived: bank statement not needed'],
    ['ያለ ገንዘብ ማረጋገጫ', 'documents', 0.65, 'D requirement waived: without financial proof'],
    ['ያለ ንብረት ማስረጃ', 'documents', 0.6, 'D requirement waived: without property documents'],
    ['ቪዛ ያለ ቃለ መጠይቅ', 'documents', 0.65, 'D requirement waived: visa without interview'],
    ['ያለ ኢንተርቪው', 'documents', 0.4, 'D requirement waived: low: job ads'],
    ['ቪዛ ቢከለከሉም እንኳ', 'documents', 0.7, 'D requirement waived: even if you were refused a visa'],
    ['ሪጀክት የሆኑም', 'documents', 0.6, 'D requirement waived: those rejected too [unsure]'],
    ['የኤምባሲ ቀጠሮ እናስይዛለን', 'documents', 0.6, 'D requirement waived: we book embassy appointments; legit helpers too'],
    ['የኤምባሲ ቀጠሮ', 'documents', 0.4, 'D requirement waived: low: ordinary visa talk'],
    ['ዋስትና ያለው ቪዛ', 'documents', 0.65, 'E guaranteed approval: visa with a guarantee'],
    ['ቪዛ በዋስትና', 'documents', 0.65, 'E guaranteed approval: visa with guarantee'],
    ['በዋስትና ቪዛ', 'documents', 0.65, 'E guaranteed approval: visa with guarantee'],
    ['የተረጋገጠ ቪዛ', 'documents', 0.6, 'E guaranteed approval: assured visa'],
    ['100% ቪዛ', 'documents', 0.6, 'E guaranteed approval: 100% visa'],
    ['ቪዛ እናረጋግጣለን', 'documents', 0.7, 'E guaranteed approval: we guarantee the visa'],
    ['ቪዛው በእጅዎ', 'documents', 0.4, 'E guaranteed approval: low: ordinary talk'],
    ['ፓስፖርት በራስዎ ፎቶ', 'documents', 0.8, 'F identity fitted to buyer: passport with your own photo'],
    ['በራስዎ ፎቶ ፓስፖርት', 'documents', 0.8, 'F identity fitted to buyer: passport with your own photo'],
    ['በራስህ ፎቶ', 'documents', 0.4, 'F identity fitted to buyer: low: with your own photo; gifts'],
    ['ሲስተም ላይ የሚገኝ', 'documents', 0.7, 'F identity fitted to buyer: found in the system'],
    ['ኦንላይን የሚረጋገጥ', 'documents', 0.65, 'F identity fitted to buyer: verifiable online'],
    ['እድሜ መቀየር ይቻላል', 'documents', 0.75, 'F identity fitted to buyer: age can be changed'],
    ['እድሜ ማስተካከል', 'documents', 0.4, 'F identity fitted to buyer: low: legit court age correction'],
    ['ኢንቦክስ ያድርጉ', 'contact', 0.5, 'G private contact call: inbox (us)'],
    ['ለቁም ነገረኞች ብቻ', 'contact', 0.55, 'G private contact call: serious people only'],
    ['ቁም ነገረኛ ብቻ', 'contact', 0.55, 'G private contact call: serious only'],
    ['የምር ፈላጊዎች ብቻ', 'contact', 0.55, 'G private contact call: only genuine seekers'],
  ]),
  // cue classes: rental and rideshare abuse, ship passage, fake jobs, tourist cover, fake family reunion, marriage for papers, police arranged
  ...define('am', 'analyst: cue classes: rental and rideshare abuse, ship passage, fake jobs, tourist cover, fake family reunion, marriage for papers, police arranged', [
    ['እንግዶች አይመዘገቡም', 'accommodation', 0.65, 'rental abuse: unregistered guests'],
    ['ሲገቡ መታወቂያ አይጠየቅም', 'accommodation', 0.6, 'rental abuse: no ID asked on arrival'],
    ['በእኛ ስም የተያዘ', 'accommodation', 0.6, 'rental abuse: booked in our name'],
    ['በየጊዜው ብዙ ሰዎች', 'accommodation', 0.35, 'low: rental abuse: "many people each time"; generic wording'],
    ['በየሳምንቱ ቤት እንቀይራለን', 'accommodation', 0.65, 'rental abuse: rotating flats'],
    ['ማንም እንዳይጠረጥር', 'accommodation', 0.6, 'rental abuse: evading suspicion'],
    ['ከዋጋው በላይ በጥሬ ገንዘብ', 'accommodation', 0.6, 'rental abuse: cash above list price'],
    ['ጥሩ ግምገማ ያለው ፕሮፋይል', 'recruitment', 0.55, 'rideshare abuse: clean driver account'],
    ['መደበኛ ተሳፋሪዎች ናቸው', 'recruitment', 0.6, 'rideshare abuse: "if stopped, normal passengers"'],
    ['ሰነድ የሌላቸው ተሳፋሪዎች', 'recruitment', 0.65, 'rideshare abuse: undocumented passengers'],
    ['ወረቀት የሌላቸው ጓደኞች', 'recruitment', 0.6, 'rideshare abuse: undocumented "friends"'],
    ['ወረቀት የሌላቸውን ሰዎች ማጓጓዝ', 'recruitment', 0.65, 'rideshare abuse: driver recruitment'],
    ['በጭነት መርከብ ላይ ቦታ', 'transport', 0.7, 'ship/yacht passage: cargo-ship passage'],
    ['በመርከብ ተደብቆ', 'transport', 0.7, 'ship/yacht passage: concealment on board'],
    ['በመርከብ በድብቅ', 'transport', 0.65, 'ship/yacht passage: stowaway'],
    ['እንደ መርከብ ሠራተኛ', 'transport', 0.4, 'low: ship/yacht passage: "as a ship worker" (crew cover); legitimate seafarer ads too'],
    ['በቅንጦት ጀልባ መሻገር', 'transport', 0.65, 'ship/yacht passage: yacht crossing'],
    ['በጀልባው ላይ ቁጥጥር የለም', 'transport', 0.75, 'ship/yacht passage: no-control promise'],
    ['የስራ ቪዛ ከኮንትራት ጋር', 'documents', 0.55, 'fake job/work visa: work visa with contract; licensed agencies advertise it too'],
    ['ኮንትራቱ ዝግጁ ነው', 'documents', 0.55, 'fake job/work visa: contract ready'],
    ['በእውነት መስራት አያስፈልግም', 'documents', 0.7, 'fake job/work visa: ghost job'],
    ['የኩባንያ ደብዳቤና ግብዣ', 'documents', 0.65, 'fake job/work visa: sponsor paperwork sold'],
    ['ቋንቋ አያስፈልግም', 'documents', 0.4, 'low: fake job/work visa: Gulf job ads also say it'],
    ['የስልጠና ሰርተፊኬት አያስፈልግም', 'documents', 0.65, 'fake job/work visa: bypassing the COC/training requirement'],
    ['የመንግስት ምዝገባ አያስፈልግም', 'documents', 0.65, 'fake job/work visa: bypassing MoLS overseas-employment registration'],
    ['በቱሪስት ቪዛ ከዚያ ጥገኝነት', 'package', 0.7, 'tourist cover for asylum/overstay: tourist entry then asylum'],
    ['በአየር ማረፊያ ጥገኝነት', 'package', 0.6, 'tourist cover for asylum/overstay: asylum at the airport'],
    ['ስትደርሱ ቀሪውን እኛ እንጨርሳለን', 'package', 0.6, 'tourist cover for asylum/overstay: "we handle the rest"; agencies phrase it similarly'],
    ['ጥገኝነት ስራና መኖሪያ', 'package', 0.7, 'tourist cover for asylum/overstay: asylum, job and housing arranged'],
    ['ሲደርሱ ጥገኝነት ይጠይቁ', 'package', 0.65, 'tourist cover for asylum/overstay: ask for asylum on arrival'],
    ['በቤተሰብ ፋይል እናስገባዎታለን', 'documents', 0.75, 'fake family reunification: inserted into a family case'],
    ['የቤተሰቡ ልጅ ትሆናለህ', 'documents', 0.75, 'fake family reunification: posing as a child'],
    ['ዝግጁ የቤተሰብ ፋይል', 'documents', 0.75, 'fake family reunification: ready-made family case'],
    ['የቤተሰብ ውህደት ፋይል', 'documents', 0.4, 'low: fake family reunification: official term'],
    ['ለኤምባሲ ቃለ መጠይቅ እናሰለጥናለን', 'documents', 0.65, 'fake family reunification: coaching; consultancies also coach'],
    ['ለወረቀት ጋብቻ', 'marriage', 0.9, 'marriage for papers: marriage for papers'],
    ['ካርድ ከተገኘ በኋላ ፍቺ', 'marriage', 0.85, 'marriage for papers: divorce after residence card'],
    ['ወረቀት ከወጣ በኋላ ፍቺ', 'marriage', 0.85, 'marriage for papers: divorce after papers'],
    ['በወረቀት ብቻ አብሮ መኖር የለም', 'marriage', 0.85, 'marriage for papers: paper-only marriage'],
    ['ከአውሮፓ ዜጋ ጋር የጋብቻ ውል', 'marriage', 0.85, 'marriage for papers: marriage contract with EU citizen'],
    ['የወረቀት ኒካህ', 'marriage', 0.9, 'marriage for papers: paper nikah (Ethiopian Muslims)'],
    ['ፖሊሱን እኛ እንጨርሳለን', 'guarantee', 0.65, 'police arranged: police handled'],
    ['ከፖሊስ ጋር እኛ እንነጋገራለን', 'guarantee', 0.6, 'police arranged: "talking to the police is our job"'],
    ['ፖሊስ ተከፍሏል', 'guarantee', 0.6, 'police arranged: bribed police'],
    ['ኬላዎቹ ተስተካክለዋል', 'guarantee', 0.65, 'police arranged: arranged checkpoints'],
    ['ኬላ ላይ ችግር የለም', 'guarantee', 0.6, 'police arranged: no trouble at checkpoints'],
  ]),
  // cue classes: selling, making or renting identity documents
  ...define('am', 'analyst: cue classes: selling, making or renting identity documents', [
    ['ፓስፖርት ለሽያጭ', 'documents', 0.8, 'passport for sale'],
    ['ፓስፖርት እንሸጣለን', 'documents', 0.8, 'we sell passports'],
    ['ፓስፖርት እሰራለሁ', 'documents', 0.7, 'I make passports'],
    ['የመኖሪያ ፈቃድ ለሽያጭ', 'documents', 0.8, 'residence permit for sale'],
    ['መንጃ ፈቃድ ለሽያጭ', 'documents', 0.75, 'driving licence for sale'],
    ['ፓስፖርት በኪራይ', 'documents', 0.75, 'passport for rent'],
    ['የአውሮፓ ፓስፖርት ይገኛል', 'documents', 0.75, 'European passport available'],
  ]),
];
