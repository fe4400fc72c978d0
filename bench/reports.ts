/**
 * Export benchmarks: 10,000 flagged items to CSV and to JSON (target ≤ 2 s each).
 * Baseline, in the same process: a bare JSON.stringify of the same items, the cheapest
 * possible serialisation; the ratio says what escaping, ordering and validation cost on top.
 */
import { buildCsv, buildExport, serializeExport } from '../src/reports';
import type { FlaggedItem } from '../src/shared/item';
import { prng, round, timeMs, type BenchLine } from './lib';

const TEXTS = [
  'Boat from Libya to Italy 🇱🇾➡️🇮🇹 leaving tonight, last 5 places. 2500€ pay on arrival. WhatsApp +218 555 234 567',
  'تهريب من ليبيا إلى إيطاليا رحلة مضمونة السعر ٣٥٠٠ دولار للشخص والدفع عند الوصول واتساب ٠٠٢١٨ ٥٥٥ ١٢٣',
  'انتقال از ترکیه به یونان با قایق ۱۰۰٪ تضمینی پول پیش صراف امانت تماس تلگرام t.me/example_x',
  "Yunanistan'a garantili geçiş =cmd|' /C calc'!A0 kişi başı 2500 euro, ödeme varınca",
];

export function makeItems(n: number): Omit<FlaggedItem, 'screenshot'>[] {
  const rand = prng(42);
  const items: Omit<FlaggedItem, 'screenshot'>[] = [];
  for (let i = 0; i < n; i++) {
    const text = `${TEXTS[i % TEXTS.length]} #${i}`;
    const t = new Date(Date.UTC(2026, 0, 1) + Math.floor(rand() * 300 * 86_400_000)).toISOString();
    items.push({
      id: `tm-${i.toString(16).padStart(24, '0')}`,
      url: `https://www.facebook.com/groups/555/posts/${100000 + i}/`,
      permalink: `https://www.facebook.com/groups/555/posts/${100000 + i}/`,
      platform: 'facebook',
      author: { name: `Account ${i % 700}`, handle: `@example_${i % 700}`, url: `https://www.facebook.com/example_${i % 700}` },
      text,
      lang: ['en', 'ar', 'fa', 'tr'][i % 4]!,
      quote: { exact: text.slice(0, 200), prefix: '', suffix: '' },
      matches: [{ start: 0, end: 4, text: text.slice(0, 4), category: 'offer', term: 'boat' }],
      score: round(0.5 + rand() / 2),
      verdict: 'suspect',
      reasons: ['offer + route + price + contact'],
      lexiconVersion: 'bench',
      capturedAt: t,
      firstCapturedAt: t,
      evidence: { textSha256: 'a'.repeat(64), screenshotSha256: 'b'.repeat(64) },
      note: i % 3 === 0 ? 'seen in two groups' : '',
      tags: i % 5 === 0 ? ['channel', 'uk'] : [],
      status: 'flagged',
      statusHistory: [{ at: t, action: 'created' }],
    });
  }
  return items;
}

export async function runReportBenchmarks(): Promise<BenchLine[]> {
  const items = makeItems(10_000);
  const now = new Date('2026-11-28T00:00:00Z');
  const baseline = await timeMs(() => JSON.stringify(items));
  const csv = await timeMs(() => buildCsv(items));
  const json = await timeMs(() => serializeExport(buildExport(items, { now, screenshots: 'omit' })));
  return [
    { bench: 'export-10k', metric: 'baseline-json-stringify', value: round(baseline), unit: 'ms' },
    { bench: 'export-10k', metric: 'csv', value: round(csv), unit: 'ms', baseline: round(baseline), ratio: round(csv / baseline) },
    { bench: 'export-10k', metric: 'json', value: round(json), unit: 'ms', baseline: round(baseline), ratio: round(json / baseline) },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await runReportBenchmarks()) console.log(JSON.stringify(line));
}
