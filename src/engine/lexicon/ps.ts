import { define, places } from './define';
import type { LexiconEntry } from '../types';

/**
 * Default provenance: native Pashto forms supplied by the lexicon author. UNHCR monitored Pashto
 * smuggling pages but no native ad strings were retrievable (mission-anchors §B3 Pashto/Dari).
 * Pashto letters ې ۍ ګ ټ ډ ښ are often typed as ی ي گ ت د ش; the main terms carry both spellings.
 */
const SRC = 'candidate: native-speaker check needed';
const B_QACHAQ = 'mission-anchors §B2 #12, §B3 Pashto/Dari [candidate form]';
const B_AFGHAN = 'mission-anchors §B2 #11 (The New Humanitarian; UNHCR) [candidate form]';
const B_PAY = 'mission-anchors §B1 #3 (UNHCR sarafs) [candidate form]';
const B_GAME = 'mission-anchors §B2 #16 (BBC: boat = dunki, road = games) [candidate form]';
const B_DUNKI = 'mission-anchors §B2 #15 [candidate form]';
const B_BUNDLE = 'mission-anchors §B1 #7 [candidate form]';
const B_CONTACT = 'mission-anchors §B1 #4, §B2 #27 [candidate form]';
const B_WARN = 'mission-anchors §B4 #2, #9 [candidate form]';
const B_PLACES = 'mission-anchors §B2 #11, §B3 (routes); candidate spellings';

/** Lexicon: Pashto. */
export const entries: readonly LexiconEntry[] = [
  // ───────────────────────────── offer / service ─────────────────────────────
  ...define('ps', SRC, [
    ['قاچاق', 'offer', 0.55, 'goods smuggling; news "د انسانانو قاچاق"', B_QACHAQ],
    ['قاچاقي', 'offer', 0.6, '"illegal(ly)"', B_QACHAQ],
    ['قاچاقي لاره', 'offer', 0.8, undefined, B_QACHAQ],
    ['قاچاقبر', 'offer', 0.6, 'news and warnings', B_QACHAQ],
    ['قاچاقبران', 'offer', 0.55, 'news and warnings', B_QACHAQ],
    ['قاچاقوړونکي', 'offer', 0.6, undefined, B_QACHAQ],
    ['خوندي لاره', 'offer', 0.65, 'also NGO "safe route" talk'],
    ['ډاډمنه لاره', 'offer', 0.7],
    ['مطمئنه لاره', 'offer', 0.6],
    ['ښه لاره', 'offer', 0.3],
    ['لاره', 'offer', 0.1, 'generic route'],
    ['د اروپا لاره', 'offer', 0.45],
    ['د اروپا لارې', 'offer', 0.45],
    ['مسافرو', 'offer', 0.25, 'euphemism for migrants; also real passengers'],
    ['مسافرینو', 'offer', 0.25],
    ['انتقال', 'offer', 0.2],
    ['لېږد', 'offer', 0.35, 'transfer'],
    ['لیږد', 'offer', 0.35],
    ['رسوو', 'offer', 0.55, '"we deliver (you)"'],
    ['درسوو', 'offer', 0.6],
    ['ورسوو', 'offer', 0.55],
    ['ګیم', 'offer', 0.5, 'crossing attempt; also video games', B_GAME],
    ['گیم', 'offer', 0.5, 'crossing attempt; also video games', B_GAME],
    ['ګیم وهل', 'offer', 0.75, undefined, B_GAME],
    ['گیم وهل', 'offer', 0.75, undefined, B_GAME],
    ['ګیم وهو', 'offer', 0.75, undefined, B_GAME],
    ['ډنکي', 'offer', 0.5, 'dunki route; also the 2023 film', B_DUNKI],
    ['ډونکي', 'offer', 0.5, undefined, B_DUNKI],
    ['رهنما', 'offer', 0.3, 'guide'],
    ['لارښود', 'offer', 0.3, 'guide; also "manual"'],
    ['ښه رهنما', 'offer', 0.55],
    ['لږ پلی تګ', 'offer', 0.6],
    ['لږ پیاده تګ', 'offer', 0.6],
    ['پلی تګ نشته', 'offer', 0.6],
    ['پلی تګ', 'offer', 0.25],
    ['کوچنۍ ډله', 'offer', 0.35],
    ['فی کس', 'offer', 0.25, 'per-person pricing; rideshare too'],
    ['هر کس', 'offer', 0.2],
    ['نیمه بیه', 'offer', 0.4, 'half price for children'],
    ['ماشومان وړیا', 'offer', 0.55, 'kids-free pricing', 'mission-anchors §B2 #3'],
    ['کرایه', 'offer', 0.2],
    ['کرایه تر', 'offer', 0.45],
    ['مهاجرت', 'offer', 0.15],
    ['قانوني مهاجرت', 'offer', 0.45, 'fake "legal migration" claims', B_AFGHAN],
  ]),

  // ───────────────────────────── transport ─────────────────────────────
  ...define('ps', SRC, [
    ['کشتۍ', 'transport', 0.4],
    ['کشتی', 'transport', 0.35],
    ['کښتۍ', 'transport', 0.4],
    ['بېړۍ', 'transport', 0.45],
    ['بیړۍ', 'transport', 0.45],
    ['بادي کشتۍ', 'transport', 0.65],
    ['ربړي کشتۍ', 'transport', 0.65],
    ['موټر', 'transport', 0.2, 'everyday "car"'],
    ['موټرو', 'transport', 0.25],
    ['لارۍ', 'transport', 0.45],
    ['لاري', 'transport', 0.35],
    ['ټرک', 'transport', 0.35],
    ['کنټینر', 'transport', 0.45],
    ['الوتکه', 'transport', 0.15],
    ['کپتان', 'transport', 0.4, 'also cricket captain'],
    ['کاپیتان', 'transport', 0.4],
    ['تجربه لرونکی کپتان', 'transport', 0.65],
    ['د ژغورنې جاکټ', 'transport', 0.45],
  ]),

  // ───────────────────────────── documents ─────────────────────────────
  ...define('ps', SRC, [
    ['پاسپورټ', 'documents', 0.25],
    ['پاسپورت', 'documents', 0.25],
    ['پاسپورټونه', 'documents', 0.35],
    ['جعلي پاسپورټ', 'documents', 0.95],
    ['جعلي پاسپورت', 'documents', 0.95],
    ['جعلي', 'documents', 0.5],
    ['جعلي اسناد', 'documents', 0.9],
    ['د اروپا پاسپورټ', 'documents', 0.6],
    ['د اروپا پاسپورټونه', 'documents', 0.65],
    ['ویزه', 'documents', 0.25],
    ['ویزې', 'documents', 0.3],
    ['تضمیني ویزه', 'documents', 0.9],
    ['ویزه تضمیني', 'documents', 0.9],
    ['بې ویزې', 'documents', 0.6],
    ['بې له ویزې', 'documents', 0.6],
    ['بې نوبته', 'documents', 0.55],
    ['اقامه', 'documents', 0.25],
    ['اقامې', 'documents', 0.3],
    ['د اقامې کارت', 'documents', 0.45],
    ['د اقامې کارتونه', 'documents', 0.5],
    ['تذکره', 'documents', 0.2],
    ['جعلي تذکره', 'documents', 0.9],
    ['په سیسټم کې ثبت', 'documents', 0.8],
    ['سیسټم', 'documents', 0.25],
    ['اصلي پاسپورټ', 'documents', 0.55],
    ['ورک پرمټ', 'documents', 0.4],
    ['د کار اجازه', 'documents', 0.3],
    ['پېژندګلوي لرو', 'documents', 0.6, '"we have connections"'],
  ]),

  // ───────────────────────────── marriage ─────────────────────────────
  ...define('ps', SRC, [
    ['جعلي واده', 'marriage', 0.9],
    ['کاغذي واده', 'marriage', 0.9],
    ['صوري واده', 'marriage', 1],
    ['قراردادي واده', 'marriage', 0.7],
    ['د اقامې لپاره واده', 'marriage', 0.9],
    ['د ویزې لپاره واده', 'marriage', 0.85],
    ['صوري', 'marriage', 0.4],
    ['د واده له لارې', 'marriage', 0.5, 'legit spouse-visa talk too'],
  ]),

  // ───────────────────────────── package ─────────────────────────────
  ...define('ps', B_BUNDLE, [
    ['پکیج', 'package', 0.2, 'Umrah/tour packages'],
    ['بشپړ پکیج', 'package', 0.6],
    ['پوره پکیج', 'package', 0.6],
    ['ورتګ او اقامه', 'package', 0.7],
    ['اقامه او کار', 'package', 0.5],
    ['ویزه او کار', 'package', 0.45],
    ['تضمیني پناه', 'package', 0.85],
    ['ټول کارونه زموږ', 'package', 0.5],
  ]),

  // ───────────────────────────── accommodation ─────────────────────────────
  ...define('ps', SRC, [
    ['خوندي کور', 'accommodation', 0.6],
    ['د مسافرو کور', 'accommodation', 0.65],
    ['مېلمستون', 'accommodation', 0.35],
    ['میلمستون', 'accommodation', 0.35],
    ['ځای او ډوډۍ', 'accommodation', 0.5],
    ['د پاتې کېدو ځای', 'accommodation', 0.4],
    ['تر حرکت پورې', 'accommodation', 0.6],
    ['تر ګیم پورې', 'accommodation', 0.85],
    ['تر گیم پورې', 'accommodation', 0.85],
    ['پولیس نه راځي', 'accommodation', 0.6],
  ]),

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('ps', SRC, [
    ['ډرایور', 'recruitment', 0.25],
    ['ډریور', 'recruitment', 0.25],
    ['ډرایور ته اړتیا', 'recruitment', 0.5, 'legit job ads too'],
    ['ډرېور پکار دی', 'recruitment', 0.5],
    ['کپتان ته اړتیا', 'recruitment', 0.8],
    ['پوښتنه نه کېږي', 'recruitment', 0.5],
    ['ښه معاش', 'recruitment', 0.3],
  ]),

  // ───────────────────────────── guarantee / payment ─────────────────────────────
  ...define('ps', B_PAY, [
    ['ضمانت', 'guarantee', 0.45],
    ['ضمانت په دفتر کې', 'guarantee', 0.85],
    ['تضمین', 'guarantee', 0.4],
    ['تضمیني', 'guarantee', 0.5],
    ['ګارنټي', 'guarantee', 0.45],
    ['گارنټي', 'guarantee', 0.45],
    ['ګرنټي', 'guarantee', 0.45],
    ['صراف', 'guarantee', 0.45, 'legit exchange'],
    ['صرافي', 'guarantee', 0.4],
    ['د صراف سره', 'guarantee', 0.8],
    ['صراف سره امانت', 'guarantee', 0.9],
    ['امانت', 'guarantee', 0.45],
    ['کله چې ورسېږې', 'guarantee', 0.8],
    ['کله چې ورسیږې', 'guarantee', 0.8],
    ['کله چې ورسیږی', 'guarantee', 0.8],
    ['له رسېدو وروسته', 'guarantee', 0.9],
    ['له رسیدو وروسته', 'guarantee', 0.9],
    ['رسېدو وروسته', 'guarantee', 0.8],
    ['رسیدو وروسته', 'guarantee', 0.8],
    ['تر رسېدو پورې', 'guarantee', 0.7],
    ['تر رسیدو پورې', 'guarantee', 0.7],
    ['پیسې وروسته', 'guarantee', 0.55],
    ['وروسته پیسې', 'guarantee', 0.55],
    ['مخکې پیسې نه', 'guarantee', 0.65, undefined, B_AFGHAN],
    ['نیمې پیسې', 'guarantee', 0.35],
    ['سل په سلو', 'guarantee', 0.6],
    ['سلو په سلو', 'guarantee', 0.6],
    ['100 فیصد', 'guarantee', 0.55],
    ['هڅې وړیا', 'guarantee', 0.8],
    ['وړیا هڅه', 'guarantee', 0.75],
    ['درې هڅې', 'guarantee', 0.8],
    ['دری هڅې', 'guarantee', 0.8],
  ]),

  // ───────────────────────────── urgency ─────────────────────────────
  ...define('ps', SRC, [
    ['محدود ځایونه', 'urgency', 0.55],
    ['ځایونه محدود', 'urgency', 0.55],
    ['یوازې څو ځایونه', 'urgency', 0.6],
    ['نن شپه حرکت', 'urgency', 0.6],
    ['سبا حرکت', 'urgency', 0.4],
    ['هره اونۍ حرکت', 'urgency', 0.4],
    ['ژر اړیکه', 'urgency', 0.5],
    ['ژر شئ', 'urgency', 0.4],
  ]),

  // ───────────────────────────── contact ─────────────────────────────
  ...define('ps', B_CONTACT, [
    ['واټساپ', 'contact', 0.5],
    ['واتساپ', 'contact', 0.5],
    ['وټساپ', 'contact', 0.5],
    ['ټیلیګرام', 'contact', 0.45],
    ['ټلګرام', 'contact', 0.45],
    ['تلگرام', 'contact', 0.45],
    ['وایبر', 'contact', 0.5],
    ['ایمو', 'contact', 0.5],
    ['انباکس', 'contact', 0.55],
    ['یوازې انباکس', 'contact', 0.7],
    ['پیغام راکړئ', 'contact', 0.5],
    ['پیغام راکړه', 'contact', 0.5],
    ['پیغام راته', 'contact', 0.45],
    ['پیغام', 'contact', 0.15],
    ['زنګ ووهئ', 'contact', 0.35],
    ['جدي خلک', 'contact', 0.6],
    ['یوازې جدي', 'contact', 0.6],
    ['پي وي', 'contact', 0.5],
  ]),

  // ───────────────────────────── direction ─────────────────────────────
  ...define('ps', SRC, [
    ['ته', 'direction', 0.5, 'postposition "to" (یونان ته)'],
    ['نه', 'direction', 0.35, 'postposition "from" — also negation "no/not"'],
    ['له', 'direction', 0.5],
    ['څخه', 'direction', 0.5],
    ['تر', 'direction', 0.5],
    ['له لارې', 'direction', 0.5, 'via'],
    ['پورې', 'direction', 0.4],
  ]),

  // ───────────────────────────── news (negative) ─────────────────────────────
  ...define('ps', SRC, [
    ['پولیسو', 'news', 0.5],
    ['پولیس', 'news', 0.3, 'safe-house ads say "no police"'],
    ['ونیوله', 'news', 0.6],
    ['ونیول شول', 'news', 0.7],
    ['نیول شوي', 'news', 0.7],
    ['ویاند', 'news', 0.6],
    ['امنیه قوماندانۍ', 'news', 0.8],
    ['قوماندانۍ', 'news', 0.5],
    ['وویل', 'news', 0.3],
    ['راپور', 'news', 0.35],
    ['د راپور له مخې', 'news', 0.8],
    ['محکمه', 'news', 0.55],
    ['د انسانانو قاچاق', 'news', 0.55],
    ['ډوب شول', 'news', 0.6],
    ['مړه شول', 'news', 0.5],
    ['خبري اژانس', 'news', 0.7],
    ['رسنیو', 'news', 0.4],
    ['ایستل شوي', 'news', 0.5, 'deported'],
  ]),

  // ───────────────────────────── warning (negative) ─────────────────────────────
  ...define('ps', B_WARN, [
    ['خبرداری', 'warning', 0.6],
    ['خبردار', 'warning', 0.5],
    ['پام کوئ', 'warning', 0.5],
    ['پام وکړئ', 'warning', 0.5],
    ['باور مه کوئ', 'warning', 0.8],
    ['دروغ وايي', 'warning', 0.6],
    ['دروغ ده', 'warning', 0.55],
    ['دوکه', 'warning', 0.5],
    ['دوکې', 'warning', 0.5],
    ['مه غولېږئ', 'warning', 0.8],
    ['مه غولیږئ', 'warning', 0.8],
    ['پیسې مه ورکوئ', 'warning', 0.8],
    ['مه ورکوئ', 'warning', 0.55],
    ['ژوند له خطر', 'warning', 0.7],
    ['مړه کېږي', 'warning', 0.5],
    ['مړه کیږي', 'warning', 0.5],
  ]),

  // ───────────────────────────── campaign (negative) ─────────────────────────────
  ...define('ps', SRC, [
    ['ملګرو ملتونو', 'campaign', 0.7],
    ['ملګري ملتونه', 'campaign', 0.7],
    ['ملگرو ملتونو', 'campaign', 0.7],
    ['عالي کمېشنري', 'campaign', 0.85],
    ['عالي کمیشنري', 'campaign', 0.85],
    ['د کډوالۍ نړیوال سازمان', 'campaign', 0.9],
    ['سره میاشت', 'campaign', 0.7],
    ['وړیا مشوره', 'campaign', 0.5],
    ['قانوني لارو', 'campaign', 0.6],
    ['قانوني لارې', 'campaign', 0.55],
    ['پوهاوی', 'campaign', 0.5],
    ['معلوماتو لپاره', 'campaign', 0.45],
  ]),

  // ───────────────────────────── legal (negative) ─────────────────────────────
  ...define('ps', SRC, [
    ['پناه غوښتنه', 'legal', 0.6],
    ['پناه غوښتنې', 'legal', 0.6],
    ['پناه', 'legal', 0.25],
    ['پناهنده', 'legal', 0.3],
    ['کډوال', 'legal', 0.2],
    ['وکیل', 'legal', 0.55],
    ['کیس', 'legal', 0.25],
    ['ګوتې ورکړي', 'legal', 0.5, 'fingerprints given (asylum)'],
    ['گوتې ورکړي', 'legal', 0.5],
    ['دوبلین', 'legal', 0.55],
    ['پوښتنه لرم', 'legal', 0.5],
    ['یوه پوښتنه', 'legal', 0.4],
  ]),

  // ───────────────────────────── legit (negative) ─────────────────────────────
  ...define('ps', SRC, [
    ['منظور شوې', 'legit', 0.5],
    ['جواز لرونکې', 'legit', 0.6],
    ['ټراول ایجنسي', 'legit', 0.55],
    ['ټکټ', 'legit', 0.25],
    ['هوټل', 'legit', 0.35],
    ['عمرې', 'legit', 0.6],
    ['عمره', 'legit', 0.6],
    ['قانوني ویزه', 'legit', 0.5],
    ['واده', 'legit', 0.25, 'wedding; sham-marriage rows are longer phrases'],
    ['مبارک', 'legit', 0.2],
    ['سیټونه خالي', 'legit', 0.5, 'rideshare'],
    ['خالي سیټ', 'legit', 0.45],
  ]),

  // ───────────────────────────── places ─────────────────────────────
  ...places('ps', B_PLACES, [
    ['افغانستان', 'AF'], ['کابل', 'AF'], ['هرات', 'AF'], ['کندهار', 'AF'], ['قندهار', 'AF'], ['ننګرهار', 'AF'], ['ننگرهار', 'AF'],
    ['جلال اباد', 'AF'], ['جلال آباد', 'AF'], ['نیمروز', 'AF'], ['زرنج', 'AF'], ['خوست', 'AF'],
    ['پاکستان', 'PK'], ['کوټه', 'PK'], ['کویټه', 'PK'], ['پېښور', 'PK'], ['پیښور', 'PK'], ['اسلام اباد', 'PK'], ['کراچۍ', 'PK'],
    ['ایران', 'IR'], ['تهران', 'IR'], ['مشهد', 'IR'], ['زاهدان', 'IR'],
    ['ترکیه', 'TR'], ['ترکیې', 'TR'], ['استانبول', 'TR'], ['استانبوله', 'TR'], ['وان', 'TR'], ['ازمیر', 'TR'],
    ['یونان', 'GR'], ['اتن', 'GR'], ['بلغاریا', 'BG'], ['سربیا', 'RS'], ['بوسنیا', 'BA'], ['کرواشیا', 'HR'],
    ['ایټالیا', 'IT'], ['ایتالیا', 'IT'], ['اټلي', 'IT'], ['جرمني', 'DE'], ['جرمنی', 'DE'], ['فرانسه', 'FR'],
    ['انګلستان', 'GB'], ['انگلستان', 'GB'], ['برتانیه', 'GB'], ['لندن', 'GB'],
    ['اروپا', 'EU'], ['شینګن', 'EU'], ['اتریش', 'AT'], ['هالنډ', 'NL'], ['بلجیم', 'BE'], ['سویډن', 'SE'], ['ناروې', 'NO'],
    ['بېلاروس', 'BY'], ['بیلاروس', 'BY'], ['پولنډ', 'PL'], ['روسیه', 'RU'],
    ['امریکا', 'US'], ['کاناډا', 'CA'], ['دوبۍ', 'AE'], ['ډوبۍ', 'AE'],
  ]),
];
