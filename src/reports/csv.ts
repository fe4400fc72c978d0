/**
 * CSV export: one row per item, UTF-8 with BOM, RFC 4180 (every field quoted, `"` doubled,
 * records separated by CRLF; line breaks inside a cell are kept as they are in the post).
 *
 * Formula injection (OWASP ASVS 5 req. 1.2.10). A cell is "risky" when a spreadsheet could
 * read it as a formula or DDE call:
 *   - its first character is TAB, CR, LF or NUL, or
 *   - its first character that is not whitespace or an invisible format character
 *     (spaces, NBSP, zero-width, BOM, bidi controls…) is one of = + - @ or a full-width /
 *     small-form variant (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫) or U+2212 MINUS SIGN.
 * This covers what PapaParse's escapeFormulae misses (security-and-reliability.md V14):
 * multi-line cells (we look at the first character only, never a `^…$` line regex),
 * leading spaces/tabs, and full-width `＝`.
 *
 * Neutralisation: prefix a single quote `'`, the standard OWASP choice. The rest of the
 * cell is unchanged, so `+44 7700 900123` stays readable as `'+44 7700 900123` and the
 * original is recovered by dropping the first character. The `escapedColumns` column names
 * the cells of that row that got the prefix, so a consumer can undo it exactly. Hashes in
 * the file are over the raw record (the JSON export), never over a CSV cell.
 *
 * Bidi text (Arabic, Hebrew, RLO/LRI controls) is written byte-for-byte in `text`; the extra
 * `textRevealed` column shows invisible and bidi controls as ⟦U+202E⟧ for review.
 */
import type { FlaggedItem } from '../shared/item';
import { utf8 } from './util';

export const CSV_COLUMNS = [
  'id',
  'capturedAt',
  'platform',
  'url',
  'permalink',
  'author.name',
  'author.handle',
  'author.url',
  'lang',
  'verdict',
  'score',
  'categories',
  'matchedTerms',
  'reasons',
  'status',
  'reportedAt',
  'reference',
  'note',
  'tags',
  'textSha256',
  'screenshotSha256',
  'text',
  'textRevealed',
  'escapedColumns',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Characters a spreadsheet may take as the start of a formula. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62', '\uFE63', '\uFE6B', '\u2212']);

/** Leading characters skipped when looking for the first meaningful one: whitespace and invisible format controls. */
const SKIPPABLE = /[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/u;

/** True when a spreadsheet might evaluate the cell. */
export function isRiskyCell(value: string): boolean {
  if (value.length === 0) return false;
  const first = value[0]!;
  if (first === '\t' || first === '\r' || first === '\n' || first === '\0') return true;
  for (const ch of value) {
    if (SKIPPABLE.test(ch)) continue;
    return FORMULA_START.has(ch);
  }
  return false;
}

/** Prefixes `'` to a risky cell; leaves every other cell as it is. */
export function neutraliseCell(value: string): string {
  return isRiskyCell(value) ? `'${value}` : value;
}

/** RFC 4180 field: always quoted, inner quotes doubled. */
export function quoteField(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

// oxlint-disable-next-line no-control-regex -- matching control characters is the point here
const REVEAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

/** Shows invisible and bidi control characters as ⟦U+XXXX⟧ (for the `textRevealed` column and the print view). */
export function revealControls(s: string): string {
  return s.replace(REVEAL, (c) => `⟦U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`);
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function rowValues(item: Omit<FlaggedItem, 'screenshot'>): Record<Exclude<CsvColumn, 'escapedColumns'>, string> {
  return {
    id: item.id,
    capturedAt: item.capturedAt,
    platform: item.platform,
    url: item.url,
    permalink: item.permalink ?? '',
    'author.name': item.author.name ?? '',
    'author.handle': item.author.handle ?? '',
    'author.url': item.author.url ?? '',
    lang: item.lang,
    verdict: item.verdict,
    score: String(item.score),
    categories: unique(item.matches.map((m) => m.category)).join('; '),
    matchedTerms: unique(item.matches.map((m) => m.term)).join('; '),
    reasons: item.reasons.join('; '),
    status: item.status,
    reportedAt: item.report?.reportedAt ?? '',
    reference: item.report?.reference ?? '',
    note: item.note,
    tags: item.tags.join('; '),
    textSha256: item.evidence.textSha256,
    screenshotSha256: item.evidence.screenshotSha256 ?? '',
    text: item.text,
    textRevealed: revealControls(item.text),
  };
}

/** One CSV record (without the trailing CRLF). */
export function csvRow(item: Omit<FlaggedItem, 'screenshot'>): string {
  const values = rowValues(item);
  const escaped: string[] = [];
  const cells: string[] = [];
  for (const col of CSV_COLUMNS) {
    if (col === 'escapedColumns') {
      cells.push(quoteField(escaped.join('; ')));
      continue;
    }
    const raw = values[col];
    if (isRiskyCell(raw)) escaped.push(col);
    cells.push(quoteField(neutraliseCell(raw)));
  }
  return cells.join(',');
}

/** The whole file as a string, starting with U+FEFF (BOM) so spreadsheets read it as UTF-8. */
export function buildCsv(items: readonly Omit<FlaggedItem, 'screenshot'>[]): string {
  const lines = [CSV_COLUMNS.map(quoteField).join(',')];
  for (const item of items) lines.push(csvRow(item));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The file as UTF-8 bytes (BOM EF BB BF first). */
export function buildCsvBytes(items: readonly Omit<FlaggedItem, 'screenshot'>[]): Uint8Array {
  return utf8(buildCsv(items));
}
