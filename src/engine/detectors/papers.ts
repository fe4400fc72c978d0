/**
 * Papers detector: what a post says about the traveller's papers and the checks on them.
 *
 * - **Evasion** (scored as a guarantee): a promise that the usual checks do not apply — "no
 *   interview", "sin papeles", "ohne Kontrolle", "بدون سفارت", "পাসপোর্ট লাগবে না", "ኤምባሲ
 *   መሄድ አያስፈልግም". Smuggling and visa-fraud ads sell exactly that.
 * - **Requirement** (scored as legitimate-service context): papers the traveller must hold —
 *   "valid passport and visa required", "нужна действующая виза", "pasaport ve geçerli vize
 *   şarttır". Buses, ferries and agencies ask for them; a smuggler sells the way round them.
 * - **Claimed genuine** (scored as documents): the seller's promise that papers pass as real —
 *   "pasaportes … en el sistema", "миграционки в базе", "ከም ናይ ሓቂ" —
 *   unless the sentence states a requirement ("original passport required").
 *
 * Three internal word classes are compiled into the main automaton (like the price helpers):
 *  - `papers-neg`: the privative or "not needed" word, its weight saying where it stands
 *    (NEG_*);
 *  - `papers-req`: a requirement or validity word ("required", "valid", "şart", "الزامی");
 *  - `papers-claim`: an authenticity claim that only a seller makes ("in the system", "passes
 *    every check", "в базе", "اصلی‌نما"); bare "original", "real", "biometric", "registered"
 *    are not claims: "lost my original passport", "biometric passport appointments";
 *  - `papers-obj`: checks (interview, embassy, controls: CHECK), papers (passport, ID,
 *    documents: PAPERS) or visas and permits (VISA).
 * A pair close together in one sentence is a cue. "Without papers" alone also describes
 * people (an NGO's "shelter for people without papers"), so it counts for less than "no
 * papers needed" or "no controls". Visas are waived only in requirements: "visa-free" is
 * ordinary travel news.
 */
import { containedInCue, cueInfo, firstCueFrom, noStop, shareLang, withSharedSpellings, type Cue, type CueInfo, type TermInput } from '../cue';
import { getWordTable } from '../fold-table';

/** `papers-neg` weights: a "not needed" predicate (either side of the object)… */
export const NEG_NOT_NEEDED = 1;
/** … a postposition ("kagaz ke baghair", "baasaboor la'aan": after the object only)… */
export const NEG_AFTER = 0.75;
/** … a preposition ("without", "sin", "ohne", "بدون": before the object only). */
export const NEG_BEFORE = 0.5;
/** `papers-obj` weights: a check or control (waived)… */
export const CHECK = 1;
/** … papers (waived, lacked or required) and language tests ("without IELTS" is also a real admissions waiver)… */
export const PAPERS = 0.5;
/** … a visa or permit (required only). */
export const VISA = 0.25;

/** Max units between the two words (one or two short words: "no need for any", "sin ningún"). */
const GAP = 14;
/** … for a claim, which often follows a list ("passports, ID cards, residence permits — original, in the system"; "Pasaportes españoles 🇪🇸 biométricos, originales, en el sistema"). */
const CLAIM_GAP = 60;

const EVASION = cueInfo('papers:check-waived', 'any', 'guarantee', 0.7);
const EVASION_PAPERS = cueInfo('papers:not-needed', 'any', 'guarantee', 0.6);
const WITHOUT_PAPERS = cueInfo('papers:without', 'any', 'guarantee', 0.3);
const REQUIRED = cueInfo('papers:required', 'any', 'legit', 0.5);
/** True for a requirement cue: the papers it names are asked for, not on offer. */
export function isRequirement(e: CueInfo): boolean {
  return e === REQUIRED;
}
/** A waived visa: neither an evasion nor a requirement (never emitted). */
const REQUIRED_NOT = cueInfo('papers:visa-waived', 'any', 'legit', 0);
const GENUINE = cueInfo('papers:claimed-genuine', 'any', 'documents', 0.6);
/** An object listed next to a required one: covered by that requirement (never emitted). */
const IN_LIST = cueInfo('papers:listed', 'any', 'legit', 0);
/** Max units between two listed objects: a comma, "or", "oder", "и", "و"… */
const LIST_GAP = 6;

/** `x` and `y` (x first) are neighbours in one list: a short gap within a sentence. */
function listed(units: Uint16Array, x: Cue, y: Cue): boolean {
  return y.a >= x.b && y.a - x.b <= LIST_GAP && noStop(units, x.b, y.a);
}

const privatives = (weight: number, lang: string, terms: readonly string[]): TermInput[] => terms.map((term) => ({ term, lang, category: 'papers-neg', weight }));
const required = (lang: string, terms: readonly string[]): TermInput[] => terms.map((term) => ({ term, lang, category: 'papers-req', weight: 1 }));
const claims = (lang: string, terms: readonly string[]): TermInput[] => terms.map((term) => ({ term, lang, category: 'papers-claim', weight: 1 }));
const objects = (weight: number, lang: string, terms: readonly string[]): TermInput[] => terms.map((term) => ({ term, lang, category: 'papers-obj', weight }));

/**
 * Privatives and "not needed" words, requirement words, and the checks, papers and visas
 * they waive or require, per language.
 * Source: analyst-supplied (class: mission-anchors §B2, "no documents needed" assurances);
 * candidates for native-speaker review.
 */
export const PAPERS_TERMS: readonly TermInput[] = withSharedSpellings([
  // English (also mixed into posts in every language)
  ...privatives(NEG_NOT_NEEDED, 'en', ['not needed', 'not required', 'no need for', 'no need of', 'no need to show', 'no need to go to', "don't need", 'dont need', 'do not need', 'never asked', 'never checked', 'nobody asks for', 'no one asks for', 'nobody checks', 'no one checks', 'not checked', 'not asked']),
  ...privatives(NEG_BEFORE, 'en', ['without', 'without any', 'no']),
  ...objects(CHECK, 'en', ['interview', 'interviews', 'id-check', 'id-checks', 'embassy', 'embassy visit', 'checks', 'controls', 'police', 'questions', 'bank statement', 'refusal', 'refusals', 'rejection', 'checkpoint', 'checkpoints', 'border control', 'border checks', 'id check', 'id checks', 'passport control', 'fingerprints', 'fingerprint', 'medical test', 'medical tests', 'medical check', 'medical exam', 'medical checkup', 'medical report']),
  ...objects(PAPERS, 'en', ['papers', 'paper', 'documents', 'document', 'docs', 'passport', 'passports', 'id', 'ids', 'id card', 'identity card', 'paperwork', 'appointment', 'appointments', 'queue', 'waiting list', 'driving licence', 'driving license', "driver's license", 'drivers license', 'work permit', 'ielts', 'language test', 'english test']),
  ...required('en', ['required', 'requirement', 'requirements', 'mandatory', 'compulsory', 'valid', 'must have', 'must carry', 'must bring', 'please bring', 'bring your', 'will be checked', 'needed', 'necessary']),
  ...objects(VISA, 'en', ['visa', 'visas', 'residence permit', 'green card', 'work permit']),
  ...claims('en', ['in the system', 'in the database', 'in system', 'pass every check', 'passes every check', 'passes all checks', 'pass any check', 'like real', '100% real', '100% original', 'uv verified', 'scannable', 'fully registered', 'real database', 'in database', 'database registered', 'registered in the database', 'registered in database', 'like the original', 'same as original', 'same as the original', 'just like real ones', 'looks real', 'passes the check', 'pass control', 'pass airport control', 'original 100%']),
  // French
  ...privatives(NEG_NOT_NEEDED, 'fr', ['pas besoin de', 'pas besoin d', 'pas besoin', 'pas nécessaire', 'aucun besoin de', 'on ne demande pas', 'personne ne demande']),
  ...privatives(NEG_BEFORE, 'fr', ['sans', 'sans aucun', 'sans aucune', 'pas de', 'aucun', 'aucune', 'zéro']),
  ...objects(CHECK, 'fr', ['entretien', 'ambassade', 'consulat', 'contrôle', 'contrôles', 'police', 'questions', 'relevé bancaire', 'refus', 'empreintes']),
  ...objects(PAPERS, 'fr', ['papiers', 'papier', 'documents', 'passeport', 'passeports', "pièce d'identité", "carte d'identité", 'rendez-vous', 'rdv', 'attente', "file d'attente", 'permis de conduire', 'permis de travail', 'test de langue']),
  ...required('fr', ['obligatoire', 'obligatoires', 'exigé', 'exigée', 'exigés', 'requis', 'requise', 'valide', 'valable', 'en cours de validité', 'munissez-vous', 'munis de', 'muni de', 'nécessaire', 'nécessaires', 'exigées']),
  ...objects(VISA, 'fr', ['visa', 'visas', 'titre de séjour', 'carte de séjour']),
  ...claims('fr', ['dans le système', 'comme des vrais', 'passe tous les contrôles', '100% vrais', 'comme les vrais', 'comme l\'original', 'identique à l\'original', 'passent contrôle', 'passe contrôle', 'vrais supports']),
  // Spanish
  ...privatives(NEG_NOT_NEEDED, 'es', ['no necesitas', 'no necesita', 'no necesitan', 'no hace falta', 'no se necesita', 'no se necesitan', 'no pedimos', 'no piden', 'no te piden', 'no se pide', 'no se piden']),
  ...privatives(NEG_BEFORE, 'es', ['sin', 'sin ningún', 'sin ninguna', 'ningún', 'ninguna', 'nada de', 'cero']),
  ...objects(CHECK, 'es', ['entrevista', 'embajada', 'consulado', 'control', 'controles', 'policía', 'preguntas', 'extracto bancario', 'rechazo', 'rechazos', 'huellas']),
  ...objects(PAPERS, 'es', ['papeles', 'documentos', 'pasaporte', 'pasaportes', 'dni', 'nie', 'identificación', 'cita', 'cita previa', 'espera', 'colas', 'carnet de conducir', 'licencia de conducir', 'permiso de trabajo', 'examen de idioma']),
  ...required('es', ['requisito', 'requisitos', 'obligatorio', 'obligatoria', 'vigente', 'válido', 'válida', 'indispensable', 'imprescindible', 'debe presentar', 'deberá presentar', 'necesario', 'necesaria', 'necesarios', 'se requiere', 'requerido', 'requerida']),
  ...objects(VISA, 'es', ['visa', 'visado', 'visas', 'permiso de residencia', 'tarjeta de residencia', 'green card']),
  ...claims('es', ['en el sistema', 'como reales', 'pasan cualquier control', 'pasa cualquier control', '100% originales', 'igual que el original', 'igual al original', 'como el original', 'como los originales', 'como los verdaderos', 'igualito al original']),
  // Italian
  ...privatives(NEG_NOT_NEEDED, 'it', ['non serve', 'non servono', 'non chiediamo', 'non chiedono', 'non è necessario', 'nessun bisogno di']),
  ...privatives(NEG_BEFORE, 'it', ['senza', 'senza nessun', 'senza nessuna', 'nessun', 'nessuna', 'niente']),
  ...objects(CHECK, 'it', ['colloquio', 'ambasciata', 'consolato', 'controllo', 'controlli', 'polizia', 'domande', 'estratto conto', 'rifiuto', 'rifiuti', 'impronte', 'questura', 'prefettura']),
  ...objects(PAPERS, 'it', ['documenti', 'documento', 'carte', 'passaporto', 'passaporti', "carta d'identità", 'appuntamento', 'attesa', 'code', 'patente', 'patente di guida', 'permesso di lavoro', 'esame di lingua']),
  ...required('it', ['obbligatorio', 'obbligatoria', 'richiesto', 'richiesta', 'valido', 'valida', 'in corso di validità', 'munirsi di', 'indispensabile', 'necessario', 'necessaria', 'necessari', 'richiesti']),
  ...objects(VISA, 'it', ['visto', 'visti', 'permesso di soggiorno']),
  ...claims('it', ['nel sistema', 'come veri', 'passa ogni controllo', 'passano ogni controllo', 'registrato in questura', 'registrati in questura', 'come l\'originale', 'uguale all\'originale', 'identico all\'originale', 'come quelli veri']),
  // German
  ...privatives(NEG_NOT_NEEDED, 'de', ['nicht nötig', 'nicht notwendig', 'nicht erforderlich', 'braucht ihr nicht', 'brauchst du nicht', 'brauchen sie nicht', 'fragt keiner nach', 'fragt niemand nach']),
  ...privatives(NEG_BEFORE, 'de', ['ohne', 'kein', 'keine', 'keinen', 'null']),
  ...objects(CHECK, 'de', ['interview', 'botschaft', 'konsulat', 'kontrolle', 'kontrollen', 'polizei', 'fragen', 'kontoauszug', 'ablehnung', 'ablehnungen', 'fingerabdrücke']),
  ...objects(PAPERS, 'de', ['papiere', 'papieren', 'dokumente', 'dokumenten', 'pass', 'reisepass', 'ausweis', 'ausweispapiere', 'termin', 'wartezeit', 'warten', 'führerschein', 'arbeitserlaubnis', 'sprachtest', 'sprachprüfung', 'deutschtest']),
  ...required('de', ['erforderlich', 'pflicht', 'gültig', 'gültigen', 'gültiger', 'gültige', 'mitbringen', 'mitführen', 'vorzeigen', 'vorlegen', 'vorgeschrieben', 'notwendig', 'nötig', 'benötigt', 'erforderliche', 'erforderlichen']),
  ...objects(VISA, 'de', ['visum', 'visa', 'aufenthaltstitel', 'aufenthaltserlaubnis']),
  ...claims('de', ['im system', 'wie echt', 'geht durch jede kontrolle', 'gehen durch jede kontrolle', 'wie das original', 'wie die echten', 'besteht jede kontrolle', 'gehen durch die kontrolle']),
  // Portuguese
  ...privatives(NEG_NOT_NEEDED, 'pt', ['não precisa', 'não precisa de', 'não precisam', 'não pedimos', 'não pedem', 'não é preciso', 'não é necessário']),
  ...privatives(NEG_BEFORE, 'pt', ['sem', 'sem nenhum', 'sem nenhuma', 'nenhum', 'nenhuma', 'zero']),
  ...objects(CHECK, 'pt', ['entrevista', 'embaixada', 'consulado', 'controle', 'controlo', 'polícia', 'perguntas', 'extrato bancário', 'recusa', 'digitais']),
  ...objects(PAPERS, 'pt', ['papéis', 'documentos', 'passaporte', 'identidade', 'rg', 'agendamento', 'espera', 'fila', 'carta de condução', 'cnh', 'autorização de trabalho', 'prova de idioma']),
  ...required('pt', ['obrigatório', 'obrigatória', 'válido', 'válida', 'exigido', 'exigida', 'requisito', 'requisitos', 'indispensável', 'apresentar', 'necessário', 'necessária', 'necessários']),
  ...objects(VISA, 'pt', ['visto', 'vistos', 'autorização de residência', 'título de residência']),
  ...claims('pt', ['no sistema', 'como verdadeiros', 'passa em qualquer controle', 'igual ao original', 'idêntico ao original', 'igualzinho ao original', 'como os verdadeiros']),
  // Greek
  ...privatives(NEG_NOT_NEEDED, 'el', ['δεν χρειάζεται', 'δεν χρειάζονται', 'δεν ζητάμε', 'δεν ζητάνε', 'δεν ζητούν', 'δεν απαιτείται', 'δεν απαιτούνται']),
  ...privatives(NEG_BEFORE, 'el', ['χωρίς', 'κανένα', 'καμία', 'κανέναν']),
  ...objects(CHECK, 'el', ['συνέντευξη', 'πρεσβεία', 'προξενείο', 'έλεγχο', 'έλεγχος', 'ελέγχους', 'έλεγχοι', 'αστυνομία', 'ερωτήσεις', 'απόρριψη', 'αποτυπώματα']),
  ...objects(PAPERS, 'el', ['χαρτιά', 'έγγραφα', 'διαβατήριο', 'διαβατήρια', 'ταυτότητα', 'ταυτότητες', 'ραντεβού', 'αναμονή', 'δίπλωμα οδήγησης', 'άδεια εργασίας']),
  ...required('el', ['υποχρεωτικό', 'υποχρεωτική', 'υποχρεωτικά', 'απαιτείται', 'απαιτούνται', 'έγκυρο', 'έγκυρη', 'έγκυρα', 'σε ισχύ', 'απαραίτητο', 'απαραίτητη', 'απαραίτητα']),
  ...objects(VISA, 'el', ['βίζα', 'θεώρηση', 'άδεια διαμονής']),
  ...claims('el', ['στο σύστημα', 'σαν αληθινά', 'σαν τα αυθεντικά', 'όπως το πρωτότυπο', 'ίδιο με το αυθεντικό', 'περνάει σε έλεγχο', 'περνάει από έλεγχο', 'περνάει έλεγχο', 'περνάνε έλεγχο']),
  // Albanian
  ...privatives(NEG_NOT_NEEDED, 'sq', ["s'ka nevojë", 'nuk ka nevojë', 'nuk duhet', 'nuk duhen', 'nuk kërkohet', 'nuk kërkohen', 'nuk të kërkojnë']),
  ...privatives(NEG_BEFORE, 'sq', ['pa', 'pa asnjë', 'asnjë', 'zero']),
  ...objects(CHECK, 'sq', ['intervistë', 'intervista', 'ambasadë', 'ambasada', 'kontroll', 'kontrolle', 'polici', 'policia', 'pyetje', 'refuzim', 'gjurmë']),
  ...objects(PAPERS, 'sq', ['letra', 'dokumente', 'dokumenta', 'pasaportë', 'pasaporta', 'pashaportë', 'letërnjoftim', 'kartë identiteti', 'takim', 'pritje', 'radhë', 'patentë', 'patenta', 'leje pune']),
  ...required('sq', ['i detyrueshëm', 'e detyrueshme', 'kërkohet', 'kërkohen', 'i vlefshëm', 'e vlefshme', 'nevojitet', 'duhet të keni']),
  ...objects(VISA, 'sq', ['vizë', 'viza', 'leje qëndrimi']),
  ...claims('sq', ['në sistem', 'kalon çdo kontroll', 'si origjinali', 'njësoj si origjinali', 'identik me origjinalin', 'si të vërtetat', 'kalon kontrollin', 'kalojnë kontrollin']),
  // Russian
  ...privatives(NEG_NOT_NEEDED, 'ru', ['не нужен', 'не нужна', 'не нужно', 'не нужны', 'не требуется', 'не требуются', 'не спрашивают', 'не проверяют']),
  ...privatives(NEG_BEFORE, 'ru', ['без', 'без всяких', 'без каких-либо', 'никаких', 'никакой', 'никакого']),
  ...objects(CHECK, 'ru', ['собеседования', 'собеседование', 'посольства', 'посольство', 'консульства', 'контроля', 'контроль', 'проверки', 'проверок', 'проверка', 'полиции', 'вопросов', 'выписки', 'отказов', 'отказа', 'отпечатков']),
  ...objects(PAPERS, 'ru', ['документов', 'документы', 'паспорта', 'паспорт', 'бумаг', 'загранпаспорта', 'записи', 'очереди', 'очередей', 'права', 'патент', 'патенты', 'регистрация', 'регистрацию', 'миграционка', 'миграционки', 'миграционная карта', 'разрешение на работу', 'языка', 'экзамена']),
  ...required('ru', ['обязательно', 'обязателен', 'обязательна', 'действующий', 'действующая', 'действующей', 'действующую', 'действительный', 'действительная', 'нужна', 'нужен', 'необходим', 'необходима', 'необходимо', 'требуется', 'требуются']),
  ...objects(VISA, 'ru', ['виза', 'визы', 'визу', 'внж', 'вид на жительство', 'шенгенская виза']),
  ...claims('ru', ['в базе', 'в базу', 'по базе', 'проходят проверку', 'проходит проверку', 'проверку проходят', 'проверку проходит', 'пробиваются', 'как настоящие', 'как оригинал', 'как настоящий', 'не отличить от оригинала', 'проходят любую проверку']),
  // Turkish (the -sız compounds are lexicon rows: pasaportsuz, kontrolsüz)
  ...privatives(NEG_NOT_NEEDED, 'tr', ['gerek yok', 'gerekmez', 'gerekmiyor', 'istenmez', 'istenmiyor', 'aranmaz', 'aranmıyor', 'sorulmaz', 'sorulmuyor', 'şart değil', 'sorulmayan', 'istenmeyen', 'aranmayan', 'gerekmeyen', 'bakılmayan']),
  ...privatives(NEG_AFTER, 'tr', ['olmadan', 'olmaksızın']),
  ...objects(CHECK, 'tr', ['mülakat', 'konsolosluk', 'elçilik', 'kontrol', 'polis', 'soru', 'banka hesabı', 'ret', 'red', 'parmak izi']),
  ...objects(PAPERS, 'tr', ['pasaport', 'kimlik', 'belge', 'evrak', 'kağıt', 'randevu', 'sıra', 'bekleme', 'ehliyet', 'çalışma izni', 'dil sınavı']),
  ...required('tr', ['şart', 'şarttır', 'zorunlu', 'zorunludur', 'geçerli', 'gereklidir', 'gerekli', 'yanınızda bulundurun', 'ibraz']),
  ...objects(VISA, 'tr', ['vize', 'vizesi', 'oturum izni', 'ikamet izni', 'oturum']),
  ...claims('tr', ['sistemde kayıtlı', 'sisteme kayıtlı', 'her kontrolden geçer', 'orijinali gibi', 'orjinal gibi', 'orijinalinin aynısı', 'birebir orijinal', 'gerçeği gibi', 'kontrolden geçer', 'kontrollerden geçer']),
  // Vietnamese
  ...privatives(NEG_NOT_NEEDED, 'vi', ['không cần', 'khỏi cần', 'không yêu cầu', 'miễn', 'không hỏi', 'không kiểm tra']),
  ...objects(CHECK, 'vi', ['phỏng vấn', 'đại sứ quán', 'lãnh sự quán', 'kiểm tra', 'công an', 'cảnh sát', 'câu hỏi', 'sao kê', 'chứng minh tài chính', 'từ chối', 'vân tay']),
  ...objects(PAPERS, 'vi', ['giấy tờ', 'hộ chiếu', 'căn cước', 'cmnd', 'cccd', 'hẹn', 'xếp hàng', 'bằng lái', 'giấy phép lao động', 'tiếng anh', 'ielts']),
  ...required('vi', ['bắt buộc', 'còn hạn', 'hợp lệ', 'cần có', 'phải có', 'mang theo']),
  ...objects(VISA, 'vi', ['visa', 'thị thực', 'thẻ cư trú']),
  ...claims('vi', ['có trong hệ thống', 'trong hệ thống', 'qua mọi kiểm tra', 'như thật', 'giống như thật', 'y như thật', 'giống hệt bản gốc', 'giống bản gốc']),
  // Somali
  ...privatives(NEG_NOT_NEEDED, 'so', ['aan u baahnayn', 'looma baahna', 'uma baahnid', 'ma u baahnid', 'aan loo baahnayn', 'looma baahan yahay']),
  ...privatives(NEG_AFTER, 'so', ["la'aan", 'la aan']),
  ...privatives(NEG_BEFORE, 'so', ['bilaa']),
  ...objects(CHECK, 'so', ['waraysi', 'safaarad', 'safaaradda', 'baaritaan', 'kontarool', 'booliis', 'boolis', "su'aalo", "su'aal", 'diidmo', 'faro']),
  ...objects(PAPERS, 'so', ['warqad', 'waraaqo', 'dukumenti', 'dokumenti', 'baasaboor', 'baasaaboor', 'basaboor', 'aqoonsi', 'ballan', 'liisanka darawalnimada', 'sharci degenaansho', 'sharciga degenaanshaha']),
  ...required('so', ['waa in', 'loo baahan yahay', 'sax ah', 'ansax ah', 'waajib']),
  ...objects(VISA, 'so', ['fiiso', 'fiisaha', 'fiisada', 'sharciga']),
  ...claims('so', ['nidaamka ku jira', 'nidaamka ku diiwaangashan', 'sida kuwa dhabta ah', 'sida kuwa asalka ah', 'sida asalka', 'la mid ah asalka', 'sida kan asalka ah', 'ka gudba baaritaanka', 'wuu dhaafaa baaritaanka']),
  // Arabic (proclitics such as ال are accepted by the compiler)
  ...privatives(NEG_NOT_NEEDED, 'ar', ['مش محتاج', 'ما يحتاج', 'ما تحتاج', 'لا تحتاج', 'لا يحتاج', 'لا داعي', 'ما في داعي', 'مو لازم', 'مش لازم', 'ما بدك', 'محدا بيسألك']),
  ...privatives(NEG_BEFORE, 'ar', ['بدون', 'بلا', 'من غير', 'دون', 'بدون أي', 'bdoun', 'bdun', 'bidoun', 'bidun', 'bala', 'mn ghair', 'min ghair', 'men ghir']),
  ...objects(CHECK, 'ar', ['مقابلة', 'سفارة', 'قنصلية', 'تفتيش', 'رقابة', 'شرطة', 'بوليس', 'أسئلة', 'كشف حساب', 'رفض', 'بصمة', 'بصمات', 'حاجز', 'حواجز', 'mo2abale', 'safara']),
  ...objects(PAPERS, 'ar', ['أوراق', 'ورق', 'وثائق', 'مستندات', 'جواز', 'جواز سفر', 'هوية', 'awra2', 'wara2', 'jawaz', 'موعد', 'انتظار', 'طابور', 'رخصة قيادة', 'تصريح عمل', 'امتحان لغة']),
  ...required('ar', ['مطلوب', 'مطلوبة', 'إلزامي', 'إلزامية', 'ساري', 'سارية', 'ساري المفعول', 'صالح', 'صالحة', 'يجب', 'ضروري', 'ضرورية']),
  ...objects(VISA, 'ar', ['تأشيرة', 'فيزا', 'إقامة سارية', 'تصريح إقامة']),
  ...claims('ar', ['مسجل في النظام', 'مسجلة في النظام', 'على السيستم', 'بالسيستم', 'زي الأصلي', 'متل الأصلي', 'نفس الأصلي', 'مثل الأصلي', 'يمر من التفتيش', 'يعدي من التفتيش', 'nafs el asli', 'zay el asli']),
  // Persian and Dari
  ...privatives(NEG_NOT_NEEDED, 'fa', ['نیاز نیست', 'لازم نیست', 'نیازی نیست', 'نیازی ندارد', 'نیاز نداره', 'لازم ندارد', 'ضرورت نیست', 'ضرورت ندارد', 'نمیخواد', 'نمی خواد', 'کار نداره', 'کسی نمیپرسه']),
  ...privatives(NEG_BEFORE, 'fa', ['بدون', 'بی', 'بدون هیچ']),
  ...objects(CHECK, 'fa', ['مصاحبه', 'سفارت', 'کنسولگری', 'بازرسی', 'کنترل', 'پلیس', 'پولیس', 'سوال', 'سوالی', 'گردش حساب', 'تمکن مالی', 'ریجکت', 'انگشت نگاری']),
  ...objects(PAPERS, 'fa', ['مدرک', 'مدارک', 'پاسپورت', 'گذرنامه', 'کارت شناسایی', 'تذکره', 'اسناد', 'کاغذ', 'نوبت', 'انتظار', 'وقت سفارت', 'گواهینامه', 'کارت اقامت', 'کارت آمایش', 'آیلتس', 'امتحان زبان']),
  ...required('fa', ['الزامی', 'الزامیست', 'معتبر', 'لازم است', 'لازم', 'ضروری', 'همراه داشته باشید', 'الزامی است']),
  ...objects(VISA, 'fa', ['ویزا', 'روادید', 'ویزه', 'اقامت']),
  ...claims('fa', ['ثبت در سیستم', 'تو سیستم', 'در سیستم', 'اصلی‌نما', 'مثل اصل', 'عین اصل', 'عین اصلی', 'کاملا شبیه اصل', 'مثل اصلی', 'مانند اصلی', 'از کنترول تیر میشه', 'از چک تیر میشه']),
  // Pashto
  ...privatives(NEG_NOT_NEEDED, 'ps', ['اړتیا نشته', 'اړتیا نه لري', 'ضرورت نشته', 'ضرورت نه لري', 'ته اړتیا نشته', 'نه غواړي', 'پکار نه دي', 'پکار نه دی']),
  ...privatives(NEG_AFTER, 'ps', ['پرته']),
  ...privatives(NEG_BEFORE, 'ps', ['بې', 'بغیر', 'پرته له', 'بې له']),
  ...objects(CHECK, 'ps', ['مرکه', 'انټرویو', 'سفارت', 'کنټرول', 'تلاشي', 'پولیس', 'پوښتنې', 'پوښتنه']),
  ...objects(PAPERS, 'ps', ['اسناد', 'کاغذونه', 'پاسپورټ', 'تذکره', 'پېژندپاڼه', 'انتظار']),
  ...required('ps', ['اړین', 'اړینه', 'لازمي', 'معتبر', 'ضروري', 'باید ولرئ']),
  ...objects(VISA, 'ps', ['ویزه', 'ویزا']),
  ...claims('ps', ['په سیسټم کې', 'په سیستم کې', 'لکه اصلي', 'د اصلي په شان', 'اصلي غوندې', 'د اصلي غوندې', 'له چیک نه تیریږي']),
  // Sorani
  ...privatives(NEG_NOT_NEEDED, 'ckb', ['پێویست ناکات', 'پێویست نییە', 'پێویستی نییە', 'پێویستت نییە', 'کەس ناپرسێت']),
  ...privatives(NEG_BEFORE, 'ckb', ['بێ', 'بەبێ', 'بەبی', 'بەبێ هیچ']),
  ...objects(CHECK, 'ckb', ['چاوپێکەوتن', 'مقابەلە', 'سەفارەت', 'باڵیۆزخانە', 'پشکنین', 'کۆنترۆڵ', 'پۆلیس', 'پرسیار', 'ڕەتکردنەوە', 'ڕیجێکت']),
  ...objects(PAPERS, 'ckb', ['بەڵگەنامە', 'کاغەز', 'پاسپۆرت', 'ناسنامە', 'چاوەڕوانی', 'نۆبە']),
  ...required('ckb', ['پێویستە', 'پێویستن', 'مەرجە', 'بەرکار', 'کارا']),
  ...objects(VISA, 'ckb', ['ڤیزا', 'ڤیزە', 'ئیقامە']),
  ...claims('ckb', ['لە سیستەمدا', 'لە سیستەم', 'وەک ڕاستەقینە', 'وەک ئەسڵی', 'وەک ئەسڵ', 'وەک ئۆریجیناڵ', 'هەروەک ئەسڵی', 'هاوشێوە', 'هاوشێوەی']),
  // Kurmanji
  ...privatives(NEG_NOT_NEEDED, 'kmr', ['ne pêwîst e', 'ne hewce ye', 'hewce nake', 'pêwîst nake', 'pêwîstî nîne', 'hewce nîne', 'kes napirse']),
  ...privatives(NEG_BEFORE, 'kmr', ['bê', 'bêyî', 'bê tu']),
  ...objects(CHECK, 'kmr', ['hevpeyvîn', 'hevpeyvînê', 'balyozxane', 'balyozxaneyê', 'konsolosxane', 'kontrol', 'kontrolê', 'kontrola', 'pişkinîn', 'polîs', 'pirs', 'red', 'hesabê bankê']),
  ...objects(PAPERS, 'kmr', ['belge', 'belgeyan', 'kaxez', 'pasaport', 'pasaportê', 'nasname', 'randevû', 'randevûyê', 'ezmûna ziman']),
  ...required('kmr', ['pêwîst e', 'mecbûrî', 'derbasdar', 'hewce ye', 'divê hebe']),
  ...objects(VISA, 'kmr', ['vîze', 'vîza', 'vîzeya', 'destûra rûniştinê']),
  ...claims('kmr', ['di sîstemê de', 'li sîstemê', 'wek rastîn', 'wek orjînal', 'wekî orîjînal', 'mîna orîjînal', 'wek ya rast']),
  // Urdu (and romanised)
  ...privatives(NEG_NOT_NEEDED, 'ur', ['ضرورت نہیں', 'کی ضرورت نہیں', 'نہیں چاہیے', 'کوئی ضرورت نہیں', 'zaroorat nahi', 'zarurat nahi', 'ki zaroorat nahi', 'nahi chahiye', 'koi zaroorat nahi', 'zaroorat nahin']),
  ...privatives(NEG_AFTER, 'ur', ['کے بغیر', 'ke baghair', 'ke bagair', 'ke bina']),
  ...privatives(NEG_BEFORE, 'ur', ['بغیر', 'بنا', 'bina', 'baghair', 'bagair', 'baghair kisi']),
  ...objects(CHECK, 'ur', ['انٹرویو', 'سفارت خانہ', 'ایمبیسی', 'چیکنگ', 'کنٹرول', 'پولیس', 'سوال', 'بینک اسٹیٹمنٹ', 'ریجیکشن', 'checking', 'sawal', 'sawaal', 'میڈیکل', 'medical']),
  ...objects(PAPERS, 'ur', ['کاغذات', 'کاغذ', 'دستاویزات', 'پاسپورٹ', 'شناختی کارڈ', 'ڈاکومنٹس', 'kaghzat', 'kagzat', 'kaghaz', 'kagaz', 'اپوائنٹمنٹ', 'انتظار', 'ڈرائیونگ لائسنس', 'ورک پرمٹ', 'آئلٹس', 'آئی ای ایل ٹی ایس']),
  ...required('ur', ['ضروری', 'لازمی', 'لازم', 'درست', 'ساتھ لائیں', 'ہونا ضروری', 'zaroori', 'lazmi', 'laazmi']),
  ...objects(VISA, 'ur', ['ویزا', 'ویزہ', 'اقامہ']),
  ...claims('ur', ['سسٹم میں', 'system mein', 'اصل جیسا', 'بالکل اصلی جیسا', 'اوریجنل جیسا', 'bilkul original jaisa', 'asli jaisa', 'original jaisa']),
  // Punjabi (Gurmukhi, Shahmukhi, romanised)
  ...privatives(NEG_NOT_NEEDED, 'pa', ['ਲੋੜ ਨਹੀਂ', 'ਦੀ ਲੋੜ ਨਹੀਂ', 'ਜ਼ਰੂਰਤ ਨਹੀਂ', 'ਨਹੀਂ ਚਾਹੀਦਾ', 'ਨਹੀਂ ਚਾਹੀਦੀ', 'لوڑ نئیں', 'دی لوڑ نئیں', 'ضرورت نئیں', 'lod nahi', 'lorh nahi', 'lor nahi']),
  ...privatives(NEG_AFTER, 'pa', ['ਤੋਂ ਬਿਨਾਂ', 'ਤੋਂ ਬਿਨਾ', 'توں بغیر', 'ton bina']),
  ...privatives(NEG_BEFORE, 'pa', ['ਬਿਨਾ', 'ਬਿਨਾਂ', 'بناں', 'binaa']),
  ...objects(CHECK, 'pa', ['ਇੰਟਰਵਿਊ', 'ਅੰਬੈਸੀ', 'ਦੂਤਾਵਾਸ', 'ਚੈਕਿੰਗ', 'ਪੁਲਿਸ', 'ਸਵਾਲ', 'ਬੈਂਕ ਸਟੇਟਮੈਂਟ', 'ਰਿਫਿਊਜ਼ਲ', 'ਮੈਡੀਕਲ', 'میڈیکل']),
  ...objects(PAPERS, 'pa', ['ਕਾਗਜ਼', 'ਕਾਗਜ਼ਾਤ', 'ਪਾਸਪੋਰਟ', 'ਦਸਤਾਵੇਜ਼', 'kaagaz', 'ਉਡੀਕ', 'ਆਈਲਟਸ', 'ਆਇਲਟਸ', 'آئیلٹس']),
  ...required('pa', ['ਜ਼ਰੂਰੀ', 'ਲਾਜ਼ਮੀ', 'ਵੈਧ', 'ਲੋੜੀਂਦਾ', 'ਲੋੜੀਂਦੇ']),
  ...objects(VISA, 'pa', ['ਵੀਜ਼ਾ', 'ਵੀਜਾ']),
  ...claims('pa', ['ਸਿਸਟਮ ਵਿੱਚ', 'ਸਿਸਟਮ ਵਿਚ', 'system vich', 'ਅਸਲੀ ਵਰਗਾ', 'ਬਿਲਕੁਲ ਅਸਲੀ ਵਰਗਾ', 'ਓਰੀਜਨਲ ਵਰਗਾ', 'اصلی ورگا', 'asli varga', 'bilkul original varga']),
  // Bengali (and romanised)
  ...privatives(NEG_NOT_NEEDED, 'bn', ['লাগবে না', 'লাগে না', 'লাগবেনা', 'প্রয়োজন নেই', 'প্রয়োজন হবে না', 'দরকার নেই', 'দরকার নাই', 'দরকার হবে না', 'lagbe na', 'dorkar nai', 'dorkar nei']),
  ...privatives(NEG_AFTER, 'bn', ['ছাড়া', 'ছাড়াই', 'chara', 'charai']),
  ...privatives(NEG_BEFORE, 'bn', ['বিনা']),
  ...objects(CHECK, 'bn', ['ইন্টারভিউ', 'সাক্ষাৎকার', 'দূতাবাস', 'অ্যাম্বাসি', 'এম্বাসি', 'চেকিং', 'পুলিশ', 'প্রশ্ন', 'ব্যাংক স্টেটমেন্ট', 'রিজেক্ট', 'মেডিকেল', 'মেডিক্যাল', 'medical']),
  ...objects(PAPERS, 'bn', ['কাগজ', 'কাগজপত্র', 'ডকুমেন্ট', 'পাসপোর্ট', 'আইডি', 'kagoj', 'kagojpotro', 'অপেক্ষা', 'ড্রাইভিং লাইসেন্স', 'ওয়ার্ক পারমিট', 'আইইএলটিএস', 'ভাষা পরীক্ষা']),
  ...required('bn', ['বাধ্যতামূলক', 'প্রয়োজন', 'বৈধ', 'লাগবে', 'আবশ্যক', 'সঙ্গে আনতে হবে']),
  ...objects(VISA, 'bn', ['ভিসা', 'ভিসার']),
  ...claims('bn', ['সিস্টেমে', 'সার্ভারে', 'আসলের মতো', 'হুবহু আসলের মতো', 'অরিজিনালের মতো', 'চেকিংয়ে পাস', 'asol er moto', 'original er moto']),
  // Tigrinya
  ...privatives(NEG_NOT_NEEDED, 'ti', ['ዘየድሊ', 'ኣየድልን', 'ኣየድልን እዩ', 'ኣየድልየኩምን', 'ዝሓትት የለን', 'ዝሓትት የብልናን', 'ኣይሕተትን']),
  ...privatives(NEG_BEFORE, 'ti', ['ብዘይ', 'ዘይብሉ']),
  ...objects(CHECK, 'ti', ['ቃለ መሕትት', 'ኤምባሲ', 'ምርመራ', 'ፍተሻ', 'ፖሊስ', 'ሕቶ', 'ሕቶታት']),
  ...objects(PAPERS, 'ti', ['ፓስፖርትን', 'ወረቐትን', 'መንነትን', 'ሰነዳትን', 'ወረቐት', 'ወረቀት', 'ሰነድ', 'ሰነዳት', 'ፓስፖርት', 'መንነት', 'ቆጸራ', 'መንጃ ፍቓድ', 'ፍቓድ መንበሪ']),
  ...required('ti', ['ግድን', 'ኣገዳሲ', 'ዘድሊ', 'ሕጋዊ']),
  ...objects(VISA, 'ti', ['ቪዛ', 'ቪዛን']),
  ...claims('ti', ['ከም ናይ ሓቂ', 'ኣብ ሲስተም', 'ከም ኦሪጅናል', 'ከም እቲ ኦሪጅናል', 'ፍተሻ ይሓልፍ', 'ቼክ ይሓልፍ']),
  // Amharic
  ...privatives(NEG_NOT_NEEDED, 'am', ['አያስፈልግም', 'አያስፈልጋችሁም', 'አያስፈልግህም', 'አይጠየቅም', 'አይጠየቁም', 'የማይጠየቅ']),
  ...privatives(NEG_BEFORE, 'am', ['ያለ']),
  ...objects(CHECK, 'am', ['ቃለ መጠይቅ', 'ኤምባሲ', 'ፍተሻ', 'ምርመራ', 'ፖሊስ', 'ጥያቄ']),
  ...objects(PAPERS, 'am', ['ፓስፖርትን', 'መታወቂያን', 'ወረቀት', 'ሰነድ', 'ፓስፖርት', 'መታወቂያ', 'ቀጠሮ', 'ወረፋ', 'መንጃ ፈቃድ', 'የሥራ ፈቃድ']),
  ...required('am', ['ያስፈልጋል', 'ግዴታ', 'አስፈላጊ', 'የሚሰራ', 'ሕጋዊ']),
  ...objects(VISA, 'am', ['ቪዛ', 'ቪዛን']),
  ...claims('am', ['በሲስተም', 'ሲስተም ላይ', 'እንደ ኦሪጅናል', 'ልክ እንደ ኦሪጅናሉ', 'እንደ እውነተኛው', 'ፍተሻ ያልፋል', 'ቼክ ያልፋል']),
]);

/**
 * The two words must belong to one language: Portuguese "no consulado" is "at the
 * consulate". English words ("interview", "passport", "original", "without") are borrowed
 * everywhere, so they pair with any language's words, unless the other word has only two
 * letters: Kurmanji "bê" folds to English "be" ("there will be police checks").
 */
function compatible(w: CueInfo, o: CueInfo): boolean {
  if (shareLang(w.lang, o.lang)) return true;
  if (shareLang(o.lang, 'en')) return w.term.length > 2;
  return shareLang(w.lang, 'en') && w.term.length > 2;
}

/**
 * Waiver (guarantee), requirement (legit) and claim (documents) cues from the `papers-*` cues
 * (each list sorted by start). Each privative, requirement or claim word qualifies its nearest
 * object ("visa not required for EU passport holders" waives the visa, not the passport); a
 * waiver wins over a requirement of the same object ("no visa required"). A pair whose
 * qualifying word lies inside a `shadow` cue (a legitimate or warning phrase that quotes it:
 * "no passengers without papers") is not one, and a requirement overlapping a `sold` cue (a
 * document on offer: "passports for sale, valid everywhere") is a seller's claim.
 */
export function detectPapers(units: Uint16Array, length: number, negs: readonly Cue[], reqs: readonly Cue[], claimed: readonly Cue[], named: readonly Cue[], shadow: readonly Cue[], sold: readonly Cue[]): Cue[] {
  const wordTable = getWordTable();
  const objs = named.some((o) => modifier(units, length, wordTable, o)) ? named.filter((o) => !modifier(units, length, wordTable, o)) : named;
  const n = objs.length;
  // per object: the strongest qualifier found, its word (a phrase that contains the word owns
  // the pair) and the span of the pair
  const info = Array.from({ length: n }, (): CueInfo | null => null);
  const word = Array.from({ length: n }, (): Cue | null => null);
  const from = new Int32Array(n);
  const to = new Int32Array(n);
  for (let k = 0; k < negs.length; k++) {
    const g = negs[k] as Cue;
    const w = g.e.weight;
    const i = nearest(units, g, objs, w !== NEG_AFTER, w !== NEG_BEFORE, GAP);
    if (i < 0) continue;
    const o = objs[i] as Cue;
    // a visa is only ever required here ("visa-free" is travel news)
    const e = o.e.weight >= CHECK ? EVASION : o.e.weight < PAPERS ? REQUIRED_NOT : w >= NEG_NOT_NEEDED ? EVASION_PAPERS : WITHOUT_PAPERS;
    const prev = info[i] ?? null;
    if (prev === null || e.weight > prev.weight) {
      info[i] = e;
      from[i] = Math.min(g.a, o.a);
      word[i] = g;
      to[i] = Math.max(g.b, o.b);
    }
  }
  // each requirement word, then each claim, qualifies its nearest object not qualified yet
  const qualify = (words: readonly Cue[], e: CueInfo, maxGap: number, skip: (w: Cue, o: Cue) => boolean): void => {
    for (let k = 0; k < words.length; k++) {
      const w = words[k] as Cue;
      const i = nearest(units, w, objs, true, true, maxGap);
      if (i < 0 || info[i] !== null || skip(w, objs[i] as Cue)) continue;
      const o = objs[i] as Cue;
      info[i] = e;
      from[i] = Math.min(w.a, o.a);
      word[i] = w;
      to[i] = Math.max(w.b, o.b);
    }
  };
  // checks are waived, never required
  qualify(reqs, REQUIRED, GAP, (_, o) => o.e.weight >= CHECK);
  // a requirement names the whole list it ends or starts ("passport or residence permit
  // (required by law)", "Reisepass, Visum und Ausweis erforderlich")
  for (let i = 0; i < n; i++) {
    if (info[i] !== REQUIRED) continue;
    for (let j = i - 1; j >= 0 && info[j] === null && listed(units, objs[j] as Cue, objs[j + 1] as Cue); j--) {
      info[j] = IN_LIST;
      from[i] = Math.min(from[i] as number, (objs[j] as Cue).a);
    }
    for (let j = i + 1; j < n && info[j] === null && listed(units, objs[j - 1] as Cue, objs[j] as Cue); j++) {
      info[j] = IN_LIST;
      to[i] = Math.max(to[i] as number, (objs[j] as Cue).b);
    }
  }
  // a claim that the papers pass as genuine ("in the system", "проверку проходят") is a
  // seller's, unless its sentence states a requirement ("bring your passport, it is in the system")
  qualify(claimed, GENUINE, CLAIM_GAP, (c) => inSentenceWith(units, c, reqs));
  const out: Cue[] = [];
  for (let i = 0; i < n; i++) {
    const e = info[i] ?? null;
    const a = from[i] as number;
    const b = to[i] as number;
    if (e === null || e === REQUIRED_NOT || e === IN_LIST || containedInCue((word[i] as Cue).a, (word[i] as Cue).b, shadow) || (e === REQUIRED && overlapsSorted(a, b, sold))) continue;
    out.push({ a, b, e });
  }
  return out;
}

/** How far a requirement reaches within a sentence to overrule a claim (units, each side). */
const REQUIREMENT_REACH = 120;

/**
 * True if one of `words` (sorted by start) stands near `w` in its sentence: at most
 * REQUIREMENT_REACH units away, so the check stays short however long the post.
 */
function inSentenceWith(units: Uint16Array, w: Cue, words: readonly Cue[]): boolean {
  for (let k = firstCueFrom(words, w.a - REQUIREMENT_REACH); k < words.length; k++) {
    const x = words[k] as Cue;
    if (x.a > w.b + REQUIREMENT_REACH) break;
    if (x.b <= w.a ? noStop(units, x.b, w.a) : x.a >= w.b && noStop(units, w.b, x.a)) return true;
  }
  return false;
}

/**
 * Index of the object nearest to word `w` in its sentence, at most `maxGap` units away
 * (before it if `before`, after it if `after`), in w's language; -1 if none. `objs` is sorted
 * by start and its spans do not overlap, so only the few objects within reach are read.
 */
function nearest(units: Uint16Array, w: Cue, objs: readonly Cue[], before: boolean, after: boolean, maxGap: number): number {
  let best = -1;
  let bestGap = maxGap + 1;
  const first = firstCueFrom(objs, w.a - maxGap - MAX_WORD);
  for (let i = first; i < objs.length; i++) {
    const o = objs[i] as Cue;
    if (o.a > w.b + maxGap) break;
    let gap = -1;
    if (before && w.b <= o.a && o.a - w.b <= maxGap && noStop(units, w.b, o.a)) gap = o.a - w.b;
    else if (after && w.a >= o.b && w.a - o.b <= maxGap && noStop(units, o.b, w.a)) gap = w.a - o.b;
    if (gap < 0 || gap >= bestGap || !compatible(w.e, o.e)) continue;
    best = i;
    bestGap = gap;
  }
  return best;
}

/**
 * The object only modifies a hyphenated compound ("Reisepass-Hüllen", "passport-size photos",
 * "visa-free"): the thing named is something else.
 */
function modifier(units: Uint16Array, n: number, word: Uint8Array, o: Cue): boolean {
  return o.b + 1 < n && units[o.b] === 0x2d && word[units[o.b + 1] as number] === 1;
}

/** Longer than any papers word or phrase (units): where to start looking back for one. */
const MAX_WORD = 64;

/**
 * True if [a, b) overlaps a cue of `list`, sorted by start with spans that are disjoint or
 * equal (resolved lexicon cues): the cues that can overlap lie just before b.
 */
function overlapsSorted(a: number, b: number, list: readonly Cue[]): boolean {
  // the last cue that starts before b either reaches a or, the spans being disjoint, none does
  const i = firstCueFrom(list, b) - 1;
  return i >= 0 && (list[i] as Cue).b > a;
}
