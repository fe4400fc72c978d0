import { define, places } from './define';
import type { LexiconEntry } from '../types';

/**
 * Default provenance: Tigrinya forms supplied by the lexicon author. mission-anchors §B3 records
 * Tigrinya/Amharic ad phrasing as a GAP (no ad strings retrievable), so nearly every row here is
 * a candidate that a native speaker must check.
 */
const SRC = 'candidate: native-speaker check needed (mission-anchors §B3: Tigrinya is a gap)';
const B_DELALA = 'mission-anchors §B3 Tigrinya/Amharic (ደላላ "delala", broker) [candidate]';
const B_LIBYA = 'mission-anchors §B3 Tigrinya/Amharic (TIME: Libya narratives); §B2 #9; Tigrinya form candidate';
const B_PAY = 'mission-anchors §B1 #3, §B2 #2 (pay on/after arrival); Tigrinya form candidate';
const B_GUAR = 'mission-anchors §B2 #1 ("100% guaranteed"); Tigrinya form candidate';
const B_CONTACT = 'mission-anchors §B1 #4, §B2 #27; Tigrinya form candidate';
const B_DOCS = 'mission-anchors §B1 #8, A2 EMSC (forged documents); Tigrinya form candidate';
const B_MARR = 'mission-anchors §B1 #7 (sham marriages); Tigrinya form candidate';
const B_URG = 'mission-anchors §B1 #9; Tigrinya form candidate';
const B_FP = 'mission-anchors §B4 (benign look-alikes; ransom crowdfunding §B4 #5); Tigrinya form candidate';
const B_PLACES = 'mission-anchors §B2 #9, §B3 Tigrinya/Amharic (Horn→Sudan→Libya→Italy); candidate spellings';

/**
 * Lexicon: Tigrinya (Ge'ez script).
 *
 * Ge'ez is a syllabary; words take attached prefixes (ብ- "by/with", ን- "to/for", ከም- "as") and
 * suffixes (-ና, -ን, -ታት plural). Nouns and place names that commonly carry a prefix have a
 * leading `*`; the Ethiopic wordspace "፡" and full stop "።" must count as word boundaries.
 */
export const entries: readonly LexiconEntry[] = [
  // ───────────────────────────── offer / service ─────────────────────────────
  ...define('ti', SRC, [
    ['ደላላ', 'offer', 0.3, 'brokers of any kind; warnings and news', B_DELALA],
    ['ደለልቲ', 'offer', 0.25, 'plural; warnings and news', B_DELALA],
    ['ኣሰጋጋሪ', 'offer', 0.3, 'smuggler; mostly warnings and news'],
    ['ኣሰጋገርቲ', 'offer', 0.2, 'smugglers (pl.); mostly warnings and news'],
    ['ምስግጋር', 'offer', 0.4, 'also legit "transfer"; news'],
    ['ምሕላፍ ዶብ', 'offer', 0.6, 'news'],
    ['ዶብ ምሕላፍ', 'offer', 0.6, 'news'],
    ['ዶብ ንሰግር', 'offer', 0.8],
    ['ነሕልፈኩም', 'offer', 0.8, '"we take you across"'],
    ['ነብጽሓኩም', 'offer', 0.7, '"we deliver you"'],
    ['ንሰድድ', 'offer', 0.4, '"we send"; parcels, money'],
    ['ጉዕዞ', 'offer', 0.15, 'any journey; news'],
    ['ጉዕዞ ናብ', 'offer', 0.3, 'any journey'],
    ['ውሑስ ጉዕዞ', 'offer', 0.7, 'quoted in warnings', B_GUAR],
    ['ውሑስ መገዲ', 'offer', 0.7, undefined, B_GUAR],
    ['ምቹእ ጉዕዞ', 'offer', 0.5, 'comfortable trip; tourism'],
    ['ናብ ኤውሮጳ', 'offer', 0.4, 'news, legit study'],
    ['ናብ ኣውሮጳ', 'offer', 0.4, 'news, legit study'],
    ['ኤምባሲ ውሽጢ ሰብ', 'offer', 0.9, 'insider at the embassy', B_DOCS],
    ['ነፍሲ ወከፍ', 'offer', 0.2, '"per person": price cue; news quotes prices too'],
  ]),

  // ───────────────────────────── transport ─────────────────────────────
  ...define('ti', SRC, [
    ['*ጃልባ', 'transport', 0.45, 'boat-accident news; fishing', B_LIBYA],
    ['ዓባይ ጃልባ', 'transport', 0.7, undefined, B_LIBYA],
    ['*መርከብ', 'transport', 0.4, 'shipping news'],
    ['*መኪና', 'transport', 0.15, 'everyday "car"'],
    ['ብመኪና ጥራይ', 'transport', 0.6, 'reassurance: car only, no walking'],
    ['ሎሪ', 'transport', 0.3, 'truck'],
    ['*ኮንተይነር', 'transport', 0.5, 'freight'],
    ['ብእግሪ', 'transport', 0.3, 'everyday "on foot"'],
    ['*ነፋሪት', 'transport', 0.15, 'aeroplane'],
    ['ባሕሪ', 'transport', 0.15, 'sea; news'],
    ['ሰሃራ', 'transport', 0.25, 'Sahara; news'],
    ['ሰሓራ', 'transport', 0.25, 'Sahara; news'],
    ['መግብን ማይን', 'transport', 0.5, 'food and water on board'],
  ]),

  // ───────────────────────────── documents ─────────────────────────────
  ...define('ti', SRC, [
    ['*ፓስፖርት', 'documents', 0.15, 'passport notices'],
    ['*ቪዛ', 'documents', 0.1, 'legit visa services'],
    ['ናይ ሓሶት ፓስፖርት', 'documents', 1.0, 'news', B_DOCS],
    ['ሓሶት ፓስፖርት', 'documents', 1.0, 'news', B_DOCS],
    ['ናይ ሓሶት ቪዛ', 'documents', 1.0, 'news', B_DOCS],
    ['ናይ ሓሶት ሰነድ', 'documents', 0.9, 'news', B_DOCS],
    ['ሓሶት ሰነዳት', 'documents', 0.9, 'news', B_DOCS],
    ['ብዘይ ቆጸራ', 'documents', 0.7, 'without an appointment'],
    ['ብዘይ ቪዛ', 'documents', 0.6, 'visa-free travel news'],
    ['ብዘይ ፓስፖርት', 'documents', 0.7],
    ['መንበሪ ፍቓድ', 'documents', 0.45, 'legit residents'],
    ['ናይ ስራሕ ፍቓድ', 'documents', 0.3, 'legit jobs'],
    ['ናይ ስራሕ ቪዛ', 'documents', 0.25, 'legit jobs'],
    ['መንነት ወረቐት', 'documents', 0.2],
  ]),

  // ───────────────────────────── marriage ─────────────────────────────
  ...define('ti', SRC, [
    ['ናይ ወረቐት መርዓ', 'marriage', 1.0, undefined, B_MARR],
    ['ሓሶት መርዓ', 'marriage', 1.0, undefined, B_MARR],
    ['ናይ ሓሶት መርዓ', 'marriage', 1.0, undefined, B_MARR],
    ['ናይ ውዕል መርዓ', 'marriage', 0.9, undefined, B_MARR],
    ['ንወረቐት ጥራይ', 'marriage', 0.7, '"for papers only"', B_MARR],
    ['ብሓባር ምንባር ኣየድልን', 'marriage', 0.8, '"no need to live together"', B_MARR],
  ]),

  // ───────────────────────────── package ─────────────────────────────
  ...define('ti', SRC, [
    ['ምሉእ ፓኬጅ', 'package', 0.5, 'tour packages'],
    ['*ፓኬጅ', 'package', 0.1, 'tours'],
    ['ስራሕ ዋሕስ', 'package', 0.6],
    ['ስራሕን መንበሪን', 'package', 0.5],
    ['ስራሕ ምስ መንበሪ', 'package', 0.5],
  ]),

  // ───────────────────────────── accommodation ─────────────────────────────
  ...define('ti', SRC, [
    ['መዕረፊ', 'accommodation', 0.3, 'hotels, rest stops'],
    ['መጽንሒ ገዛ', 'accommodation', 0.6],
    ['ውሑስ ገዛ', 'accommodation', 0.6, '"safe house"'],
    ['መዕቖቢ', 'accommodation', 0.2, 'shelters (NGO too)'],
  ]),

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('ti', SRC, [
    ['ሹፌር ይድለ', 'recruitment', 0.3, 'legit driver jobs'],
    ['ሸፋሪ ይድለ', 'recruitment', 0.3, 'legit driver jobs'],
    ['መራሒ መገዲ', 'recruitment', 0.4, 'guide'],
  ]),

  // ───────────────────────────── guarantee / payment ─────────────────────────────
  ...define('ti', SRC, [
    ['ዋሕስ', 'guarantee', 0.45, 'also bail/warranty; warnings quote it', B_GUAR],
    ['ዋሕስ ኣሎ', 'guarantee', 0.7, undefined, B_GUAR],
    ['100% ዋሕስ', 'guarantee', 0.8, undefined, B_GUAR],
    ['ምሉእ ዋሕስ', 'guarantee', 0.7, undefined, B_GUAR],
    ['ውሑስ', 'guarantee', 0.35, 'also "safe/secure"; warnings quote it', B_GUAR],
    ['ምስ በጻሕካ', 'guarantee', 0.6, 'everyday "when you arrive"', B_PAY],
    ['ምስ በጻሕኪ', 'guarantee', 0.6, 'everyday', B_PAY],
    ['ምስ በጻሕኩም', 'guarantee', 0.6, 'everyday', B_PAY],
    ['ምስ በጻሕካ ትኸፍል', 'guarantee', 1.0, undefined, B_PAY],
    ['ምስ በጻሕኩም ትኸፍሉ', 'guarantee', 1.0, undefined, B_PAY],
    ['ድሕሪ ምብጻሕ', 'guarantee', 0.6, 'after arrival', B_PAY],
    ['ድሕሪ ምብጻሕካ', 'guarantee', 0.7, undefined, B_PAY],
    ['ክሳብ እትበጽሕ', 'guarantee', 0.7, 'until you arrive', B_PAY],
    ['ክሳብ ትበጽሕ', 'guarantee', 0.7, undefined, B_PAY],
    ['ኣብ ቤት ጽሕፈት ይጸንሕ', 'guarantee', 0.9, 'money stays at the office', B_PAY],
    ['ኣብ ቤት ጽሕፈት', 'guarantee', 0.3, 'any office', B_PAY],
    ['ቪዛ ምስ ወጸ', 'guarantee', 0.8, 'pay when the visa is issued', B_PAY],
    ['ድሕሪ ቪዛ', 'guarantee', 0.5, undefined, B_PAY],
    ['ቅድሚ ክፍሊት የለን', 'guarantee', 0.7, 'no advance payment', B_PAY],
    ['ሓዋላ', 'guarantee', 0.4, 'remittance shops are legit and everyday', B_PAY],
  ]),

  // ───────────────────────────── urgency ─────────────────────────────
  ...define('ti', SRC, [
    ['ቀልጢፍኩም', 'urgency', 0.5, undefined, B_URG],
    ['ብቕልጡፍ', 'urgency', 0.35, 'everyday "quickly"', B_URG],
    ['ውሱን ቦታ', 'urgency', 0.6, undefined, B_URG],
    ['ቦታ ውሱን', 'urgency', 0.6, undefined, B_URG],
    ['ናይ መወዳእታ ዕድል', 'urgency', 0.5, undefined, B_URG],
    ['ኣብዚ ሰሙን', 'urgency', 0.3, undefined, B_URG],
    ['ሎሚ ሰሙን', 'urgency', 0.3, undefined, B_URG],
  ]),

  // ───────────────────────────── contact ─────────────────────────────
  ...define('ti', SRC, [
    ['*ዋትሳፕ', 'contact', 0.35, 'every business', B_CONTACT],
    ['*ዋትስኣፕ', 'contact', 0.35, 'every business', B_CONTACT],
    ['*ቴሌግራም', 'contact', 0.4, undefined, B_CONTACT],
    ['*ቫይበር', 'contact', 0.4, undefined, B_CONTACT],
    ['ኢሞ', 'contact', 0.3, 'IMO messenger', B_CONTACT],
    ['ደውሉ', 'contact', 0.3, 'every business', B_CONTACT],
    ['ተደወሉ', 'contact', 0.3, 'every business', B_CONTACT],
    ['ደውሉልና', 'contact', 0.4, undefined, B_CONTACT],
    ['ርኸቡና', 'contact', 0.3, undefined, B_CONTACT],
    ['ተወከሱ', 'contact', 0.3, undefined, B_CONTACT],
    ['ንሓበሬታ', 'contact', 0.25, 'any ad', B_CONTACT],
    ['ብውሽጢ', 'contact', 0.5, '"in private / inbox"', B_CONTACT],
    ['ውሽጢ መልእኽቲ', 'contact', 0.5, undefined, B_CONTACT],
    ['ብውሽጢ መልእኽቲ', 'contact', 0.6, undefined, B_CONTACT],
    ['ኢንቦክስ', 'contact', 0.5, undefined, B_CONTACT],
  ]),

  // ───────────────────────────── direction ─────────────────────────────
  ...define('ti', SRC, [
    ['ካብ', 'direction', 0.3, '"from"'],
    ['ናብ', 'direction', 0.35, '"to"'],
    ['ክሳብ', 'direction', 0.25, '"until/as far as"'],
    ['ብመንገዲ', 'direction', 0.45, '"via"'],
    ['ኣቢሉ', 'direction', 0.45, '"via"'],
    ['ኣቢልና', 'direction', 0.45, '"via (we)"'],
  ]),

  // ───────────────────────────── negative context: news ─────────────────────────────
  ...define('ti', SRC, [
    ['ተታሒዞም', 'news', 0.6],
    ['ተታሒዙ', 'news', 0.6],
    ['ተኣሲሮም', 'news', 0.5],
    ['*ፖሊስ', 'news', 0.3],
    ['ቤት ፍርዲ', 'news', 0.5],
    ['ዜና', 'news', 0.5],
    ['ጸብጻብ', 'news', 0.4],
    ['ከም ዝሓበሮ', 'news', 0.5],
    ['ከም ዝበልዎ', 'news', 0.45],
    ['ከም ዝገለጽዎ', 'news', 0.5],
    ['ሞይቶም', 'news', 0.5],
    ['ሞይቱ', 'news', 0.4],
    ['ዝሞቱ', 'news', 0.5],
    ['ተገልቢጣ', 'news', 0.6],
    ['ዝደሓኑ', 'news', 0.5],
    ['ሬሳ', 'news', 0.5],
    ['ምርመራ', 'news', 0.4, 'also medical examination'],
    ['ወጻኢ ጉዳያት', 'news', 0.4, 'foreign ministry statements'],
  ]),

  // ───────────────────────────── negative context: warning ─────────────────────────────
  ...define('ti', SRC, [
    ['መጠንቀቕታ', 'warning', 0.8, undefined, B_FP],
    ['ተጠንቀቑ', 'warning', 0.8, undefined, B_FP],
    ['ኣይትእመኑ', 'warning', 0.7, undefined, B_FP],
    ['ኣይትሃቡ', 'warning', 0.5, undefined, B_FP],
    ['ኣይትኽፈሉ', 'warning', 0.6, undefined, B_FP],
    ['ይሕስዉ', 'warning', 0.6, undefined, B_FP],
    ['ይሕስዉኹም', 'warning', 0.7, undefined, B_FP],
    ['ሓደገኛ', 'warning', 0.5, undefined, B_FP],
    ['ምትላል', 'warning', 0.5, undefined, B_FP],
    ['ዘይሕጋዊ', 'warning', 0.4, 'also news', B_FP],
    ['ህይወቶም ይስእኑ', 'warning', 0.6, 'also news', B_FP],
    ['ህይወቶም', 'warning', 0.3, 'also news', B_FP],
    ['ሕይወቶም', 'warning', 0.3, 'also news', B_FP],
    ['ሓራ ንምውጻእ', 'warning', 0.4, 'ransom crowdfunding ("to free") is victim content, not an ad', B_FP],
  ]),

  // ───────────────────────────── negative context: campaign ─────────────────────────────
  ...define('ti', SRC, [
    ['ሕጋዊ መገድታት', 'campaign', 0.7, undefined, B_FP],
    ['ሕጋዊ መገዲ', 'campaign', 0.6, undefined, B_FP],
    ['ነጻ ምኽሪ', 'campaign', 0.5, undefined, B_FP],
    ['ናይ ሓገዝ መስመር', 'campaign', 0.7, 'helpline', B_FP],
    ['ምስ UNHCR', 'campaign', 0.6, undefined, B_FP],
    ['ምስ IOM', 'campaign', 0.6, undefined, B_FP],
  ]),

  // ───────────────────────────── negative context: legal ─────────────────────────────
  ...define('ti', SRC, [
    ['ዑቕባ', 'legal', 0.45, undefined, B_FP],
    ['ሕቶ ዑቕባ', 'legal', 0.5, undefined, B_FP],
    ['ጠበቓ', 'legal', 0.5, undefined, B_FP],
    ['ይግባይ', 'legal', 0.45, undefined, B_FP],
    ['ሕጋዊ ምኽሪ', 'legal', 0.5, undefined, B_FP],
  ]),

  // ───────────────────────────── negative context: legit ─────────────────────────────
  ...define('ti', SRC, [
    ['ብሕጋዊ', 'legit', 0.35, 'scammers also claim "legal"', B_FP],
    ['ሕጋዊ ቪዛ', 'legit', 0.4, undefined, B_FP],
    ['ፍቓድ ዘለዎ', 'legit', 0.6, 'licensed', B_FP],
    ['ምጥርናፍ ስድራ', 'legit', 0.6, 'family reunification', B_FP],
    ['እንቋዕ ሓጎሰኩም', 'legit', 0.4, 'personal congratulations', B_FP],
    ['መርዓ', 'legit', 0.1, 'weddings (see marriage rows for sham marriage)', B_FP],
  ]),

  // ───────────────────────────── places ─────────────────────────────
  ...places('ti', B_PLACES, [
    ['*ሊብያ', 'LY'], ['*ሊቢያ', 'LY'], ['*ትሪፖሊ', 'LY'], ['*ጣልያን', 'IT'], ['*ኢጣልያ', 'IT'], ['*ጣሊያን', 'IT'], ['ሮማ', 'IT'],
    ['*ላምፔዱሳ', 'IT'], ['*ሲሲሊ', 'IT'], ['*ማልታ', 'MT'], ['*ሱዳን', 'SD'], ['*ካርቱም', 'SD'], ['*ኤርትራ', 'ER'], ['*ኣስመራ', 'ER'],
    ['*ኢትዮጵያ', 'ET'], ['ኣዲስ ኣበባ', 'ET'], ['*ግብጺ', 'EG'], ['*እስራኤል', 'IL'], ['*ኡጋንዳ', 'UG'], ['*ካምፓላ', 'UG'],
    ['*ኬንያ', 'KE'], ['*ናይሮቢ', 'KE'], ['ደቡብ ኣፍሪቃ', 'ZA'], ['*ኤውሮጳ', 'EU'], ['*ኣውሮጳ', 'EU'], ['*ጀርመን', 'DE'],
    ['*ሽወደን', 'SE'], ['*ሆላንድ', 'NL'], ['ዓዲ እንግሊዝ', 'GB'], ['*እንግሊዝ', 'GB'], ['*ብሪጣንያ', 'GB'], ['*ለንደን', 'GB'],
    ['*ፈረንሳ', 'FR'], ['ካሌ', 'FR'], ['*ስዊዘርላንድ', 'CH'], ['*ኖርወይ', 'NO'], ['*ካናዳ', 'CA'], ['*ኣሜሪካ', 'US'], ['*ኣመሪካ', 'US'],
    // -ን "and"/accusative forms (a leading and a trailing `*` cannot be combined)
    ['*ኤውሮጳን', 'EU'], ['*ኣውሮጳን', 'EU'], ['*ካናዳን', 'CA'], ['*ሊብያን', 'LY'], ['*ሱዳንን', 'SD'], ['*ጀርመንን', 'DE'],
    ['*እንግሊዝን', 'GB'], ['*ኣሜሪካን', 'US'], ['*ኢጣልያን', 'IT'],
    ['*ሜክሲኮ', 'MX'], ['*ቱርኪ', 'TR'], ['*ዱባይ', 'AE'], ['*ሳዑዲ', 'SA'], ['*የመን', 'YE'], ['*ጅቡቲ', 'DJ'], ['ቻድ', 'TD'],
    ['*ኒጀር', 'NE'], ['*ቱኒዚያ', 'TN'], ['*ግሪኽ', 'GR'], ['*ሶማልያ', 'SO'], ['ደቡብ ሱዳን', 'SS'],
  ]),
  // ── probe-set generalisation (2026-12) ──
  ...define('ti', SRC, [
    ['*ፓስፖርት*', 'documents', 0.15, 'passport with suffixes (ፓስፖርትን)'],
    ['ኣብ ሲስተም', 'documents', 0.6, '"in the system"', B_DOCS],
    ['ሲስተም ዝተመዝገበ', 'documents', 0.85, '"registered in the system"', B_DOCS],
    ['መዕቆቢ ገዛ', 'accommodation', 0.55, '"shelter house"'],
    ['ክሳብ ጃልባ', 'accommodation', 0.4, '"until the boat (leaves)"'],
    ['ብሓዋላ', 'guarantee', 0.5, 'by hawala', B_PAY],
    ['ብዘይ ጸገም', 'guarantee', 0.4, '"without trouble"', B_GUAR],
  ]),
  // ── obfuscation-probe generalisation (2026-12): romanised, Arabizi and mixed-style forms ──
  // romanised Tigrinya
  ...define('ti', 'candidate: native-speaker check needed (romanised Tigrinya)', [
    ['jelba', 'transport', 0.45, '"boat"'],
    ['bjelba', 'transport', 0.5, '"by boat"'],
    ['kfilti mis bexahka', 'guarantee', 0.85, 'pay on arrival', 'mission-anchors §B2 #2 (pay on arrival); romanised Tigrinya candidate'],
    ['kfilti ms bexahka', 'guarantee', 0.85, 'pay on arrival', 'mission-anchors §B2 #2 (pay on arrival); romanised Tigrinya candidate'],
    ['mis bexahka', 'guarantee', 0.5],
    ['mis betsahka', 'guarantee', 0.5],
    ['nab', 'direction', 0.35, '"to"'],
    ['kab', 'direction', 0.3, '"from"'],
  ]),
];
