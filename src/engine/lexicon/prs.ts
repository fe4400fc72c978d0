import { define, places } from './define';
import type { LexiconEntry } from '../types';

/**
 * Default provenance: native Dari forms supplied by the lexicon author. UNHCR monitored Dari
 * smuggling pages but no native ad strings were retrievable (mission-anchors §B3 Pashto/Dari),
 * so nearly every row is a candidate. Shares core vocabulary with fa.ts but uses Dari spellings
 * and words (موتر، لاری، ویزه، تذکره، جرمنی، پولیس، دالر، به تماس شوید، فیصد).
 */
const SRC = 'candidate: native-speaker check needed';
const B_QACHAQ = 'mission-anchors §B2 #12, §B3 Pashto/Dari [candidate form]';
const B_AFGHAN = 'mission-anchors §B2 #11 (The New Humanitarian; UNHCR) [candidate form]';
const B_PAY = 'mission-anchors §B1 #3 (UNHCR: >100 sarafs on Facebook) [candidate form]';
const B_GAME = 'mission-anchors §B2 #16 (BBC; Foreign Policy) [candidate form]';
const B_BUNDLE = 'mission-anchors §B1 #7 [candidate form]';
const B_CONTACT = 'mission-anchors §B1 #4, §B2 #27 [candidate form]';
const B_WARN = 'mission-anchors §B4 #2, #9 [candidate form]';
const B_PLACES = 'mission-anchors §B2 #11, §B3 (routes); candidate spellings';

/** Lexicon: Dari (Afghan Persian). */
export const entries: readonly LexiconEntry[] = [
  // ───────────────────────────── offer / service ─────────────────────────────
  ...define('prs', SRC, [
    ['قاچاق', 'offer', 0.55, 'goods smuggling and news', B_QACHAQ],
    ['قاچاقی', 'offer', 0.6, '"illegally"; also smuggled goods', B_QACHAQ],
    ['قاچاقبر', 'offer', 0.65, 'news and warnings use it too', B_QACHAQ],
    ['قاچاقبران', 'offer', 0.55, 'news and warnings', B_QACHAQ],
    ['قاچاقبری', 'offer', 0.6, undefined, B_QACHAQ],
    ['قاچاقچی*', 'offer', 0.5, 'news and warnings', B_QACHAQ],
    ['مهاجرت قانونی از افغانستان', 'offer', 0.6, 'fake "legal migration" offers', B_AFGHAN],
    ['مهاجرت غیرقانونی', 'offer', 0.4, 'news'],
    ['انتقال مسافرین', 'offer', 0.6],
    ['انتقال مسافر', 'offer', 0.6],
    ['انتقال', 'offer', 0.2, 'generic'],
    ['مسافرین', 'offer', 0.25, 'euphemism for migrants; also real passengers'],
    ['مسافرین محترم', 'offer', 0.2, 'bus companies use it too'],
    ['مسیر', 'offer', 0.1, 'generic route'],
    ['راه مطمئن', 'offer', 0.6],
    ['راه امن', 'offer', 0.5],
    ['مسیر مطمئن', 'offer', 0.6],
    ['راه زمینی', 'offer', 0.45],
    ['راه دریایی', 'offer', 0.5],
    ['میرسانیم', 'offer', 0.5, '"we get you there"'],
    ['می رسانیم', 'offer', 0.5],
    ['میبریم', 'offer', 0.3],
    ['گیم', 'offer', 0.5, 'crossing attempt; also video games', B_GAME],
    ['گیم زدن', 'offer', 0.75, undefined, B_GAME],
    ['گیم میزنیم', 'offer', 0.75, undefined, B_GAME],
    ['گیم می زنیم', 'offer', 0.75, undefined, B_GAME],
    ['گیم دادن', 'offer', 0.7, undefined, B_GAME],
    ['گیم میدهیم', 'offer', 0.7, undefined, B_GAME],
    ['دنکی', 'offer', 0.45, 'dunki route (Pak/Afghan); also the 2023 film', 'mission-anchors §B2 #15 [candidate form]'],
    ['رهنما', 'offer', 0.3, 'guide; also "guide book"'],
    ['رهنمای خوب', 'offer', 0.55],
    ['رهنمای باتجربه', 'offer', 0.6],
    ['رهبلد', 'offer', 0.55],
    ['گروپ کوچک', 'offer', 0.4],
    ['کمتر پیاده روی', 'offer', 0.6],
    ['کمتر پیاده‌روی', 'offer', 0.6],
    ['پیاده روی کم', 'offer', 0.6],
    ['بدون پیاده روی', 'offer', 0.6],
    ['بدون پیاده‌روی', 'offer', 0.6],
    ['کرایه تا', 'offer', 0.45, '"fare as far as…"'],
    ['کرایه', 'offer', 0.2, 'generic fare/rent'],
    ['فی نفر', 'offer', 0.25, 'per-person pricing'],
    ['هر نفر', 'offer', 0.2],
    ['نیم کرایه', 'offer', 0.35],
    ['اطفال رایگان', 'offer', 0.5, 'kids-free pricing', 'mission-anchors §B2 #3'],
    ['اطفال مفت', 'offer', 0.5, 'kids-free pricing', 'mission-anchors §B2 #3'],
    ['بچه ها مفت', 'offer', 0.5, 'kids-free pricing', 'mission-anchors §B2 #3'],
  ]),

  // ───────────────────────────── transport ─────────────────────────────
  ...define('prs', SRC, [
    ['موتر', 'transport', 0.2, 'everyday word for car'],
    ['موتر شخصی', 'transport', 0.4],
    ['موتر سواری', 'transport', 0.3],
    ['لاری', 'transport', 0.45, 'lorry'],
    ['کانتینر', 'transport', 0.45],
    ['تریلر', 'transport', 0.4],
    ['طیاره', 'transport', 0.15],
    ['کشتی', 'transport', 0.3],
    ['قایق', 'transport', 0.45],
    ['قایق بادی', 'transport', 0.6],
    ['بلم', 'transport', 0.55],
    ['کپتان', 'transport', 0.4],
    ['کاپیتان', 'transport', 0.4],
    ['جاکت نجات', 'transport', 0.45],
    ['جلیقه نجات', 'transport', 0.45],
  ]),

  // ───────────────────────────── documents ─────────────────────────────
  ...define('prs', SRC, [
    ['پاسپورت', 'documents', 0.25, 'passport-office news'],
    ['پاسپورت فوری', 'documents', 0.35, 'the passport office also sells an urgent service'],
    ['پاسپورت جعلی', 'documents', 0.95],
    ['پاسپورت اروپایی', 'documents', 0.6],
    ['جعلی', 'documents', 0.5],
    ['تذکره', 'documents', 0.2],
    ['تذکره جعلی', 'documents', 0.9],
    ['اسناد جعلی', 'documents', 0.9],
    ['مدارک جعلی', 'documents', 0.9],
    ['ویزه', 'documents', 0.25],
    ['ویزه تضمینی', 'documents', 0.9],
    ['ویزه کاری', 'documents', 0.3],
    ['ویزه فامیلی ترکیه', 'documents', 0.8, '"Turkish family visa in 2 weeks"', B_AFGHAN],
    ['بدون نوبت', 'documents', 0.55],
    ['بدون مصاحبه', 'documents', 0.55],
    ['بدون ویزه', 'documents', 0.55],
    ['بدون اسناد', 'documents', 0.3, 'news: "without legal documents"'],
    ['شناخت داریم', 'documents', 0.65, '"we have connections"'],
    ['آشنا داریم', 'documents', 0.6],
    ['واسطه داریم', 'documents', 0.6],
    ['واسطه', 'documents', 0.3],
    ['اقامت', 'documents', 0.25],
    ['کارت اقامت', 'documents', 0.4],
    ['ورک پرمیت', 'documents', 0.4],
    ['ثبت در سیستم', 'documents', 0.7],
    ['بدون انگشت', 'documents', 0.7, 'no Eurodac fingerprint'],
  ]),

  // ───────────────────────────── marriage ─────────────────────────────
  ...define('prs', SRC, [
    ['ازدواج صوری', 'marriage', 1],
    ['نکاح صوری', 'marriage', 0.95],
    ['نکاح کاغذی', 'marriage', 0.9],
    ['ازدواج کاغذی', 'marriage', 0.9],
    ['ازدواج به خاطر اقامت', 'marriage', 0.9],
    ['نکاح به خاطر ویزه', 'marriage', 0.85],
    ['همسر اروپایی', 'marriage', 0.5],
    ['از طریق ازدواج', 'marriage', 0.5, 'legit spouse-visa talk too'],
  ]),

  // ───────────────────────────── package ─────────────────────────────
  ...define('prs', B_BUNDLE, [
    ['پکیج کامل', 'package', 0.6],
    ['پکیج', 'package', 0.2, 'Umrah/tour packages'],
    ['ورود و اقامت', 'package', 0.75],
    ['اقامت و کار', 'package', 0.5],
    ['ویزه و کار', 'package', 0.5],
    ['پناهندگی تضمینی', 'package', 0.9],
    ['کیس سازی', 'package', 0.75, 'fabricated asylum case'],
    ['کیس ساختن', 'package', 0.7],
    ['همه کارها از ما', 'package', 0.5],
  ]),

  // ───────────────────────────── accommodation ─────────────────────────────
  ...define('prs', SRC, [
    ['جای بود و باش', 'accommodation', 0.5],
    ['بود و باش', 'accommodation', 0.35],
    ['خانه امن', 'accommodation', 0.55],
    ['مهمانخانه', 'accommodation', 0.3],
    ['نان و جای', 'accommodation', 0.45],
    ['تا روز حرکت', 'accommodation', 0.65],
    ['تا روز گیم', 'accommodation', 0.8],
  ]),

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('prs', SRC, [
    ['دریور', 'recruitment', 0.25, 'driver'],
    ['دریور ضرورت است', 'recruitment', 0.5, 'legit job ads too'],
    ['به دریور ضرورت', 'recruitment', 0.5],
    ['کپتان ضرورت', 'recruitment', 0.8],
    ['بدون سوال', 'recruitment', 0.55],
    ['معاش بالا', 'recruitment', 0.3],
  ]),

  // ───────────────────────────── guarantee / payment ─────────────────────────────
  ...define('prs', B_PAY, [
    ['ضمانت', 'guarantee', 0.45],
    ['ضمانت در دفتر', 'guarantee', 0.85],
    ['ضمانت نزد صراف', 'guarantee', 0.9],
    ['پول نزد صراف', 'guarantee', 0.9],
    ['نزد صراف', 'guarantee', 0.8],
    ['پیش صراف', 'guarantee', 0.8],
    ['صراف', 'guarantee', 0.45, 'legit exchange'],
    ['صرافی', 'guarantee', 0.4],
    ['امانت', 'guarantee', 0.45],
    ['امانت میباشد', 'guarantee', 0.7],
    ['ضمانت میباشد', 'guarantee', 0.7],
    ['بعد از رسیدن', 'guarantee', 0.65],
    ['بعد از رسیدن پرداخت', 'guarantee', 0.95],
    ['پس از رسیدن', 'guarantee', 0.6],
    ['تا رسیدن', 'guarantee', 0.55],
    ['پول بعد از', 'guarantee', 0.5],
    ['بعد از گرفتن ویزه', 'guarantee', 0.8, undefined, 'mission-anchors §B1 #3 (UNODC) [candidate form]'],
    ['بدون پیش پرداخت', 'guarantee', 0.7, undefined, B_AFGHAN],
    ['تضمینی', 'guarantee', 0.5],
    ['گارانتی', 'guarantee', 0.35],
    ['صد فیصد', 'guarantee', 0.6],
    ['صدفیصد', 'guarantee', 0.6],
    ['100 فیصد', 'guarantee', 0.6],
    ['تلاش تا رسیدن', 'guarantee', 0.9],
    ['کوشش تا رسیدن', 'guarantee', 0.9],
    ['سه بار کوشش', 'guarantee', 0.8],
    ['کوشش دوباره مفت', 'guarantee', 0.8],
    ['پول پس', 'guarantee', 0.35],
  ]),

  // ───────────────────────────── urgency ─────────────────────────────
  ...define('prs', SRC, [
    ['جای محدود', 'urgency', 0.5],
    ['چند جای خالی', 'urgency', 0.5],
    ['امشب حرکت', 'urgency', 0.6],
    ['حرکت امشب', 'urgency', 0.6],
    ['فردا حرکت', 'urgency', 0.45],
    ['زود به تماس شوید', 'urgency', 0.55],
    ['عجله کنید', 'urgency', 0.35],
    ['وقت کم است', 'urgency', 0.4],
  ]),

  // ───────────────────────────── contact ─────────────────────────────
  ...define('prs', B_CONTACT, [
    ['به تماس شوید', 'contact', 0.5],
    ['در تماس شوید', 'contact', 0.5],
    ['تماس بگیرید', 'contact', 0.25],
    ['شماره واتساپ', 'contact', 0.5],
    ['واتساپ', 'contact', 0.5],
    ['واتس اپ', 'contact', 0.5],
    ['ایمو', 'contact', 0.5, 'IMO is widely used by Afghans'],
    ['تلگرام', 'contact', 0.45],
    ['وایبر', 'contact', 0.5],
    ['مسج', 'contact', 0.4],
    ['مسیج', 'contact', 0.4],
    ['پیام بته', 'contact', 0.5],
    ['پیام بتین', 'contact', 0.5],
    ['پیام بدهید', 'contact', 0.4],
    ['پیام بفرستید', 'contact', 0.4],
    ['انباکس', 'contact', 0.55],
    ['کسی که جدی است', 'contact', 0.55],
    ['افراد جدی', 'contact', 0.5],
    ['فقط جدی', 'contact', 0.5],
  ]),

  // ───────────────────────────── direction ─────────────────────────────
  ...define('prs', SRC, [
    ['به', 'direction', 0.5],
    ['از', 'direction', 0.5],
    ['تا', 'direction', 0.5],
    ['الی', 'direction', 0.5, 'Dari "to/until"'],
    ['به طرف', 'direction', 0.5],
    ['از طریق', 'direction', 0.5],
    ['ترانزیت', 'direction', 0.5],
  ]),

  // ───────────────────────────── news (negative) ─────────────────────────────
  ...define('prs', SRC, [
    ['به گزارش', 'news', 0.8],
    ['خبرگزاری', 'news', 0.8],
    ['سخنگوی', 'news', 0.55],
    ['قوماندانی امنیه', 'news', 0.8],
    ['قوماندانی', 'news', 0.5],
    ['قوماندان', 'news', 0.45],
    ['پولیس', 'news', 0.35],
    ['بازداشت', 'news', 0.6],
    ['گرفتار شدند', 'news', 0.6],
    ['دستگیر', 'news', 0.55],
    ['مسئولان', 'news', 0.4],
    ['مقامات', 'news', 0.45],
    ['اخراج شدند', 'news', 0.65],
    ['اخراج', 'news', 0.4],
    ['عودت', 'news', 0.35],
    ['مهاجرین عودت کننده', 'news', 0.6],
    ['وزارت امور مهاجرین', 'news', 0.6],
    ['رسانه ها', 'news', 0.35],
    ['قاچاق انسان', 'news', 0.5],
    ['غرق شدند', 'news', 0.55],
    ['جان باختند', 'news', 0.6],
  ]),

  // ───────────────────────────── warning (negative) ─────────────────────────────
  ...define('prs', B_WARN, [
    ['هشدار', 'warning', 0.6],
    ['اعتماد نکنید', 'warning', 0.8],
    ['فریب نخورید', 'warning', 0.8],
    ['هوشیار باشید', 'warning', 0.55],
    ['احتیاط کنید', 'warning', 0.5],
    ['دروغ می گویند', 'warning', 0.65],
    ['دروغ میگویند', 'warning', 0.65],
    ['جان خود را از دست', 'warning', 0.7],
    ['پر از خطر', 'warning', 0.55],
    ['ندهید', 'warning', 0.3],
    ['کلاهبرداری', 'warning', 0.6],
    ['فریبکار', 'warning', 0.55],
    ['خطرناک', 'warning', 0.3],
  ]),

  // ───────────────────────────── campaign (negative) ─────────────────────────────
  ...define('prs', SRC, [
    ['هموطنان عزیز', 'campaign', 0.4],
    ['سازمان ملل', 'campaign', 0.65],
    ['دفاتر سازمان ملل', 'campaign', 0.75],
    ['کمیشنری عالی', 'campaign', 0.9],
    ['سازمان بین المللی مهاجرت', 'campaign', 0.9],
    ['آی او ام', 'campaign', 0.7],
    ['یو ان اچ سی آر', 'campaign', 0.8],
    ['هلال احمر', 'campaign', 0.7],
    ['راه های قانونی', 'campaign', 0.65],
    ['راههای قانونی', 'campaign', 0.65],
    ['معلومات', 'campaign', 0.25, 'Dari "information"'],
    ['مشوره رایگان', 'campaign', 0.5],
    ['آگاهی دهی', 'campaign', 0.5],
  ]),

  // ───────────────────────────── legal (negative) ─────────────────────────────
  ...define('prs', SRC, [
    ['پناهندگی', 'legal', 0.35],
    ['درخواست پناهندگی', 'legal', 0.6],
    ['کیس', 'legal', 0.25],
    ['وکیل', 'legal', 0.55],
    ['دوسیه', 'legal', 0.35],
    ['ریجکت', 'legal', 0.5],
    ['انگشت دادن', 'legal', 0.45],
    ['یکجا شدن با فامیل', 'legal', 0.6],
    ['سوال دارم', 'legal', 0.45],
    ['کسی معلومات دارد', 'legal', 0.5],
  ]),

  // ───────────────────────────── legit (negative) ─────────────────────────────
  ...define('prs', SRC, [
    ['ویزه همسری', 'legit', 0.45, 'legal spouse visa'],
    ['قانونی', 'legit', 0.2, 'ads also claim "legal"'],
    ['شرکت هوایی', 'legit', 0.5],
    ['تکت', 'legit', 0.25],
    ['تکت طیاره', 'legit', 0.4],
    ['هوتل', 'legit', 0.35],
    ['عمره', 'legit', 0.6],
    ['دارای جواز', 'legit', 0.6],
    ['جواز رسمی', 'legit', 0.6],
    ['عروسی', 'legit', 0.35],
    ['مبارک باشد', 'legit', 0.4],
    ['اقارب', 'legit', 0.3],
    ['ویزه تحصیلی', 'legit', 0.35],
  ]),

  // ───────────────────────────── places ─────────────────────────────
  ...places('prs', B_PLACES, [
    ['افغانستان', 'AF'], ['کابل', 'AF'], ['هرات', 'AF'], ['مزار شریف', 'AF'], ['قندهار', 'AF'], ['کندهار', 'AF'],
    ['جلال آباد', 'AF'], ['ننگرهار', 'AF'], ['نیمروز', 'AF'], ['زرنج', 'AF'], ['اسلام قلعه', 'AF'], ['فراه', 'AF'],
    ['ایران', 'IR'], ['تهران', 'IR'], ['مشهد', 'IR'], ['زاهدان', 'IR'],
    ['پاکستان', 'PK'], ['کویته', 'PK'], ['پشاور', 'PK'], ['اسلام آباد', 'PK'], ['کراچی', 'PK'],
    ['ترکیه', 'TR'], ['استانبول', 'TR'], ['وان', 'TR'], ['ازمیر', 'TR'], ['ادرنه', 'TR'],
    ['یونان', 'GR'], ['آتن', 'GR'], ['بلغاریا', 'BG'], ['سربیا', 'RS'], ['بوسنیا', 'BA'], ['کرواسیا', 'HR'], ['سلوونیا', 'SI'],
    ['مجارستان', 'HU'], ['اتریش', 'AT'], ['ایتالیا', 'IT'], ['جرمنی', 'DE'], ['آلمان', 'DE'], ['فرانسه', 'FR'], ['پاریس', 'FR'],
    ['انگلستان', 'GB'], ['لندن', 'GB'], ['هالند', 'NL'], ['بلجیم', 'BE'], ['سویدن', 'SE'], ['ناروی', 'NO'], ['دنمارک', 'DK'],
    ['فنلند', 'FI'], ['سویس', 'CH'], ['اروپا', 'EU'], ['شینگن', 'EU'],
    ['روسیه', 'RU'], ['بلاروس', 'BY'], ['پولند', 'PL'], ['لیتوانیا', 'LT'], ['تاجکستان', 'TJ'], ['ازبکستان', 'UZ'],
    ['امریکا', 'US'], ['کانادا', 'CA'], ['آسترالیا', 'AU'], ['اندونیزیا', 'ID'], ['ملیزیا', 'MY'], ['دوبی', 'AE'], ['امارات', 'AE'], ['عراق', 'IQ'],
  ]),
  // ── probe-set generalisation (2026-12) ──
  ...define('prs', SRC, [
    ['ثبت سیستم', 'documents', 0.75],
    ['تماس خصوصی', 'contact', 0.5],
    ['پیام خصوصی', 'contact', 0.5],
    ['ویزه ترکیه', 'documents', 0.5, '"Turkish (family) visa"', B_AFGHAN],
    ['ویزه فامیلی', 'documents', 0.5, undefined, B_AFGHAN],
  ]),
  // ── obfuscation-probe generalisation (2026-12): romanised, Arabizi and mixed-style forms ──
  // romanised Dari (as typed on Facebook/WhatsApp)
  ...define('prs', 'candidate: native-speaker check needed (romanised Dari)', [
    ['rah-e europa', 'offer', 0.5, '"the road to Europe"; news too'],
    ['rahe europa', 'offer', 0.5],
    ['rah e europa', 'offer', 0.5],
    ['pesh-e saraf', 'guarantee', 0.8, 'money held by a saraf', 'mission-anchors §B1 #3 (UNHCR sarafs); romanised Dari candidate'],
    ['peshe saraf', 'guarantee', 0.8, undefined, 'mission-anchors §B1 #3 (UNHCR sarafs); romanised Dari candidate'],
    ['pesh saraf', 'guarantee', 0.8, undefined, 'mission-anchors §B1 #3 (UNHCR sarafs); romanised Dari candidate'],
    ['nazd-e saraf', 'guarantee', 0.8, undefined, 'mission-anchors §B1 #3 (UNHCR sarafs); romanised Dari candidate'],
    ['ba kishti', 'transport', 0.55, '"by boat"'],
    ['kishti', 'transport', 0.45, 'boats for sale too'],
    ['ba', 'direction', 0.3, '"to" (also "with")'],
    ['az', 'direction', 0.3, '"from"'],
  ]),
];
