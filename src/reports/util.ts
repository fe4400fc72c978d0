/**
 * Small pure helpers shared by the report builders: SHA-256 through an injectable digest,
 * hex and base64 codecs, UTF-8, dates, and the screenshot byte source.
 * No DOM, no extension APIs.
 */

/** An async SHA-256. Defaults to WebCrypto (`globalThis.crypto.subtle`), present in Node 20 and browsers. */
export type Digest = (data: Uint8Array) => Promise<Uint8Array | ArrayBuffer>;

export const webCryptoSha256: Digest = async (data) => {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('SHA-256 is unavailable: crypto.subtle needs a secure context');
  // Copy into a fresh ArrayBuffer-backed view: subtle.digest rejects SharedArrayBuffer views.
  return subtle.digest('SHA-256', data.slice());
};

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function toHex(bytes: Uint8Array | ArrayBuffer): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (let i = 0; i < b.length; i++) out += HEX[b[i]!];
  return out;
}

export async function sha256Hex(data: Uint8Array | string, digest: Digest = webCryptoSha256): Promise<string> {
  return toHex(await digest(typeof data === 'string' ? utf8(data) : data));
}

/** A SHA-256 in lower-case hex, the only form Tidemark writes. */
export const SHA256_RE = /^[0-9a-f]{64}$/;

const encoder = new TextEncoder();
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Strict UTF-8 decoding: invalid bytes throw instead of turning into U+FFFD. */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
}

// ───────────── base64 (RFC 4648, standard alphabet, padded) ─────────────

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chunk += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
    if (chunk.length >= 65_536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    chunk += B64[n >> 18]! + B64[(n >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    chunk += B64[n >> 18]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + '=';
  }
  parts.push(chunk);
  return parts.join('');
}

/** Decodes canonical padded base64; returns undefined for anything else (whitespace, bad padding, stray bits). */
export function fromBase64(s: string): Uint8Array | undefined {
  if (s.length % 4 !== 0) return undefined;
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const last = i + 4 === s.length;
    const v: number[] = [];
    for (let j = 0; j < 4; j++) {
      const c = s.charCodeAt(i + j);
      if (c === 61 /* = */ && last && j >= 4 - pad) {
        v.push(0);
        continue;
      }
      const x = c < 128 ? B64_INDEX[c]! : -1;
      if (x < 0) return undefined;
      v.push(x);
    }
    const n = (v[0]! << 18) | (v[1]! << 12) | (v[2]! << 6) | v[3]!;
    if (last && pad === 2 && (v[1]! & 15) !== 0) return undefined;
    if (last && pad === 1 && (v[2]! & 3) !== 0) return undefined;
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

// ───────────── dates ─────────────

const ISO_UTC_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?Z$/;

/** True for a real UTC instant written as ISO 8601 with `Z` (e.g. 2025-03-01T10:00:00.000Z); rejects Feb 30 etc. */
export function isIsoUtc(s: string): boolean {
  const m = ISO_UTC_RE.exec(s);
  if (!m) return false;
  const [, y, mo, d, h, mi, se] = m;
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
  const dt = new Date(t);
  return (
    dt.getUTCFullYear() === Number(y) &&
    dt.getUTCMonth() === Number(mo) - 1 &&
    dt.getUTCDate() === Number(d) &&
    dt.getUTCHours() === Number(h) &&
    dt.getUTCMinutes() === Number(mi) &&
    dt.getUTCSeconds() === Number(se)
  );
}

/** `now` as the ISO string Tidemark writes (always UTC, milliseconds, `Z`). */
export function isoNow(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('now is not a valid date');
  return now.toISOString();
}

/** The UTC calendar date (YYYY-MM-DD) of an ISO timestamp, or undefined. */
export function utcDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(iso);
  if (!m) return undefined;
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toISOString().slice(0, 10);
}

// ───────────── screenshots ─────────────

/** Where a screenshot's bytes may come from: the stored Blob, or bytes already in memory. */
export type ScreenshotSource = Blob | Uint8Array | ArrayBuffer;

export async function readScreenshot(src: ScreenshotSource | undefined): Promise<Uint8Array | undefined> {
  if (src === undefined || src === null) return undefined;
  if (src instanceof Uint8Array) return src;
  if (src instanceof ArrayBuffer) return new Uint8Array(src);
  return new Uint8Array(await src.arrayBuffer());
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** A bundle-safe file stem for an item: its id when that is a plain token, else the screenshot hash. */
export function screenshotPath(id: string, sha256: string): string {
  return /^[A-Za-z0-9_-]{1,128}$/.test(id) ? `screenshots/${id}.png` : `screenshots/sha256-${sha256}.png`;
}

export const SCREENSHOT_PATH_RE = /^screenshots\/[A-Za-z0-9_-]{1,128}\.png$|^screenshots\/sha256-[0-9a-f]{64}\.png$/;

/** Truncates to at most `max` UTF-16 units without splitting a surrogate pair, adding `…`. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = Math.max(0, max - 1);
  const c = s.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return s.slice(0, cut) + '…';
}
