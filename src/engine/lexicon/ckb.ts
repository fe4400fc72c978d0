import { define, places } from './define';
import type { LexiconEntry } from '../types';

/**
 * Default provenance: native Sorani forms supplied by the lexicon author. mission-anchors gives
 * English renderings of Sorani/Kurdish ads (§B2 #13, #14; §B3 Kurdish) and three candidate words
 * (قاچاخچی، بەلەم، بەریتانیا). Arabic-script rows use standard Sorani letters (ە ێ ۆ ڕ ڵ ڤ);
 * stems take a trailing * for the suffixes -ەکە/-ەکان/-ی/-ەوە. Romanised rows follow.
 */
const SRC = 'candidate: native-speaker check needed';
const B_KU = 'mission-anchors §B3 Kurdish [candidate form]';
const B_KU_ADS = 'mission-anchors §B2 #14 (Sky News via theoneworldnews) [candidate form]';
const B_KU_GROUPS = 'mission-anchors §B2 #13 (Radio France) [candidate form]';
const B_ESCROW = 'mission-anchors §B3 Kurdish (Reuters: Ranya travel offices as escrow; El País on hawala) [candidate form]';
const B_GAME = 'mission-anchors §B2 #16 [candidate form]';
const B_BUNDLE = 'mission-anchors §B1 #7 [candidate form]';
const B_CONTACT = 'mission-anchors §B1 #4, §B2 #27 [candidate form]';
const B_WARN = 'mission-anchors §B4 #2 (UK Home Office Sorani campaign), #9 [candidate form]';
const B_PLACES = 'mission-anchors §B2 #14, §B3 Kurdish (routes); candidate spellings';

/** Lexicon: Central Kurdish (Sorani), Arabic script and romanised. */
export const entries: readonly LexiconEntry[] = [
  // ───────────────────────────── offer / service ─────────────────────────────
  ...define('ckb', SRC, [
    ['قاچاخ*', 'offer', 0.55, 'goods smuggling; news and warnings', B_KU],
    ['قاچاغ*', 'offer', 0.55, 'goods smuggling; news and warnings', B_KU],
    ['قاچاخچی*', 'offer', 0.6, 'news and warnings talk about smugglers too', B_KU],
    ['قاچاقچی*', 'offer', 0.55, 'news and warnings', B_KU],
    ['بە قاچاخی', 'offer', 0.8, '"illegally"', B_KU],
    ['دەروازەی ئەورووپا', 'offer', 0.7, 'group-name style "your door to Europe"', B_KU_GROUPS],
    ['کۆچ بانگت دەکات', 'offer', 0.8, 'group name "emigration is calling you"', B_KU_GROUPS],
    ['گەشت', 'offer', 0.15, 'generic "trip"; travel companies'],
    ['گەشتی تایبەت', 'offer', 0.5],
    ['سەفەر', 'offer', 0.15],
    ['ڕێگا', 'offer', 0.15, 'generic "road/way"'],
    ['ڕێگای', 'offer', 0.15, 'generic "road/way of"'],
    ['ڕێگای سەلامەت', 'offer', 0.6, undefined, B_KU_ADS],
    ['ڕێگایەکی سەلامەت', 'offer', 0.6, undefined, B_KU_ADS],
    ['ڕێگای مسۆگەر', 'offer', 0.7],
    ['ڕێگای ئاسان', 'offer', 0.5, '"easiest way"', B_KU_ADS],
    ['باشترین ڕێگا', 'offer', 0.5, '"best, safest and easiest way"', B_KU_ADS],
    ['کەمترین نرخ', 'offer', 0.35, '"lowest price and shortest time"', B_KU_ADS],
    ['نرخی گونجاو', 'offer', 0.35, '"reasonable price"', B_KU_ADS],
    ['لە ماوەی سێ ڕۆژدا', 'offer', 0.4, '"within three days"', B_KU_ADS],
    ['دەربازبوون', 'offer', 0.35, 'crossing'],
    ['پەڕینەوە', 'offer', 0.4, 'crossing'],
    ['تێپەڕاندن', 'offer', 0.45],
    ['دەتگەیەنین', 'offer', 0.6, '"we get you there"'],
    ['دەتانگەیەنین', 'offer', 0.6],
    ['دەتبەین', 'offer', 0.5],
    ['دەتانبەین', 'offer', 0.5],
    ['گەیم', 'offer', 0.45, 'crossing attempt; also games', B_GAME],
    ['ڕێبەر', 'offer', 0.25, 'guide; also "leader"'],
    ['ڕێبەری شارەزا', 'offer', 0.55],
    ['بێ پیادەڕۆیی', 'offer', 0.6],
    ['کەم پیادەڕۆیی', 'offer', 0.6],
    ['پیادەڕۆیی کەم', 'offer', 0.6],
    ['بێ بەلەم', 'offer', 0.5, 'lorry-route selling point'],
    ['بۆ هەر کەسێک', 'offer', 0.3, 'per-person pricing'],
    ['هەر کەسێک', 'offer', 0.2],
    ['نیوەی نرخ', 'offer', 0.4, 'half price for children'],
    ['منداڵ بەخۆڕایی', 'offer', 0.55, 'kids-free pricing', 'mission-anchors §B2 #3'],
    ['منداڵان بەخۆڕایی', 'offer', 0.55, 'kids-free pricing', 'mission-anchors §B2 #3'],
    ['کۆچی نایاسایی', 'offer', 0.35, 'news'],
    // romanised
    ['qachax', 'offer', 0.55, undefined, B_KU],
    ['qachagh', 'offer', 0.55, undefined, B_KU],
    ['qacax', 'offer', 0.5],
    ['qachaxchi', 'offer', 0.6, undefined, B_KU],
    ['qachaqchi', 'offer', 0.55, undefined, B_KU],
    ['qacaxci', 'offer', 0.55],
    ['ba qachaxi', 'offer', 0.8],
    ['gashti taybat', 'offer', 0.5],
    ['gashtt', 'offer', 0.15],
    ['regay salamat', 'offer', 0.6],
    ['rega', 'offer', 0.15, 'generic "road"'],
    ['vip rega', 'offer', 0.55, 'VIP route', 'mission-anchors §B2 #22, #25 (VIP route compounds)'],
    ['rega vip', 'offer', 0.55, undefined, 'mission-anchors §B2 #22, #25 (VIP route compounds)'],
    ['regay vip', 'offer', 0.55, undefined, 'mission-anchors §B2 #22, #25 (VIP route compounds)'],
    ['ڕێگای vip', 'offer', 0.55, undefined, 'mission-anchors §B2 #22, #25 (VIP route compounds)'],
    ['ڕێگای ڤی ئای پی', 'offer', 0.55, undefined, 'mission-anchors §B2 #22, #25 (VIP route compounds)'],
    ['regay', 'offer', 0.15],
    ['detgayenin', 'offer', 0.6],
    ['bo har kasek', 'offer', 0.3],
  ]),

  // ───────────────────────────── transport ─────────────────────────────
  ...define('ckb', SRC, [
    ['بەلەم*', 'transport', 0.5, 'news about Channel crossings too', B_KU],
    ['بەلەمی بادی', 'transport', 0.65],
    ['بەلەمی پلاستیکی', 'transport', 0.6],
    ['یەخت*', 'transport', 0.5],
    ['یەختی تایبەت', 'transport', 0.65],
    ['کەشتی', 'transport', 0.3],
    ['لۆری*', 'transport', 0.45],
    ['تریلە', 'transport', 0.45],
    ['بارهەڵگر', 'transport', 0.35],
    ['ئۆتۆمبێل', 'transport', 0.15],
    ['سەیارە', 'transport', 0.15],
    ['فڕۆکە', 'transport', 0.15],
    ['مەکینە', 'transport', 0.25],
    ['مەکینەی بەهێز', 'transport', 0.5],
    ['کاپتن', 'transport', 0.35],
    ['کاپتنی شارەزا', 'transport', 0.6],
    ['جلیقەی ڕزگاری', 'transport', 0.45],
    ['balam', 'transport', 0.5],
    ['bellem', 'transport', 0.5],
    ['yaxt', 'transport', 0.45],
    ['lori', 'transport', 0.3, 'also a name'],
  ]),

  // ───────────────────────────── documents ─────────────────────────────
  ...define('ckb', SRC, [
    ['پاسپۆرت*', 'documents', 0.25],
    ['پاسپۆرتی ساختە', 'documents', 0.95],
    ['پاسپۆرتی ئەورووپی', 'documents', 0.6],
    ['ساختە', 'documents', 0.5, 'fake; news on forgery'],
    ['ساختەکراو', 'documents', 0.6],
    ['ناسنامە', 'documents', 0.15],
    ['ناسنامەی ساختە', 'documents', 0.9],
    ['بەڵگەنامەی ساختە', 'documents', 0.9],
    ['ئیقامە*', 'documents', 0.35],
    ['کارتی ئیقامە', 'documents', 0.4],
    ['ڤیزە*', 'documents', 0.25],
    ['ڤیزا', 'documents', 0.25],
    ['فیزە', 'documents', 0.25],
    ['بێ ڤیزە', 'documents', 0.6],
    ['بەبێ ڤیزە', 'documents', 0.6],
    ['بێ نۆرە', 'documents', 0.55],
    ['بێ چاوپێکەوتن', 'documents', 0.55],
    ['مۆڵەتی کار', 'documents', 0.3],
    ['تۆمارکراو', 'documents', 0.4],
    ['لە سیستەمدا', 'documents', 0.55],
    ['بێ پەنجەمۆر', 'documents', 0.7, 'no Eurodac fingerprint'],
    ['pasport', 'documents', 0.25],
    ['pasaport', 'documents', 0.25],
    ['saxta', 'documents', 0.5],
    ['sakhta', 'documents', 0.5],
    ['iqama', 'documents', 0.3],
    ['eqama', 'documents', 0.35],
    ['be visa', 'documents', 0.55],
  ]),

  // ───────────────────────────── marriage ─────────────────────────────
  ...define('ckb', SRC, [
    ['هاوسەرگیری ساختە', 'marriage', 0.95],
    ['هاوسەرگیری کاغەزی', 'marriage', 0.9],
    ['هاوسەرگیری بۆ ئیقامە', 'marriage', 0.9],
    ['زەواجی ساختە', 'marriage', 0.9],
    ['زەواجی کاغەزی', 'marriage', 0.9],
    ['لە ڕێگەی هاوسەرگیری', 'marriage', 0.5, 'legit spouse-visa talk too'],
    ['هاوسەری ئەورووپی', 'marriage', 0.5],
    ['zawaji saxta', 'marriage', 0.9],
  ]),

  // ───────────────────────────── package ─────────────────────────────
  ...define('ckb', B_BUNDLE, [
    ['پاکێج', 'package', 0.2],
    ['پاکێجی تەواو', 'package', 0.6],
    ['لەسەر ئێمەیە', 'package', 0.4, '"visa and ticket are on us"'],
    ['هەموو شتێک لەسەر ئێمە', 'package', 0.55],
    ['ئیقامە و کار', 'package', 0.5],
    ['ڤیزە و ئیقامە', 'package', 0.5],
    ['پەنابەری مسۆگەر', 'package', 0.9],
    ['بە یاسایی دەچیتە بەریتانیا', 'package', 0.8, '"legally travel into the UK"', B_KU_ADS],
  ]),

  // ───────────────────────────── accommodation ─────────────────────────────
  ...define('ckb', SRC, [
    ['ماڵی سەلامەت', 'accommodation', 0.6],
    ['شوێنی مانەوە', 'accommodation', 0.35],
    ['تا ڕۆژی ڕۆیشتن', 'accommodation', 0.6],
    ['تا ڕۆیشتن', 'accommodation', 0.45],
    ['میوانخانە', 'accommodation', 0.3],
  ]),

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('ckb', SRC, [
    ['شۆفێر', 'recruitment', 0.25],
    ['شۆفێرمان پێویستە', 'recruitment', 0.55],
    ['پێویستمان بە شۆفێر', 'recruitment', 0.55],
    ['کاپتنمان پێویستە', 'recruitment', 0.8],
    ['بێ پرسیار', 'recruitment', 0.5],
    ['داهاتی باش', 'recruitment', 0.25],
  ]),

  // ───────────────────────────── guarantee / payment ─────────────────────────────
  ...define('ckb', B_ESCROW, [
    ['زەمانەت*', 'guarantee', 0.5],
    ['گەرەنتی*', 'guarantee', 0.4, 'also price guarantees of legit agencies'],
    ['گەرانتی', 'guarantee', 0.4],
    ['مسۆگەر', 'guarantee', 0.45],
    ['نووسینگە', 'guarantee', 0.2, 'generic "office"'],
    ['لای نووسینگە', 'guarantee', 0.75],
    ['نووسینگەی حەواڵە', 'guarantee', 0.8],
    ['حەواڵە', 'guarantee', 0.35, 'legit transfers'],
    ['سەڕاف', 'guarantee', 0.4],
    ['صەراف', 'guarantee', 0.4],
    ['ئەمانەت', 'guarantee', 0.45],
    ['پارەدان دوای گەیشتن', 'guarantee', 0.95],
    ['پارە دوای گەیشتن', 'guarantee', 0.9],
    ['دوای گەیشتن', 'guarantee', 0.65],
    ['تا گەیشتن', 'guarantee', 0.55],
    ['تا نەگەیت', 'guarantee', 0.6],
    ['تا نەگەیتە', 'guarantee', 0.7],
    ['پارەکە لای', 'guarantee', 0.6],
    ['سەد لە سەد', 'guarantee', 0.55],
    ['سەدا سەد', 'guarantee', 0.55],
    ['سێ هەوڵ', 'guarantee', 0.75],
    ['هەوڵی دووەم بەخۆڕایی', 'guarantee', 0.8],
    ['متمانە پێش قازانج', 'guarantee', 0.6, '"trust before profit"', B_KU_ADS],
    ['ok بنێرە', 'guarantee', 0.6, 'migrant texts "OK" to release escrow'],
    ['zamanat', 'guarantee', 0.5],
    ['zemanet', 'guarantee', 0.45],
    ['garanti', 'guarantee', 0.35, 'also Turkish/legit warranties'],
    ['para dway gayshtn', 'guarantee', 0.9],
    ['para dway gayshtin', 'guarantee', 0.9],
    ['paray dway gayshtn', 'guarantee', 0.9],
    ['dway gayshtn', 'guarantee', 0.65],
    ['dway gayshtin', 'guarantee', 0.65],
    ['dway gaishtn', 'guarantee', 0.65],
    ['ta gayshtn', 'guarantee', 0.55],
    ['nusinga', 'guarantee', 0.2],
    ['hawala', 'guarantee', 0.3],
  ]),

  // ───────────────────────────── urgency ─────────────────────────────
  ...define('ckb', SRC, [
    ['شوێنی سنووردار', 'urgency', 0.5],
    ['جێگای کەم', 'urgency', 0.5],
    ['کورسی سنووردار', 'urgency', 0.5],
    ['ئەمشەو دەڕۆین', 'urgency', 0.6],
    ['سبەی دەڕۆین', 'urgency', 0.5],
    ['پەلە بکە', 'urgency', 0.4],
    ['پەلە بکەن', 'urgency', 0.4],
  ]),

  // ───────────────────────────── contact ─────────────────────────────
  ...define('ckb', B_CONTACT, [
    ['واتساپ', 'contact', 0.5],
    ['وەتسئاپ', 'contact', 0.5],
    ['تێلیگرام', 'contact', 0.45],
    ['تلگرام', 'contact', 0.45],
    ['ڤایبەر', 'contact', 0.5],
    ['دایرێکت', 'contact', 0.55],
    ['تەنها لە دایرێکت', 'contact', 0.7],
    ['ئینبۆکس', 'contact', 0.55],
    ['نامە بنێرە', 'contact', 0.45],
    ['نامە بنێرن', 'contact', 0.45],
    ['نامەم بۆ بنێرە', 'contact', 0.5],
    ['پەیوەندی بکە', 'contact', 0.35],
    ['پەیوەندی', 'contact', 0.2, 'NGOs also say "contact"'],
    ['کەسانی جددی', 'contact', 0.6],
    ['تەنها جددی', 'contact', 0.6],
    ['کەسی جددی', 'contact', 0.6],
    ['nama bnera', 'contact', 0.45],
    ['nama bnerin', 'contact', 0.45],
    ['peywandi', 'contact', 0.25],
    ['pewandi', 'contact', 0.25],
    ['inbox bka', 'contact', 0.65],
    ['tanha jiddi', 'contact', 0.6],
  ]),

  // ───────────────────────────── direction ─────────────────────────────
  ...define('ckb', SRC, [
    ['بۆ', 'direction', 0.5],
    ['لە', 'direction', 0.5],
    ['تا', 'direction', 0.5],
    ['بەرەو', 'direction', 0.5],
    ['لە ڕێگەی', 'direction', 0.5],
    ['بە ڕێگای', 'direction', 0.5],
    ['bo', 'direction', 0.35],
  ]),

  // ───────────────────────────── news (negative) ─────────────────────────────
  ...define('ckb', SRC, [
    ['ڕایگەیاند', 'news', 0.7],
    ['ڕاگەیاند', 'news', 0.55],
    ['بەپێی', 'news', 0.45],
    ['پۆلیس*', 'news', 0.35],
    ['دەستگیرکرا', 'news', 0.7],
    ['دەستگیرکران', 'news', 0.7],
    ['دەستگیر', 'news', 0.5],
    ['گیانیان لەدەستدا', 'news', 0.7],
    ['گیانی لەدەستدا', 'news', 0.65],
    ['خنکان', 'news', 0.5],
    ['نقوم بوو', 'news', 0.55],
    ['تەرم*', 'news', 0.45],
    ['ئاسایش', 'news', 0.35],
    ['دادگا*', 'news', 0.55],
    ['لێکۆڵینەوە', 'news', 0.45],
    ['هەواڵ', 'news', 0.3],
    ['بەرپرسێک', 'news', 0.4],
    ['کۆچبەران', 'news', 0.2, 'NGO and news register'],
  ]),

  // ───────────────────────────── warning (negative) ─────────────────────────────
  ...define('ckb', B_WARN, [
    ['ئاگاداری', 'warning', 0.45, 'also "information/notice"'],
    ['ئاگاداربن', 'warning', 0.6],
    ['ئاگادار بن', 'warning', 0.6],
    ['متمانە مەکەن', 'warning', 0.8],
    ['باوەڕ مەکەن', 'warning', 0.8],
    ['درۆ دەکەن', 'warning', 0.6],
    ['درۆتان لەگەڵ دەکات', 'warning', 0.75],
    ['فێڵباز', 'warning', 0.6],
    ['ساختەکار', 'warning', 0.55],
    ['مەترسیدار', 'warning', 0.3],
    ['ژیانی خۆتان', 'warning', 0.5],
    ['مەدەنە کەس', 'warning', 0.6],
    ['پارە مەدەن', 'warning', 0.7],
    ['هەرگیز پارە', 'warning', 0.6],
    ['بوونی نییە', 'warning', 0.3],
  ]),

  // ───────────────────────────── campaign (negative) ─────────────────────────────
  ...define('ckb', SRC, [
    ['نەتەوە یەکگرتووەکان', 'campaign', 0.7],
    ['ڕێکخراوی نێودەوڵەتی کۆچ', 'campaign', 0.9],
    ['کۆمسیۆنی باڵا', 'campaign', 0.8],
    ['ڕێکخراوەکانی', 'campaign', 0.35],
    ['مانگی سوور', 'campaign', 0.7],
    ['ڕێگا یاساییەکان', 'campaign', 0.7],
    ['ڕێگای یاسایی', 'campaign', 0.45, 'ads may claim "legal" routes'],
    ['هۆشیارکردنەوە', 'campaign', 0.55],
    ['ڕاوێژی بێبەرامبەر', 'campaign', 0.6],
    ['بێبەرامبەر', 'campaign', 0.2],
    ['هێڵی یارمەتی', 'campaign', 0.7],
  ]),

  // ───────────────────────────── legal (negative) ─────────────────────────────
  ...define('ckb', SRC, [
    ['پەنابەری', 'legal', 0.35],
    ['داواکاری پەنابەری', 'legal', 0.7],
    ['پارێزەر*', 'legal', 0.55],
    ['کۆکردنەوەی خێزان', 'legal', 0.7],
    ['ئەپیڵ', 'legal', 0.5],
    ['هۆم ئۆفیس', 'legal', 0.55],
    ['دوبلن', 'legal', 0.5],
    ['پرسیارێک', 'legal', 0.4],
    ['کەس دەزانێت', 'legal', 0.4],
  ]),

  // ───────────────────────────── legit (negative) ─────────────────────────────
  ...define('ckb', SRC, [
    ['گەشت و گوزار', 'legit', 0.6],
    ['کۆمپانیای گەشت', 'legit', 0.5],
    ['بە شێوەی یاسایی', 'legit', 0.35, 'ads may claim it'],
    ['مۆڵەتپێدراو', 'legit', 0.6],
    ['ئاهەنگی هاوسەرگیری', 'legit', 0.5],
    ['ئاهەنگ', 'legit', 0.25],
    ['پیرۆزە', 'legit', 0.3],
    ['ئوتێل', 'legit', 0.35],
    ['بۆ فرۆشتن', 'legit', 0.5],
    ['نرخەکانمان', 'legit', 0.3],
  ]),

  // ───────────────────────────── places ─────────────────────────────
  // Sorani attaches -ەوە/-ی/-دا to names (لە هەولێرەوە), so longer names take a trailing *.
  ...places('ckb', B_PLACES, [
    ['تورکیا*', 'TR'], ['ئەستەنبوڵ*', 'TR'], ['ئیستانبوڵ*', 'TR'], ['ئیزمیر*', 'TR'], ['وان', 'TR'], ['ئەدیرنە*', 'TR'], ['بۆدروم*', 'TR'],
    ['یۆنان*', 'GR'], ['ئەسینا*', 'GR'], ['ئیتاڵیا*', 'IT'], ['ئیتالیا*', 'IT'], ['ئەڵمانیا*', 'DE'], ['ئەلمانیا*', 'DE'], ['بەرلین*', 'DE'],
    ['فەرەنسا*', 'FR'], ['کالێ*', 'FR'], ['دەنکرک*', 'FR'], ['پاریس*', 'FR'],
    ['بەریتانیا*', 'GB'], ['ئینگلتەرا*', 'GB'], ['لەندەن*', 'GB'], ['ئەورووپا*', 'EU'], ['ئەوروپا*', 'EU'], ['شەنگن*', 'EU'],
    ['بەلجیکا*', 'BE'], ['هۆڵەندا*', 'NL'], ['هۆلەندا*', 'NL'], ['نەمسا*', 'AT'], ['سوید', 'SE'], ['نەرویج*', 'NO'], ['دانیمارک*', 'DK'],
    ['فینلەندا*', 'FI'], ['سویسرا*', 'CH'], ['ڕۆمانیا*', 'RO'], ['بولگاریا*', 'BG'], ['سڕبیا*', 'RS'], ['سربیا*', 'RS'], ['بۆسنیا*', 'BA'], ['کرواتیا*', 'HR'],
    ['بیلاڕووس*', 'BY'], ['بیلاڕوسیا*', 'BY'], ['مینسک*', 'BY'], ['پۆڵەندا*', 'PL'], ['پۆلەندا*', 'PL'], ['لیتوانیا*', 'LT'], ['ڕووسیا*', 'RU'],
    ['ئێران*', 'IR'], ['عێراق*', 'IQ'], ['هەولێر*', 'IQ'], ['سلێمانی*', 'IQ'], ['دهۆک*', 'IQ'], ['ڕانیە*', 'IQ'], ['کەلار*', 'IQ'],
    ['هەڵەبجە*', 'IQ'], ['کەرکووک*', 'IQ'], ['بەغدا*', 'IQ'], ['سووریا*', 'SY'], ['لیبیا*', 'LY'], ['قوبرس*', 'CY'],
    ['کەنەدا*', 'CA'], ['ئەمریکا*', 'US'], ['ئوسترالیا*', 'AU'],
    // romanised
    ['Torkia', 'TR'], ['Turkia', 'TR'], ['Yonan', 'GR'], ['Almania', 'DE'],
    ['Faransa', 'FR'], ['Inglitera', 'GB'], ['Ingltera', 'GB'], ['Britania', 'GB'], ['Landan', 'GB'], ['Lendan', 'GB'],
    ['Ewrupa', 'EU'], ['Awrupa', 'EU'], ['Ewropa', 'EU'], ['Hawler', 'IQ'], ['Hewler', 'IQ'], ['Slemani', 'IQ'], ['Ranya', 'IQ'], ['Duhok', 'IQ'],
    ['Polanda', 'PL'], ['Belzhika', 'BE'], ['Holanda', 'NL'],
  ]),
  // ── probe-set generalisation (2026-12) ──
  ...define('ckb', SRC, [
    ['لە سیستەم تۆمار', 'documents', 0.85, '"registered in the system"'],
    ['لە سیستەمدا تۆمار', 'documents', 0.85],
    ['تۆمار کراوە', 'documents', 0.3],
    ['دروست دەکەین', 'documents', 0.35, '"we make"'],
    ['پەیوەندی تایبەت', 'contact', 0.55],
    ['لە تایبەت', 'contact', 0.5],
    ['lory', 'transport', 0.35, 'romanised lorry'],
    ['ba lory', 'transport', 0.5],
    ['ba lori', 'transport', 0.5],
    ['para la ofis', 'guarantee', 0.7, 'money held at the office'],
  ]),
  ...define('ckb', SRC, [
    ['کۆمپانیای گەشتیاری', 'legit', 0.45],
    ['مۆڵەتدار', 'legit', 0.55, 'licensed'],
  ]),
];
