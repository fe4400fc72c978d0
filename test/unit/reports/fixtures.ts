/**
 * Fixture builder for the report tests: realistic multilingual flagged items (incl. RTL text
 * and bidi controls) with consistent offsets and evidence hashes.
 */
import { createHash } from 'node:crypto';
import type { CueCategory } from '../../../src/engine/types';
import type { FlaggedItem, StoredMatch } from '../../../src/shared/item';
import type { ReportItem, ReportSettings } from '../../../src/reports/model';

export const NOW = new Date('2025-06-01T12:00:00.000Z');

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** A real 1×1 PNG; `seed` appends bytes after IEND so each screenshot hashes differently. */
export function pngBytes(seed = 0): Uint8Array {
  const base = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
  return new Uint8Array(Buffer.concat([base, Buffer.from([seed & 255, (seed >> 8) & 255])]));
}

/** A match for the first occurrence of `snippet` in `text`. */
export function match(text: string, snippet: string, category: CueCategory, term = snippet.toLowerCase()): StoredMatch {
  const start = text.indexOf(snippet);
  if (start < 0) throw new Error(`fixture: "${snippet}" not in text`);
  return { start, end: start + snippet.length, text: snippet, category, term };
}

type Overrides = Partial<Omit<ReportItem, 'screenshot'>> & { screenshot?: Uint8Array | null };

let counter = 0;

/**
 * A complete item; text hash is recomputed from the final text, screenshot hash from the
 * final PNG (pass `screenshot: null` for an item without one).
 */
export function createItem(overrides: Overrides = {}): ReportItem & { screenshot?: Uint8Array } {
  counter++;
  const text =
    overrides.text ??
    'Boat from Libya to Italy 🇱🇾➡️🇮🇹 leaving tonight, last 5 places. 2500€ pay on arrival. WhatsApp +218 91 234 5678';
  const matches =
    overrides.matches ??
    (overrides.text === undefined
      ? [
          match(text, 'Boat', 'transport'),
          match(text, 'Libya to Italy', 'route', 'route:LY>IT'),
          match(text, 'last 5 places', 'urgency'),
          match(text, '2500€', 'price', 'price'),
          match(text, 'pay on arrival', 'guarantee'),
          match(text, 'WhatsApp', 'contact'),
          match(text, '+218 91 234 5678', 'phone', 'phone:intl'),
        ]
      : []);
  const screenshot = overrides.screenshot === null ? undefined : (overrides.screenshot ?? pngBytes(counter));
  const { screenshot: _s, ...rest } = overrides;
  const item: ReportItem & { screenshot?: Uint8Array } = {
    id: `fb-${1000 + counter}`,
    url: 'https://www.facebook.com/groups/123456/posts/987654321/',
    permalink: 'https://www.facebook.com/groups/123456/posts/987654321/',
    platform: 'facebook',
    author: { name: 'Safe Travel Europe', handle: 'safetravel.eu', url: 'https://www.facebook.com/safetravel.eu' },
    text,
    lang: 'en',
    quote: { exact: text.slice(0, 80), prefix: '', suffix: '' },
    matches,
    score: 0.91,
    verdict: 'suspect',
    reasons: ['offer + route + price + contact', 'pay on arrival'],
    lexiconVersion: '2025.05.1',
    capturedAt: '2025-05-30T08:15:42.123Z',
    firstCapturedAt: '2025-05-29T21:03:10.000Z',
    postedAt: '2025-05-29T20:00:00.000Z',
    note: 'Seen in 3 groups; same number as case 17.',
    tags: ['central-med', 'priority'],
    status: 'flagged',
    statusHistory: [
      { at: '2025-05-29T21:03:10.000Z', action: 'created' },
      { at: '2025-05-30T08:15:42.123Z', action: 'reflagged', detail: { via: 'badge' } },
    ],
    ...rest,
    evidence: { textSha256: '' },
  };
  item.evidence = { textSha256: sha256(item.text) };
  if (screenshot) {
    item.screenshot = screenshot;
    item.evidence.screenshotSha256 = sha256(screenshot);
  }
  return item;
}

/** Arabic (RTL) sea-crossing offer on Telegram. */
export function arabicItem(): ReturnType<typeof createItem> {
  const text = 'رحلات بحرية من تركيا إلى اليونان بالقارب، مضمونة 100%، الدفع عند الوصول. للتواصل واتساب +90 555 123 4567';
  return createItem({
    id: 'tg-ar-1',
    platform: 'telegram',
    url: 'https://t.me/s/rihlat_europa/4521',
    permalink: 'https://t.me/rihlat_europa/4521',
    author: { name: 'رحلات أوروبا', handle: '@rihlat_europa', url: 'https://t.me/rihlat_europa' },
    text,
    lang: 'ar',
    matches: [
      match(text, 'من تركيا إلى اليونان', 'route', 'route:TR>GR'),
      match(text, 'بالقارب', 'transport', 'قارب'),
      match(text, 'مضمونة 100%', 'guarantee', 'مضمون'),
      match(text, 'الدفع عند الوصول', 'guarantee', 'الدفع عند الوصول'),
      match(text, 'واتساب', 'contact', 'واتساب'),
      match(text, '+90 555 123 4567', 'phone', 'phone:intl'),
    ],
    reasons: ['route + transport + guarantee + contact'],
  });
}

/** Persian forged-documents offer with an RLO filename trick and an LRI isolate. */
export function persianDocumentsItem(): ReturnType<typeof createItem> {
  const text = 'پاسپورت جعلی اروپایی، ویزا و اقامت 🇪🇺 فوری. تلگرام \u2066@docs_fast\u2069 فایل: \u202Egnp.exe';
  return createItem({
    id: 'ig-fa-7',
    platform: 'instagram',
    url: 'https://www.instagram.com/p/C7xYz12AbCd/',
    permalink: 'https://www.instagram.com/p/C7xYz12AbCd/',
    author: { name: 'مدارک فوری', handle: 'docs_fast', url: 'https://www.instagram.com/docs_fast/' },
    text,
    lang: 'fa',
    matches: [match(text, 'پاسپورت جعلی', 'documents', 'پاسپورت جعلی'), match(text, 'ویزا', 'documents', 'ویزا'), match(text, 'تلگرام', 'contact', 'تلگرام')],
    reasons: ['documents + contact'],
    screenshot: null,
  });
}

/** Hebrew text (RTL) on X with a lorry crossing offer. */
export function hebrewItem(): ReturnType<typeof createItem> {
  const text = 'הסעה במשאית מקאלה לדובר, 1500€ לאדם. שלחו הודעה פרטית';
  return createItem({
    id: 'x-he-3',
    platform: 'x',
    url: 'https://x.com/crossing_now/status/1795000000000000000',
    permalink: 'https://x.com/crossing_now/status/1795000000000000000',
    author: { name: 'Crossing Now', handle: '@crossing_now', url: 'https://x.com/crossing_now' },
    text,
    lang: 'he',
    matches: [match(text, 'במשאית', 'transport', 'משאית'), match(text, '1500€', 'price', 'price'), match(text, 'הודעה פרטית', 'contact', 'הודעה פרטית')],
  });
}

export const SETTINGS: ReportSettings = {
  notifier: { name: 'Amira Haddad', email: 'amira.haddad@example.org', organisation: 'Border Watch NGO' },
};

export const TRUSTED_SETTINGS: ReportSettings = {
  notifier: {
    name: 'Amira Haddad',
    email: 'amira.haddad@example.org',
    organisation: 'Border Watch NGO',
    trustedFlagger: { id: 'TF-IE-2024-007', dsc: 'Coimisiún na Meán (IE)' },
  },
};

/** Strips the screenshot for builders typed on FlaggedItem without it. */
export function withoutScreenshot(item: ReportItem): Omit<FlaggedItem, 'screenshot'> {
  const { screenshot: _s, ...rest } = item;
  return rest;
}
