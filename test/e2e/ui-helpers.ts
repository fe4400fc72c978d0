// Helpers for the extension-page e2e tests (history, popup, settings) and the history bench:
// a generated export file in the real tidemark-export format (so seeding goes through the
// page's own Import button), and small page utilities.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { buildExport, serializeExport } from '../../src/reports';
import type { FlaggedItem, Platform } from '../../src/shared/item';
import { PLATFORMS } from '../../src/shared/item';

export const GEN_LANGS = ['en', 'ar', 'fa', 'tr'] as const;
export const GEN_CATEGORIES = ['offer', 'transport', 'documents', 'contact'] as const;
export const GEN_ACCOUNTS = 50;

const TEXTS: Record<(typeof GEN_LANGS)[number], string> = {
  en: 'Boat trip from Libya to Italy, places left, pay on arrival',
  ar: 'رحلة بحرية من ليبيا إلى إيطاليا والدفع عند الوصول',
  fa: 'سفر دریایی از ترکیه به یونان با تضمین',
  tr: "Yunanistan'a garantili geçiş, ödeme varınca",
};

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/**
 * `n` deterministic items. Item i: platform PLATFORMS[i % 6], lang GEN_LANGS[i % 4], match
 * category GEN_CATEGORIES[i % 4], score (i % 100) / 100, verdict suspect when score ≥ 0.5,
 * author `@gen_account_${i % 50}`, tag "batch" when i % 10 === 0, captured 2026-01-01 + i hours.
 */
export function generateItems(n: number): Omit<FlaggedItem, 'screenshot'>[] {
  const out: Omit<FlaggedItem, 'screenshot'>[] = [];
  const t0 = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; i++) {
    const lang = GEN_LANGS[i % GEN_LANGS.length]!;
    const platform: Platform = PLATFORMS[i % PLATFORMS.length]!;
    const text = `${TEXTS[lang]} — gen${i}`;
    const at = new Date(t0 + i * 3_600_000).toISOString();
    const score = (i % 100) / 100;
    const acct = i % GEN_ACCOUNTS;
    out.push({
      id: `gen-${i.toString().padStart(6, '0')}`,
      url: `https://${platform}.example.com/posts/${i}`,
      permalink: `https://${platform}.example.com/posts/${i}`,
      platform,
      author: { name: `Generated account ${acct}`, handle: `@gen_account_${acct}`, url: `https://${platform}.example.com/u/gen_account_${acct}` },
      text,
      lang,
      quote: { exact: text, prefix: '', suffix: '' },
      matches: [{ start: 0, end: 4, text: text.slice(0, 4), category: GEN_CATEGORIES[i % GEN_CATEGORIES.length]!, term: text.slice(0, 4) }],
      score,
      verdict: score >= 0.5 ? 'suspect' : 'review',
      reasons: ['generated'],
      lexiconVersion: 'e2e',
      capturedAt: at,
      firstCapturedAt: at,
      evidence: { textSha256: sha(text) },
      note: '',
      tags: i % 10 === 0 ? ['batch'] : [],
      status: 'flagged',
      statusHistory: [{ at, action: 'created' }],
    });
  }
  return out;
}

/** A tidemark-export v1 file (JSON text) with `n` generated items. */
export function generatedExport(n: number): string {
  return serializeExport(buildExport(generateItems(n), { now: new Date('2026-06-01T00:00:00Z'), screenshots: 'omit' }));
}

/** Imports a file through the history page's Import button and its preview dialog. */
export async function importThroughUi(history: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([history.waitForEvent('filechooser'), history.getByRole('button', { name: 'Import', exact: true }).click()]);
  await chooser.setFiles(path);
  await history.getByRole('button', { name: /^Import \d+ items?$/ }).click({ timeout: 30_000 });
  await history.locator('[data-status-line]').filter({ hasText: /^Imported / }).waitFor({ timeout: 30_000 });
}

/** How many items the history list shows for the current filters (from the count line). */
export async function shownCount(history: Page): Promise<number> {
  return Number(await history.locator('[data-count-shown]').getAttribute('data-count-shown'));
}

export async function openHistory(page: Page, url: string): Promise<Page> {
  await page.goto(url);
  await page.waitForSelector('main[data-ready="true"]', { timeout: 20_000 });
  return page;
}
