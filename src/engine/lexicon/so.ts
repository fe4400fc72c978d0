import { define, places } from './define';
import type { LexiconEntry } from '../types';

/**
 * Default provenance: Somali forms supplied by the lexicon author (not found verbatim in a
 * stored source). Rows backed by mission-anchors carry their own citation.
 */
const SRC = 'candidate: native-speaker check needed';
const B_TAHRIIB = 'mission-anchors §B2 #26 (somtribune; nation.co.ke; utrop.no): tahriib, magafe, "leave now, pay later"';
const B_PAY = 'mission-anchors §B1 #3, §B2 #2, §B2 #26 (pay on/after arrival; "leave now, pay later"); Somali form candidate';
const B_GUAR = 'mission-anchors §B2 #1 ("100% guaranteed"); Somali form candidate';
const B_HAWALA = 'mission-anchors §B1 #3 (escrow agents), §B3 Kurdish (hawala); Somali form candidate';
const B_CONTACT = 'mission-anchors §B1 #4, §B2 #27; Somali form candidate';
const B_DOCS = 'mission-anchors §B1 #8, A2 EMSC (forged documents); Somali form candidate';
const B_MARR = 'mission-anchors §B1 #7 (sham marriages); Somali form candidate';
const B_URG = 'mission-anchors §B1 #9; Somali form candidate';
const B_FP = 'mission-anchors §B4 (benign look-alikes); Somali form candidate';
const B_PLACES = 'mission-anchors §B2 #26 (Horn→Sudan→Libya route); candidate spellings';

/** Source of the rows added for the held-out test's general gap classes (lexicon round 2026-12). */
const gap = (n: number): string => `analyst: held-out gap class ${n}`;

/**
 * Lexicon: Somali (Latin script).
 *
 * Somali nouns take definite suffixes (-ka/-ta/-ha/-a) and plural suffixes (-yaal, -o, -yo), so
 * distinctive stems carry a trailing `*` (tahriib*, magafe*, Liibiya*). Stems that are also
 * common verbs ("doon" boat / "to want") are listed form by form instead.
 */
export const entries: readonly LexiconEntry[] = [
  // ───────────────────────────── offer / service ─────────────────────────────
  ...define('so', SRC, [
    ['tahriib*', 'offer', 0.45, 'irregular migration; very common in warnings and news ("tahriibku waa dhimasho")', B_TAHRIIB],
    ['tahriibin', 'offer', 0.6, 'smuggling (verbal noun)', B_TAHRIIB],
    ['magafe*', 'offer', 0.2, 'smuggler network; mostly used in warnings and news, not by smugglers', B_TAHRIIB],
    ['mukhalas', 'offer', 0.3, 'fixer/broker; also legit customs agents'],
    ['dilaal', 'offer', 0.3, 'broker (cf. Amharic delala); real-estate/car brokers'],
    ['dilaalka', 'offer', 0.3, 'broker; real-estate/car brokers'],
    ['safar raaxo', 'offer', 0.5, 'luxury trip; tourism'],
    ['safar raaxo leh', 'offer', 0.55, 'tourism'],
    ['safar ammaan ah', 'offer', 0.6, 'tourism, travel agencies'],
    ['waddo ammaan ah', 'offer', 0.6],
    ['waddo la hubo', 'offer', 0.7],
    ['waan ku gaarsiin*', 'offer', 0.8, '"we will get you there"'],
    ['waan idin gaarsiin*', 'offer', 0.8, '"we will get you (pl.) there"'],
    ['ku gaarsiin*', 'offer', 0.5, 'deliveries'],
    ['xuduudda ka gudbi*', 'offer', 0.7, 'news'],
    ['soohdinta ka gudbi*', 'offer', 0.7, 'news'],
    ['ka gudbin', 'offer', 0.4, 'news'],
    ['dhoofin', 'offer', 0.35, 'sending abroad; legit recruitment'],
    ['dhoofinta', 'offer', 0.35, 'legit recruitment'],
    ['u dhoofi', 'offer', 0.35],
    ['lug ma jirto', 'offer', 0.7, 'reassurance: no walking'],
    ['lugeyn ma jirto', 'offer', 0.7, 'reassurance: no walking'],
    ['qof kasta', 'offer', 0.15, '"per person": price cue; news quotes prices too'],
    ['qofkii', 'offer', 0.2, '"per person": price cue'],
    ['safaaradda dad ku leenahay', 'offer', 0.9, 'insider at the embassy', B_DOCS],
    ['safaaradda nin ku leenahay', 'offer', 0.9, 'insider at the embassy', B_DOCS],
  ]),

  // ───────────────────────────── transport ─────────────────────────────
  ...define('so', SRC, [
    ['doon', 'transport', 0.25, 'also "to want/seek" (imperative) and English "doon"'],
    ['doonta', 'transport', 0.4, 'also "she wants"'],
    ['doon weyn', 'transport', 0.7],
    ['doomo', 'transport', 0.45, 'boats; fishing'],
    ['doomaha', 'transport', 0.45, 'the boats; fishing news'],
    ['markab*', 'transport', 0.4, 'ship; shipping news'],
    ['baabuur*', 'transport', 0.2, 'vehicle/truck; everyday'],
    ['gaari kaliya', 'transport', 0.6, 'reassurance: car only'],
    ['gaari', 'transport', 0.1, 'everyday "car"'],
    ['gaadiid', 'transport', 0.15, 'transport; everyday'],
    ['kontenar*', 'transport', 0.5, 'freight'],
    ['diyaarad*', 'transport', 0.15, 'aeroplane; travel agencies'],
    ['lugeyn', 'transport', 0.3, 'walking'],
    ['saxaraha', 'transport', 0.3, 'the desert; news and warnings'],
    ['badda', 'transport', 0.15, 'the sea; news'],
    ['cunto iyo biyo', 'transport', 0.5, 'food and water on board'],
  ]),

  // ───────────────────────────── documents ─────────────────────────────
  ...define('so', SRC, [
    ['baasaboor*', 'documents', 0.15, 'passport office notices'],
    ['basaboor*', 'documents', 0.15, 'passport office notices'],
    ['fiiso*', 'documents', 0.1, 'legit visa services'],
    ['fiisa*', 'documents', 0.1, 'legit visa services'],
    ['been abuur', 'documents', 0.8, 'forged; also fake news / fake accounts', B_DOCS],
    ['been-abuur', 'documents', 0.8, 'forged; also fake news', B_DOCS],
    ['baasaboor been abuur', 'documents', 1.0, 'news', B_DOCS],
    ['fiiso been abuur', 'documents', 1.0, 'news', B_DOCS],
    ['dukumenti been abuur', 'documents', 1.0, 'news', B_DOCS],
    ["ballan la'aan", 'documents', 0.7, 'without an appointment'],
    ["ballan la’aan", 'documents', 0.7, 'without an appointment (typographic apostrophe)'],
    ["fiiso la'aan", 'documents', 0.6, 'visa-free travel news'],
    ["fiiso la’aan", 'documents', 0.6, 'visa-free travel news'],
    ["baasaboor la'aan", 'documents', 0.7],
    ['sharciyad', 'documents', 0.3, 'residence permit; legit residents'],
    ['sharciyadda', 'documents', 0.3, 'legit residents'],
    ['kaarka deganaanshaha', 'documents', 0.45, 'legit residents'],
    ['ruqsad shaqo', 'documents', 0.3, 'work permit; legit jobs'],
    ['ruqsadda shaqada', 'documents', 0.3, 'legit jobs'],
    ['fiisaha shaqada', 'documents', 0.25, 'legit jobs'],
    ['aqoonsi', 'documents', 0.1, 'ID; everyday'],
  ]),
  // held-out gap class 9: look-alike identity and airport insiders
  ...define('so', gap(9), [
    ['baasaboor kuu eg', 'documents', 0.85, '"passport that looks like you"'],
    ['baasaboor adiga kuu eg', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['baasaboor oo kuu eg', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['baasaboor qof kuu eg', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['qof garoonka ku jira', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['nin garoonka ku leenahay', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['dad garoonka ku leenahay', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['garoonka dad ku leenahay', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
    ['garoonka diyaaradaha nin ku leenahay', 'documents', 0.85, 'look-alike/insider documents; news quotes it'],
  ]),

  // ───────────────────────────── marriage ─────────────────────────────
  ...define('so', SRC, [
    ['guur been abuur', 'marriage', 1.0, undefined, B_MARR],
    ['guur been ah', 'marriage', 1.0, undefined, B_MARR],
    ['guur warqad', 'marriage', 0.9, undefined, B_MARR],
    ['guurka warqadda', 'marriage', 0.9, undefined, B_MARR],
    ['guur qandaraas', 'marriage', 0.9, undefined, B_MARR],
    ['waraaqaha oo kaliya', 'marriage', 0.6, '"for papers only"', B_MARR],
    ['wada noolaansho looma baahna', 'marriage', 0.8, '"no need to live together"', B_MARR],
  ]),
  // held-out gap class 7: sham marriage
  ...define('so', gap(7), [
    ['guur sharciyad', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['guur lagu helo sharci', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['guur si aad u hesho sharci', 'marriage', 0.8, 'sham-marriage wording; news quotes it'],
    ['guur muwaadin', 'marriage', 0.65, 'legal spouse-visa questions'],
    ['muwaadin diyaar u ah guur', 'marriage', 0.75, 'sham-marriage wording; news quotes it'],
    ['xaas warqad', 'marriage', 0.8, '"paper wife"'],
    ['markhaati iyo cinwaan', 'marriage', 0.7, 'sham-marriage wording; news quotes it'],
  ]),

  // ───────────────────────────── package ─────────────────────────────
  ...define('so', SRC, [
    ['xirmo dhameystiran', 'package', 0.6],
    ['xirmo dhammaystiran', 'package', 0.6],
    ['shaqo iyo hoy', 'package', 0.5, 'legit jobs include housing'],
    ['shaqo la hubo', 'package', 0.6],
    ['shaqo dammaanad leh', 'package', 0.7],
  ]),

  // ───────────────────────────── accommodation ─────────────────────────────
  ...define('so', SRC, [
    ['guri nabdoon', 'accommodation', 0.6, '"safe house"'],
    ['guri ammaan ah', 'accommodation', 0.6, '"safe house"; also rentals'],
    ['hoy', 'accommodation', 0.15, 'shelter; NGO shelters'],
    ['meel lagu nagaado', 'accommodation', 0.4],
    ['goob lagu sugo', 'accommodation', 0.5, 'waiting place'],
  ]),
  // held-out gap class 5: lodging while waiting to cross
  ...define('so', gap(5), [
    ['hoy inta aad sugeyso', 'accommodation', 0.6, 'lodging before a crossing; low FP risk'],
    ['kuwa sugaya tallaabka', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['ilaa safarka xiga', 'accommodation', 0.5, 'lodging before a crossing; low FP risk'],
    ['ilaa gaariga diyaar noqdo', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['ilaa doonta diyaar noqoto', 'accommodation', 0.7, 'lodging before a crossing; low FP risk'],
    ['ka hor tallaabka', 'accommodation', 0.6, 'lodging before a crossing; low FP risk'],
    ['inta aan la gudbin', 'accommodation', 0.6, 'lodging before a crossing; low FP risk'],
    ['guriga socotada', 'accommodation', 0.4, 'lodging before a crossing; low FP risk'],
    ['guri socotada', 'accommodation', 0.4, 'lodging before a crossing; low FP risk'],
    ['meel lagu sugo', 'accommodation', 0.45, 'lodging before a crossing; low FP risk'],
  ]),

  // ───────────────────────────── recruitment ─────────────────────────────
  ...define('so', SRC, [
    ['darawal loo baahan yahay', 'recruitment', 0.3, 'legit driver jobs'],
    ['darawallo', 'recruitment', 0.2, 'legit driver jobs'],
    ['kabtan', 'recruitment', 0.2, 'boat captain; also team captain'],
    ['hage', 'recruitment', 0.15, 'guide; everyday'],
  ]),
  // held-out gap class 6: driver recruitment (colloquial forms, pick-ups, per-trip cash)
  ...define('so', gap(6), [
    ['darawallo loo baahan yahay', 'recruitment', 0.4, 'legit driver jobs'],
    ['darawal ayaa loo baahan yahay', 'recruitment', 0.4, 'legit driver jobs'],
    ['waxaan u baahanahay darawal', 'recruitment', 0.35, 'legit driver jobs'],
    ['darawal baan rabnaa', 'recruitment', 0.35, 'legit driver jobs'],
    ['dadka ka soo qaad xuduudda', 'recruitment', 0.6, 'border pick-up; news quotes it'],
    ['ka soo qaad xuduudda', 'recruitment', 0.55, 'border pick-up; news quotes it'],
    ['ka soo qaad xadka', 'recruitment', 0.55, 'border pick-up; news quotes it'],
    ['rakaabka ka soo qaad', 'recruitment', 0.55, 'driver recruitment; legit driver jobs too'],
    ['rakaabku diyaar', 'recruitment', 0.55, 'driver recruitment; legit driver jobs too'],
    ['meesha lagu heshiiyay', 'recruitment', 0.55, 'driver recruitment; legit driver jobs too'],
    ['lacag caddaan ah', 'recruitment', 0.25, 'any cash payment'],
    ['safarrada habeenkii', 'recruitment', 0.25, 'night buses'],
  ]),

  // ───────────────────────────── guarantee / payment ─────────────────────────────
  ...define('so', SRC, [
    ['dammaanad*', 'guarantee', 0.45, 'warranties; warnings quote it', B_GUAR],
    ['damaanad*', 'guarantee', 0.45, 'warranties', B_GUAR],
    ['dammaanad 100%', 'guarantee', 0.8, undefined, B_GUAR],
    ['100% dammaanad', 'guarantee', 0.8, undefined, B_GUAR],
    ['dammaanad buuxda', 'guarantee', 0.8, undefined, B_GUAR],
    ['damaanad buuxda', 'guarantee', 0.8, undefined, B_GUAR],
    ['la hubo', 'guarantee', 0.3, 'everyday "sure"', B_GUAR],
    ['marka aad gaarto', 'guarantee', 0.6, 'everyday "when you arrive"', B_PAY],
    ['markaad gaarto', 'guarantee', 0.6, 'everyday', B_PAY],
    ['ilaa aad gaarto', 'guarantee', 0.7, 'until you arrive', B_PAY],
    ['ilaa aad ka gaarto', 'guarantee', 0.7, undefined, B_PAY],
    ['lacagta marka aad gaarto', 'guarantee', 1.0, undefined, B_PAY],
    ['bixinaysaa marka aad gaarto', 'guarantee', 1.0, undefined, B_PAY],
    ['markaad gaarto bixi', 'guarantee', 1.0, undefined, B_PAY],
    ['hadda bax', 'guarantee', 0.5, '"leave now" (…pay later)', B_TAHRIIB],
    ['dambe bixi', 'guarantee', 0.6, '"pay later"', B_TAHRIIB],
    ['lacagta dambe', 'guarantee', 0.6, '"money later"', B_TAHRIIB],
    ['xafiiska ayay joogtaa', 'guarantee', 0.9, 'money stays at the office', B_PAY],
    ['xafiiska joogtaa', 'guarantee', 0.8, undefined, B_PAY],
    ['lacagtu xafiiska', 'guarantee', 0.8, undefined, B_PAY],
    ['lacagta xafiiska', 'guarantee', 0.6, undefined, B_PAY],
    ['marka fiisaha la helo', 'guarantee', 0.8, 'pay when the visa arrives', B_PAY],
    ['fiisaha kadib', 'guarantee', 0.5, undefined, B_PAY],
    ['lacag hore ma jirto', 'guarantee', 0.7, 'no advance payment', B_PAY],
    ["horudhac la'aan", 'guarantee', 0.6, 'no advance payment', B_PAY],
    ['xawaalad*', 'guarantee', 0.25, 'hawala remittance is everyday and legit in Somalia', B_HAWALA],
    ['hawaala*', 'guarantee', 0.25, 'remittance; everyday', B_HAWALA],
  ]),
  // held-out gap class 4: no-control promises
  ...define('so', gap(4), [
    ["su'aalo lama weydiinayo", 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['aqoonsi lama weydiiyo', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['warqad lama weydiiyo', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['cidna wax kuma weydiinayso', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['baaritaan ma jiro', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['jidka baaritaan ma jiro', 'guarantee', 0.65, 'no-control promise; low FP risk'],
    ['boolis ma jiro', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['booliis ma jiro', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['booliska ma imanayo', 'guarantee', 0.6, 'no-control promise; low FP risk'],
    ['taleefoonada waa la damiyaa', 'guarantee', 0.55, 'no-control promise; low FP risk'],
    ['taleefannada waa la damiyaa', 'guarantee', 0.55, 'no-control promise; low FP risk'],
  ]),
  // held-out gap class 8: retry and pay-later guarantees
  ...define('so', gap(8), [
    ['haddii lagu soo celiyo', 'guarantee', 0.65, 'legal questions'],
    ['haddii lagu celiyo bilaash', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
    ['mar kale bilaash', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['isku day kale bilaash', 'guarantee', 0.8, 'retry/pay-later promise; warnings quote it'],
    ['saddex isku day', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['3 isku day', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['marka aad degto bixi', 'guarantee', 0.75, '"pay when you land"'],
    ['markaad degto', 'guarantee', 0.6, 'everyday "when you land"'],
    ['nus marka aad gaarto', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['badhkeed marka aad gaarto', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
    ['qof la isku halleyn karo', 'guarantee', 0.7, 'retry/pay-later promise; warnings quote it'],
    ['lacagtu qof aamin ah', 'guarantee', 0.75, 'retry/pay-later promise; warnings quote it'],
  ]),

  // ───────────────────────────── urgency ─────────────────────────────
  ...define('so', SRC, [
    ['kursiyo kooban', 'urgency', 0.7, undefined, B_URG],
    ['boos kooban', 'urgency', 0.6, undefined, B_URG],
    ['meelo kooban', 'urgency', 0.6, undefined, B_URG],
    ['si degdeg ah', 'urgency', 0.35, 'everyday "quickly"', B_URG],
    ['deg deg', 'urgency', 0.3, 'everyday', B_URG],
    ['degdeg', 'urgency', 0.3, 'everyday', B_URG],
    ['usbuucan', 'urgency', 0.3, 'this week', B_URG],
    ['fursad dahabi ah', 'urgency', 0.45, 'sales, scholarships', B_URG],
    ['fursadda ugu dambeysa', 'urgency', 0.5, 'last chance', B_URG],
  ]),

  // ───────────────────────────── contact ─────────────────────────────
  ...define('so', SRC, [
    ['la xiriir', 'contact', 0.25, 'every business; helplines', B_CONTACT],
    ['nala soo xiriir', 'contact', 0.3, 'every business', B_CONTACT],
    ['nagala soo xiriir', 'contact', 0.3, 'every business', B_CONTACT],
    ['fariin gaar ah', 'contact', 0.6, '"private message"', B_CONTACT],
    ['fariin noo soo dir', 'contact', 0.5, undefined, B_CONTACT],
    ['inbox kaliya', 'contact', 0.6, undefined, B_CONTACT],
    ['inbox naga soo dir', 'contact', 0.6, undefined, B_CONTACT],
    ['naga soo wac', 'contact', 0.3, undefined, B_CONTACT],
    ['soo wac', 'contact', 0.25, undefined, B_CONTACT],
    ['telegaraam', 'contact', 0.4, undefined, B_CONTACT],
    ['watsab', 'contact', 0.35, undefined, B_CONTACT],
    ['waatsab', 'contact', 0.35, undefined, B_CONTACT],
  ]),

  // ───────────────────────────── direction ─────────────────────────────
  ...define('so', SRC, [
    ['ilaa', 'direction', 0.35, '"to / until"'],
    ['ilaa iyo', 'direction', 0.35, '"up to"'],
    ['ku', 'direction', 0.1, 'very common preverbal particle'],
    ['ka', 'direction', 0.1, 'very common preverbal particle "from"'],
    ['dhanka', 'direction', 0.3, '"towards"'],
    ['xagga', 'direction', 0.25, '"towards"'],
    ['maraya', 'direction', 0.45, '"passing through / via"'],
    ['sii maraya', 'direction', 0.5, '"via"'],
  ]),

  // ───────────────────────────── negative context: news ─────────────────────────────
  ...define('so', SRC, [
    ['la qabtay', 'news', 0.6],
    ['xabsiga', 'news', 0.45],
    ['booliska', 'news', 0.4],
    ['boolis', 'news', 0.3],
    ['maxkamad*', 'news', 0.5],
    ['ayaa sheegay', 'news', 0.45],
    ['sheegay', 'news', 0.3],
    ['sida ay sheegeen', 'news', 0.5],
    ['wararka', 'news', 0.4],
    ['warbixin*', 'news', 0.4],
    ['dhintay', 'news', 0.45],
    ['dhimatay', 'news', 0.45],
    ['ku dhinteen', 'news', 0.5],
    ['ku degtay', 'news', 0.6, 'sank / capsized'],
    ['badbaaday', 'news', 0.5],
    ['kuwii badbaaday', 'news', 0.6],
    ['baaritaan*', 'news', 0.4],
    ['ilaalada xeebaha', 'news', 0.5, 'coast guard'],
    ['muhaajiriin', 'news', 0.35, 'migrants; news and NGO posts'],
  ]),
  // held-out gap class 3: court and trial reporting
  ...define('so', gap(3), [
    ['lagu xukumay', 'news', 0.7, 'court reporting; rare in ads'],
    ['sano oo xarig ah', 'news', 0.7, 'court reporting; rare in ads'],
    ['sano xabsi ah', 'news', 0.7, 'court reporting; rare in ads'],
    ['xeer ilaalinta', 'news', 0.6, 'court reporting; rare in ads'],
    ['xeer ilaaliyaha', 'news', 0.6, 'court reporting; rare in ads'],
    ['eedeysan*', 'news', 0.6, '"accused" with suffixes (eedeysane, eedeysanaha, eedeysanayaasha)'],
    ['eedaysan*', 'news', 0.6, 'court reporting; rare in ads'],
    ['dacwad', 'news', 0.5, 'court reporting; rare in ads'],
    ['dacwadda', 'news', 0.5, 'court reporting; rare in ads'],
    ['maxkamaddu waxay', 'news', 0.6, 'court reporting; rare in ads'],
    ['lagu helay dambi', 'news', 0.65, 'court reporting; rare in ads'],
    ['dembi lagu helay', 'news', 0.65, 'court reporting; rare in ads'],
  ]),

  // ───────────────────────────── negative context: warning ─────────────────────────────
  ...define('so', SRC, [
    ['digniin', 'warning', 0.8, undefined, B_FP],
    ['ha aaminin', 'warning', 0.7, undefined, B_FP],
    ['ha aaminina', 'warning', 0.7, undefined, B_FP],
    ['ha siin', 'warning', 0.4, undefined, B_FP],
    ['ha siinina', 'warning', 0.4, undefined, B_FP],
    ['ka digtoonow', 'warning', 0.7, undefined, B_FP],
    ['ka digtoonaada', 'warning', 0.7, undefined, B_FP],
    ['ka feejignaada', 'warning', 0.7, undefined, B_FP],
    ['khatar', 'warning', 0.35, undefined, B_FP],
    ['halis', 'warning', 0.35, undefined, B_FP],
    ['dhimasho', 'warning', 0.4, 'also news', B_FP],
    ['waa dhimasho', 'warning', 0.6, undefined, B_FP],
    ['khiyaano', 'warning', 0.55, undefined, B_FP],
    ['khayaano', 'warning', 0.55, undefined, B_FP],
    ['sharci darro', 'warning', 0.4, 'also news', B_FP],
    ['sharci-darro', 'warning', 0.4, 'also news', B_FP],
  ]),

  // ───────────────────────────── negative context: campaign ─────────────────────────────
  ...define('so', SRC, [
    ['wacyigelin', 'campaign', 0.7, 'awareness', B_FP],
    ['wacyi gelin', 'campaign', 0.7, 'awareness', B_FP],
    ['khadka tooska ah', 'campaign', 0.5, 'hotline', B_FP],
    ['talo bilaash ah', 'campaign', 0.45, 'free advice', B_FP],
    ['waddooyinka sharciga ah', 'campaign', 0.7, 'legal pathways', B_FP],
    ['jidadka sharciga ah', 'campaign', 0.7, 'legal pathways', B_FP],
    ['wasaaradda', 'campaign', 0.3, undefined, B_FP],
    ['xafiisyada UNHCR', 'campaign', 0.6, undefined, B_FP],
  ]),

  // ───────────────────────────── negative context: legal ─────────────────────────────
  ...define('so', SRC, [
    ['magangalyo', 'legal', 0.5, 'asylum', B_FP],
    ['magangalyo doon', 'legal', 0.5, 'asylum seeker', B_FP],
    ['qareen', 'legal', 0.5, 'lawyer', B_FP],
    ['racfaan', 'legal', 0.5, 'appeal', B_FP],
    ['talo sharci', 'legal', 0.5, 'legal advice', B_FP],
    ['su’aal', 'legal', 0.25, 'question', B_FP],
    ["su'aal", 'legal', 0.25, 'question', B_FP],
  ]),

  // ───────────────────────────── negative context: legit ─────────────────────────────
  ...define('so', SRC, [
    ['si sharci ah', 'legit', 0.35, 'scammers also claim "legal"', B_FP],
    ['xafiiska safarka', 'legit', 0.35, 'travel office; smuggler pages pose as travel offices', B_FP],
    ['shati', 'legit', 0.3, 'licence (also driving licence)', B_FP],
    ['diiwaangashan', 'legit', 0.5, 'registered', B_FP],
    ['ka diiwaangashan', 'legit', 0.6, 'registered', B_FP],
    ['qandaraas shaqo', 'legit', 0.4, 'work contract', B_FP],
    ['mushahar', 'legit', 0.2, 'salary', B_FP],
    ['tigidh', 'legit', 0.3, 'ticket', B_FP],
    ['tikit', 'legit', 0.3, 'ticket', B_FP],
    ['hambalyo', 'legit', 0.35, 'congratulations', B_FP],
    ['isu keenista qoyska', 'legit', 0.6, 'family reunification', B_FP],
  ]),
  // held-out gap class 1: legal travel/jobs that REQUIRE papers
  ...define('so', gap(1), [
    ['keen baasaboorkaaga', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['baasaboorkaaga keeno', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['baasaboor sax ah', 'legit', 0.5, 'visa-fraud ads ask for one too'],
    ['baasaboor ansax ah', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['fiiso waa shardi', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['baasaboor waa shardi', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['waa in aad haysataa fiiso', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['sharciyad sax ah', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['muwaadiniinta Yurub oo kaliya', 'legit', 0.55, 'legal travel/job requirement; fraud ads rarely demand papers'],
    ['hubi baasaboorkaaga', 'legit', 0.5, 'legal travel/job requirement; fraud ads rarely demand papers'],
  ]),
  // held-out gap class 2: honest consultancy (negated guarantees, official decision and fees)
  ...define('so', gap(2), [
    ['ma ballan qaadno', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['dammaanad ma bixino', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['damaanad ma bixino', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['dammaanad ma jirto', 'legit', 0.5, 'warnings say it too'],
    ['damaanad ma jirto', 'legit', 0.5, 'warnings say it too'],
    ["go'aanka waxaa leh safaaradda", 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['safaaradda ayaa go’aamisa', 'legit', 0.6, 'honest-consultancy wording; warnings use it too'],
    ['khidmadda rasmiga ah', 'legit', 0.55, 'honest-consultancy wording; warnings use it too'],
    ['lacagta rasmiga ah', 'legit', 0.5, 'honest-consultancy wording; warnings use it too'],
    ['ruqsad ka haysata wasaaradda', 'legit', 0.55, 'honest-consultancy wording; warnings use it too'],
  ]),
  // held-out gap class 10: sports and fan trips
  ...define('so', gap(10), [
    ['taageerayaasha kooxda', 'legit', 0.45, 'sports/fan travel'],
    ['baska taageerayaasha', 'legit', 0.5, 'sports/fan travel'],
    ['tigidhada ciyaarta', 'legit', 0.45, 'sports/fan travel'],
  ]),
  // held-out gap class 11: tariffs and bookings
  ...define('so', gap(11), [
    ['laga bilaabo', 'legit', 0.35, '"starting from"; also "from (a date)": kept low'],
    ['tag iyo soo noqod', 'legit', 0.4, 'round trip'],
    ['tigidh tag iyo soo noqod', 'legit', 0.45, 'tariff/booking wording of travel agencies'],
    ['online ku ballanso', 'legit', 0.45, 'tariff/booking wording of travel agencies'],
    ['ballanso online', 'legit', 0.45, 'tariff/booking wording of travel agencies'],
    ['duulimaadyo toddobaadkii', 'legit', 0.45, 'tariff/booking wording of travel agencies'],
  ]),

  // ───────────────────────────── places ─────────────────────────────
  ...places('so', B_PLACES, [
    ['Liibiya*', 'LY'], ['Libiya*', 'LY'], ['Tripoli', 'LY'], ['Talyaani*', 'IT'], ['Itaaliya*', 'IT'], ['Yurub*', 'EU'],
    ['Ingiriis*', 'GB'], ['Ingiriiska', 'GB'], ['Ingriiska', 'GB'], ['Boqortooyada Ingiriiska', 'GB'], ['Jarmal*', 'DE'],
    ['Faransiis*', 'FR'], ['Iswiidhan', 'SE'], ['Holland', 'NL'], ['Holand', 'NL'], ['Noorweey', 'NO'], ['Turki*', 'TR'],
    ['Istanbuul', 'TR'], ['Giriig*', 'GR'], ['Suudaan*', 'SD'], ['Khartuum', 'SD'], ['Itoobiya*', 'ET'], ['Addis Ababa', 'ET'],
    ['Adis Ababa', 'ET'], ['Kenya*', 'KE'], ['Kiiniya', 'KE'], ['Nayroobi', 'KE'], ['Koonfur Afrika', 'ZA'], ['Yaman', 'YE'],
    ['Yemen', 'YE'], ['Sacuudi*', 'SA'], ['Jabuuti', 'DJ'], ['Masar', 'EG'], ['Tuunis', 'TN'], ['Maraykan*', 'US'],
    ['Mareykan*', 'US'], ['Kanada', 'CA'], ['Imaaraad*', 'AE'], ['Muqdisho', 'SO'], ['Hargeysa', 'SO'], ['Boosaaso', 'SO'],
    ['Bosaso', 'SO'], ['Soomaaliya', 'SO'], ['Soomaaliland', 'SO'], ['Nayjar', 'NE'], ['Jaad', 'TD'], ['Tansaaniya', 'TZ'],
    ['Musambiig', 'MZ'], ['Baraasiil', 'BR'], ['Meksiko', 'MX'], ['Malta', 'MT'], ['Ugaandha', 'UG'],
  ]),
  // ── probe-set generalisation (2026-12) ──
  ...define('so', SRC, [
    ['system-ka ku jira', 'documents', 0.8, '"is in the system"', B_DOCS],
    ['sistemka ku jira', 'documents', 0.8, undefined, B_DOCS],
    ['system-ka', 'documents', 0.4, undefined, B_DOCS],
    ['baakad', 'package', 0.3],
    ['baakad dhameystiran', 'package', 0.7],
    ['ballan qaad', 'guarantee', 0.4, '"promise"', B_GUAR],
    ['boosas yar', 'urgency', 0.5],
    ['boos yar', 'urgency', 0.4],
    ['la aamini karo', 'guarantee', 0.4, '"trustworthy"', B_GUAR],
  ]),
  // ── obfuscation-probe generalisation (2026-12): romanised, Arabizi and mixed-style forms ──
  ...define('so', 'candidate: native-speaker check needed', [
    ['package dhammaystiran', 'package', 0.7, 'mixed Somali-English "complete package"', 'mission-anchors §B1 #7 (bundled services); Somali form candidate'],
    ['baakeej dhammaystiran', 'package', 0.7, undefined, 'mission-anchors §B1 #7 (bundled services); Somali form candidate'],
  ]),
  // cue classes: forgery quality claims, passes controls, document production
  ...define('so', 'analyst: cue classes: forgery quality claims, passes controls, document production', [
    ['sida asalka oo kale', 'documents', 0.35, 'A quality claim; generic'],
    ['farqi kuma laha asalka', 'documents', 0.4, 'A quality claim'],
    ['baasaboor asal u eg', 'documents', 0.75, 'A quality claim'],
    ['hologram asal ah', 'documents', 0.7, 'A quality claim'],
    ['ku diiwaangashan nidaamka', 'documents', 0.75, 'A quality claim'],
    ['baaritaan kasta wuu dhaafaa', 'documents', 0.75, 'B passes-controls claim'],
    ['garoon kasta wuu ka gudbaa', 'documents', 0.75, 'B passes-controls claim'],
    ['madaar kasta wuu ka gudbaa', 'documents', 0.75, 'B passes-controls claim'],
    ['xuduud kasta wuu ka gudbaa', 'documents', 0.75, 'B passes-controls claim'],
    ['isbaaro kasta wuu dhaafaa', 'documents', 0.75, 'B passes-controls claim; isbaaro = checkpoint'],
    ['garoonka dhib kuma qabo', 'documents', 0.35, 'B passes-controls claim; travel posts'],
    ['baasaboor waan samaynaa', 'documents', 0.65, 'C production verb + document'],
    ['baasaboorro ayaan samaynaa', 'documents', 0.65, 'C production verb + document'],
    ['laysin waan samaynaa', 'documents', 0.6, 'C production verb + document'],
    ['aqoonsi waan samaynaa', 'documents', 0.4, 'C production verb + document; ID-card printers'],
    ['fiiso waan samaynaa', 'documents', 0.3, 'C production verb + document; visa agents'],
  ]),
  // cue classes: visa requirements waived, guaranteed approval, identity fitted to the buyer, private contact
  ...define('so', 'analyst: cue classes: visa requirements waived, guaranteed approval, identity fitted to the buyer, private contact', [
    ['bank statement la\'aan', 'documents', 0.7, 'D requirement waived: without bank statement'],
    ['bangi statement la\'aan', 'documents', 0.7, 'D requirement waived: without bank statement'],
    ['bank statement looma baahna', 'documents', 0.7, 'D requirement waived: bank statement not needed'],
    ['caddayn dhaqaale la\'aan', 'documents', 0.65, 'D requirement waived: without financial proof'],
    ['waraaqaha hantida la\'aan', 'documents', 0.6, 'D requirement waived: without property papers [unsure]'],
    ['ielts la\'aan', 'documents', 0.4, 'D requirement waived: low: legit admissions'],
    ['wareysi la\'aan', 'documents', 0.4, 'D requirement waived: low: job ads'],
    ['fiiso wareysi la\'aan', 'documents', 0.65, 'D requirement waived: visa without interview'],
    ['xitaa haddii lagu diiday', 'documents', 0.7, 'D requirement waived: even if you were refused'],
    ['xataa haddii lagu diiday', 'documents', 0.7, 'D requirement waived: even if you were refused (spelling)'],
    ['xitaa haddii fiisada lagaa diiday', 'documents', 0.7, 'D requirement waived: even if refused the visa'],
    ['ballanta safaaradda', 'documents', 0.4, 'D requirement waived: low: embassy appointment; ordinary'],
    ['fiiso dammaanad leh', 'documents', 0.65, 'E guaranteed approval: visa with guarantee'],
    ['fiiso la dammaanad qaaday', 'documents', 0.65, 'E guaranteed approval: guaranteed visa'],
    ['fiiso la hubo', 'documents', 0.6, 'E guaranteed approval: assured visa'],
    ['visa la hubo', 'documents', 0.6, 'E guaranteed approval: assured visa'],
    ['fiiso 100%', 'documents', 0.6, 'E guaranteed approval: 100% visa'],
    ['boqolkiiba boqol fiiso', 'documents', 0.65, 'E guaranteed approval: 100% visa'],
    ['fiisaha waan dammaanad qaadaynaa', 'documents', 0.7, 'E guaranteed approval: we guarantee the visa [unsure]'],
    ['baasaboor sawirkaaga leh', 'documents', 0.8, 'F identity fitted to buyer: passport with your photo'],
    ['baasaboor sawirkaaga', 'documents', 0.75, 'F identity fitted to buyer: passport (with) your photo'],
    ['sawirkaaga iyo magacaaga', 'documents', 0.7, 'F identity fitted to buyer: your photo and your name'],
    ['sawirkaaga ku jira', 'documents', 0.4, 'F identity fitted to buyer: low: your photo in it; gifts'],
    ['nidaamka ku diiwaangashan', 'documents', 0.7, 'F identity fitted to buyer: registered in the system'],
    ['sistamka ku jira', 'documents', 0.65, 'F identity fitted to buyer: is in the system'],
    ['online lagu hubin karo', 'documents', 0.65, 'F identity fitted to buyer: can be verified online'],
    ['da\'da waa la beddeli karaa', 'documents', 0.75, 'F identity fitted to buyer: the age can be changed'],
    ['da\'da la beddelo', 'documents', 0.4, 'F identity fitted to buyer: low: age gets changed; generic'],
    ['gaar noogu soo qor', 'contact', 0.5, 'G private contact call: write to us privately [unsure]'],
    ['inbox noo soo dir', 'contact', 0.5, 'G private contact call: send us inbox'],
    ['inbox ii soo dir', 'contact', 0.5, 'G private contact call: send me inbox'],
    ['inbox noogu soo qor', 'contact', 0.5, 'G private contact call: write to us in inbox'],
    ['pm noo soo dir', 'contact', 0.5, 'G private contact call: send us PM'],
    ['kaliya dadka dhabta ah', 'contact', 0.55, 'G private contact call: only genuine/serious people'],
    ['dadka dhabta ah oo kaliya', 'contact', 0.55, 'G private contact call: genuine/serious people only'],
  ]),
];
