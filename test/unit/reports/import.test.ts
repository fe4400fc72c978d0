import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { buildBundle } from '../../../src/reports/bundle';
import { exportJson } from '../../../src/reports/json';
import { parseImport, type ImportErrorCode, type ImportResult } from '../../../src/reports/import';
import { arabicItem, createItem, hebrewItem, NOW, persianDocumentsItem, pngBytes, sha256 } from './fixtures';

const enc = new TextEncoder();

async function goodExport(mode: 'inline' | 'reference' | 'omit' = 'inline'): Promise<any> {
  return JSON.parse(await exportJson([createItem({ id: 'fb-1' }), arabicItem(), persianDocumentsItem()], { now: NOW, screenshots: mode }));
}

function expectFail(r: ImportResult, code: ImportErrorCode, message: RegExp): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.code).toBe(code);
  expect(r.message).toMatch(message);
  // Nothing partial: a failure carries no items.
  expect(r).not.toHaveProperty('items');
  expect(Object.keys(r).toSorted()).toEqual(['code', 'message', 'ok']);
}

describe('parseImport: accepts what export writes', () => {
  it('round trip: export → parseImport → export gives identical output (inline screenshots)', async () => {
    const original = [createItem({ status: 'reported', report: { reportedAt: '2025-05-31T10:00:00.000Z', reference: 'FB-889' } }), arabicItem(), persianDocumentsItem(), hebrewItem()];
    const first = await exportJson(original, { now: NOW, screenshots: 'inline' });
    const r = await parseImport(first);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toEqual([]);
    expect(r.source).toBe('json');
    expect(r.exportedAt).toBe(NOW.toISOString());
    expect(r.items).toHaveLength(4);
    expect(r.items[0]!.screenshot).toBeInstanceOf(Blob);
    expect(new Uint8Array(await r.items[0]!.screenshot!.arrayBuffer())).toEqual(original[0]!.screenshot);
    expect(r.items[2]!.screenshot).toBeUndefined();
    const second = await exportJson(r.items, { now: NOW, screenshots: 'inline' });
    expect(second).toBe(first);
  });

  it('accepts bytes with a UTF-8 BOM', async () => {
    const text = await exportJson([createItem()], { now: NOW, screenshots: 'omit' });
    const r = await parseImport(enc.encode('\uFEFF' + text));
    expect(r.ok).toBe(true);
  });

  it('accepts an evidence bundle and restores its screenshots', async () => {
    const original = [createItem({ id: 'fb-1' }), arabicItem(), persianDocumentsItem()];
    const zip = await buildBundle(original, { now: NOW, toolVersion: '0.1.0' });
    const r = await parseImport(zip);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.source).toBe('bundle');
    expect(new Uint8Array(await r.items[1]!.screenshot!.arrayBuffer())).toEqual(original[1]!.screenshot);
    const again = await exportJson(r.items, { now: NOW, screenshots: 'inline' });
    expect(again).toBe(await exportJson(original, { now: NOW, screenshots: 'inline' }));
  });

  it('imports bundle references without the zip, with a warning', async () => {
    const r = await parseImport(JSON.stringify(await goodExport('reference')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items[0]!.screenshot).toBeUndefined();
    expect(r.items[0]!.evidence.screenshotSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(r.warnings.join(' ')).toMatch(/import the bundle \.zip/);
  });

  it('ignores unknown fields with a warning and copies only known keys', async () => {
    const f = await goodExport('omit');
    f.items[0].extra = 'x';
    f.items[0].author.password = 'p';
    const r = await parseImport(JSON.stringify(f));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items[0]).not.toHaveProperty('extra');
    expect(r.items[0]!.author).not.toHaveProperty('password');
    expect(r.warnings.some((w) => w.includes('"extra"'))).toBe(true);
    expect(Object.getPrototypeOf(r.items[0])).toBe(Object.prototype);
  });
});

describe('parseImport: hostile-import corpus', () => {
  type Case = [label: string, code: ImportErrorCode, message: RegExp, build: () => Promise<string | Uint8Array>];
  const mutate = (fn: (f: any) => void, mode: 'inline' | 'reference' | 'omit' = 'inline') => async () => {
    const f = await goodExport(mode);
    fn(f);
    return JSON.stringify(f);
  };
  const raw = (s: string) => async () => s;

  const cases: Case[] = [
    ['not JSON (a PDF)', 'not-json', /not a Tidemark export: the file is not JSON/, raw('%PDF-1.7\n...')],
    ['empty file', 'not-json', /empty/, raw('   ')],
    ['not UTF-8', 'not-utf8', /not UTF-8/, async () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['truncated JSON', 'bad-json', /damaged or incomplete/, async () => (await exportJson([createItem()], { now: NOW, screenshots: 'omit' })).slice(0, 200)],
    ['trailing garbage', 'bad-json', /not valid JSON/, raw('{"format":"tidemark-export"} x')],
    ['a JSON list', 'wrong-format', /expected a JSON object/, raw('[1,2,3]')],
    ['wrong format', 'wrong-format', /format is "other-tool"/, mutate((f) => (f.format = 'other-tool'))],
    ['missing format', 'wrong-format', /not a Tidemark export/, mutate((f) => delete f.format)],
    ['future version', 'future-version', /made by a newer Tidemark \(export version 2/, mutate((f) => (f.version = 2))],
    ['version 0', 'wrong-version', /Unsupported export version 0/, mutate((f) => (f.version = 0))],
    ['version as text', 'wrong-version', /Unsupported export version "1"/, mutate((f) => (f.version = '1'))],
    ['__proto__ at top', 'forbidden-key', /forbidden key "__proto__" \(at the top level\)/, async () => (await exportJson([createItem()], { now: NOW, screenshots: 'omit' })).replace('{', '{"__proto__":{"isAdmin":true},')],
    ['__proto__ in author', 'forbidden-key', /forbidden key "__proto__" \(at items\[0\]\.author\)/, async () => (await exportJson([createItem()], { now: NOW, screenshots: 'omit' })).replace('"author": {', '"author": {"__proto__": {"polluted": 1},')],
    ['constructor deep in detail', 'forbidden-key', /"constructor"/, mutate((f) => (f.items[0].statusHistory[1].detail = JSON.parse('{"constructor":{"prototype":{"x":1}}}')))],
    ['prototype key', 'forbidden-key', /"prototype"/, mutate((f) => (f.items[1].quote = JSON.parse('{"prototype":1}')))],
    ['deep nesting', 'too-deep', /nested more deeply/, raw('{"format":"tidemark-export","version":1,"x":' + '['.repeat(5000) + ']'.repeat(5000) + '}')],
    ['items not a list', 'wrong-type', /items: must be a list/, mutate((f) => (f.items = { 0: 1 }))],
    ['items missing', 'missing-field', /items: is missing/, mutate((f) => delete f.items)],
    ['score as text', 'wrong-type', /Item 1 \(id "fb-1"\), score: must be a number, found "0.91"/, mutate((f) => (f.items[0].score = '0.91'))],
    ['score out of range', 'wrong-type', /score: must be between 0 and 1/, mutate((f) => (f.items[0].score = 7))],
    ['tags not a list', 'wrong-type', /tags: must be a list/, mutate((f) => (f.items[0].tags = 'a,b'))],
    ['match offset fractional', 'wrong-type', /matches\[0\]\.start: must be a whole number/, mutate((f) => (f.items[0].matches[0].start = 1.5))],
    ['missing text', 'missing-field', /Item 2 \(id "tg-ar-1"\), text: is missing/, mutate((f) => delete f.items[1].text)],
    ['author is a string', 'wrong-type', /author: must be an object/, mutate((f) => (f.items[0].author = 'x'))],
    ['unknown status', 'unknown-value', /status: "hacked" is not one of flagged, reported, removed, still-online, dismissed/, mutate((f) => (f.items[0].status = 'hacked'))],
    ['unknown platform', 'unknown-value', /platform: "myspace" is not one of facebook/, mutate((f) => (f.items[0].platform = 'myspace'))],
    ['unknown verdict', 'unknown-value', /verdict: "guilty"/, mutate((f) => (f.items[0].verdict = 'guilty'))],
    ['unknown cue category', 'unknown-value', /matches\[0\]\.category/, mutate((f) => (f.items[0].matches[0].category = 'evil'))],
    ['unknown custody action', 'unknown-value', /statusHistory\[0\]\.action/, mutate((f) => (f.items[0].statusHistory[0].action = 'rewrite'))],
    ['bad lang', 'unknown-value', /lang: "<script>" is not a language code/, mutate((f) => (f.items[0].lang = '<script>'))],
    ['text over limit', 'too-long', /text: is longer than 100000 characters/, mutate((f) => (f.items[0].text = 'x'.repeat(100_001)))],
    ['author name over limit', 'too-long', /author\.name: is longer than 512/, mutate((f) => (f.items[0].author.name = 'n'.repeat(513)))],
    ['too many tags', 'too-long', /tags: has more than 200 entries/, mutate((f) => (f.items[0].tags = Array(201).fill('t')))],
    ['invalid date', 'bad-date', /capturedAt: "yesterday" is not a valid UTC date-time/, mutate((f) => (f.items[0].capturedAt = 'yesterday'))],
    ['impossible date', 'bad-date', /2025-02-30/, mutate((f) => (f.items[0].firstCapturedAt = '2025-02-30T10:00:00.000Z'))],
    ['local time without Z', 'bad-date', /reportedAt/, mutate((f) => (f.items[0].report = { reportedAt: '2025-05-31T10:00:00+02:00' }))],
    ['bad exportedAt', 'bad-date', /The file, exportedAt/, mutate((f) => (f.exportedAt = 'now'))],
    ['javascript: url', 'bad-url', /url: only http and https links are accepted, found a "javascript:" link/, mutate((f) => (f.items[0].url = 'javascript:alert(1)'))],
    ['data: permalink', 'bad-url', /permalink: only http and https/, mutate((f) => (f.items[0].permalink = 'data:text/html,<script>alert(1)</script>'))],
    ['javascript: author url', 'bad-url', /author\.url: only http and https/, mutate((f) => (f.items[0].author.url = 'JaVaScRiPt:alert(1)'))],
    ['newline-split javascript url', 'bad-url', /spaces or control characters/, mutate((f) => (f.items[0].author.url = 'java\nscript:alert(1)'))],
    ['not a url', 'bad-url', /is not a valid link/, mutate((f) => (f.items[0].url = 'notaurl'))],
    ['text hash mismatch (text edited)', 'bad-hash', /Item 1 \(id "fb-1"\): the post text does not match its recorded SHA-256/, mutate((f) => (f.items[0].text += '!'))],
    ['malformed text hash', 'bad-hash', /evidence\.textSha256: "abc" is not a SHA-256/, mutate((f) => (f.items[0].evidence.textSha256 = 'abc'))],
    ['screenshot hash mismatch', 'bad-hash', /the screenshot does not match its recorded SHA-256/, mutate((f) => (f.items[0].screenshot.data = Buffer.from(pngBytes(999)).toString('base64')))],
    ['screenshot without hash', 'bad-hash', /no evidence\.screenshotSha256/, mutate((f) => delete f.items[0].evidence.screenshotSha256)],
    ['reference hash differs', 'bad-hash', /screenshot\.sha256: differs/, mutate((f) => (f.items[0].screenshot.sha256 = sha256('other')), 'reference')],
    ['screenshot not base64', 'wrong-type', /not valid base64/, mutate((f) => (f.items[0].screenshot.data = 'not base64!'))],
    ['screenshot not a PNG', 'wrong-type', /not a PNG image/, mutate((f) => (f.items[0].screenshot.data = Buffer.from('<svg onload=alert(1)>').toString('base64')))],
    ['screenshot svg media type', 'unknown-value', /mediaType: "image\/svg\+xml"/, mutate((f) => (f.items[0].screenshot.mediaType = 'image/svg+xml'))],
    ['screenshot path traversal', 'wrong-type', /not a bundle screenshot path/, mutate((f) => (f.items[0].screenshot.file = 'screenshots/../../evil.png'), 'reference')],
    ['duplicate id', 'duplicate-id', /Items 1 and 2 have the same id "fb-1"/, mutate((f) => (f.items[1] = JSON.parse(JSON.stringify(f.items[0]))))],
  ];

  it.each(cases)('%s → %s', async (_label, code, message, build) => {
    expectFail(await parseImport(await build()), code, message);
  });

  it('too big: string and bytes, before parsing', async () => {
    const text = await exportJson([createItem()], { now: NOW, screenshots: 'omit' });
    expectFail(await parseImport(text, { maxBytes: 100 }), 'too-big', /too big to import .*limit is 100 bytes/);
    expectFail(await parseImport(enc.encode(text), { maxBytes: 100 }), 'too-big', /too big/);
    // Multi-byte characters count as bytes, not characters.
    expectFail(await parseImport('{"a":"' + 'ع'.repeat(60) + '"}', { maxBytes: 100 }), 'too-big', /too big/);
  });

  it('too many items', async () => {
    const f = await goodExport('omit');
    expectFail(await parseImport(JSON.stringify(f), { maxItems: 2 }), 'too-many-items', /holds 3 items; at most 2/);
  });

  it('does not pollute Object.prototype', async () => {
    await parseImport('{"__proto__":{"polluted":true},"format":"tidemark-export"}');
    expect(({} as any).polluted).toBeUndefined();
  });

  it('messages neutralise control characters from the file', async () => {
    const r = await parseImport(await mutate((f) => (f.items[0].status = 'x\u202Eevil\n'))());
    expectFail(r, 'unknown-value', /"x\?evil\?"/);
  });

  describe('bundles', () => {
    const files = async () => {
      const zip = await buildBundle([createItem({ id: 'fb-1' }), arabicItem()], { now: NOW, toolVersion: '0.1.0' });
      const { unzipSync } = await import('fflate');
      return unzipSync(zip);
    };
    it('rejects a tampered screenshot', async () => {
      const f = await files();
      f['screenshots/fb-1.png']![20]! ^= 1;
      expectFail(await parseImport(zipSync(f)), 'bundle-tampered', /integrity check: screenshots\/fb-1\.png does not match/);
    });
    it('rejects an edited items.json', async () => {
      const f = await files();
      f['items.json'] = enc.encode(new TextDecoder().decode(f['items.json']).replace('Safe Travel Europe', 'Safe Travel Europa'));
      expectFail(await parseImport(zipSync(f)), 'bundle-tampered', /items\.json does not match/);
    });
    it('rejects a zip that is not a bundle', async () => {
      expectFail(await parseImport(zipSync({ 'hello.txt': enc.encode('hi') })), 'bundle-tampered', /no manifest\.json/);
    });
    it('rejects a broken zip', async () => {
      const zip = await buildBundle([createItem()], { now: NOW, toolVersion: '0.1.0' });
      expectFail(await parseImport(zip.slice(0, 60)), 'bad-zip', /cannot be opened/);
    });
    it('rejects a zip bomb by declared size', async () => {
      const zip = zipSync({ 'items.json': [new Uint8Array(2_000_000), { level: 9 }] });
      expect(zip.length).toBeLessThan(10_000);
      expectFail(await parseImport(zip, { maxBytes: 1_000_000 }), 'bad-zip', /unpacks to more than 1000000 bytes/);
    });
  });
});
