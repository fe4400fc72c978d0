/**
 * "The road is open": smugglers announce a crossing by saying its road has opened ("Rêya
 * Bulgaristanê vekirî ye", "د ایران لاره خلاصه شوه", "the road to Italy is open again"),
 * often with the destination between the two words, so no phrase of the lexicon can hold it.
 * A road word and an open word in one sentence, a few words apart, count as a partial route
 * (0.5): a journey is on offer, its destination may or may not be named. Alone it is not an
 * ad; with payment terms and a contact it is ("… 3 ceribandin, pere piştî gihîştinê. Inbox").
 *
 * The words are the detector's helpers (`road-word`, `open-word`), compiled into the
 * built-in automaton. Words that as often name something else are left out: "way" ("the
 * way to open an account"), "line" (phone lines: "الخط مفتوح"), "channel", Vietnamese
 * "đường" (also sugar).
 * Source: analyst-supplied (class: mission-anchors §B1 euphemisms, "the road is open");
 * candidates for native-speaker review.
 */
import { cueInfo, firstCueFrom, noStop, shareLang, withSharedSpellings, type Cue, type TermInput } from '../cue';

const OPEN_ROAD = cueInfo('route:road-open', 'any', 'route', 0.5);

/** Max units between the end of one word and the start of the other ("rêya Bulgaristanê vekirî"). */
const GAP = 28;
/** Longer than any road word (units): where to start looking back for one. */
const MAX_WORD = 24;

const roads = (lang: string, terms: readonly string[]): TermInput[] => terms.map((term) => ({ term, lang, category: 'road-word', weight: 1 }));
const opens = (lang: string, terms: readonly string[]): TermInput[] => terms.map((term) => ({ term, lang, category: 'open-word', weight: 1 }));

export const ROAD_TERMS: readonly TermInput[] = withSharedSpellings([
  ...roads('en', ['road', 'route', 'crossing']),
  ...opens('en', ['open', 'opened', 'reopened', 'is open']),
  ...roads('fr', ['route', 'chemin', 'passage']),
  ...opens('fr', ['ouverte', 'ouvert', 'rouverte', 'rouvert']),
  ...roads('es', ['ruta', 'camino', 'paso']),
  ...opens('es', ['abierta', 'abierto', 'reabierta', 'reabierto']),
  ...roads('it', ['rotta', 'strada', 'percorso', 'passaggio']),
  ...opens('it', ['aperta', 'aperto', 'riaperta', 'riaperto']),
  ...roads('de', ['route', 'weg', 'strecke']),
  ...opens('de', ['offen', 'geöffnet', 'wieder offen']),
  ...roads('pt', ['rota', 'caminho', 'passagem']),
  ...opens('pt', ['aberta', 'aberto', 'reaberta', 'reaberto']),
  ...roads('el', ['δρόμος', 'δρομος', 'ρότα', 'πέρασμα']),
  ...opens('el', ['ανοιχτός', 'ανοιχτή', 'ανοιχτό', 'άνοιξε', 'ξανάνοιξε']),
  ...roads('sq', ['rruga', 'rrugë', 'rruge', 'rrugën']),
  ...opens('sq', ['hapur', 'u hap', 'u rihap']),
  ...roads('ru', ['дорога', 'дорогу', 'маршрут', 'путь', 'коридор']),
  ...opens('ru', ['открыта', 'открыт', 'открыто', 'открылась', 'открылся', 'открыли']),
  ...roads('tr', ['yol', 'yolu', 'yolları', 'güzergah', 'güzergahı']),
  ...opens('tr', ['açık', 'açıldı', 'açıktır', 'açılmıştır']),
  ...roads('vi', ['tuyến']),
  ...opens('vi', ['đã mở', 'mở lại', 'mở rồi']),
  ...roads('ar', ['طريق', 'الطريق', 'درب', 'الدرب', 'tari2', 'el tari2']),
  ...opens('ar', ['مفتوح', 'مفتوحة', 'انفتح', 'انفتحت', 'فتح', 'شغال', 'maftou7', 'mafto7', 'shaghal']),
  ...roads('fa', ['راه', 'مسیر']),
  ...opens('fa', ['باز شد', 'باز است', 'بازه', 'باز شده', 'باز']),
  ...roads('prs', ['راه', 'مسیر', 'لاین']),
  ...opens('prs', ['باز شد', 'باز است', 'باز']),
  ...roads('ps', ['لاره', 'لار', 'روټ']),
  ...opens('ps', ['خلاصه', 'خلاص', 'خلاصه شوه', 'پرانیستل شوې']),
  ...roads('ckb', ['ڕێگا', 'ڕێگای', 'ڕێگە', 'ڕێگەی', 'رێگا', 'رێگای']),
  ...opens('ckb', ['کراوەیە', 'کراوە', 'کرایەوە', 'کراوەتەوە']),
  ...roads('kmr', ['rê', 'rêya', 'rêyê', 'rêka', 'rêkê']),
  ...opens('kmr', ['vekirî', 'vebû', 'vekirî ye', 'vebûye']),
  ...roads('ur', ['راستہ', 'روٹ', 'rasta', 'raasta']),
  ...opens('ur', ['کھل گیا', 'کھلا', 'کھل', 'khul gaya', 'khula', 'khul']),
  ...roads('pa', ['ਰਸਤਾ', 'ਰੂਟ', 'رستہ', 'rasta']),
  ...opens('pa', ['ਖੁੱਲ੍ਹ ਗਿਆ', 'ਖੁੱਲ੍ਹਾ', 'ਖੁੱਲਾ', 'کھلا', 'khulla', 'khul gaya']),
  ...roads('bn', ['রাস্তা', 'রুট', 'পথ']),
  ...opens('bn', ['খোলা', 'খুলেছে', 'খুলে গেছে']),
  ...roads('so', ['jidka', 'waddada', 'dariiqa']),
  ...opens('so', ['furan', 'furmay', 'wuu furan yahay']),
  ...roads('am', ['መንገድ', 'መንገዱ']),
  ...opens('am', ['ተከፍቷል', 'ክፍት']),
  ...roads('ti', ['መገዲ', 'መንገዲ']),
  ...opens('ti', ['ተኸፊቱ', 'ክፉት']),
]);

/**
 * Partial-route cues for each open word with a road word of a compatible language within
 * GAP units before or after it in the same sentence. Both lists are sorted by start.
 */
export function detectOpenRoads(units: Uint16Array, roadWords: readonly Cue[], openWords: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  let lastEnd = -1;
  for (let k = 0; k < openWords.length; k++) {
    const o = openWords[k] as Cue;
    for (let i = firstCueFrom(roadWords, o.a - GAP - MAX_WORD); i < roadWords.length; i++) {
      const r = roadWords[i] as Cue;
      if (r.a > o.b + GAP) break;
      const before = r.b <= o.a && o.a - r.b <= GAP;
      const after = r.a >= o.b && r.a - o.b <= GAP;
      if (!(before || after) || !shareLang(r.e.lang, o.e.lang)) continue;
      const a = Math.min(r.a, o.a);
      const b = Math.max(r.b, o.b);
      if (!noStop(units, before ? r.b : o.b, before ? o.a : r.a) || a < lastEnd) continue;
      out.push({ a, b, e: OPEN_ROAD });
      lastEnd = b;
      break;
    }
  }
  return out;
}
