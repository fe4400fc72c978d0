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

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('am', SRC, [
    ['ሹፌር ይፈለጋል', 'recruitment', 0.25, 'legit driver jobs'],
    ['ሹፌሮች ይፈለጋሉ', 'recruitment', 0.25, 'legit driver jobs'],
    ['መንገድ መሪ', 'recruitment', 0.4, 'guide'],
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
];
