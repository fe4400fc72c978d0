/**
 * Evasion detector: a promise that the usual checks do not apply — "no interview", "sin
 * papeles", "ohne Kontrolle", "بدون سفارت", "পাসপোর্ট লাগবে না", "ኤምባሲ መሄድ አያስፈልግም".
 * Smuggling and visa-fraud ads sell exactly that; a legitimate agency, bus or landlord asks
 * for the papers. It is scored as a guarantee (an assurance about the outcome).
 *
 * Two internal word classes are compiled into the main automaton (like the price helpers):
 *  - `evasion-neg`: the privative or "not needed" word, its weight saying where it stands
 *    (NEG_*);
 *  - `evasion-obj`: what is waived, checks (interview, embassy, controls: CHECK) or papers
 *    (passport, ID, documents: PAPERS).
 * A pair close together in one sentence is an evasion cue. "Without papers" alone also
 * describes people (an NGO's "shelter for people without papers"), so it counts for less
 * than "no papers needed" or "no controls". Visas are left out on purpose: "visa-free" is
 * ordinary travel news.
 */
import { cueInfo, type Cue, type CueInfo, type TermInput } from '../cue';

/** `evasion-neg` weights: a "not needed" predicate (either side of the object)… */
export const NEG_NOT_NEEDED = 1;
/** … a postposition ("kagaz ke baghair", "baasaboor la'aan": after the object only)… */
export const NEG_AFTER = 0.75;
/** … a preposition ("without", "sin", "ohne", "بدون": before the object only). */
export const NEG_BEFORE = 0.5;
/** `evasion-obj` weights: a check or control is waived… */
export const CHECK = 1;
/** … papers are waived (or people lack them). */
export const PAPERS = 0.5;

/** Max units between the two words (one or two short words: "no need for any", "sin ningún"). */
const GAP = 14;

const EVASION = cueInfo('evasion', 'any', 'guarantee', 0.7);
const EVASION_PAPERS = cueInfo('evasion:papers', 'any', 'guarantee', 0.6);
const WITHOUT_PAPERS = cueInfo('evasion:without-papers', 'any', 'guarantee', 0.3);

const privatives = (weight: number, lang: string, terms: readonly string[]): TermInput[] => terms.map((term) => ({ term, lang, category: 'evasion-neg', weight }));
const waived = (weight: number, lang: string, terms: readonly string[]): TermInput[] => terms.map((term) => ({ term, lang, category: 'evasion-obj', weight }));

/**
 * Privatives and "not needed" words, and the checks and papers they waive, per language.
 * Source: analyst-supplied (class: mission-anchors §B2, "no documents needed" assurances);
 * candidates for native-speaker review.
 */
export const EVASION_TERMS: readonly TermInput[] = sharedAsAny([
  // English (also mixed into posts in every language)
  ...privatives(NEG_NOT_NEEDED, 'en', ['not needed', 'not required', 'no need for', 'no need of', 'no need to show', 'no need to go to', "don't need", 'dont need', 'do not need', 'never asked', 'never checked', 'nobody asks for', 'no one asks for', 'nobody checks', 'no one checks', 'not checked', 'not asked']),
  ...privatives(NEG_BEFORE, 'en', ['without', 'without any']),
  ...waived(CHECK, 'en', ['interview', 'interviews', 'embassy', 'embassy visit', 'checks', 'check', 'controls', 'control', 'police', 'questions', 'question', 'bank statement', 'ielts', 'language test', 'english test', 'refusal', 'refusals', 'rejection', 'checkpoint', 'checkpoints', 'border control', 'border checks', 'id check', 'id checks', 'passport control', 'fingerprints', 'fingerprint']),
  ...waived(PAPERS, 'en', ['papers', 'paper', 'documents', 'document', 'docs', 'passport', 'passports', 'id', 'ids', 'id card', 'identity card', 'paperwork', 'appointment', 'appointments', 'queue', 'waiting list']),
  // French
  ...privatives(NEG_NOT_NEEDED, 'fr', ['pas besoin de', 'pas besoin d', 'pas besoin', 'pas nécessaire', 'aucun besoin de', 'on ne demande pas', 'personne ne demande']),
  ...privatives(NEG_BEFORE, 'fr', ['sans', 'sans aucun', 'sans aucune', 'pas de', 'aucun', 'aucune', 'zéro']),
  ...waived(CHECK, 'fr', ['entretien', 'ambassade', 'consulat', 'contrôle', 'contrôles', 'police', 'questions', 'relevé bancaire', 'test de langue', 'refus', 'empreintes']),
  ...waived(PAPERS, 'fr', ['papiers', 'papier', 'documents', 'passeport', 'passeports', "pièce d'identité", "carte d'identité", 'rendez-vous', 'rdv', 'attente', "file d'attente"]),
  // Spanish
  ...privatives(NEG_NOT_NEEDED, 'es', ['no necesitas', 'no necesita', 'no necesitan', 'no hace falta', 'no se necesita', 'no se necesitan', 'no pedimos', 'no piden', 'no te piden', 'no se pide', 'no se piden']),
  ...privatives(NEG_BEFORE, 'es', ['sin', 'sin ningún', 'sin ninguna', 'ningún', 'ninguna', 'nada de', 'cero']),
  ...waived(CHECK, 'es', ['entrevista', 'embajada', 'consulado', 'control', 'controles', 'policía', 'preguntas', 'extracto bancario', 'examen de idioma', 'rechazo', 'rechazos', 'huellas']),
  ...waived(PAPERS, 'es', ['papeles', 'documentos', 'pasaporte', 'pasaportes', 'dni', 'nie', 'identificación', 'cita', 'cita previa', 'espera', 'colas']),
  // Italian
  ...privatives(NEG_NOT_NEEDED, 'it', ['non serve', 'non servono', 'non chiediamo', 'non chiedono', 'non è necessario', 'nessun bisogno di']),
  ...privatives(NEG_BEFORE, 'it', ['senza', 'senza nessun', 'senza nessuna', 'nessun', 'nessuna', 'niente']),
  ...waived(CHECK, 'it', ['colloquio', 'ambasciata', 'consolato', 'controllo', 'controlli', 'polizia', 'domande', 'estratto conto', 'esame di lingua', 'rifiuto', 'rifiuti', 'impronte']),
  ...waived(PAPERS, 'it', ['documenti', 'documento', 'carte', 'passaporto', 'passaporti', "carta d'identità", 'appuntamento', 'attesa', 'code']),
  // German
  ...privatives(NEG_NOT_NEEDED, 'de', ['nicht nötig', 'nicht notwendig', 'nicht erforderlich', 'braucht ihr nicht', 'brauchst du nicht', 'brauchen sie nicht', 'fragt keiner nach', 'fragt niemand nach']),
  ...privatives(NEG_BEFORE, 'de', ['ohne', 'kein', 'keine', 'keinen', 'null']),
  ...waived(CHECK, 'de', ['interview', 'botschaft', 'konsulat', 'kontrolle', 'kontrollen', 'polizei', 'fragen', 'kontoauszug', 'sprachtest', 'sprachprüfung', 'deutschtest', 'ablehnung', 'ablehnungen', 'fingerabdrücke']),
  ...waived(PAPERS, 'de', ['papiere', 'papieren', 'dokumente', 'dokumenten', 'pass', 'reisepass', 'ausweis', 'ausweispapiere', 'termin', 'wartezeit', 'warten']),
  // Portuguese
  ...privatives(NEG_NOT_NEEDED, 'pt', ['não precisa', 'não precisa de', 'não precisam', 'não pedimos', 'não pedem', 'não é preciso', 'não é necessário']),
  ...privatives(NEG_BEFORE, 'pt', ['sem', 'sem nenhum', 'sem nenhuma', 'nenhum', 'nenhuma', 'zero']),
  ...waived(CHECK, 'pt', ['entrevista', 'embaixada', 'consulado', 'controle', 'controlo', 'polícia', 'perguntas', 'extrato bancário', 'prova de idioma', 'recusa', 'digitais']),
  ...waived(PAPERS, 'pt', ['papéis', 'documentos', 'passaporte', 'identidade', 'rg', 'agendamento', 'espera', 'fila']),
  // Greek
  ...privatives(NEG_NOT_NEEDED, 'el', ['δεν χρειάζεται', 'δεν χρειάζονται', 'δεν ζητάμε', 'δεν ζητάνε', 'δεν ζητούν', 'δεν απαιτείται', 'δεν απαιτούνται']),
  ...privatives(NEG_BEFORE, 'el', ['χωρίς', 'κανένα', 'καμία', 'κανέναν']),
  ...waived(CHECK, 'el', ['συνέντευξη', 'πρεσβεία', 'προξενείο', 'έλεγχο', 'έλεγχος', 'ελέγχους', 'έλεγχοι', 'αστυνομία', 'ερωτήσεις', 'απόρριψη', 'αποτυπώματα']),
  ...waived(PAPERS, 'el', ['χαρτιά', 'έγγραφα', 'διαβατήριο', 'διαβατήρια', 'ταυτότητα', 'ταυτότητες', 'ραντεβού', 'αναμονή']),
  // Albanian
  ...privatives(NEG_NOT_NEEDED, 'sq', ["s'ka nevojë", 'nuk ka nevojë', 'nuk duhet', 'nuk duhen', 'nuk kërkohet', 'nuk kërkohen', 'nuk të kërkojnë']),
  ...privatives(NEG_BEFORE, 'sq', ['pa', 'pa asnjë', 'asnjë', 'zero']),
  ...waived(CHECK, 'sq', ['intervistë', 'intervista', 'ambasadë', 'ambasada', 'kontroll', 'kontrolle', 'polici', 'policia', 'pyetje', 'refuzim', 'gjurmë']),
  ...waived(PAPERS, 'sq', ['letra', 'dokumente', 'dokumenta', 'pasaportë', 'pasaporta', 'pashaportë', 'letërnjoftim', 'kartë identiteti', 'takim', 'pritje', 'radhë']),
  // Russian
  ...privatives(NEG_NOT_NEEDED, 'ru', ['не нужен', 'не нужна', 'не нужно', 'не нужны', 'не требуется', 'не требуются', 'не спрашивают', 'не проверяют']),
  ...privatives(NEG_BEFORE, 'ru', ['без', 'без всяких', 'без каких-либо', 'никаких', 'никакой', 'никакого']),
  ...waived(CHECK, 'ru', ['собеседования', 'собеседование', 'посольства', 'посольство', 'консульства', 'контроля', 'контроль', 'проверки', 'проверок', 'проверка', 'полиции', 'вопросов', 'выписки', 'языка', 'экзамена', 'отказов', 'отказа', 'отпечатков']),
  ...waived(PAPERS, 'ru', ['документов', 'документы', 'паспорта', 'паспорт', 'бумаг', 'загранпаспорта', 'записи', 'очереди', 'очередей']),
  // Turkish (the -sız compounds are lexicon rows: pasaportsuz, kontrolsüz)
  ...privatives(NEG_NOT_NEEDED, 'tr', ['gerek yok', 'gerekmez', 'gerekmiyor', 'istenmez', 'istenmiyor', 'aranmaz', 'aranmıyor', 'sorulmaz', 'sorulmuyor', 'şart değil']),
  ...privatives(NEG_AFTER, 'tr', ['olmadan', 'olmaksızın']),
  ...waived(CHECK, 'tr', ['mülakat', 'konsolosluk', 'elçilik', 'kontrol', 'polis', 'soru', 'banka hesabı', 'dil sınavı', 'ret', 'red', 'parmak izi']),
  ...waived(PAPERS, 'tr', ['pasaport', 'kimlik', 'belge', 'evrak', 'kağıt', 'randevu', 'sıra', 'bekleme']),
  // Vietnamese
  ...privatives(NEG_NOT_NEEDED, 'vi', ['không cần', 'khỏi cần', 'không yêu cầu', 'miễn', 'không hỏi', 'không kiểm tra']),
  ...waived(CHECK, 'vi', ['phỏng vấn', 'đại sứ quán', 'lãnh sự quán', 'kiểm tra', 'công an', 'cảnh sát', 'câu hỏi', 'sao kê', 'chứng minh tài chính', 'tiếng anh', 'ielts', 'từ chối', 'vân tay']),
  ...waived(PAPERS, 'vi', ['giấy tờ', 'hộ chiếu', 'căn cước', 'cmnd', 'cccd', 'hẹn', 'xếp hàng']),
  // Somali
  ...privatives(NEG_NOT_NEEDED, 'so', ['aan u baahnayn', 'looma baahna', 'uma baahnid', 'ma u baahnid', 'aan loo baahnayn', 'looma baahan yahay']),
  ...privatives(NEG_AFTER, 'so', ["la'aan", 'la aan']),
  ...privatives(NEG_BEFORE, 'so', ['bilaa']),
  ...waived(CHECK, 'so', ['waraysi', 'safaarad', 'safaaradda', 'baaritaan', 'kontarool', 'booliis', 'boolis', "su'aalo", "su'aal", 'diidmo', 'faro']),
  ...waived(PAPERS, 'so', ['warqad', 'waraaqo', 'dukumenti', 'dokumenti', 'baasaboor', 'baasaaboor', 'basaboor', 'aqoonsi', 'ballan']),
  // Arabic (proclitics such as ال are accepted by the compiler)
  ...privatives(NEG_NOT_NEEDED, 'ar', ['مش محتاج', 'ما يحتاج', 'ما تحتاج', 'لا تحتاج', 'لا يحتاج', 'لا داعي', 'ما في داعي', 'مو لازم', 'مش لازم', 'ما بدك', 'محدا بيسألك']),
  ...privatives(NEG_BEFORE, 'ar', ['بدون', 'بلا', 'من غير', 'دون', 'بدون أي', 'bdoun', 'bdun', 'bidoun', 'bidun', 'bala', 'mn ghair', 'min ghair', 'men ghir']),
  ...waived(CHECK, 'ar', ['مقابلة', 'سفارة', 'قنصلية', 'تفتيش', 'رقابة', 'شرطة', 'بوليس', 'أسئلة', 'كشف حساب', 'امتحان لغة', 'رفض', 'بصمة', 'بصمات', 'حاجز', 'حواجز', 'mo2abale', 'safara']),
  ...waived(PAPERS, 'ar', ['أوراق', 'ورق', 'وثائق', 'مستندات', 'جواز', 'جواز سفر', 'هوية', 'awra2', 'wara2', 'jawaz', 'موعد', 'انتظار', 'طابور']),
  // Persian and Dari
  ...privatives(NEG_NOT_NEEDED, 'fa', ['نیاز نیست', 'لازم نیست', 'نیازی نیست', 'نیازی ندارد', 'نیاز نداره', 'لازم ندارد', 'ضرورت نیست', 'ضرورت ندارد', 'نمیخواد', 'نمی خواد', 'کار نداره', 'کسی نمیپرسه']),
  ...privatives(NEG_BEFORE, 'fa', ['بدون', 'بی', 'بدون هیچ']),
  ...waived(CHECK, 'fa', ['مصاحبه', 'سفارت', 'کنسولگری', 'بازرسی', 'کنترل', 'پلیس', 'پولیس', 'سوال', 'سوالی', 'گردش حساب', 'تمکن مالی', 'آیلتس', 'امتحان زبان', 'ریجکت', 'انگشت نگاری']),
  ...waived(PAPERS, 'fa', ['مدرک', 'مدارک', 'پاسپورت', 'گذرنامه', 'کارت شناسایی', 'تذکره', 'اسناد', 'کاغذ', 'نوبت', 'انتظار', 'وقت سفارت']),
  // Pashto
  ...privatives(NEG_NOT_NEEDED, 'ps', ['اړتیا نشته', 'اړتیا نه لري', 'ضرورت نشته', 'ضرورت نه لري', 'ته اړتیا نشته', 'نه غواړي', 'پکار نه دي', 'پکار نه دی']),
  ...privatives(NEG_AFTER, 'ps', ['پرته']),
  ...privatives(NEG_BEFORE, 'ps', ['بې', 'بغیر', 'پرته له', 'بې له']),
  ...waived(CHECK, 'ps', ['مرکه', 'انټرویو', 'سفارت', 'کنټرول', 'تلاشي', 'پولیس', 'پوښتنې', 'پوښتنه']),
  ...waived(PAPERS, 'ps', ['اسناد', 'کاغذونه', 'پاسپورټ', 'تذکره', 'پېژندپاڼه', 'انتظار']),
  // Sorani
  ...privatives(NEG_NOT_NEEDED, 'ckb', ['پێویست ناکات', 'پێویست نییە', 'پێویستی نییە', 'پێویستت نییە', 'کەس ناپرسێت']),
  ...privatives(NEG_BEFORE, 'ckb', ['بێ', 'بەبێ', 'بەبی', 'بەبێ هیچ']),
  ...waived(CHECK, 'ckb', ['چاوپێکەوتن', 'مقابەلە', 'سەفارەت', 'باڵیۆزخانە', 'پشکنین', 'کۆنترۆڵ', 'پۆلیس', 'پرسیار', 'ڕەتکردنەوە', 'ڕیجێکت']),
  ...waived(PAPERS, 'ckb', ['بەڵگەنامە', 'کاغەز', 'پاسپۆرت', 'ناسنامە', 'چاوەڕوانی', 'نۆبە']),
  // Kurmanji
  ...privatives(NEG_NOT_NEEDED, 'kmr', ['ne pêwîst e', 'ne hewce ye', 'hewce nake', 'pêwîst nake', 'pêwîstî nîne', 'hewce nîne', 'kes napirse']),
  ...privatives(NEG_BEFORE, 'kmr', ['bê', 'bêyî', 'bê tu']),
  ...waived(CHECK, 'kmr', ['hevpeyvîn', 'hevpeyvînê', 'balyozxane', 'balyozxaneyê', 'konsolosxane', 'kontrol', 'kontrolê', 'kontrola', 'pişkinîn', 'polîs', 'pirs', 'red', 'hesabê bankê', 'ezmûna ziman']),
  ...waived(PAPERS, 'kmr', ['belge', 'belgeyan', 'kaxez', 'pasaport', 'pasaportê', 'nasname', 'randevû', 'randevûyê']),
  // Urdu (and romanised)
  ...privatives(NEG_NOT_NEEDED, 'ur', ['ضرورت نہیں', 'کی ضرورت نہیں', 'نہیں چاہیے', 'کوئی ضرورت نہیں', 'zaroorat nahi', 'zarurat nahi', 'ki zaroorat nahi', 'nahi chahiye', 'koi zaroorat nahi', 'zaroorat nahin']),
  ...privatives(NEG_AFTER, 'ur', ['کے بغیر', 'ke baghair', 'ke bagair', 'ke bina']),
  ...privatives(NEG_BEFORE, 'ur', ['بغیر', 'بنا', 'bina', 'baghair', 'bagair', 'baghair kisi']),
  ...waived(CHECK, 'ur', ['انٹرویو', 'سفارت خانہ', 'ایمبیسی', 'چیکنگ', 'کنٹرول', 'پولیس', 'سوال', 'بینک اسٹیٹمنٹ', 'آئلٹس', 'آئی ای ایل ٹی ایس', 'ریجیکشن', 'checking', 'sawal', 'sawaal']),
  ...waived(PAPERS, 'ur', ['کاغذات', 'کاغذ', 'دستاویزات', 'پاسپورٹ', 'شناختی کارڈ', 'ڈاکومنٹس', 'kaghzat', 'kagzat', 'kaghaz', 'kagaz', 'اپوائنٹمنٹ', 'انتظار']),
  // Punjabi (Gurmukhi, Shahmukhi, romanised)
  ...privatives(NEG_NOT_NEEDED, 'pa', ['ਲੋੜ ਨਹੀਂ', 'ਦੀ ਲੋੜ ਨਹੀਂ', 'ਜ਼ਰੂਰਤ ਨਹੀਂ', 'ਨਹੀਂ ਚਾਹੀਦਾ', 'ਨਹੀਂ ਚਾਹੀਦੀ', 'لوڑ نئیں', 'دی لوڑ نئیں', 'ضرورت نئیں', 'lod nahi', 'lorh nahi', 'lor nahi']),
  ...privatives(NEG_AFTER, 'pa', ['ਤੋਂ ਬਿਨਾਂ', 'ਤੋਂ ਬਿਨਾ', 'توں بغیر', 'ton bina']),
  ...privatives(NEG_BEFORE, 'pa', ['ਬਿਨਾ', 'ਬਿਨਾਂ', 'بناں', 'binaa']),
  ...waived(CHECK, 'pa', ['ਇੰਟਰਵਿਊ', 'ਅੰਬੈਸੀ', 'ਦੂਤਾਵਾਸ', 'ਚੈਕਿੰਗ', 'ਪੁਲਿਸ', 'ਸਵਾਲ', 'ਬੈਂਕ ਸਟੇਟਮੈਂਟ', 'ਆਈਲਟਸ', 'ਆਇਲਟਸ', 'ਰਿਫਿਊਜ਼ਲ', 'آئیلٹس']),
  ...waived(PAPERS, 'pa', ['ਕਾਗਜ਼', 'ਕਾਗਜ਼ਾਤ', 'ਪਾਸਪੋਰਟ', 'ਦਸਤਾਵੇਜ਼', 'kaagaz', 'ਉਡੀਕ']),
  // Bengali (and romanised)
  ...privatives(NEG_NOT_NEEDED, 'bn', ['লাগবে না', 'লাগে না', 'লাগবেনা', 'প্রয়োজন নেই', 'প্রয়োজন হবে না', 'দরকার নেই', 'দরকার নাই', 'দরকার হবে না', 'lagbe na', 'dorkar nai', 'dorkar nei']),
  ...privatives(NEG_AFTER, 'bn', ['ছাড়া', 'ছাড়াই', 'chara', 'charai']),
  ...privatives(NEG_BEFORE, 'bn', ['বিনা']),
  ...waived(CHECK, 'bn', ['ইন্টারভিউ', 'সাক্ষাৎকার', 'দূতাবাস', 'অ্যাম্বাসি', 'এম্বাসি', 'চেকিং', 'পুলিশ', 'প্রশ্ন', 'ব্যাংক স্টেটমেন্ট', 'আইইএলটিএস', 'ভাষা পরীক্ষা', 'রিজেক্ট']),
  ...waived(PAPERS, 'bn', ['কাগজ', 'কাগজপত্র', 'ডকুমেন্ট', 'পাসপোর্ট', 'আইডি', 'kagoj', 'kagojpotro', 'অপেক্ষা']),
  // Tigrinya
  ...privatives(NEG_NOT_NEEDED, 'ti', ['ዘየድሊ', 'ኣየድልን', 'ኣየድልን እዩ', 'ኣየድልየኩምን', 'ዝሓትት የለን', 'ዝሓትት የብልናን', 'ኣይሕተትን']),
  ...privatives(NEG_BEFORE, 'ti', ['ብዘይ', 'ዘይብሉ']),
  ...waived(CHECK, 'ti', ['ቃለ መሕትት', 'ኤምባሲ', 'ምርመራ', 'ፍተሻ', 'ፖሊስ', 'ሕቶ', 'ሕቶታት']),
  ...waived(PAPERS, 'ti', ['ወረቐት', 'ወረቀት', 'ሰነድ', 'ሰነዳት', 'ፓስፖርት', 'መንነት', 'ቆጸራ']),
  // Amharic
  ...privatives(NEG_NOT_NEEDED, 'am', ['አያስፈልግም', 'አያስፈልጋችሁም', 'አያስፈልግህም', 'አይጠየቅም', 'አይጠየቁም', 'የማይጠየቅ']),
  ...privatives(NEG_BEFORE, 'am', ['ያለ']),
  ...waived(CHECK, 'am', ['ቃለ መጠይቅ', 'ኤምባሲ', 'ፍተሻ', 'ምርመራ', 'ፖሊስ', 'ጥያቄ']),
  ...waived(PAPERS, 'am', ['ወረቀት', 'ሰነድ', 'ፓስፖርት', 'መታወቂያ', 'ቀጠሮ', 'ወረፋ']),
]);

/**
 * A spelling listed under several languages ("entrevista", "pasaport", "بدون") compiles to
 * one cue: its `lang` lists them all ("tr kmr"), so it pairs with the words of each of them
 * (see compatible()).
 */
function sharedAsAny(terms: readonly TermInput[]): TermInput[] {
  const langs = new Map<string, Set<string>>();
  for (const t of terms) {
    const key = `${t.category}|${t.term}`;
    let set = langs.get(key);
    if (!set) langs.set(key, (set = new Set()));
    set.add(t.lang);
  }
  const seen = new Set<string>();
  const out: TermInput[] = [];
  for (const t of terms) {
    const key = `${t.category}|${t.term}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...t, lang: [...(langs.get(key) as Set<string>)].join(' ') });
  }
  return out;
}

/**
 * The two words must belong to one language: Portuguese "no consulado" is "at the
 * consulate". English objects ("interview", "passport", "IELTS") are borrowed everywhere, so
 * they pair with any language's privative, except a two-letter one: Kurmanji "bê" folds to
 * English "be" ("there will be police checks").
 */
function compatible(neg: CueInfo, o: CueInfo): boolean {
  if (shareLang(neg.lang, o.lang)) return true;
  return shareLang(o.lang, 'en') && neg.term.length > 2;
}

/** True if the space-separated language lists x and y have a language in common. */
function shareLang(x: string, y: string): boolean {
  if (x === y) return true;
  for (const l of x.split(' ')) if (` ${y} `.includes(` ${l} `)) return true;
  return false;
}

/** Sentence ends: a pair may not span one. */
function isStop(u: number): boolean {
  return u === 0x2e || u === 0x21 || u === 0x3f || u === 0x0a || u === 0x0d || u === 0x061f || u === 0x06d4 || u === 0x0964 || u === 0x1362 || u === 0x3002;
}

function clearBetween(units: Uint16Array, from: number, to: number): boolean {
  if (to - from > GAP) return false;
  for (let j = from; j < to; j++) if (isStop(units[j] as number)) return false;
  return true;
}

/**
 * Evasion cues from the `evasion-neg` and `evasion-obj` cues (each sorted by start). A pair
 * overlapping a `shadow` cue (a legitimate or warning phrase that quotes it: "no passengers
 * without papers") is not one.
 */
export function detectEvasion(units: Uint16Array, negs: readonly Cue[], objs: readonly Cue[], shadow: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < objs.length; i++) {
    const o = objs[i] as Cue;
    let best: CueInfo | null = null;
    let a = o.a;
    let b = o.b;
    for (let k = 0; k < negs.length; k++) {
      const g = negs[k] as Cue;
      const w = g.e.weight;
      let ok = false;
      if (g.b <= o.a) ok = w !== NEG_AFTER && clearBetween(units, g.b, o.a);
      else if (g.a >= o.b) ok = w !== NEG_BEFORE && clearBetween(units, o.b, g.a);
      if (!ok || !compatible(g.e, o.e)) continue;
      const info = o.e.weight >= CHECK ? EVASION : w >= NEG_NOT_NEEDED ? EVASION_PAPERS : WITHOUT_PAPERS;
      if (best === null || info.weight > best.weight) {
        best = info;
        a = Math.min(g.a, o.a);
        b = Math.max(g.b, o.b);
      }
    }
    if (best === null || overlaps(a, b, shadow)) continue;
    out.push({ a, b, e: best });
  }
  return out;
}

function overlaps(a: number, b: number, list: readonly Cue[]): boolean {
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as Cue;
    if (c.a < b && a < c.b) return true;
  }
  return false;
}
