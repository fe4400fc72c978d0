/**
 * JSON export (DESIGN.md §7.5): `{format: 'tidemark-export', version: 1, exportedAt, items}`.
 * Keys are always written in the same order, so the same items and `now` give the same bytes.
 * The text is exported raw (never formula-escaped): the JSON is the faithful record, and
 * `evidence.textSha256` is over exactly this text.
 */
import type { CustodyEvent, FlaggedItem } from '../shared/item';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type ExportItem, type ExportScreenshot, type ReportItem } from './model';
import { isoNow, readScreenshot, screenshotPath, toBase64 } from './util';

/**
 * How screenshots are written:
 * - `inline`: base64 PNG inside the JSON (a self-contained backup);
 * - `reference`: `{file, sha256}` pointing into an evidence bundle;
 * - `omit`: no screenshot key (the hash stays in `evidence`).
 */
export type ScreenshotMode = 'inline' | 'reference' | 'omit';

export interface ExportOptions {
  now: Date;
  screenshots: ScreenshotMode;
  /** Screenshot bytes by item id (needed for `inline`). Items without an entry get no screenshot key. */
  screenshotBytes?: ReadonlyMap<string, Uint8Array>;
}

function copyDetail(detail: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(detail).toSorted()) out[key] = detail[key]!;
  return out;
}

function copyEvent(e: CustodyEvent): CustodyEvent {
  const out: CustodyEvent = { at: e.at, action: e.action };
  if (e.detail !== undefined) out.detail = copyDetail(e.detail);
  return out;
}

/** One item in canonical key order. Only known keys are copied. */
export function toExportItem(item: Omit<FlaggedItem, 'screenshot'>, screenshot?: ExportScreenshot): ExportItem {
  const author: ExportItem['author'] = {};
  if (item.author.name !== undefined) author.name = item.author.name;
  if (item.author.handle !== undefined) author.handle = item.author.handle;
  if (item.author.url !== undefined) author.url = item.author.url;

  const out: Partial<ExportItem> = { id: item.id, url: item.url };
  if (item.permalink !== undefined) out.permalink = item.permalink;
  out.platform = item.platform;
  out.author = author;
  out.text = item.text;
  out.lang = item.lang;
  out.quote = { exact: item.quote.exact, prefix: item.quote.prefix, suffix: item.quote.suffix };
  out.matches = item.matches.map((m) => ({ start: m.start, end: m.end, text: m.text, category: m.category, term: m.term }));
  out.score = item.score;
  out.verdict = item.verdict;
  out.reasons = [...item.reasons];
  out.lexiconVersion = item.lexiconVersion;
  out.capturedAt = item.capturedAt;
  out.firstCapturedAt = item.firstCapturedAt;
  if (item.postedAt !== undefined) out.postedAt = item.postedAt;
  out.evidence = { textSha256: item.evidence.textSha256 };
  if (item.evidence.screenshotSha256 !== undefined) out.evidence.screenshotSha256 = item.evidence.screenshotSha256;
  if (screenshot !== undefined) out.screenshot = screenshot;
  out.note = item.note;
  out.tags = [...item.tags];
  out.status = item.status;
  if (item.report !== undefined) {
    const r: NonNullable<ExportItem['report']> = {};
    if (item.report.reportedAt !== undefined) r.reportedAt = item.report.reportedAt;
    if (item.report.reference !== undefined) r.reference = item.report.reference;
    if (item.report.channel !== undefined) r.channel = item.report.channel;
    out.report = r;
  }
  out.statusHistory = item.statusHistory.map(copyEvent);
  return out as ExportItem;
}

function screenshotFor(item: Omit<FlaggedItem, 'screenshot'>, opts: ExportOptions): ExportScreenshot | undefined {
  const hash = item.evidence.screenshotSha256;
  switch (opts.screenshots) {
    case 'omit':
      return undefined;
    case 'reference':
      return hash ? { file: screenshotPath(item.id, hash), sha256: hash } : undefined;
    case 'inline': {
      const bytes = opts.screenshotBytes?.get(item.id);
      return bytes ? { mediaType: 'image/png', data: toBase64(bytes) } : undefined;
    }
  }
}

/** Builds the export object (synchronous; screenshot bytes are passed in). */
export function buildExport(items: readonly Omit<FlaggedItem, 'screenshot'>[], opts: ExportOptions): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: isoNow(opts.now),
    items: items.map((item) => toExportItem(item, screenshotFor(item, opts))),
  };
}

/** The file text: 2-space indented JSON with a final newline. */
export function serializeExport(file: ExportFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/** Reads each item's screenshot (Blob or bytes) into a map by id. */
export async function collectScreenshots(items: readonly ReportItem[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const item of items) {
    const bytes = await readScreenshot(item.screenshot);
    if (bytes) out.set(item.id, bytes);
  }
  return out;
}

/** Convenience: export items as stored (screenshot Blobs are read when `inline`). */
export async function exportJson(items: readonly ReportItem[], opts: { now: Date; screenshots: ScreenshotMode }): Promise<string> {
  const screenshotBytes = opts.screenshots === 'inline' ? await collectScreenshots(items) : undefined;
  return serializeExport(buildExport(items, { ...opts, ...(screenshotBytes ? { screenshotBytes } : {}) }));
}
