/**
 * Import validation. Accepts exactly what export writes (a JSON export, or an evidence bundle
 * zip) and treats everything else as hostile (security-and-reliability.md §2.2, V12–V13):
 *   - size is checked before anything is parsed; bytes are decoded as strict UTF-8;
 *   - the raw parse is walked for `__proto__` / `constructor` / `prototype` keys anywhere,
 *     and for excessive nesting, before any value is read;
 *   - every item is rebuilt key by key into a fresh plain object: only known keys are
 *     copied, each value checked for type, closed value lists, length and date form;
 *   - URLs must be http(s); text and screenshot hashes are recomputed and compared;
 *   - bundles are verified against their manifest first.
 * On any error the result is `{ok: false, code, message}` and no item is returned: an import
 * is all or nothing. The store then merges the items in one transaction (not done here).
 * No eval / new Function (extension CSP): the checks are plain TypeScript.
 */
import type { Author, CustodyEvent, FlaggedItem, ItemStatus, Platform, ReportInfo, StoredMatch, TextQuote } from '../shared/item';
import { ITEM_STATUSES, PLATFORMS } from '../shared/item';
import type { CueCategory, Verdict } from '../engine/types';
import { CUE_CATEGORIES, CUSTODY_ACTIONS, EXPORT_FORMAT, EXPORT_VERSION, VERDICTS } from './model';
import { LANG_RE, LIMITS } from './limits';
import { isZip, readZip, verifyUnzipped, ZipReadError } from './bundle';
import {
  decodeUtf8Strict,
  fromBase64,
  isIsoUtc,
  isPng,
  SCREENSHOT_PATH_RE,
  SHA256_RE,
  sha256Hex,
  webCryptoSha256,
  type Digest,
} from './util';

export type ImportErrorCode =
  | 'too-big'
  | 'not-utf8'
  | 'not-json'
  | 'bad-json'
  | 'forbidden-key'
  | 'too-deep'
  | 'wrong-format'
  | 'wrong-version'
  | 'future-version'
  | 'too-many-items'
  | 'wrong-type'
  | 'missing-field'
  | 'unknown-value'
  | 'too-long'
  | 'bad-date'
  | 'bad-url'
  | 'bad-hash'
  | 'duplicate-id'
  | 'bad-zip'
  | 'bundle-tampered';

export interface ImportOk {
  ok: true;
  items: FlaggedItem[];
  warnings: string[];
  source: 'json' | 'bundle';
  exportedAt: string;
}

export interface ImportFailure {
  ok: false;
  code: ImportErrorCode;
  /** Clear, human message; safe to show as text (never as HTML). */
  message: string;
}

export type ImportResult = ImportOk | ImportFailure;

export interface ImportOptions {
  /** Hard cap on the input size in bytes (and on a bundle's unpacked size). Default 256 MiB. */
  maxBytes?: number;
  /** Default 100 000. */
  maxItems?: number;
  digest?: Digest;
}

class Fail extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A short, quoted, single-line rendering of an untrusted value for messages. */
function show(v: unknown): string {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (v === null) return 'null';
  else if (Array.isArray(v)) return 'a list';
  else if (typeof v === 'object') return 'an object';
  else s = String(v);
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point here
  s = s.replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '?');
  if (s.length > 60) s = s.slice(0, 59) + '…';
  return typeof v === 'string' ? `"${s}"` : s;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Walks the raw parse: forbidden keys anywhere, and nesting depth. Iterative (no stack overflow). */
function walk(root: unknown): void {
  const stack: [unknown, number, string][] = [[root, 0, '']];
  while (stack.length > 0) {
    const [v, depth, path] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > LIMITS.depth) throw new Fail('too-deep', `The file is nested more deeply than a Tidemark export can be (at ${path || 'the top'}).`);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push([v[i], depth + 1, `${path}[${i}]`]);
    } else {
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) {
          throw new Fail(
            'forbidden-key',
            `The file contains the forbidden key "${key}" (at ${path || 'the top level'}). Such keys can be used to tamper with the program, so the file was rejected.`,
          );
        }
        stack.push([(v as Record<string, unknown>)[key], depth + 1, path ? `${path}.${key}` : key]);
      }
    }
  }
}

// ───────────── per-item validation ─────────────

interface Ctx {
  /** "Item 3 (id "abc")" */
  label: string;
  warnings: Set<string>;
}

function where(ctx: Ctx, field: string): string {
  return `${ctx.label}, ${field}`;
}

function obj(v: unknown, ctx: Ctx, field: string): Record<string, unknown> {
  if (v === undefined) throw new Fail('missing-field', `${where(ctx, field)}: is missing.`);
  if (!isRecord(v)) throw new Fail('wrong-type', `${where(ctx, field)}: must be an object, found ${show(v)}.`);
  return v;
}

function str(v: unknown, ctx: Ctx, field: string, max: number): string {
  if (v === undefined) throw new Fail('missing-field', `${where(ctx, field)}: is missing.`);
  if (typeof v !== 'string') throw new Fail('wrong-type', `${where(ctx, field)}: must be text, found ${show(v)}.`);
  if (v.length > max) throw new Fail('too-long', `${where(ctx, field)}: is longer than ${max} characters (${v.length}).`);
  return v;
}

function optStr(v: unknown, ctx: Ctx, field: string, max: number): string | undefined {
  return v === undefined ? undefined : str(v, ctx, field, max);
}

function num(v: unknown, ctx: Ctx, field: string, min: number, max: number, integer = false): number {
  if (v === undefined) throw new Fail('missing-field', `${where(ctx, field)}: is missing.`);
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Fail('wrong-type', `${where(ctx, field)}: must be a number, found ${show(v)}.`);
  if (integer && !Number.isInteger(v)) throw new Fail('wrong-type', `${where(ctx, field)}: must be a whole number, found ${show(v)}.`);
  if (v < min || v > max) throw new Fail('wrong-type', `${where(ctx, field)}: must be between ${min} and ${max}, found ${show(v)}.`);
  return v;
}

function oneOf<T extends string>(v: unknown, ctx: Ctx, field: string, values: readonly T[]): T {
  if (v === undefined) throw new Fail('missing-field', `${where(ctx, field)}: is missing.`);
  if (typeof v !== 'string') throw new Fail('wrong-type', `${where(ctx, field)}: must be text, found ${show(v)}.`);
  if (!(values as readonly string[]).includes(v)) {
    throw new Fail('unknown-value', `${where(ctx, field)}: ${show(v)} is not one of ${values.join(', ')}.`);
  }
  return v as T;
}

function date(v: unknown, ctx: Ctx, field: string): string {
  const s = str(v, ctx, field, 40);
  if (!isIsoUtc(s)) throw new Fail('bad-date', `${where(ctx, field)}: ${show(s)} is not a valid UTC date-time (ISO 8601 ending in Z).`);
  return s;
}

function list(v: unknown, ctx: Ctx, field: string, max: number): unknown[] {
  if (v === undefined) throw new Fail('missing-field', `${where(ctx, field)}: is missing.`);
  if (!Array.isArray(v)) throw new Fail('wrong-type', `${where(ctx, field)}: must be a list, found ${show(v)}.`);
  if (v.length > max) throw new Fail('too-long', `${where(ctx, field)}: has more than ${max} entries (${v.length}).`);
  return v;
}

function httpUrl(v: unknown, ctx: Ctx, field: string): string {
  const s = str(v, ctx, field, LIMITS.url);
  // new URL() silently drops tabs and newlines ("java\nscript:"), so refuse them outright.
  // oxlint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u0020\u007F]/.test(s)) throw new Fail('bad-url', `${where(ctx, field)}: the link contains spaces or control characters.`);
  let protocol: string;
  try {
    protocol = new URL(s).protocol;
  } catch {
    throw new Fail('bad-url', `${where(ctx, field)}: ${show(s)} is not a valid link.`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Fail('bad-url', `${where(ctx, field)}: only http and https links are accepted, found a ${show(protocol)} link.`);
  }
  return s;
}

function sha(v: unknown, ctx: Ctx, field: string): string {
  const s = str(v, ctx, field, 64);
  if (!SHA256_RE.test(s)) throw new Fail('bad-hash', `${where(ctx, field)}: ${show(s)} is not a SHA-256 (64 lower-case hex characters).`);
  return s;
}

function noteUnknown(o: Record<string, unknown>, known: readonly string[], ctx: Ctx, field: string): void {
  for (const key of Object.keys(o)) {
    if (!known.includes(key)) ctx.warnings.add(`Ignored unknown field "${show(key).slice(1, -1)}" in ${field}.`);
  }
}

const ITEM_KEYS = [
  'id', 'url', 'permalink', 'platform', 'author', 'text', 'lang', 'quote', 'matches', 'score', 'verdict', 'reasons',
  'lexiconVersion', 'capturedAt', 'firstCapturedAt', 'postedAt', 'evidence', 'screenshot', 'note', 'tags', 'status',
  'report', 'statusHistory',
] as const;

/** Screenshot still to be resolved and hashed. */
type PendingShot = { kind: 'inline'; bytes: Uint8Array } | { kind: 'reference'; file: string; sha256: string };

interface Validated {
  item: Omit<FlaggedItem, 'screenshot'>;
  shot?: PendingShot;
}

function validateItem(raw: unknown, index: number, warnings: Set<string>): Validated {
  const idGuess = isRecord(raw) && typeof raw.id === 'string' ? ` (id ${show(raw.id)})` : '';
  const ctx: Ctx = { label: `Item ${index + 1}${idGuess}`, warnings };
  if (!isRecord(raw)) throw new Fail('wrong-type', `Item ${index + 1}: must be an object, found ${show(raw)}.`);
  noteUnknown(raw, ITEM_KEYS, ctx, 'items');

  const id = str(raw.id, ctx, 'id', LIMITS.id);
  if (id.length === 0) throw new Fail('wrong-type', `${where(ctx, 'id')}: must not be empty.`);
  const url = httpUrl(raw.url, ctx, 'url');
  const permalink = raw.permalink === undefined ? undefined : httpUrl(raw.permalink, ctx, 'permalink');
  const platform = oneOf<Platform>(raw.platform, ctx, 'platform', PLATFORMS);

  const a = obj(raw.author, ctx, 'author');
  noteUnknown(a, ['name', 'handle', 'url'], ctx, 'author');
  const author: Author = {};
  const name = optStr(a.name, ctx, 'author.name', LIMITS.authorField);
  const handle = optStr(a.handle, ctx, 'author.handle', LIMITS.authorField);
  if (name !== undefined) author.name = name;
  if (handle !== undefined) author.handle = handle;
  if (a.url !== undefined) author.url = httpUrl(a.url, ctx, 'author.url');

  const text = str(raw.text, ctx, 'text', LIMITS.text);
  const lang = str(raw.lang, ctx, 'lang', LIMITS.lang);
  if (!LANG_RE.test(lang)) throw new Fail('unknown-value', `${where(ctx, 'lang')}: ${show(lang)} is not a language code.`);

  const q = obj(raw.quote, ctx, 'quote');
  noteUnknown(q, ['exact', 'prefix', 'suffix'], ctx, 'quote');
  const quote: TextQuote = {
    exact: str(q.exact, ctx, 'quote.exact', LIMITS.quoteExact),
    prefix: str(q.prefix, ctx, 'quote.prefix', LIMITS.quoteContext),
    suffix: str(q.suffix, ctx, 'quote.suffix', LIMITS.quoteContext),
  };

  const matches: StoredMatch[] = list(raw.matches, ctx, 'matches', LIMITS.matches).map((m, j) => {
    const f = `matches[${j}]`;
    const o = obj(m, ctx, f);
    noteUnknown(o, ['start', 'end', 'text', 'category', 'term'], ctx, 'matches');
    const start = num(o.start, ctx, `${f}.start`, 0, LIMITS.text, true);
    const end = num(o.end, ctx, `${f}.end`, 0, LIMITS.text, true);
    if (end < start) throw new Fail('wrong-type', `${where(ctx, f)}: end comes before start.`);
    if (end > text.length) warnings.add(`${ctx.label}: a match lies outside the post text; it will not be highlighted.`);
    return {
      start,
      end,
      text: str(o.text, ctx, `${f}.text`, LIMITS.text),
      category: oneOf<CueCategory>(o.category, ctx, `${f}.category`, CUE_CATEGORIES),
      term: str(o.term, ctx, `${f}.term`, LIMITS.term),
    };
  });

  const score = num(raw.score, ctx, 'score', 0, 1);
  const verdict = oneOf<Verdict>(raw.verdict, ctx, 'verdict', VERDICTS);
  const reasons = list(raw.reasons, ctx, 'reasons', LIMITS.reasons).map((r, j) => str(r, ctx, `reasons[${j}]`, LIMITS.reason));
  const lexiconVersion = str(raw.lexiconVersion, ctx, 'lexiconVersion', LIMITS.lexiconVersion);
  const capturedAt = date(raw.capturedAt, ctx, 'capturedAt');
  const firstCapturedAt = date(raw.firstCapturedAt, ctx, 'firstCapturedAt');
  const postedAt = optStr(raw.postedAt, ctx, 'postedAt', LIMITS.postedAt);

  const e = obj(raw.evidence, ctx, 'evidence');
  noteUnknown(e, ['textSha256', 'screenshotSha256'], ctx, 'evidence');
  const evidence: FlaggedItem['evidence'] = { textSha256: sha(e.textSha256, ctx, 'evidence.textSha256') };
  if (e.screenshotSha256 !== undefined) evidence.screenshotSha256 = sha(e.screenshotSha256, ctx, 'evidence.screenshotSha256');

  let shot: PendingShot | undefined;
  if (raw.screenshot !== undefined) {
    const s = obj(raw.screenshot, ctx, 'screenshot');
    if (!evidence.screenshotSha256) throw new Fail('bad-hash', `${where(ctx, 'screenshot')}: there is a screenshot but no evidence.screenshotSha256 to check it against.`);
    if ('data' in s || 'mediaType' in s) {
      noteUnknown(s, ['mediaType', 'data'], ctx, 'screenshot');
      oneOf(s.mediaType, ctx, 'screenshot.mediaType', ['image/png'] as const);
      const data = str(s.data, ctx, 'screenshot.data', Math.ceil(LIMITS.screenshotBytes / 3) * 4);
      const bytes = fromBase64(data);
      if (!bytes) throw new Fail('wrong-type', `${where(ctx, 'screenshot.data')}: is not valid base64.`);
      if (!isPng(bytes)) throw new Fail('wrong-type', `${where(ctx, 'screenshot.data')}: is not a PNG image.`);
      shot = { kind: 'inline', bytes };
    } else {
      noteUnknown(s, ['file', 'sha256'], ctx, 'screenshot');
      const file = str(s.file, ctx, 'screenshot.file', 300);
      if (!SCREENSHOT_PATH_RE.test(file)) throw new Fail('wrong-type', `${where(ctx, 'screenshot.file')}: ${show(file)} is not a bundle screenshot path.`);
      const refHash = sha(s.sha256, ctx, 'screenshot.sha256');
      if (refHash !== evidence.screenshotSha256) {
        throw new Fail('bad-hash', `${where(ctx, 'screenshot.sha256')}: differs from evidence.screenshotSha256; the file may have been altered.`);
      }
      shot = { kind: 'reference', file, sha256: refHash };
    }
  }

  const note = str(raw.note, ctx, 'note', LIMITS.note);
  const tags = list(raw.tags, ctx, 'tags', LIMITS.tags).map((t, j) => str(t, ctx, `tags[${j}]`, LIMITS.tag));
  const status = oneOf<ItemStatus>(raw.status, ctx, 'status', ITEM_STATUSES);

  let report: ReportInfo | undefined;
  if (raw.report !== undefined) {
    const r = obj(raw.report, ctx, 'report');
    noteUnknown(r, ['reportedAt', 'reference', 'channel'], ctx, 'report');
    report = {};
    if (r.reportedAt !== undefined) report.reportedAt = date(r.reportedAt, ctx, 'report.reportedAt');
    const reference = optStr(r.reference, ctx, 'report.reference', LIMITS.reference);
    const channel = optStr(r.channel, ctx, 'report.channel', LIMITS.channel);
    if (reference !== undefined) report.reference = reference;
    if (channel !== undefined) report.channel = channel;
  }

  const statusHistory: CustodyEvent[] = list(raw.statusHistory, ctx, 'statusHistory', LIMITS.history).map((h, j) => {
    const f = `statusHistory[${j}]`;
    const o = obj(h, ctx, f);
    noteUnknown(o, ['at', 'action', 'detail'], ctx, 'statusHistory');
    const ev: CustodyEvent = { at: date(o.at, ctx, `${f}.at`), action: oneOf(o.action, ctx, `${f}.action`, CUSTODY_ACTIONS) };
    if (o.detail !== undefined) {
      const d = obj(o.detail, ctx, `${f}.detail`);
      const keys = Object.keys(d);
      if (keys.length > LIMITS.detailKeys) throw new Fail('too-long', `${where(ctx, `${f}.detail`)}: has more than ${LIMITS.detailKeys} entries.`);
      const detail: Record<string, string> = {};
      for (const k of keys.toSorted()) {
        if (k.length > LIMITS.detailKey) throw new Fail('too-long', `${where(ctx, `${f}.detail`)}: a key is longer than ${LIMITS.detailKey} characters.`);
        detail[k] = str(d[k], ctx, `${f}.detail.${k}`, LIMITS.detailValue);
      }
      ev.detail = detail;
    }
    return ev;
  });

  const item: Omit<FlaggedItem, 'screenshot'> = {
    id,
    url,
    ...(permalink !== undefined ? { permalink } : {}),
    platform,
    author,
    text,
    lang,
    quote,
    matches,
    score,
    verdict,
    reasons,
    lexiconVersion,
    capturedAt,
    firstCapturedAt,
    ...(postedAt !== undefined ? { postedAt } : {}),
    evidence,
    note,
    tags,
    status,
    ...(report !== undefined ? { report } : {}),
    statusHistory,
  };
  return shot ? { item, shot } : { item };
}

// ───────────── top level ─────────────

function parseJsonText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = /\S/.exec(body)?.[0];
  if (first === undefined) throw new Fail('not-json', 'The file is empty.');
  if (first !== '{' && first !== '[') {
    throw new Fail('not-json', `This is not a Tidemark export: the file is not JSON (it starts with ${show(body.trimStart().slice(0, 8))}).`);
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    const why = e instanceof Error ? e.message.slice(0, 160) : 'parse error';
    throw new Fail('bad-json', `The file is damaged or incomplete: it is not valid JSON (${why}).`);
  }
}

async function validateExport(
  root: unknown,
  opts: Required<Pick<ImportOptions, 'maxItems'>> & { digest: Digest },
  files: ReadonlyMap<string, Uint8Array> | undefined,
): Promise<{ items: FlaggedItem[]; warnings: string[]; exportedAt: string }> {
  walk(root);
  if (!isRecord(root)) throw new Fail('wrong-format', 'This is not a Tidemark export: expected a JSON object with "format": "tidemark-export".');
  if (root.format !== EXPORT_FORMAT) {
    throw new Fail('wrong-format', `This is not a Tidemark export (format is ${show(root.format)}, expected "${EXPORT_FORMAT}").`);
  }
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Fail('wrong-version', `Unsupported export version ${show(version)}; this Tidemark reads version ${EXPORT_VERSION}.`);
  }
  if (version > EXPORT_VERSION) {
    throw new Fail(
      'future-version',
      `This file was made by a newer Tidemark (export version ${version}; this one reads version ${EXPORT_VERSION}). Update Tidemark, then import it again.`,
    );
  }
  const top: Ctx = { label: 'The file', warnings: new Set() };
  const exportedAt = date(root.exportedAt, top, 'exportedAt');
  noteUnknown(root, ['format', 'version', 'exportedAt', 'items'], top, 'the file');
  if (root.items === undefined) throw new Fail('missing-field', 'The file, items: is missing.');
  if (!Array.isArray(root.items)) throw new Fail('wrong-type', `The file, items: must be a list, found ${show(root.items)}.`);
  if (root.items.length > opts.maxItems) {
    throw new Fail('too-many-items', `The file holds ${root.items.length} items; at most ${opts.maxItems} can be imported at once.`);
  }

  const warnings = top.warnings;
  const validated = root.items.map((raw, i) => validateItem(raw, i, warnings));

  const seen = new Map<string, number>();
  validated.forEach((v, i) => {
    const prev = seen.get(v.item.id);
    if (prev !== undefined) throw new Fail('duplicate-id', `Items ${prev + 1} and ${i + 1} have the same id ${show(v.item.id)}.`);
    seen.set(v.item.id, i);
  });

  const items: FlaggedItem[] = [];
  for (const [i, v] of validated.entries()) {
    const label = `Item ${i + 1} (id ${show(v.item.id)})`;
    const textHash = await sha256Hex(v.item.text, opts.digest);
    if (textHash !== v.item.evidence.textSha256) {
      throw new Fail('bad-hash', `${label}: the post text does not match its recorded SHA-256 (evidence.textSha256); the file may have been altered.`);
    }
    let bytes: Uint8Array | undefined;
    if (v.shot?.kind === 'inline') bytes = v.shot.bytes;
    else if (v.shot?.kind === 'reference') {
      if (files) {
        bytes = files.get(v.shot.file);
        if (!bytes) throw new Fail('bundle-tampered', `${label}: its screenshot ${show(v.shot.file)} is missing from the bundle.`);
        if (!isPng(bytes)) throw new Fail('wrong-type', `${label}: its screenshot ${show(v.shot.file)} is not a PNG image.`);
        if (bytes.length > LIMITS.screenshotBytes) throw new Fail('too-long', `${label}: its screenshot is larger than ${formatBytes(LIMITS.screenshotBytes)}.`);
      } else {
        warnings.add('Screenshots stored in an evidence bundle were not imported: import the bundle .zip to restore them.');
      }
    }
    if (bytes) {
      const shotHash = await sha256Hex(bytes, opts.digest);
      if (shotHash !== v.item.evidence.screenshotSha256) {
        throw new Fail('bad-hash', `${label}: the screenshot does not match its recorded SHA-256 (evidence.screenshotSha256); the file may have been altered.`);
      }
      items.push({ ...v.item, screenshot: new Blob([bytes.slice()], { type: 'image/png' }) });
    } else {
      items.push({ ...v.item });
    }
  }
  return { items, warnings: [...warnings], exportedAt };
}

/**
 * Validates an import file. `input` is the file's text, or its bytes (JSON or bundle zip).
 * Never throws for bad input; returns `{ok: false, code, message}` with nothing partial.
 */
export async function parseImport(input: string | Uint8Array | ArrayBuffer, options: ImportOptions = {}): Promise<ImportResult> {
  const maxBytes = options.maxBytes ?? LIMITS.maxBytes;
  const maxItems = options.maxItems ?? LIMITS.maxItems;
  const digest = options.digest ?? webCryptoSha256;
  try {
    let text: string;
    let files: Map<string, Uint8Array> | undefined;
    if (typeof input === 'string') {
      const size = input.length > maxBytes ? input.length : utf8Length(input);
      if (size > maxBytes) throw new Fail('too-big', `The file is too big to import (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}).`);
      text = input;
    } else {
      const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
      if (bytes.length > maxBytes) {
        throw new Fail('too-big', `The file is too big to import (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)}).`);
      }
      if (isZip(bytes)) {
        try {
          files = readZip(bytes, maxBytes);
        } catch (e) {
          throw new Fail('bad-zip', `The bundle cannot be opened: ${e instanceof ZipReadError ? e.message : 'it is not a valid zip file'}.`);
        }
        const check = await verifyUnzipped(files, digest);
        if (!check.ok) {
          const shown = check.problems.slice(0, 3).map((p) => p.detail).join('; ');
          const more = check.problems.length > 3 ? ` (and ${check.problems.length - 3} more)` : '';
          throw new Fail('bundle-tampered', `The bundle failed its integrity check: ${shown}${more}.`);
        }
        const itemsJson = files.get('items.json');
        if (!itemsJson) throw new Fail('bundle-tampered', 'The bundle has no items.json.');
        try {
          text = decodeUtf8Strict(itemsJson);
        } catch {
          throw new Fail('not-utf8', 'items.json in the bundle is not valid UTF-8 text.');
        }
      } else {
        try {
          text = decodeUtf8Strict(bytes);
        } catch {
          throw new Fail('not-utf8', 'This is not a Tidemark export: the file is not UTF-8 text (is it an image or a document?).');
        }
      }
    }
    const root = parseJsonText(text);
    const { items, warnings, exportedAt } = await validateExport(root, { maxItems, digest }, files);
    return { ok: true, items, warnings, source: files ? 'bundle' : 'json', exportedAt };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, code: e.code, message: e.message };
    return { ok: false, code: 'wrong-type', message: `The file could not be read (${e instanceof Error ? e.message.slice(0, 160) : 'unexpected error'}).` };
  }
}
