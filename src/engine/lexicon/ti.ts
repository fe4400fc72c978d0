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

/** Source of the rows added for the held-out test's general gap classes (lexicon round 2026-12). */
const gap = (n: number): string => `analyst: held-out gap class ${n}`;

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
    ['ብዘይ ቆጸራ', 'guarantee', 0.6, 'without an appointment'],
    ['ብዘይ ቪዛ', 'documents', 0.6, 'visa-free travel news'],
    ['ብዘይ ፓስፖርት', 'documents', 0.7],
    ['መንበሪ ፍቓድ', 'documents', 0.45, 'legit residents'],
    ['ናይ ስራሕ ፍቓድ', 'documents', 0.3, 'legit jobs'],
    ['ናይ ስራሕ ቪዛ', 'documents', 0.25, 'legit jobs'],
    ['መንነት ወረቐት', 'documents', 0.2],
  ]),
  // held-out gap class 9: look-alike identity and airport insiders
  ...define('ti', gap(9), [
    ['ዝመስለካ ፓስፖርት', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['ዝመስለኪ ፓስፖርት', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['ዝመስለኩም ፓስፖርት', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['ዝመሳሰል ፓስፖርት', 'documents', 0.8, 'look-alike/insider documents; news quotes it'],
    ['ኣብ ኤርፖርት ሰብ ኣለና', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['ኤርፖርት ውሽጢ ሰብ', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['ኣብ መዕርፎ ነፋሪት ሰብ', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
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
  // held-out gap class 7: sham marriage
  ...define('ti', gap(7), [
    ['መርዓ ንወረቐት', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['መርዓ ንወረቐት ጥራይ', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['ንመንበሪ ፍቓድ መርዓ', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['መርዓ ንመንበሪ ፍቓድ', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['ምስ ዜጋ ኤውሮጳ', 'marriage', 0.6, 'legal spouse-visa questions'],
    ['ምስ ዜጋ ኣሜሪካ', 'marriage', 0.6, 'legal spouse-visa questions'],
    ['ናይ ወረቐት ሰብኣይ', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['ናይ ወረቐት ሰበይቲ', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['ምስክር ይዳሎ', 'marriage', 0.65, 'sham-marriage wording; news quotes it'],
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
  // held-out gap class 5: lodging while waiting to cross
  ...define('ti', gap(5), [
    ['ንምሕላፍ ዝጽበዩ', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['ንዝጽበዩ መዕረፊ', 'accommodation', 0.65, 'lodging before a crossing; low FP risk'],
    ['ክሳብ እትሓልፉ', 'accommodation', 0.65, 'lodging before a crossing; low FP risk'],
    ['ክሳብ መኪና ትዳሎ', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['ክሳብ ጃልባ ትዳሎ', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['ክሳብ ዝቕጽል ጉዕዞ', 'accommodation', 0.65, 'lodging before a crossing; low FP risk'],
    ['ቅድሚ ምሕላፍ', 'accommodation', 0.6, 'lodging before a crossing; low FP risk'],
    ['ገዛ ንገያሾ', 'accommodation', 0.4, 'lodging before a crossing; low FP risk'],
  ]),

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('ti', SRC, [
    ['ሹፌር ይድለ', 'recruitment', 0.3, 'legit driver jobs'],
    ['ሸፋሪ ይድለ', 'recruitment', 0.3, 'legit driver jobs'],
    ['መራሒ መገዲ', 'recruitment', 0.4, 'guide'],
  ]),
  // held-out gap class 6: driver recruitment (colloquial forms, pick-ups, per-trip cash)
  ...define('ti', gap(6), [
    ['ሹፌራት ይድለዩ', 'recruitment', 0.4, 'legit driver jobs'],
    ['ሸፈርቲ ይድለዩ', 'recruitment', 0.4, 'legit driver jobs'],
    ['ሹፌር ንደሊ', 'recruitment', 0.4, 'legit driver jobs'],
    ['ገያሾ ካብ ዶብ', 'recruitment', 0.6, 'border pick-up; news quotes it'],
    ['ሰባት ካብ ዶብ', 'recruitment', 0.55, 'border pick-up; news quotes it'],
    ['ኣብ ዝተሰማማዕናሉ ቦታ', 'recruitment', 0.55, 'driver recruitment; legit driver jobs too'],
    ['ብጉዕዞ ክፍሊት', 'recruitment', 0.3, 'driver recruitment; legit driver jobs too'],
    ['ናይ ለይቲ ጉዕዞ', 'recruitment', 0.25, 'night buses'],
    ['ብጥረ ገንዘብ', 'recruitment', 0.25, 'any cash payment'],
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
  // held-out gap class 4: no-control promises
  ...define('ti', gap(4), [
    ['መንነት ዝሓትት የለን', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['ወረቐት ዝሓትት የለን', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['ፍተሻ የለን', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['ኣብ መገዲ ፍተሻ የለን', 'guarantee', 0.65, 'no-control promise; low FP risk'],
    ['ፖሊስ የለን', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['ፖሊስ ኣይመጽእን', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['ስልኪ ዕጹው', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['ተሌፎን ዕጹው', 'guarantee', 0.55, 'no-control promise; low FP risk'],
  ]),
  // held-out gap class 8: retry and pay-later guarantees
  ...define('ti', gap(8), [
    ['እንተ ተመሊስካ ብነጻ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['ብነጻ ደጊምና', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['ደጊምና ንፍትን', 'guarantee', 0.7, 'retry/pay-later promise; warnings quote it'],
    ['ሰለስተ ፈተነ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['3 ፈተነ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['ፍርቂ ምስ በጻሕካ', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['ፍርቂ ክፍሊት ምስ በጻሕካ', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
    ['ክፍሊት ምስ በጻሕካ', 'guarantee', 0.8, 'quoted in warnings'],
    ['ገንዘብ ኣብ እሙን ሰብ', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
    ['እሙን ሰብ', 'guarantee', 0.55, 'everyday "trustworthy person"'],
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
  // held-out gap class 3: court and trial reporting
  ...define('ti', gap(3), [
    ['ተፈሪዱ', 'news', 0.7, 'court reporting; rare in ads'],
    ['ተፈሪዶም', 'news', 0.7, 'court reporting; rare in ads'],
    ['ዓመት ማእሰርቲ', 'news', 0.7, 'court reporting; rare in ads'],
    ['ዓመታት ማእሰርቲ', 'news', 0.7, 'court reporting; rare in ads'],
    ['ማእሰርቲ', 'news', 0.5, 'court reporting; rare in ads'],
    ['ዓቃቤ ሕጊ', 'news', 0.6, 'court reporting; rare in ads'],
    ['ተኸሳሲ', 'news', 0.6, 'court reporting; rare in ads'],
    ['ተኸሰስቲ', 'news', 0.6, 'court reporting; rare in ads'],
    ['ክሲ ተመስሪቱ', 'news', 0.6, 'court reporting; rare in ads'],
    ['ቤት ፍርዲ ወሲኑ', 'news', 0.65, 'court reporting; rare in ads'],
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
  // held-out gap class 1: legal travel/jobs that REQUIRE papers
  ...define('ti', gap(1), [
    ['ፓስፖርት ሒዝኩም ምጹ', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ፓስፖርትኩም ሒዝኩም', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ዝሰርሕ ፓስፖርት', 'legit', 0.5, 'visa-fraud ads ask for one too'],
    ['ፓስፖርት የድሊ', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ቪዛ የድሊ', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['መንበሪ ፍቓድ ዘለዎም', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ንዜጋታት ኤውሮጳ ጥራይ', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['ናይ ፓስፖርት ምርመራ', 'legit', 0.45, 'legal travel/job requirement; fraud ads rarely demand papers'],
  ]),
  // held-out gap class 2: honest consultancy (negated guarantees, official decision and fees)
  ...define('ti', gap(2), [
    ['ዋሕስ ኣይንህብን', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ክንውሕስ ኣይንኽእልን', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ዋሕስ የለን', 'legit', 0.5, 'warnings say it too'],
    ['ውሳኔ ናይ ኤምባሲ እዩ', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ዝውስን ኤምባሲ ጥራይ', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ኤምባሲ ጥራይ እዩ ዝውስን', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['ወግዓዊ ክፍሊት', 'legit', 0.5, 'honest-consultancy wording; warnings use it too'],
    ['ብሚኒስትሪ ፍቓድ', 'legit', 0.55, 'honest-consultancy wording; warnings use it too'],
  ]),
  // held-out gap class 10: sports and fan trips
  ...define('ti', gap(10), [
    ['ናይ ደገፍቲ ጉዕዞ', 'legit', 0.5, 'sports/fan travel'],
    ['ደገፍቲ ጋንታ', 'legit', 0.45, 'sports/fan travel'],
    ['ትኬት ጸወታ', 'legit', 0.45, 'sports/fan travel'],
  ]),
  // held-out gap class 11: tariffs and bookings
  ...define('ti', gap(11), [
    ['ዶላር ጀሚሩ', 'legit', 0.4, '"from … dollars"; bare ጀሚሩ is also "from (a date)"'],
    ['ናቕፋ ጀሚሩ', 'legit', 0.4, 'tariff/booking wording of travel agencies'],
    ['ኬድካ ምምላስ', 'legit', 0.4, 'round trip'],
    ['ምኻድን ምምላስን', 'legit', 0.4, 'round trip'],
    ['ቦታ ሓዙ', 'legit', 0.35, 'smuggling ads may say it too: kept low'],
    ['ብኦንላይን', 'legit', 0.4, 'tariff/booking wording of travel agencies'],
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
  // cue classes: forgery quality claims, passes controls, document production
  ...define('ti', 'analyst: cue classes: forgery quality claims, passes controls, document production', [
    ['ከም ኦሪጅናል', 'documents', 0.35, 'A quality claim; generic'],
    ['ምስ ኦሪጅናል ፍልልይ የብሉን', 'documents', 0.4, 'A quality claim'],
    ['ፓስፖርት ከም ኦሪጅናል', 'documents', 0.75, 'A quality claim'],
    ['ኦሪጅናል ሆሎግራም', 'documents', 0.7, 'A quality claim'],
    ['ብሲስተም ዝተመዝገበ', 'documents', 0.75, 'A quality claim'],
    ['ኣብ ዝኾነ ፍተሻ ይሓልፍ', 'documents', 0.75, 'B passes-controls claim'],
    ['ኣብ ዝኾነ መዕርፎ ነፈርቲ ይሓልፍ', 'documents', 0.75, 'B passes-controls claim'],
    ['ካብ ዝኾነ ዶብ ይሓልፍ', 'documents', 0.75, 'B passes-controls claim'],
    ['ኣብ ፍተሻ ፖሊስ ይሓልፍ', 'documents', 0.7, 'B passes-controls claim'],
    ['ኣብ መዕርፎ ነፈርቲ ጸገም የብሉን', 'documents', 0.35, 'B passes-controls claim; travel posts'],
    ['ፓስፖርት ንሰርሕ', 'documents', 0.7, 'C production verb + document'],
    ['መንነት ንሰርሕ', 'documents', 0.65, 'C production verb + document'],
    ['መንጀሪ ፍቓድ ንሰርሕ', 'documents', 0.65, 'C production verb + document'],
    ['ቪዛ ንሰርሕ', 'documents', 0.35, 'C production verb + document; visa agents'],
  ]),
  // cue classes: visa requirements waived, guaranteed approval, identity fitted to the buyer, private contact
  ...define('ti', 'analyst: cue classes: visa requirements waived, guaranteed approval, identity fitted to the buyer, private contact', [
    ['ብዘይ ባንክ ስቴትመንት', 'documents', 0.7, 'D requirement waived: without bank statement [unsure spelling]'],
    ['ብዘይ ናይ ባንክ ስቴትመንት', 'documents', 0.7, 'D requirement waived: without bank statement [unsure spelling]'],
    ['ብዘይ ናይ ገንዘብ መረጋገጺ', 'documents', 0.65, 'D requirement waived: without financial proof [unsure]'],
    ['ብዘይ ቃለ መሕትት', 'guarantee', 0.6, 'D requirement waived: without interview'],
    ['ብዘይ ኢንተርቪው', 'documents', 0.6, 'D requirement waived: without interview (loanword)'],
    ['ናይ ኤምባሲ ቆጸራ', 'documents', 0.4, 'D requirement waived: low: embassy appointment; ordinary'],
    ['ቪዛ ዝተነጸጎም እውን', 'documents', 0.65, 'D requirement waived: those refused a visa too [unsure]'],
    ['ውሑስ ቪዛ', 'documents', 0.65, 'E guaranteed approval: guaranteed visa'],
    ['ቪዛ ብውሕስነት', 'documents', 0.65, 'E guaranteed approval: visa with guarantee'],
    ['100% ቪዛ', 'documents', 0.6, 'E guaranteed approval: 100% visa'],
    ['ርግጸኛ ቪዛ', 'documents', 0.6, 'E guaranteed approval: certain visa [unsure]'],
    ['ፓስፖርት ብስእልኹም', 'documents', 0.8, 'F identity fitted to buyer: passport with your photo [unsure]'],
    ['ብናይ ገዛእ ርእስኹም ስእሊ', 'documents', 0.4, 'F identity fitted to buyer: low: with your own photo [unsure]'],
    ['ኣብ ሲስተም ዝኣተወ', 'documents', 0.7, 'F identity fitted to buyer: entered in the system'],
    ['ዕድመ ይቕየር', 'documents', 0.7, 'F identity fitted to buyer: age is changed'],
    ['ዕድመ ምቕያር', 'documents', 0.4, 'F identity fitted to buyer: low: changing age; face-filter/generic'],
    ['ብውልቂ መልእኽቲ', 'contact', 0.5, 'G private contact call: by private message'],
    ['ኢንቦክስ ግበሩ', 'contact', 0.5, 'G private contact call: inbox (us)'],
    ['ብኢንቦክስ ተወከሱና', 'contact', 0.5, 'G private contact call: contact us by inbox [unsure]'],
    ['ሕቡእ መልእኽቲ', 'contact', 0.4, 'G private contact call: secret/private message; generic'],
    ['ብልቢ ዝደልዩ ጥራይ', 'contact', 0.55, 'G private contact call: only those who really want [unsure]'],
  ]),
  // cue classes: rental and rideshare abuse, ship passage, fake jobs, tourist cover, fake family reunion, marriage for papers, police arranged
  ...define('ti', 'analyst: cue classes: rental and rideshare abuse, ship passage, fake jobs, tourist cover, fake family reunion, marriage for papers, police arranged', [
    ['ኣጋይሽ ኣይምዝገቡን', 'accommodation', 0.65, 'rental abuse: guests are not registered'],
    ['ኣብ ምእታው ፓስፖርት ኣየድልን', 'accommodation', 0.6, 'rental abuse: no passport needed at check-in'],
    ['መንነት ኣየድልን', 'accommodation', 0.4, 'low: no ID needed; generic'],
    ['ብስምና ዝተሓዘ', 'accommodation', 0.6, 'rental abuse: booked (held) in our name'],
    ['ኩሉ ሰሙን ገዛ ንቕይር', 'accommodation', 0.65, 'rental abuse: we change the house every week'],
    ['ካብ ዋጋ ንላዕሊ ብጥረ', 'accommodation', 0.6, 'rental abuse: in cash above the price'],
    ['ሓደ እኳ ከይጠራጠር', 'accommodation', 0.4, 'low: so nobody suspects; generic'],
    ['ጽቡቕ ገምጋም ዘለዎ ፕሮፋይል', 'recruitment', 0.55, 'ride-share abuse: profile with good reviews'],
    ['ንቡራት ተሳፈርቲ እዮም በል', 'recruitment', 0.65, 'ride-share abuse: say they are normal passengers'],
    ['እንተ ደው ኣቢሎምኻ ተሳፈርቲ', 'recruitment', 0.6, 'ride-share abuse: if they stop you, passengers'],
    ['ወረቐት ዘይብሎም ተሳፈርቲ', 'recruitment', 0.65, 'ride-share abuse: passengers without papers'],
    ['ወረቐት ዘይብሎም ኣዕሩኽ', 'recruitment', 0.55, 'ride-share abuse: friends without papers'],
    ['ወረቐት ዘይብሎም ሰባት ምጽዓን', 'recruitment', 0.65, 'ride-share abuse: carrying people without papers'],
    ['ኣብ መርከብ ጽዕነት ቦታ', 'transport', 0.7, 'cargo/yacht passage: place on a cargo ship'],
    ['ኣብ መርከብ ተሓቢእካ', 'transport', 0.7, 'cargo/yacht passage: hidden on the ship'],
    ['ከም ሓጋዚ ሰራሕተኛ መርከብ', 'transport', 0.65, 'cargo/yacht passage: as a ship crew helper'],
    ['ብያኽት ምስጋር', 'transport', 0.7, 'cargo/yacht passage: crossing by yacht'],
    ['ብውልቃዊ ያኽት', 'transport', 0.6, 'cargo/yacht passage: by private yacht; also luxury'],
    ['ኣብ ያኽት ምርመራ የለን', 'transport', 0.75, 'cargo/yacht passage: no checks on the yacht'],
    ['ቪዛ ስራሕ ምስ ድሉው ውዕል', 'documents', 0.7, 'fake job scheme: work visa with ready contract'],
    ['ውዕል ስራሕ ድሉው', 'documents', 0.6, 'fake job scheme: work contract ready'],
    ['ብሓቂ ክትሰርሕ ኣየድልን', 'documents', 0.65, 'fake job scheme: no need to actually work'],
    ['ደብዳበ ትካልን ዕድመን', 'documents', 0.6, 'fake job scheme: company letter and invitation'],
    ['ቋንቋ ኣየድልን', 'documents', 0.55, 'fake job scheme: no language needed'],
    ['ምስክር ወረቐት ስልጠና ኣየድልን', 'documents', 0.6, 'fake job scheme: no training certificate needed'],
    ['መንግስታዊ ምዝገባ ኣየድልን', 'documents', 0.6, 'fake job scheme: no government registration needed'],
    ['ቪዛ ቱሪስት ድሕሪኡ ዑቕባ', 'package', 0.7, 'tourist cover: tourist visa then asylum'],
    ['ኣብ መዕርፎ ነፈርቲ ዑቕባ', 'package', 0.65, 'tourist cover: asylum at the airport'],
    ['ምስ በጻሕካ ዝተረፈ ንሕና', 'package', 0.7, 'tourist cover: once you arrive the rest is ours'],
    ['ዑቕባ ስራሕን መንበሪን', 'package', 0.7, 'tourist cover: asylum, job and housing'],
    ['ምስ በጻሕካ ዑቕባ ሕተት', 'package', 0.65, 'tourist cover: ask for asylum on arrival'],
    ['ኣብ ፋይል ስድራ ንውስኸካ', 'documents', 0.75, 'fake family reunification: we add you to a family file'],
    ['ወዲ ስድራ ትኸውን', 'documents', 0.7, 'fake family reunification: you become the son of the family'],
    ['ጓል ስድራ ትኸውን', 'documents', 0.7, 'fake family reunification: you become the daughter of the family'],
    ['ድሉው ፋይል ስድራ', 'documents', 0.8, 'fake family reunification: ready family file'],
    ['ፋይል ምጥርናፍ ስድራ', 'documents', 0.4, 'low: family reunification file; very common legit Eritrean topic'],
    ['ንቃለ መሕትት ኤምባሲ ነዳልወካ', 'documents', 0.7, 'fake family reunification: we prepare you for the embassy interview'],
    ['መርዓ ብወረቐት ጥራይ', 'marriage', 0.9, 'marriage for papers: marriage on paper only'],
    ['ድሕሪ መንበሪ ፍቓድ ፍትሕ', 'marriage', 0.85, 'marriage for papers: divorce after residence permit'],
    ['ብሓባር ምንባር የለን', 'marriage', 0.8, 'marriage for papers: no living together'],
    ['ውዕል መርዓ ምስ ኤውሮጳዊ', 'marriage', 0.85, 'marriage for papers: marriage contract with a European'],
    ['ኒካሕ ብወረቐት', 'marriage', 0.85, 'marriage for papers: paper nikah (Muslim Eritreans)'],
    ['ፖሊስ ንሕና ንሕዞ', 'guarantee', 0.6, 'police arranged: we handle the police'],
    ['ምስ ፖሊስ ምዝራብ ናትና', 'guarantee', 0.65, 'police arranged: talking to the police is ours'],
    ['ፖሊስ ተኸፊሎም', 'guarantee', 0.65, 'police arranged: the police are paid'],
    ['ኬላታት ተዳልዮም', 'guarantee', 0.65, 'police arranged: checkpoints are arranged'],
    ['ኬላ ተሰሪዑ', 'guarantee', 0.65, 'police arranged: the checkpoint is arranged'],
  ]),
  // cue classes: selling, making or renting identity documents
  ...define('ti', 'analyst: cue classes: selling, making or renting identity documents', [
    ['ፓስፖርት ንሽያጥ', 'documents', 0.8, 'passport for sale'],
    ['ፓስፖርት ንሸይጥ', 'documents', 0.8, 'we sell passports'],
    ['ፓስፖርት እሰርሕ', 'documents', 0.75, 'I make passports'],
    ['መንበሪ ፍቓድ ንሽያጥ', 'documents', 0.8, 'residence permit for sale'],
    ['መንነት ወረቐት ንሽያጥ', 'documents', 0.75, 'ID card for sale'],
    ['መንጃ ፍቓድ ንሽያጥ', 'documents', 0.75, 'driving licence for sale'],
    ['ፓስፖርት ንክራይ', 'documents', 0.75, 'passport for rent'],
  ]),
  // cue classes: travel-requirement reminders, agency disclaimers, movement verbs (session 6)
  ...define('ti', 'analyst: cue classes: travel-requirement reminders, agency disclaimers, movement verbs (session 6) [candidate: native-speaker check needed]', [
    ['ፓስፖርትን ቪዛን ሒዝኩም ምጹ', 'legit', 0.55, '"come with passport and visa"'],
    ['ፓስፖርትኩም ኣይትረስዑ', 'legit', 0.55, '"don\'t forget your passport"'],
    ['መንነትኩም ሒዝኩም ምጹ', 'legit', 0.5, '"come with your ID"'],
    ['ብዘይ ፓስፖርት ተጓዓዚ ኣይንቕበልን', 'legit', 0.55, '"we accept no passenger without a passport"'],
    ['ብዘይ ቪዛ ተጓዓዚ ኣይንወስድን', 'legit', 0.55, '"we take no passenger without a visa"'],
    ['ፓስፖርትን ቪዛን ክህልወኩም ኣለዎ', 'legit', 0.55, '"you must have passport and visa"'],
    ['ነፍሲ ወከፍ ተጓዓዚ ፓስፖርት', 'legit', 0.5, '"each passenger (must have) a passport"'],
    ['ፍቓድ መገሻ ሒዝኩም', 'legit', 0.5, '"with your travel permit"'],
    ['ቪዛ ኣይንሸጥን', 'legit', 0.6, '"we do not sell visas"'],
    ['ዋሕስ ዘለዎ ቪዛ የለን', 'legit', 0.55, '"there is no guaranteed visa"'],
    ['ሓደ እኳ ቪዛ ክውሕስ ኣይክእልን', 'legit', 0.55, '"no one can guarantee a visa"'],
    ['ፋይልኩም ጥራይ ኢና ነዳሉ', 'legit', 0.55, '"we only prepare your file"'],
    ['ወግዓዊ ቅብሊት', 'legit', 0.5, 'official receipt'],
    ['ንኹሉ ክፍሊት ቅብሊት', 'legit', 0.5, '"receipt for every payment"'],
    ['ቁጽሪ ፍቓድ', 'legit', 0.5, 'licence number'],
    ['ቪዛ ዝህብ ኤምባሲ ጥራይ እዩ', 'legit', 0.55, '"only the embassy issues visas"'],
    ['ዝተመዝገበ ኤጀንሲ', 'legit', 0.5, 'registered agency'],
    ['ዝኸይድ', 'direction', 0.4, '"going (to)" (ናብ X ዝኸይድ)'],
    ['ዝኸዱ', 'direction', 0.4, '"going (to)" (pl.)'],
    ['ዝወፅእ', 'direction', 0.35, '"departing"'],
    ['ዝብገስ', 'direction', 0.4, '"setting off"'],
    ['ይኸይድ', 'direction', 0.35, '"goes"'],
    ['ገጹ', 'direction', 0.4, '"towards" (ናብ X ገጹ)'],
    ['ዝጓዓዝ', 'direction', 0.4, '"travelling (to)"'],
    ['ንምኻድ', 'direction', 0.35, '"in order to go (to)"'],
  ]),
  // cue classes: negative context (news incidents, distrust advice, agency disclaimers, transport operations)
  ...define('ti', 'analyst: cue classes: negative context (news incidents, distrust advice, agency disclaimers, transport operations) [candidate: native-speaker check needed]', [
    ['ብመሰረት ጸብጻብ', 'news', 0.6, 'according to the report'],
    ['ከም ዝገለጾ', 'news', 0.55, 'as stated by'],
    ['ኣፍሊጡ', 'news', 0.5, 'announced'],
    ['ሬሳታት ተረኺቡ', 'news', 0.65, 'bodies were found'],
    ['ጃልባ ጥሒላ', 'news', 0.6, 'boat sank'],
    ['ጃልባ ተገምጢላ', 'news', 0.65, 'boat capsized'],
    ['ካብ ሞት ዝደሓኑ', 'news', 0.65, 'survivors'],
    ['ክሳብ ሕጂ ዘይተረኽቡ', 'news', 0.65, 'still missing'],
    ['ድሒኖም', 'news', 0.55, 'were saved'],
    ['ፖሊስ ኣሲሩ', 'news', 0.6, 'police arrested'],
    ['ቤት ፍርዲ ፈሪዱ', 'news', 0.65, 'court sentenced'],
    ['ቁጽሪ ምዉታት', 'news', 0.65, 'death toll'],
    ['ገንዘብ ኣይትኽፈሉ', 'warning', 0.7, 'don\'t pay money'],
    ['ንዝኾነ ሰብ ገንዘብ ኣይትሃቡ', 'warning', 0.75, 'don\'t give money to anyone'],
    ['ምትላል እዩ', 'warning', 0.7, 'it\'s deception'],
    ['ሓሶት እዩ', 'warning', 0.65, 'it\'s a lie'],
    ['ይሕስዉ እዮም', 'warning', 0.65, 'they are lying'],
    ['ኣይትእመኑዎም', 'warning', 0.65, 'don\'t trust them'],
    ['ገንዘብ ኣይትልኣኹ', 'warning', 0.7, 'don\'t send money'],
    ['ኣይትታለሉ', 'warning', 0.7, 'don\'t be deceived'],
    ['ሓሰውቲ ደለልቲ', 'warning', 0.7, 'fake brokers'],
    ['ንፖሊስ ሓብሩ', 'warning', 0.55, 'report to police'],
    ['ውሳነ ናይ ኤምባሲ እዩ', 'legit', 0.65, 'decision is the embassy\'s'],
    ['ቪዛ ከነረጋግጽ ኣይንኽእልን', 'legit', 0.65, 'we cannot guarantee visa'],
    ['ቅብሊት ይወሃብ', 'legit', 0.55, 'receipt is given'],
    ['ብመንግስቲ ፍቓድ ዘለዎ', 'legit', 0.6, 'government licensed'],
    ['መዓርፎ ኣውቶቡስ', 'legit', 0.45, 'bus station'],
    ['ቤት ጽሕፈት ትኬት', 'legit', 0.45, 'ticket office'],
    ['ሰዓት ምንቃል', 'legit', 0.4, 'departure time'],
    ['ቦታ ምሓዝ', 'legit', 0.4, 'seat reservation'],
    ['ናይ ምምላስ ትኬት', 'legit', 0.45, 'return ticket'],
    ['ሕጋዊ ፓስፖርት የድሊ', 'legit', 0.5, 'valid passport needed'],
    ['ሰነዳት ክምርመሩ እዮም', 'legit', 0.5, 'documents will be checked'],
    ['ክብደት ሻንጣ', 'legit', 0.4, 'luggage weight'],
  ]),
  // cue classes: waiting-to-cross housing (lodging tied to the onward journey)
  ...define('ti', 'analyst: cue classes: waiting-to-cross housing (lodging tied to the onward journey) [candidate: native-speaker check needed]', [
    ['ጉዕዞ ንዝጽበዩ ገዛ', 'accommodation', 0.65, 'house for those waiting for the journey'],
    ['ክሳብ ጉዕዞ', 'accommodation', 0.5, 'until the journey'],
    ['ቅድሚ ምስጋር', 'accommodation', 0.6, 'before the crossing'],
    ['ክሳብ መኪና ትመጽእ', 'accommodation', 0.6, 'until the car comes'],
    ['ንዝቕጽሉ ተጓዓዝቲ', 'accommodation', 0.55, 'for travellers continuing on'],
    ['ቅድሚ ጃልባ መደቀሲ', 'accommodation', 0.65, 'bed before the boat'],
    ['ደላላ ክሳብ ዝወስደኩም', 'accommodation', 0.65, 'until the broker takes you'],
    ['ንዝሰግሩ ኣሕዋት ገዛ', 'accommodation', 0.65, 'house for brothers who will cross'],
    ['ናይ መሰጋገሪ ገዛ', 'accommodation', 0.55, 'transit house'],
    ['ክሳብ ዝወስዱኹም', 'accommodation', 0.55, 'until they pick you up'],
  ]),
  // cue classes: photo studios (photos for documents)
  ...define('ti', 'analyst: cue classes: photo studios (photos for documents) [candidate: native-speaker check needed]', [
    ['ናይ ፓስፖርት ስእሊ', 'legit', 0.55, 'passport photo'],
  ]),
  // cue classes: look-alike passports, document supply, sham-marriage purpose (session 8)
  ...define('ti', 'analyst: cue classes: look-alike passports, document supply, sham-marriage purpose (session 8) [candidate: native-speaker check needed]', [
    ['ተመሳሳሊ ገጽ ዘለዎ ፓስፖርት', 'documents', 0.7, 'passport with similar face'],
    ['ብፓስፖርት ካልእ ሰብ ምጉዓዝ', 'documents', 0.7, 'travel on another\'s passport'],
    ['ዝተለቅሐ ፓስፖርት', 'documents', 0.7, 'borrowed passport'],
    ['መልክዕካ ዝመስል ፓስፖርት', 'documents', 0.7, 'passport resembling your looks'],
    ['ተመሳሳሊ ፓስፖርት', 'documents', 0.7, 'similar passport'],
    ['ኩሉ ዓይነት ሰነዳት ንሰርሕ', 'documents', 0.6, 'we make all kinds of documents'],
    ['መንነት ወረቐት ድሉው', 'documents', 0.6, 'ID card ready'],
    ['ፍቓድ መንበሪ ነውጽእ', 'documents', 0.6, 'we obtain residence permits'],
    ['ሰነዳት ኣብ 3 መዓልቲ ድሉው', 'documents', 0.6, 'documents ready in 3 days'],
    ['መንጃ ፍቓድ ብዘይ ፈተና', 'documents', 0.6, 'driving licence without exam'],
    ['መርዓ ኣብ ወረቐት ጥራይ', 'marriage', 0.7, 'marriage only on paper'],
    ['መርዓ ንፍቓድ መንበሪ', 'marriage', 0.7, 'marriage for residence permit'],
  ]),
  // cue classes: smuggler assurances: open routes, evasion, journey logistics, if-caught promises (session 8)
  ...define('ti', 'analyst: cue classes: smuggler assurances: open routes, evasion, journey logistics, if-caught promises (session 8) [candidate: native-speaker check needed]', [
    ['መገዲ ተኸፊቱ', 'offer', 0.4, 'the road has opened'],
    ['መገዲ ክፉት እዩ', 'offer', 0.4, 'the road is open'],
    ['መገዲ ደጊሙ ተኸፊቱ', 'offer', 0.4, 'the road opened again'],
    ['ሓድሽ መገዲ ተኸፊቱ', 'offer', 0.4, 'a new road has opened'],
    ['መስመር ይሰርሕ ኣሎ', 'offer', 0.4, 'the line is working'],
    ['መገዲ ድሉው እዩ', 'offer', 0.4, 'the road is ready'],
    ['ኣብ መገዲ ፖሊስ የለን', 'guarantee', 0.55, 'no police on the way'],
    ['ኬላ የለን', 'guarantee', 0.5, 'no checkpoint'],
    ['ካብ ኬላታት ንርሕቕ', 'guarantee', 0.5, 'we stay away from checkpoints'],
    ['ሓደ ሰብ ኣይሓትትን', 'guarantee', 0.5, 'nobody asks'],
    ['ወናኒ ገዛ ዋላ ሓንቲ ኣይሓትትን', 'guarantee', 0.5, 'the landlord asks nothing'],
    ['ምዝገባ ኣየድልን', 'guarantee', 0.5, 'no registration needed'],
    ['ውዕል ኣየድልን', 'guarantee', 0.5, 'no contract needed'],
    ['ብእግሪ ምኻድ የለን', 'guarantee', 0.5, 'no going on foot'],
    ['ሰባትና ኣብ ነፍሲ ወከፍ ከተማ ይጽበዩ', 'guarantee', 0.3, 'our people wait in every city'],
    ['ኣብ ዶብ ንቕበለኩም', 'guarantee', 0.3, 'we receive you at the border'],
    ['ምስ በጻሕኩም ዝቕበለኩም ሰብ ኣሎ', 'guarantee', 0.6, 'someone receives you when you arrive'],
    ['ነፍሲ ወከፍ ሰሙን ጉዕዞ', 'guarantee', 0.3, 'a trip every week'],
    ['ነፍሲ ወከፍ ለይቲ ምንቃል', 'guarantee', 0.3, 'departure every night'],
    ['ስድራን ቆልዑን ንቕበል', 'guarantee', 0.3, 'we accept families and children'],
    ['እንተ ተታሒዝካ ጠበቓ ንኸፍል', 'guarantee', 0.6, 'if you get caught we pay the lawyer'],
    ['እንተ ተታሒዝካ ደጊምካ ብናጻ', 'guarantee', 0.6, 'if caught you go again for free'],
    ['ካልኣይ ፈተነ ብናጻ', 'guarantee', 0.6, 'second attempt free'],
    ['እንተ ዘይበጻሕካ ገንዘብካ ይምለሰልካ', 'guarantee', 0.6, 'if you don\'t arrive your money is returned'],
    ['ከይበጻሕካ ኣይትኸፍልን', 'guarantee', 0.6, 'you don\'t pay before you arrive'],
  ]),
  // cue classes: visa and job requirement waivers, contact slang (session 8)
  ...define('ti', 'analyst: cue classes: visa and job requirement waivers, contact slang (session 8) [candidate: native-speaker check needed]', [
    ['ባንክ ስቴትመንት ኣየድልን', 'guarantee', 0.5, 'bank statement not needed'],
    ['መረጋገጺ እቶት ኣየድልን', 'guarantee', 0.5, 'proof of income not needed'],
    ['ቃለ መሕትት ኤምባሲ የለን', 'guarantee', 0.5, 'no embassy interview'],
    ['መርመራ ሕክምና ኣየድልን', 'guarantee', 0.5, 'medical exam not needed'],
    ['ሰርቲፊኬት ስልጠና ኣየድልን', 'guarantee', 0.5, 'training certificate not needed'],
    ['ተመክሮ ኣየድልን', 'guarantee', 0.2, 'experience not needed'],
    ['ብዘይ ተመክሮ', 'guarantee', 0.2, 'without experience'],
    ['ተመክሮን ቋንቋን ኣየድልን', 'guarantee', 0.2, 'experience and language not needed'],
    ['ብውሽጢ መልእኽቲ ስደዱ', 'contact', 0.25, 'send a message privately/inbox'],
    ['ብውሽጢ ስደዱልና', 'contact', 0.4, 'send to us in private'],
    ['መልእኽቲ ስደዱልና', 'contact', 0.4, 'send us a message'],
    ['ብቴሌግራም ርኸቡና', 'contact', 0.4, 'reach us on Telegram'],
    ['ብዋትሳፕ ርኸቡና', 'contact', 0.4, 'reach us on WhatsApp'],
  ]),
  // cue classes: agency and lawyer disclaimers: negated guarantees and refusals (session 8)
  ...define('ti', 'analyst: cue classes: agency and lawyer disclaimers: negated guarantees and refusals (session 8) [candidate: native-speaker check needed]', [
    ['ዋላ ሓደ ሰብ ቪዛ ክውሕስ ኣይክእልን', 'legit', 0.5, 'nobody can guarantee a visa'],
    ['ውሑስ ቪዛ ኣይንሸጥን', 'legit', 0.5, 'we don\'t sell guaranteed visas'],
    ['ቪዛ ቃል ኣይንኣቱን', 'legit', 0.5, 'we don\'t promise a visa'],
    ['ውሳነ ናይ ኤምባሲ ጥራይ እዩ', 'legit', 0.5, 'the decision is the embassy\'s only'],
    ['ናይ ሓሶት ሰነድ ኣይንሰርሕን', 'legit', 0.5, 'we don\'t make fake documents'],
    ['ምስ ደለልቲ ኣይንሰርሕን', 'legit', 0.5, 'we don\'t work with brokers/smugglers'],
    ['ካብ ቪዛ ዝውሕሱ ተጠንቀቑ', 'legit', 0.5, 'beware of those who guarantee visas'],
  ]),
  // cue classes: fake job contracts "without working", marriage on paper, pay after arrival or landing, look-alike documents (session 9)
  ...define('ti', 'analyst: cue classes: fake job contracts "without working", marriage on paper, pay after arrival or landing, look-alike documents (session 9) [candidate: native-speaker check needed]', [
    ['ክትሰርሕ ኣየድልየካን', 'documents', 0.35, 'you (m) don\'t need to work'],
    ['ክትሰርሒ ኣየድልየክን', 'documents', 0.35, 'you (f) don\'t need to work'],
    ['ምስራሕ ኣየድልን', 'documents', 0.35, 'working is not needed'],
    ['ስራሕ ምኻድ ኣየድልየካን', 'documents', 0.35, 'you don\'t need to go to work'],
    ['ስራሕ ኣብ ወረቐት ጥራይ', 'documents', 0.35, 'job only on paper'],
    ['መርዓ ወረቐት', 'marriage', 0.6, 'paper marriage'],
    ['ብወረቐት ምምርዓው', 'marriage', 0.6, 'marrying on paper'],
    ['ምስ በጻሕኪ ትኸፍሊ', 'guarantee', 0.8, 'you (f) pay when you arrive'],
    ['ክፍሊት ድሕሪ ምብጻሕ', 'guarantee', 0.8, 'payment after arrival'],
    ['ገንዘብ ድሕሪ ምብጻሕ', 'guarantee', 0.8, 'money after arrival'],
  ]),
  // cue classes: guaranteed papers, marriage to a citizen, admissions without study, escrow, repeated attempts, boat-crew recruitment (session 9)
  ...define('ti', 'analyst: cue classes: guaranteed papers, marriage to a citizen, admissions without study, escrow, repeated attempts, boat-crew recruitment (session 9) [candidate: native-speaker check needed]', [
    ['ወረቐት ብውሕስና', 'guarantee', 0.7, 'papers guaranteed'],
    ['መንበሪ ፍቓድ ብውሕስና', 'guarantee', 0.7, 'residence permit guaranteed'],
    ['ዜግነት ብውሕስና', 'guarantee', 0.7, 'citizenship guaranteed'],
    ['ምስ ኤውሮጳዊ ዜጋ መርዓ', 'marriage', 0.5, 'marriage with EU citizen'],
    ['ኤውሮጳዊ ፓስፖርት ዘለዋ ሰበይቲ', 'marriage', 0.5, 'wife with EU passport'],
    ['ኤውሮጳዊ ፓስፖርት ዘለዎ ሰብኣይ', 'marriage', 0.5, 'husband with EU passport'],
    ['ምምሃር ኣየድልን', 'documents', 0.35, 'no need to study'],
    ['ክፍሊ ምእታው ኣየድልን', 'documents', 0.35, 'no need to attend class'],
    ['ትምህርቲ ምስዓብ ኣየድልን', 'documents', 0.35, 'no need to follow classes'],
    ['ገንዘብ ብኣማና ይጸንሕ', 'guarantee', 0.8, 'money kept in trust'],
    ['ገንዘብ ኣብ ዋሕስ', 'guarantee', 0.8, 'money with guarantor'],
    ['ገንዘብ ኣብ ደላላይ', 'guarantee', 0.8, 'money with broker'],
    ['ሰለስተ ግዜ ፈተነ', 'guarantee', 0.8, 'three-time attempt'],
    ['ካልኣይ ፈተነ ብነጻ', 'guarantee', 0.8, 'second try free'],
    ['ጃልባ ዝዝውር ይድለ', 'recruitment', 0.5, 'boat driver wanted'],
    ['ጃልባ ምዝዋር', 'recruitment', 0.5, 'driving the boat'],
    ['ጃልባ እንተ ዘዊርካ ብነጻ', 'recruitment', 0.5, 'free if you drive boat'],
  ]),
  // gazetteer (session 9): hubs, border towns and ports of the routes, from a helper's list
  ...places('ti', 'analyst: gazetteer of route hubs and border towns (session 9) [candidate: native-speaker check needed]', [
    ['ኩፍራ', 'LY'], ['ላምፐዱሳ', 'IT'], ['ሳዑዲ ዓረብ', 'SA'],
  ]),
];
