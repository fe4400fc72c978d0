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
