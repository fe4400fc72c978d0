import { define } from './define';
import type { LexiconEntry } from '../types';

/**
 * Cross-language tokens: messenger names and links, emoji cue classes, "VIP" and "100%".
 * Language-specific words live in the per-language files; these appear in every language.
 */
const B_CONTACT = 'mission-anchors §B1 #4, §B2 #27 (UNODC; MIRROR; HuffPost)';
const B_EMOJI = 'mission-anchors §B3 Emoji/hashtags (MIRROR; design inference)';
const B_GUAR = 'mission-anchors §B2 #1 (NCA via watchoutnews; AIC "100 percent safe")';
const B_VIP = 'mission-anchors §B2 #22, #25 (paquetes VIP; đi VIP)';

export const entries: readonly LexiconEntry[] = [
  // messengers and links: a contact cue in any language
  ...define('any', B_CONTACT, [
    ['whatsapp', 'contact', 0.6, 'also legit businesses; strong only with offer + price/route'],
    ['whats app', 'contact', 0.6],
    ['watsapp', 'contact', 0.6],
    ['whatsap', 'contact', 0.6],
    ['watsap', 'contact', 0.6],
    ['wats', 'contact', 0.4],
    ['wa.me/', 'contact', 0.8],
    ['chat.whatsapp.com/', 'contact', 0.8],
    ['telegram', 'contact', 0.5, 'also news/channels'],
    ['telegram.me/', 'contact', 0.8],
    ['t.me/', 'contact', 0.8],
    ['viber', 'contact', 0.6],
    ['viber://', 'contact', 0.8],
    ['signal', 'contact', 0.25, 'common English word'],
    ['imo', 'contact', 0.4, 'IMO messenger; also "in my opinion"'],
    ['botim', 'contact', 0.5],
    ['messenger', 'contact', 0.3],
    ['snapchat', 'contact', 0.3],
    ['واتساب', 'contact', 0.6],
    ['واتس اب', 'contact', 0.6],
    ['واتس', 'contact', 0.5],
    ['وتساب', 'contact', 0.6],
    ['واتسپ', 'contact', 0.6],
    ['واتس‌اپ', 'contact', 0.6],
    ['تلگرام', 'contact', 0.5],
    ['تلغرام', 'contact', 0.5],
    ['تيليجرام', 'contact', 0.5],
    ['تليجرام', 'contact', 0.5],
    ['فایبر', 'contact', 0.6],
    ['فايبر', 'contact', 0.6],
    ['ايمو', 'contact', 0.4],
    ['ইমো', 'contact', 0.4],
    ['হোয়াটসঅ্যাপ', 'contact', 0.6],
    ['ਵਟਸਐਪ', 'contact', 0.6],
    ['ватсап', 'contact', 0.6],
    ['вотсап', 'contact', 0.6],
    ['телеграм', 'contact', 0.5],
    ['вайбер', 'contact', 0.6],
    ['dm', 'contact', 0.35, 'direct message'],
    ['pm', 'contact', 0.35, 'private message ("PM" at the end of a post)'],
    ['inbox', 'contact', 0.35, 'also e-mail inbox'],
    ['pm me', 'contact', 0.5],
    ['dm me', 'contact', 0.5],
    ['inbox me', 'contact', 0.5],
    ['📞', 'contact', 0.4],
    ['📲', 'contact', 0.45],
    ['💬', 'contact', 0.25],
    ['☎', 'contact', 0.4],
    ['📱', 'contact', 0.35],
  ]),
  // guarantee / payment tokens shared across languages
  ...define('any', B_GUAR, [
    ['100%', 'guarantee', 0.5, 'also discounts, cotton, statistics'],
    ['100 %', 'guarantee', 0.5],
    ['%100', 'guarantee', 0.5, 'Turkish order'],
    ['٪100', 'guarantee', 0.5],
    ['✅', 'guarantee', 0.15, 'decoration; a booster only'],
    ['💯', 'guarantee', 0.35],
    ['✔', 'guarantee', 0.1],
    ['🤝', 'guarantee', 0.15],
    ['vip', 'package', 0.3, 'also events, lounges, phone plans; compounds (đi VIP, paquetes VIP, VIP route) are stronger rows', B_VIP],
  ]),
  // transport emoji (MIRROR: activity, country and transport can all be emoji)
  ...define('any', B_EMOJI, [
    ['🚤', 'transport', 0.5],
    ['🛥', 'transport', 0.5],
    ['⛵', 'transport', 0.35],
    ['🚢', 'transport', 0.3],
    ['✈', 'transport', 0.25],
    ['🛫', 'transport', 0.25],
    ['🚛', 'transport', 0.35],
    ['🚚', 'transport', 0.35],
    ['🚗', 'transport', 0.2],
    ['🚐', 'transport', 0.25],
    ['🚶', 'transport', 0.2],
    ['🌊', 'transport', 0.1],
    ['🦺', 'transport', 0.3, 'life jacket'],
    ['⏳', 'urgency', 0.2],
    ['⏰', 'urgency', 0.2],
    ['🔥', 'urgency', 0.1],
    ['🛂', 'documents', 0.3],
    ['🪪', 'documents', 0.3],
  ]),
  // ── obfuscation-probe generalisation (2026-12): romanised, Arabizi and mixed-style forms ──
  ...define('any', 'mission-anchors §B4 #7 (homographs: "game", VIP events); candidate', [
    ['vs', 'legit', 0.5, 'sports fixtures ("🇮🇹 vs 🇬🇧", "Juárez vs Tigres"): two flags or teams either side read as a route'],
  ]),
  ...define('any', 'mission-anchors §B1 #4, §B2 #27 (WhatsApp contact); abbreviation candidate', [
    ['wtsp', 'contact', 0.45, 'WhatsApp abbreviation (Maghreb, French)'],
  ]),
];
