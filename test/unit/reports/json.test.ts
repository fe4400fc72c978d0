import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import schema from '../../../src/reports/tidemark-export.schema.json';
import { buildExport, exportJson, serializeExport } from '../../../src/reports/json';
import { LIMITS } from '../../../src/reports/limits';
import { CUE_CATEGORIES, CUSTODY_ACTIONS, VERDICTS } from '../../../src/reports/model';
import { ITEM_STATUSES, PLATFORMS } from '../../../src/shared/item';
import { arabicItem, createItem, hebrewItem, NOW, persianDocumentsItem, withoutScreenshot } from './fixtures';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

function items() {
  return [
    createItem({ status: 'reported', report: { reportedAt: '2025-05-31T10:00:00.000Z', reference: 'FB-889', channel: 'DSA form' } }),
    arabicItem(),
    persianDocumentsItem(),
    hebrewItem(),
  ];
}

describe('JSON export', () => {
  it.each(['inline', 'reference', 'omit'] as const)('validates against the JSON Schema (%s screenshots)', async (mode) => {
    const text = await exportJson(items(), { now: NOW, screenshots: mode });
    const ok = validate(JSON.parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('writes the header of DESIGN.md §7.5', () => {
    const file = buildExport(items(), { now: NOW, screenshots: 'omit' });
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'items']);
    expect(file.format).toBe('tidemark-export');
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2025-06-01T12:00:00.000Z');
    expect(file.items).toHaveLength(4);
  });

  it('writes inline screenshots as base64 PNG and references as bundle paths', async () => {
    const item = createItem({ id: 'fb-1' });
    const inline = JSON.parse(await exportJson([item], { now: NOW, screenshots: 'inline' }));
    expect(inline.items[0].screenshot).toEqual({ mediaType: 'image/png', data: Buffer.from(item.screenshot!).toString('base64') });
    const ref = JSON.parse(await exportJson([item], { now: NOW, screenshots: 'reference' }));
    expect(ref.items[0].screenshot).toEqual({ file: 'screenshots/fb-1.png', sha256: item.evidence.screenshotSha256 });
    const omit = JSON.parse(await exportJson([item], { now: NOW, screenshots: 'omit' }));
    expect(omit.items[0]).not.toHaveProperty('screenshot');
    expect(omit.items[0].evidence.screenshotSha256).toBe(item.evidence.screenshotSha256);
  });

  it('uses the screenshot hash as file name when the id is not a plain token', async () => {
    const item = createItem({ id: '../../etc/passwd' });
    const ref = JSON.parse(await exportJson([item], { now: NOW, screenshots: 'reference' }));
    expect(ref.items[0].screenshot.file).toBe(`screenshots/sha256-${item.evidence.screenshotSha256}.png`);
    expect(validate(ref)).toBe(true);
  });

  it('reads screenshots from Blobs', async () => {
    const item = createItem();
    const bytes = item.screenshot!;
    const blobItem = { ...item, screenshot: new Blob([bytes.slice()], { type: 'image/png' }) };
    const a = await exportJson([item], { now: NOW, screenshots: 'inline' });
    const b = await exportJson([blobItem], { now: NOW, screenshots: 'inline' });
    expect(b).toBe(a);
  });

  it('is deterministic: canonical key order whatever order the item was built in', () => {
    const item = withoutScreenshot(createItem());
    const shuffled = Object.fromEntries(Object.entries(item).toReversed()) as typeof item;
    shuffled.statusHistory = [{ at: '2025-05-29T21:03:10.000Z', action: 'status', detail: { to: 'reported', from: 'flagged' } }];
    const ordered = { ...item, statusHistory: [{ at: '2025-05-29T21:03:10.000Z', action: 'status' as const, detail: { from: 'flagged', to: 'reported' } }] };
    const a = serializeExport(buildExport([shuffled], { now: NOW, screenshots: 'omit' }));
    const b = serializeExport(buildExport([ordered], { now: NOW, screenshots: 'omit' }));
    expect(a).toBe(b);
    const keys = Object.keys(JSON.parse(a).items[0]);
    expect(keys).toEqual([
      'id', 'url', 'permalink', 'platform', 'author', 'text', 'lang', 'quote', 'matches', 'score', 'verdict', 'reasons',
      'lexiconVersion', 'capturedAt', 'firstCapturedAt', 'postedAt', 'evidence', 'note', 'tags', 'status', 'statusHistory',
    ]);
  });

  it('copies only known keys (no stray fields leak into the export)', () => {
    const item = { ...withoutScreenshot(createItem()), secret: 'x', author: { name: 'A', password: 'p' } } as never;
    const out = buildExport([item], { now: NOW, screenshots: 'omit' });
    expect(out.items[0]).not.toHaveProperty('secret');
    expect(out.items[0]!.author).toEqual({ name: 'A' });
  });

  it('keeps raw text (no formula escaping) and bidi controls byte-for-byte', async () => {
    const fa = persianDocumentsItem();
    const danger = createItem({ text: '=HYPERLINK("http://x")' });
    const parsed = JSON.parse(await exportJson([fa, danger], { now: NOW, screenshots: 'omit' }));
    expect(parsed.items[0].text).toBe(fa.text);
    expect(parsed.items[1].text).toBe('=HYPERLINK("http://x")');
  });

  it('rejects an invalid `now`', () => {
    expect(() => buildExport([], { now: new Date('nope'), screenshots: 'omit' })).toThrow(RangeError);
  });
});

describe('JSON Schema', () => {
  const base = () => JSON.parse(serializeExport(buildExport([withoutScreenshot(createItem())], { now: NOW, screenshots: 'omit' })));
  const cases: [string, (f: any) => void][] = [
    ['wrong format', (f) => (f.format = 'other')],
    ['future version', (f) => (f.version = 2)],
    ['unknown top-level key', (f) => (f.extra = 1)],
    ['unknown item key', (f) => (f.items[0].extra = 1)],
    ['javascript: url', (f) => (f.items[0].url = 'javascript:alert(1)')],
    ['bad status', (f) => (f.items[0].status = 'hacked')],
    ['bad platform', (f) => (f.items[0].platform = 'myspace')],
    ['bad date', (f) => (f.items[0].capturedAt = '30/05/2025')],
    ['bad hash', (f) => (f.items[0].evidence.textSha256 = 'ABC')],
    ['score > 1', (f) => (f.items[0].score = 2)],
    ['text too long', (f) => (f.items[0].text = 'x'.repeat(LIMITS.text + 1))],
    ['bad screenshot path', (f) => (f.items[0].screenshot = { file: '../evil.png', sha256: f.items[0].evidence.textSha256 })],
  ];
  it.each(cases)('rejects %s', (_label, mutate) => {
    const f = base();
    expect(validate(f)).toBe(true);
    mutate(f);
    expect(validate(f)).toBe(false);
  });

  it('lists the same closed values as the code', () => {
    const item = (schema as any).$defs.item.properties;
    expect(item.platform.enum).toEqual([...PLATFORMS]);
    expect(item.status.enum).toEqual([...ITEM_STATUSES]);
    expect(item.verdict.enum).toEqual([...VERDICTS]);
    expect(item.matches.items.properties.category.enum).toEqual([...CUE_CATEGORIES]);
    expect(item.statusHistory.items.properties.action.enum).toEqual([...CUSTODY_ACTIONS]);
  });

  it('states the same limits as src/reports/limits.ts', () => {
    const item = (schema as any).$defs.item.properties;
    expect((schema as any).properties.items.maxItems).toBe(LIMITS.maxItems);
    expect(item.id.maxLength).toBe(LIMITS.id);
    expect(item.text.maxLength).toBe(LIMITS.text);
    expect(item.author.properties.name.maxLength).toBe(LIMITS.authorField);
    expect(item.lang.maxLength).toBe(LIMITS.lang);
    expect(item.quote.properties.prefix.maxLength).toBe(LIMITS.quoteContext);
    expect(item.matches.maxItems).toBe(LIMITS.matches);
    expect(item.matches.items.properties.term.maxLength).toBe(LIMITS.term);
    expect(item.reasons.maxItems).toBe(LIMITS.reasons);
    expect(item.reasons.items.maxLength).toBe(LIMITS.reason);
    expect(item.note.maxLength).toBe(LIMITS.note);
    expect(item.tags.maxItems).toBe(LIMITS.tags);
    expect(item.report.properties.reference.maxLength).toBe(LIMITS.reference);
    expect(item.statusHistory.maxItems).toBe(LIMITS.history);
    expect(item.screenshot.oneOf[0].properties.data.maxLength).toBe(Math.ceil(LIMITS.screenshotBytes / 3) * 4);
  });
});
