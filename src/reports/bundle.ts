/**
 * Evidence bundle: a zip (fflate) holding
 *   items.json            the JSON export, screenshots as `{file, sha256}` references
 *   screenshots/<id>.png  the PNG bytes exactly as stored
 *   manifest.json         SHA-256 and size of every other file, exportedAt, tool version
 *   README.txt            what the files are and how to check them
 * `verifyBundle` re-derives every hash: files against the manifest, and each item's
 * `evidence.textSha256` / `screenshotSha256` against its text and PNG.
 *
 * The manifest cannot vouch for itself. verifyBundle checks that it is the canonical
 * serialisation Tidemark writes and agrees with items.json, and returns its SHA-256 so a
 * recipient can compare it with a value recorded elsewhere (e.g. in the covering e-mail).
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { ReportItem } from './model';
import { buildExport, collectScreenshots, serializeExport } from './json';
import { decodeUtf8Strict, SCREENSHOT_PATH_RE, screenshotPath, sha256Hex, utf8, webCryptoSha256, type Digest } from './util';
import { LIMITS } from './limits';

export const MANIFEST_FORMAT = 'tidemark-bundle-manifest';

export interface BundleManifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  exportedAt: string;
  tool: { name: 'Tidemark'; version: string };
  algorithm: 'SHA-256';
  files: { path: string; sha256: string; bytes: number }[];
}

export interface BundleOptions {
  now: Date;
  /** Extension version (the UI reads it from the manifest). */
  toolVersion: string;
  digest?: Digest;
  /** PNG bytes by id; read from the items' Blobs when absent. */
  screenshotBytes?: ReadonlyMap<string, Uint8Array>;
}

export function serializeManifest(m: BundleManifest): string {
  const ordered: BundleManifest = {
    format: m.format,
    version: m.version,
    exportedAt: m.exportedAt,
    tool: { name: m.tool.name, version: m.tool.version },
    algorithm: m.algorithm,
    files: m.files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes })),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

function readme(exportedAt: string, toolVersion: string, count: number): string {
  return [
    'Tidemark evidence bundle',
    '========================',
    '',
    `Exported (UTC): ${exportedAt}`,
    `Tool: Tidemark ${toolVersion}`,
    `Items: ${count}`,
    '',
    'Files',
    '  items.json            Flagged items (format "tidemark-export", version 1). Post text is verbatim.',
    '  screenshots/*.png     Screenshots of the posts, byte-for-byte as captured.',
    '  manifest.json         SHA-256 and size of every other file in this bundle.',
    '  README.txt            This file.',
    '',
    'Each item carries evidence.textSha256 (SHA-256 of the UTF-8 bytes of its text) and',
    'evidence.screenshotSha256 (SHA-256 of its PNG). All times are UTC (ISO 8601).',
    '',
    'To check the bundle:',
    '  npm run verify -- bundle.zip        (Tidemark source tree)',
    'or unzip it and compare `sha256sum items.json README.txt screenshots/*` with manifest.json.',
    'Record the SHA-256 of manifest.json when you send the bundle; a matching value later',
    'shows the manifest itself was not replaced.',
    '',
  ].join('\r\n');
}

/** Builds the zip. Deterministic for the same items, `now` and time zone (zip times are local DOS times). */
export async function buildBundle(items: readonly ReportItem[], opts: BundleOptions): Promise<Uint8Array> {
  const digest = opts.digest ?? webCryptoSha256;
  const shots = opts.screenshotBytes ?? (await collectScreenshots(items));
  const exportFile = buildExport(items, { now: opts.now, screenshots: 'reference' });
  const files = new Map<string, Uint8Array>();
  files.set('items.json', utf8(serializeExport(exportFile)));
  files.set('README.txt', utf8(readme(exportFile.exportedAt, opts.toolVersion, items.length)));
  const shotFiles: [string, Uint8Array][] = [];
  for (const item of items) {
    const bytes = shots.get(item.id);
    const hash = item.evidence.screenshotSha256;
    if (!bytes || !hash) continue;
    shotFiles.push([screenshotPath(item.id, hash), bytes]);
  }
  shotFiles.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [path, bytes] of shotFiles) files.set(path, bytes);

  const manifest: BundleManifest = {
    format: MANIFEST_FORMAT,
    version: 1,
    exportedAt: exportFile.exportedAt,
    tool: { name: 'Tidemark', version: opts.toolVersion },
    algorithm: 'SHA-256',
    files: [],
  };
  for (const [path, bytes] of files) manifest.files.push({ path, sha256: await sha256Hex(bytes, digest), bytes: bytes.length });

  const mtime = opts.now;
  const zippable: Zippable = {};
  zippable['items.json'] = [files.get('items.json')!, { level: 6, mtime }];
  zippable['manifest.json'] = [utf8(serializeManifest(manifest)), { level: 6, mtime }];
  zippable['README.txt'] = [files.get('README.txt')!, { level: 6, mtime }];
  // PNGs are already compressed: store them.
  for (const [path, bytes] of shotFiles) zippable[path] = [bytes, { level: 0, mtime }];
  return zipSync(zippable);
}

// ───────────── reading ─────────────

export class ZipReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipReadError';
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Unzips with limits: total declared unpacked size ≤ maxBytes (fflate sizes its output
 * buffers from the declared sizes, so this bounds memory), at most 200 000 entries, and no
 * duplicate names (a second copy could hide behind the first). Directory entries are skipped.
 */
export function readZip(bytes: Uint8Array, maxBytes: number = LIMITS.maxBytes): Map<string, Uint8Array> {
  let total = 0;
  let count = 0;
  const seen = new Set<string>();
  let problem: string | undefined;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (problem) return false;
        count++;
        if (seen.has(f.name)) problem = `the zip holds two entries named "${f.name}"`;
        seen.add(f.name);
        total += f.originalSize;
        if (total > maxBytes) problem = `the zip unpacks to more than ${maxBytes} bytes`;
        if (count > 200_000) problem = 'the zip has too many entries';
        if (f.compression !== 0 && f.compression !== 8) problem = `"${f.name}" uses an unsupported compression method`;
        return !problem && !f.name.endsWith('/');
      },
    });
  } catch (e) {
    throw new ZipReadError(`not a readable zip file (${e instanceof Error ? e.message : String(e)})`);
  }
  if (problem) throw new ZipReadError(problem);
  return new Map(Object.entries(entries));
}

// ───────────── verification ─────────────

export type BundleProblemKind = 'missing' | 'tampered' | 'extra' | 'item-hash-mismatch';

export interface BundleProblem {
  file: string;
  kind: BundleProblemKind;
  expected?: string;
  actual?: string;
  /** Human-readable explanation. */
  detail: string;
}

export interface VerifyResult {
  ok: boolean;
  /** Files whose hash was checked against the manifest. */
  filesChecked: number;
  /** Items whose text (and screenshot) hashes were checked. */
  itemsChecked: number;
  problems: BundleProblem[];
  manifestSha256?: string;
  exportedAt?: string;
  toolVersion?: string;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseManifest(text: string): BundleManifest | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return 'manifest.json is not valid JSON';
  }
  if (!isRecord(v) || v.format !== MANIFEST_FORMAT || v.version !== 1) return 'manifest.json is not a Tidemark bundle manifest (version 1)';
  if (typeof v.exportedAt !== 'string' || !isRecord(v.tool) || typeof v.tool.version !== 'string' || v.algorithm !== 'SHA-256' || !Array.isArray(v.files)) {
    return 'manifest.json is missing required fields';
  }
  for (const f of v.files) {
    if (!isRecord(f) || typeof f.path !== 'string' || typeof f.sha256 !== 'string' || typeof f.bytes !== 'number') {
      return 'manifest.json has a malformed file entry';
    }
  }
  return v as unknown as BundleManifest;
}

/** Checks a bundle's bytes. Pure: bytes in, report out. Never throws for bad input. */
export async function verifyBundle(
  bytes: Uint8Array,
  opts: { digest?: Digest; maxBytes?: number } = {},
): Promise<VerifyResult> {
  const digest = opts.digest ?? webCryptoSha256;
  const problems: BundleProblem[] = [];
  const result = (extra: Partial<VerifyResult> = {}): VerifyResult => ({
    ok: problems.length === 0,
    filesChecked: 0,
    itemsChecked: 0,
    problems,
    ...extra,
  });

  let files: Map<string, Uint8Array>;
  try {
    files = readZip(bytes, opts.maxBytes);
  } catch (e) {
    problems.push({ file: '(bundle)', kind: 'tampered', detail: e instanceof Error ? e.message : String(e) });
    return result();
  }
  return verifyUnzipped(files, digest);
}

/** verifyBundle on files already unzipped (import uses it to avoid unzipping twice). */
export async function verifyUnzipped(files: ReadonlyMap<string, Uint8Array>, digest: Digest = webCryptoSha256): Promise<VerifyResult> {
  const problems: BundleProblem[] = [];
  const result = (extra: Partial<VerifyResult> = {}): VerifyResult => ({
    ok: problems.length === 0,
    filesChecked: 0,
    itemsChecked: 0,
    problems,
    ...extra,
  });

  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) {
    problems.push({ file: 'manifest.json', kind: 'missing', detail: 'the bundle has no manifest.json' });
    return result();
  }
  const manifestSha256 = await sha256Hex(manifestBytes, digest);
  let manifestText: string;
  try {
    manifestText = decodeUtf8Strict(manifestBytes);
  } catch {
    problems.push({ file: 'manifest.json', kind: 'tampered', detail: 'manifest.json is not valid UTF-8' });
    return result({ manifestSha256 });
  }
  const manifest = parseManifest(manifestText);
  if (typeof manifest === 'string') {
    problems.push({ file: 'manifest.json', kind: 'tampered', detail: manifest });
    return result({ manifestSha256 });
  }
  if (serializeManifest(manifest) !== manifestText) {
    problems.push({ file: 'manifest.json', kind: 'tampered', detail: 'manifest.json was edited (it is not in the form Tidemark writes)' });
  }

  // 1. Every listed file against its hash and size.
  let filesChecked = 0;
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const data = files.get(entry.path);
    if (!data) {
      problems.push({ file: entry.path, kind: 'missing', expected: entry.sha256, detail: `${entry.path} is listed in the manifest but not in the bundle` });
      continue;
    }
    filesChecked++;
    const actual = await sha256Hex(data, digest);
    if (actual !== entry.sha256 || data.length !== entry.bytes) {
      problems.push({
        file: entry.path,
        kind: 'tampered',
        expected: entry.sha256,
        actual,
        detail: `${entry.path} does not match its SHA-256 in the manifest`,
      });
    }
  }
  for (const path of files.keys()) {
    if (path !== 'manifest.json' && !listed.has(path)) {
      problems.push({ file: path, kind: 'extra', detail: `${path} is in the bundle but not in the manifest` });
    }
  }

  // 2. Each item's own evidence hashes.
  let itemsChecked = 0;
  const itemsBytes = files.get('items.json');
  if (!itemsBytes) {
    if (!listed.has('items.json')) problems.push({ file: 'items.json', kind: 'missing', detail: 'the bundle has no items.json' });
    return result({ filesChecked, manifestSha256, exportedAt: manifest.exportedAt, toolVersion: manifest.tool.version });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeUtf8Strict(itemsBytes));
  } catch {
    problems.push({ file: 'items.json', kind: 'tampered', detail: 'items.json is not valid UTF-8 JSON' });
    return result({ filesChecked, manifestSha256, exportedAt: manifest.exportedAt, toolVersion: manifest.tool.version });
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.items)) {
    problems.push({ file: 'items.json', kind: 'tampered', detail: 'items.json is not a Tidemark export' });
    return result({ filesChecked, manifestSha256, exportedAt: manifest.exportedAt, toolVersion: manifest.tool.version });
  }
  if (parsed.exportedAt !== manifest.exportedAt) {
    problems.push({
      file: 'manifest.json',
      kind: 'tampered',
      expected: String(parsed.exportedAt),
      actual: manifest.exportedAt,
      detail: 'exportedAt in manifest.json differs from items.json',
    });
  }
  for (const [i, raw] of parsed.items.entries()) {
    if (!isRecord(raw) || !isRecord(raw.evidence) || typeof raw.text !== 'string') {
      problems.push({ file: `items.json#${i + 1}`, kind: 'tampered', detail: `item ${i + 1} is malformed` });
      continue;
    }
    itemsChecked++;
    const label = `items.json#${typeof raw.id === 'string' ? raw.id : i + 1}`;
    const textHash = await sha256Hex(raw.text, digest);
    if (textHash !== raw.evidence.textSha256) {
      problems.push({
        file: label,
        kind: 'item-hash-mismatch',
        expected: String(raw.evidence.textSha256),
        actual: textHash,
        detail: `item ${i + 1}: its text does not match evidence.textSha256`,
      });
    }
    const claimed = raw.evidence.screenshotSha256;
    const ref = raw.screenshot;
    if (isRecord(ref) && typeof ref.file === 'string') {
      if (!SCREENSHOT_PATH_RE.test(ref.file)) {
        problems.push({ file: label, kind: 'tampered', detail: `item ${i + 1}: screenshot path is not a bundle path` });
        continue;
      }
      const png = files.get(ref.file);
      if (!png) {
        problems.push({ file: ref.file, kind: 'missing', expected: String(ref.sha256), detail: `item ${i + 1}: its screenshot file is missing` });
        continue;
      }
      const actual = await sha256Hex(png, digest);
      if (actual !== claimed || actual !== ref.sha256) {
        problems.push({
          file: ref.file,
          kind: 'item-hash-mismatch',
          expected: String(claimed),
          actual,
          detail: `item ${i + 1}: its screenshot does not match evidence.screenshotSha256`,
        });
      }
    }
  }
  return result({ filesChecked, itemsChecked, manifestSha256, exportedAt: manifest.exportedAt, toolVersion: manifest.tool.version });
}
