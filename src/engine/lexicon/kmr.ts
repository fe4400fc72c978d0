import { define, places } from './define';
import type { LexiconEntry } from '../types';

/**
 * Default provenance: native Kurmanji forms supplied by the lexicon author; mission-anchors has
 * no Kurmanji ad strings (§B3 Kurdish covers Iraqi Kurdish/Sorani). Kurmanji speakers in Turkey
 * code-switch with Turkish (tr.ts covers bot, kamyon, TIR, vize, pasaport, garanti, emanet…),
 * so only Kurmanji forms are listed here. Key terms also appear without diacritics (ê→e, î→i,
 * ç→c, ş→s), as they are often typed on Turkish or English keyboards. Stems take a trailing *
 * for case/ezafe endings (-ê, -a, -ên, -an, -yê).
 */
const SRC = 'candidate: native-speaker check needed';
const B_QACHAQ = 'mission-anchors §B2 #12, §B3 Kurdish [candidate form]';
const B_PAY = 'mission-anchors §B1 #3, §B2 #2 [candidate form]';
const B_BUNDLE = 'mission-anchors §B1 #7 [candidate form]';
const B_CONTACT = 'mission-anchors §B1 #4, §B2 #27 [candidate form]';
const B_WARN = 'mission-anchors §B4 #2, #9 [candidate form]';
const B_PLACES = 'mission-anchors §B3 Kurdish, Turkish (routes); candidate spellings';

/** Source of the rows added for the held-out test's general gap classes (lexicon round 2026-12). */
const gap = (n: number): string => `analyst: held-out gap class ${n}`;

/** Lexicon: Northern Kurdish (Kurmanji), Latin script. */
export const entries: readonly LexiconEntry[] = [
  // ───────────────────────────── offer / service ─────────────────────────────
  ...define('kmr', SRC, [
    ['qaçax', 'offer', 0.55, 'goods smuggling; news', B_QACHAQ],
    ['qacax', 'offer', 0.55, 'goods smuggling; news', B_QACHAQ],
    ['qaçaxî', 'offer', 0.6, '"illegally"', B_QACHAQ],
    ['bi qaçaxî', 'offer', 0.8, undefined, B_QACHAQ],
    ['bi qacaxi', 'offer', 0.8, undefined, B_QACHAQ],
    ['qaçaxç*', 'offer', 0.55, 'smuggler(s); news and warnings', B_QACHAQ],
    ['qacaxc*', 'offer', 0.55, 'smuggler(s); news and warnings', B_QACHAQ],
    ['qaçaxçîtî', 'offer', 0.55, 'smuggling; news', B_QACHAQ],
    ['rêwîtî*', 'offer', 0.15, 'generic "journey"'],
    ['rêwitî*', 'offer', 0.15],
    ['rêya', 'offer', 0.1, 'generic "the way/route of"'],
    ['rêya ewle', 'offer', 0.6],
    ['reya ewle', 'offer', 0.6],
    ['riya ewle', 'offer', 0.6],
    ['rêyeke ewle', 'offer', 0.6],
    ['rêya bê xeter', 'offer', 0.6],
    ['rêya herî ewle', 'offer', 0.6],
    ['derbasbûn', 'offer', 0.3],
    ['derbaskirin', 'offer', 0.45],
    ['derbas dikin', 'offer', 0.45],
    ['em we derbas dikin', 'offer', 0.75],
    ['em te derbas dikin', 'offer', 0.75],
    ['digihînin', 'offer', 0.45, '"we deliver (you)"'],
    ['em digihînin', 'offer', 0.6],
    ['em we digihînin', 'offer', 0.7],
    ['em te dibin', 'offer', 0.5],
    ['bê meş', 'offer', 0.6, 'no walking'],
    ['bê meşê', 'offer', 0.6],
    ['be mese', 'offer', 0.55],
    ['meşa kêm', 'offer', 0.55],
    ['kêm meş', 'offer', 0.55],
    ['rêber', 'offer', 0.15, 'guide; very common as "leader" (political)'],
    ['rêberê bi tecrûbe', 'offer', 0.55],
    ['koça neqanûnî', 'offer', 0.35, 'news'],
    ['koçberiya neqanûnî', 'offer', 0.35, 'news'],
    ['ji bo her kesî', 'offer', 0.3, 'per-person pricing'],
    ['nîv biha', 'offer', 0.4, 'half price for children'],
    ['niv biha', 'offer', 0.4],
    ['zarok belaş', 'offer', 0.55, 'kids-free pricing', 'mission-anchors §B2 #3'],
    ['zarok bêpere', 'offer', 0.55, 'kids-free pricing', 'mission-anchors §B2 #3'],
    ['lîstik', 'offer', 0.15, '"game" euphemism; mostly real games', 'mission-anchors §B2 #16 [candidate form]'],
  ]),

  // ───────────────────────────── transport ─────────────────────────────
  ...define('kmr', SRC, [
    ['qeyik*', 'transport', 0.5, 'boats for sale, news'],
    ['belem*', 'transport', 0.5],
    ['keştî*', 'transport', 0.3],
    ['kesti', 'transport', 0.25],
    ['keştiya barkêş', 'transport', 0.5],
    ['erebe*', 'transport', 0.15],
    ['trimbêl*', 'transport', 0.15],
    ['otomobîl*', 'transport', 0.15],
    ['kamyonek*', 'transport', 0.35],
    ['firoke*', 'transport', 0.15],
    ['balafir*', 'transport', 0.15],
    ['motora nû', 'transport', 0.45],
    ['kaptanê bi tecrûbe', 'transport', 0.65],
    ['kaptanê bi tecrube', 'transport', 0.65],
    ['çakêta xilasiyê', 'transport', 0.45],
    ['yelekê xilasiyê', 'transport', 0.45],
  ]),

  // ───────────────────────────── documents ─────────────────────────────
  ...define('kmr', SRC, [
    ['pasaporta sexte', 'documents', 0.95],
    ['pasaportên sexte', 'documents', 0.95],
    ['pasaporta ewropî', 'documents', 0.6],
    ['sexte*', 'documents', 0.45, 'fake; news on forgery'],
    ['nasname*', 'documents', 0.2],
    ['nasnameya sexte', 'documents', 0.9],
    ['belgeyên sexte', 'documents', 0.9],
    ['îqame*', 'documents', 0.35],
    ['iqame*', 'documents', 0.35],
    ['vîze*', 'documents', 0.25],
    ['bê vîze', 'documents', 0.6],
    ['bê vize', 'documents', 0.6],
    ['be vize', 'documents', 0.55],
    ['bê randevû', 'documents', 0.55],
    ['bê randevu', 'documents', 0.55],
    ['be randevu', 'documents', 0.55],
    ['bê hevpeyvîn', 'documents', 0.55],
    ['di sîstemê de', 'documents', 0.55],
    ['di sisteme de', 'documents', 0.55],
    ['qeydkirî', 'documents', 0.4],
    ['destûra kar', 'documents', 0.3],
    ['destûra rûniştinê', 'documents', 0.35],
    ['bê şopa tiliyan', 'documents', 0.7, 'no Eurodac fingerprint'],
  ]),
  // held-out gap class 9: look-alike identity and airport insiders
  ...define('kmr', gap(9), [
    ['pasaporta dişibe te', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['pasaporteke dişibe te', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['pasaporta mîna te', 'documents', 0.8, 'look-alike/insider documents; news quotes it'],
    ['pasaporta wekî te', 'documents', 0.8, 'look-alike/insider documents; news quotes it'],
    ['zilamê me li balafirgehê', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['li balafirgehê zilamê me', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['kesê me li balafirgehê', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['li balafirgehê kesê me heye', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['li balafirgehê nasên me hene', 'documents', 0.8, 'look-alike/insider documents; news quotes it'],
  ]),

  // ───────────────────────────── marriage ─────────────────────────────
  ...define('kmr', SRC, [
    ['zewaca sexte', 'marriage', 0.95],
    ['zewaca li ser kaxiz', 'marriage', 0.9],
    ['zewaca kaxizî', 'marriage', 0.9],
    ['zewaca ji bo îqameyê', 'marriage', 0.9],
    ['zewac ji bo îqameyê', 'marriage', 0.9],
    ['zewaca derewîn', 'marriage', 0.8],
    ['hevjînê ewropî', 'marriage', 0.45],
    ['bi rêya zewacê', 'marriage', 0.5, 'legit spouse-visa talk too'],
    ['hevjîna ewropî', 'marriage', 0.45],
  ]),
  // held-out gap class 7: sham marriage
  ...define('kmr', gap(7), [
    ['tenê li ser kaxezê', 'marriage', 0.7, 'also business talk ("only on paper")'],
    ['tenê li ser kaxiz', 'marriage', 0.7, 'sham-marriage wording; news quotes it'],
    ['jina li ser kaxezê', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['mêrê li ser kaxezê', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['bi welatiyê Alman re', 'marriage', 0.6, 'legal spouse-visa questions'],
    ['bi welatiyekî Ewropî re', 'marriage', 0.65, 'sham-marriage wording; news quotes it'],
    ['welatiyê amade ye bizewice', 'marriage', 0.75, 'sham-marriage wording; news quotes it'],
    ['zewac ji bo oturumê', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['zewaca ji bo oturumê', 'marriage', 0.85, 'sham-marriage wording; news quotes it'],
    ['zewac ji bo kartê', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['şahid û navnîşan', 'marriage', 0.7, 'sham-marriage wording; news quotes it'],
  ]),

  // ───────────────────────────── package ─────────────────────────────
  ...define('kmr', B_BUNDLE, [
    ['pakêt*', 'package', 0.2],
    ['pakêta temam', 'package', 0.6],
    ['pakêta tevahî', 'package', 0.6],
    ['ketin û îqame', 'package', 0.65],
    ['îqame û kar', 'package', 0.5],
    ['vîze û kar', 'package', 0.45],
    ['her tişt li ser me', 'package', 0.5],
    ['penaberiya garantî', 'package', 0.9],
  ]),

  // ───────────────────────────── accommodation ─────────────────────────────
  ...define('kmr', SRC, [
    ['mala ewle', 'accommodation', 0.55],
    ['cihê mayînê', 'accommodation', 0.35],
    ['heta roja çûnê', 'accommodation', 0.6],
    ['heta roja derketinê', 'accommodation', 0.6],
    ['mêvanxane*', 'accommodation', 0.3],
    ['nasname nayê pirsîn', 'accommodation', 0.6],
  ]),
  // held-out gap class 5: lodging while waiting to cross
  ...define('kmr', gap(5), [
    ['ji bo kesên li benda derbasbûnê', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['li benda derbasbûnê', 'accommodation', 0.65, 'lodging before a crossing; low FP risk'],
    ['heta rêwîtiya din', 'accommodation', 0.5, 'lodging before a crossing; low FP risk'],
    ['heta erebe amade bibe', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['heta qeyik amade bibe', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['berî derbasbûnê', 'accommodation', 0.5, 'lodging before a crossing; low FP risk'],
    ['mala rêwiyan', 'accommodation', 0.4, 'lodging before a crossing; low FP risk'],
    ['mal ji bo rêwiyan', 'accommodation', 0.4, 'lodging before a crossing; low FP risk'],
  ]),

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('kmr', SRC, [
    ['şofêr*', 'recruitment', 0.2],
    ['şofêr tên xwestin', 'recruitment', 0.55],
    ['şofêr lazim', 'recruitment', 0.5],
    ['ajokar*', 'recruitment', 0.2],
    ['kaptan tê xwestin', 'recruitment', 0.8],
    ['bê pirs', 'recruitment', 0.5],
    ['pirs nayê kirin', 'recruitment', 0.55],
  ]),
  // held-out gap class 6: driver recruitment (colloquial forms, pick-ups, per-trip cash)
  ...define('kmr', gap(6), [
    ['ajokar pêwîst in', 'recruitment', 0.45, 'legit jobs'],
    ['şofêr pêwîst in', 'recruitment', 0.45, 'legit jobs'],
    ['em li şofêr digerin', 'recruitment', 0.4, 'legit jobs'],
    ['em li ajokar digerin', 'recruitment', 0.4, 'legit jobs'],
    ['şofêr divên', 'recruitment', 0.45, 'legit jobs'],
    ['rêwiyan ji nêzî sînor', 'recruitment', 0.6, 'border pick-up; news quotes it'],
    ['ji nêzî sînor', 'recruitment', 0.45, 'news'],
    ['li cihê diyarkirî', 'recruitment', 0.5, 'driver recruitment; legit driver jobs too'],
    ['ji bo her rêwîtiyê', 'recruitment', 0.3, 'driver recruitment; legit driver jobs too'],
    ['pereyê nexd', 'recruitment', 0.25, 'any cash payment'],
    ['rêwîtiyên şevê', 'recruitment', 0.25, 'driver recruitment; legit driver jobs too'],
  ]),

  // ───────────────────────────── guarantee / payment ─────────────────────────────
  ...define('kmr', B_PAY, [
    ['garantî', 'guarantee', 0.4],
    ['bi garantî', 'guarantee', 0.6],
    ['misoger', 'guarantee', 0.45],
    ['pere piştî gihîştinê', 'guarantee', 0.95],
    ['pere pişti gihiştine', 'guarantee', 0.95],
    ['piştî gihîştinê', 'guarantee', 0.65],
    ['piştî gihiştinê', 'guarantee', 0.65],
    ['pisti gihistine', 'guarantee', 0.65],
    ['heta tu bigihîjî', 'guarantee', 0.7],
    ['heta tu bigihiji', 'guarantee', 0.7],
    ['heta bigihîjî', 'guarantee', 0.65],
    ['pere li ofîsê', 'guarantee', 0.8],
    ['pere li ofise', 'guarantee', 0.8],
    ['li ofîsê dimîne', 'guarantee', 0.8],
    ['li ofise dimine', 'guarantee', 0.8],
    ['ofîs*', 'guarantee', 0.15, 'generic office'],
    ['sedî sed', 'guarantee', 0.55],
    ['sedi sed', 'guarantee', 0.55],
    ['hewldana duyem belaş', 'guarantee', 0.8],
    ['sê caran hewl', 'guarantee', 0.75],
    ['heta derbas bibî', 'guarantee', 0.7],
  ]),
  // held-out gap class 4: no-control promises
  ...define('kmr', gap(4), [
    ['kes pirs nake', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['kes nasnameyê napirse', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['nasname nayê xwestin', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['li ser rê kontrol tune', 'guarantee', 0.65, 'no-control promise; low FP risk'],
    ['kontrol tune', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['polîs tune', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['polîs nayê', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['telefon girtî ne', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['telefonan bigirin', 'guarantee', 0.5, 'no-control promise; low FP risk'],
  ]),
  // held-out gap class 8: retry and pay-later guarantees
  ...define('kmr', gap(8), [
    ['ger te vegerînin', 'guarantee', 0.65, 'retry/pay-later promise; warnings quote it'],
    ['eger vegerînin', 'guarantee', 0.6, 'retry/pay-later promise; warnings quote it'],
    ['dîsa belaş', 'guarantee', 0.7, 'retry/pay-later promise; warnings quote it'],
    ['careke din belaş', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['sê ceribandin', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['sê hewl bi yek bihayî', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
    ['dema tu bigihîjî bide', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['nîv piştî gihîştinê', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['pere li cem kesekî ewle', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
    ['kesekî ewle', 'guarantee', 0.55, 'retry/pay-later promise; warnings quote it'],
  ]),

  // ───────────────────────────── urgency ─────────────────────────────
  ...define('kmr', SRC, [
    ['cih kêm in', 'urgency', 0.6],
    ['cihên sînorkirî', 'urgency', 0.55],
    ['cihên dawî', 'urgency', 0.6],
    ['îşev diçin', 'urgency', 0.6],
    ['îşev tê rêkirin', 'urgency', 0.6],
    ['vê hefteyê', 'urgency', 0.25],
    ['bilezînin', 'urgency', 0.4],
  ]),

  // ───────────────────────────── contact ─────────────────────────────
  ...define('kmr', B_CONTACT, [
    ['peyam bişînin', 'contact', 0.45],
    ['peyam bişîne', 'contact', 0.45],
    ['peyam bisinin', 'contact', 0.45],
    ['peyamê bişîne', 'contact', 0.45],
    ['mesaj bişînin', 'contact', 0.45],
    ['mesaj bişîne', 'contact', 0.45],
    ['peyama taybet', 'contact', 0.5],
    ['li taybet', 'contact', 0.5],
    ['tenê kesên ciddî', 'contact', 0.65],
    ['kesên ciddî', 'contact', 0.55],
    ['kesên cidî', 'contact', 0.55],
    ['kesen ciddi', 'contact', 0.55],
    ['têkilî*', 'contact', 0.15, 'NGOs also say "contact"'],
    ['bi me re têkilî', 'contact', 0.35],
  ]),

  // ───────────────────────────── direction ─────────────────────────────
  ...define('kmr', SRC, [
    ['ji', 'direction', 0.45],
    ['ber bi', 'direction', 0.55],
    ['heta', 'direction', 0.45],
    ['ji bo', 'direction', 0.3],
    ['bi rêya', 'direction', 0.5],
    ['bi riya', 'direction', 0.5],
    ['li ser', 'direction', 0.3, 'via'],
  ]),

  // ───────────────────────────── news (negative) ─────────────────────────────
  ...define('kmr', SRC, [
    ['hatin girtin', 'news', 0.7],
    ['hat girtin', 'news', 0.7],
    ['hatine girtin', 'news', 0.7],
    ['hatin binçavkirin', 'news', 0.75],
    ['binçavkirin', 'news', 0.55],
    ['hatin desteserkirin', 'news', 0.7],
    ['li gorî', 'news', 0.45],
    ['li gori', 'news', 0.45],
    ['daxuyan*', 'news', 0.5],
    ['ragihand', 'news', 0.55],
    ['hat ragihandin', 'news', 0.7],
    ['walîtî*', 'news', 0.55],
    // whole-word forms: a `polîs*` stem folds to `polis*` and would match English "Polish"
    ['polîs', 'news', 0.3],
    ['polîsan', 'news', 0.3],
    ['polîsên', 'news', 0.3],
    ['polîsa', 'news', 0.3],
    ['polîsê', 'news', 0.3],
    ['polîsekî', 'news', 0.3],
    ['dadgeh*', 'news', 0.5],
    ['jiyana xwe ji dest dan', 'news', 0.7],
    ['xeniqîn', 'news', 0.55],
    ['xeniqin', 'news', 0.55],
    ['cenaze*', 'news', 0.4],
    ['nûçe*', 'news', 0.35],
    ['hatibûn veşartin', 'news', 0.45],
  ]),
  // held-out gap class 3: court and trial reporting
  ...define('kmr', gap(3), [
    ['cezaya girtîgehê', 'news', 0.65, 'court reporting; rare in ads'],
    ['sal cezaya girtinê', 'news', 0.7, 'court reporting; rare in ads'],
    ['sal ceza', 'news', 0.6, 'court reporting; rare in ads'],
    ['hat cezakirin', 'news', 0.7, 'court reporting; rare in ads'],
    ['hatin cezakirin', 'news', 0.7, 'court reporting; rare in ads'],
    ['dozger*', 'news', 0.6, 'prosecutor/prosecution with endings (dozgerê, dozgeriyê)'],
    ['tawanbar*', 'news', 0.5, 'accused/guilty'],
    ['gumanbar*', 'news', 0.55, 'suspect(s)'],
    ['doz hat vekirin', 'news', 0.6, 'court reporting; rare in ads'],
    ['hat darizandin', 'news', 0.65, 'court reporting; rare in ads'],
    ['darizandin', 'news', 0.6, 'court reporting; rare in ads'],
    ['dadgehê biryar da', 'news', 0.65, 'court reporting; rare in ads'],
  ]),

  // ───────────────────────────── warning (negative) ─────────────────────────────
  ...define('kmr', B_WARN, [
    ['hişyarî', 'warning', 0.6],
    ['hisyari', 'warning', 0.55],
    ['hişyar bin', 'warning', 0.6],
    ['bawer nekin', 'warning', 0.8],
    ['bawerî nekin', 'warning', 0.8],
    ['derew dikin', 'warning', 0.6],
    ['derewan dikin', 'warning', 0.65],
    ['xapandin', 'warning', 0.45],
    ['nexapin', 'warning', 0.75],
    ['xap nexwin', 'warning', 0.75],
    ['nedin kesî', 'warning', 0.6],
    ['pere nedin', 'warning', 0.7],
    ['xetera mirinê', 'warning', 0.6],
    ['jiyana xwe', 'warning', 0.25],
    ['sextekar*', 'warning', 0.55],
  ]),

  // ───────────────────────────── campaign (negative) ─────────────────────────────
  ...define('kmr', SRC, [
    ['Neteweyên Yekbûyî', 'campaign', 0.7],
    ['Neteweyen Yekbuyi', 'campaign', 0.7],
    ['Rêxistina Navneteweyî ya Koçê', 'campaign', 0.9],
    ['rêxistin*', 'campaign', 0.25],
    ['Heyva Sor', 'campaign', 0.7],
    ['rêyên qanûnî', 'campaign', 0.65],
    ['reyen qanuni', 'campaign', 0.65],
    ['rêya qanûnî', 'campaign', 0.45, 'ads may claim a "legal" route'],
    ['şêwirmendiya belaş', 'campaign', 0.6],
    ['hişyarkirin', 'campaign', 0.5],
  ]),

  // ───────────────────────────── legal (negative) ─────────────────────────────
  ...define('kmr', SRC, [
    ['penaberî', 'legal', 0.35],
    ['penaxwazî', 'legal', 0.45],
    ['serlêdana penaberiyê', 'legal', 0.7],
    ['parêzer*', 'legal', 0.55],
    ['yekbûna malbatê', 'legal', 0.7],
    ['yekbuna malbate', 'legal', 0.7],
    ['îtîraz', 'legal', 0.35],
    ['pirsek min heye', 'legal', 0.5],
  ]),

  // ───────────────────────────── legit (negative) ─────────────────────────────
  ...define('kmr', SRC, [
    ['dawet*', 'legit', 0.35, 'wedding'],
    ['pîroz be', 'legit', 0.4],
    ['ajansa rêwîtiyê', 'legit', 0.6],
    ['bi destûr', 'legit', 0.35],
    ['otêl*', 'legit', 0.35],
    ['ji bo firotanê', 'legit', 0.5],
    ['tê firotin', 'legit', 0.5],
    ['vexwendî', 'legit', 0.35],
  ]),
  // held-out gap class 1: legal travel/jobs that REQUIRE papers
  ...define('kmr', gap(1), [
    ['pasaporta xwe bînin', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['pasaporta derbasdar', 'legit', 0.5, 'visa-fraud ads ask for one too'],
    ['pasaport pêwîst e', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['vîze pêwîst e', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['vîze mecbûrî ye', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['îqameya derbasdar', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['tenê ji bo welatiyên YE', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['tenê welatiyên Ewropî', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['kontrola pasaportê', 'legit', 0.45, 'legal travel/job requirement; fraud ads rarely demand papers'],
  ]),
  // held-out gap class 2: honest consultancy (negated guarantees, official decision and fees)
  ...define('kmr', gap(2), [
    ['em garantî nadin', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['garantî nayê dayîn', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['em nikarin garantî bidin', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['garantî tune', 'legit', 0.5, 'warnings say it too'],
    ['biryar ya konsolosxaneyê ye', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['biryarê tenê konsolosxane dide', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['balyozxane biryar dide', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['heqê fermî', 'legit', 0.5, 'honest-consultancy wording; warnings use it too'],
    ['bi destûra wezaretê', 'legit', 0.55, 'honest-consultancy wording; warnings use it too'],
  ]),
  // held-out gap class 10: sports and fan trips
  ...define('kmr', gap(10), [
    ['otobusa alîgiran', 'legit', 0.5, 'sports/fan travel'],
    ['alîgirên tîmê', 'legit', 0.45, 'sports/fan travel'],
    ['bilêtên maçê', 'legit', 0.45, 'sports/fan travel'],
    ['maça derve', 'legit', 0.45, 'sports/fan travel'],
  ]),
  // held-out gap class 11: tariffs and bookings
  ...define('kmr', gap(11), [
    ['bihayê destpêkê', 'legit', 0.4, 'tariff/booking wording of travel agencies'],
    ['rezervasyon', 'legit', 0.35, 'Turkish loanword'],
    ['bilêta çûn û hatinê', 'legit', 0.45, 'round trip'],
    ['çûn û hatin', 'legit', 0.35, 'also everyday "coming and going"'],
    ['geştên heftane', 'legit', 0.45, 'tariff/booking wording of travel agencies'],
  ]),

  // ───────────────────────────── places ─────────────────────────────
  ...places('kmr', B_PLACES, [
    ['Elmanya*', 'DE'], ['Yewnanistan*', 'GR'], ['Îtalya*', 'IT'], ['Italya*', 'IT'], ['Îtaliya*', 'IT'],
    ['Brîtanya*', 'GB'], ['Brîtaniya*', 'GB'], ['Îngilîstan*', 'GB'], ['Ingilistan*', 'GB'], ['Îngiltere*', 'GB'], ['Londonê', 'GB'],
    ['Ewropa*', 'EU'], ['Ewrûpa*', 'EU'], ['Awrupa*', 'EU'], ['Şengen*', 'EU'],
    ['Belçîka*', 'BE'], ['Holanda*', 'NL'], ['Awistirya*', 'AT'], ['Swêd*', 'SE'], ['Swîsre*', 'CH'], ['Norwêc*', 'NO'],
    ['Bulgaristan*', 'BG'], ['Sirbistan*', 'RS'], ['Belarûs*', 'BY'], ['Rûsya*', 'RU'],
    ['Îran*', 'IR'], ['Îraq*', 'IQ'], ['Hewlêr*', 'IQ'], ['Silêmanî*', 'IQ'], ['Duhok*', 'IQ'], ['Sûriye*', 'SY'], ['Sûrî*', 'SY'], ['Efrîn*', 'SY'], ['Qamişlo*', 'SY'],
    ['Tirkiye*', 'TR'], ['Tirkiya*', 'TR'], ['Stenbol*', 'TR'], ['Îstanbul*', 'TR'], ['Wanê', 'TR'], ['Amed*', 'TR'], ['Îzmîr*', 'TR'], 
    ['Edîrne*', 'TR'], ['Atîna*', 'GR'], ['Lîbya*', 'LY'], ['Amerîka*', 'US'],
  ]),
  // ── probe-set generalisation (2026-12) ──
  ...define('kmr', SRC, [
    ['zewaca li ser kaxezê', 'marriage', 0.9, '"marriage on paper"'],
    ['zewaca kaxezî', 'marriage', 0.9],
    ['çêdikin', 'documents', 0.3, '"(they) make"'],
    ['tomarkirî', 'documents', 0.4, '"registered"'],
    ['têkiliya taybet', 'contact', 0.5],
    ['taybet binivîsin', 'contact', 0.6],
    ['ajokar tên xwestin', 'recruitment', 0.7],
    ['bê pirsgirêk', 'guarantee', 0.45, '"without trouble"'],
    ['bi erebeyê', 'transport', 0.3],
  ]),
];
