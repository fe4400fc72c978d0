/**
 * @vitest-environment happy-dom
 * The print report is parsed with a DOM to prove hostile text never becomes markup.
 */
import { describe, expect, it } from 'vitest';
import { buildPrintHtml, escapeHtml, highlight, PRINT_CSP, printReport, renderUrl, safeHttpHref } from '../../../src/reports/print';
import { arabicItem, createItem, match, NOW, persianDocumentsItem } from './fixtures';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</style><script>alert(2)</script>',
  '</title><svg onload=alert(3)>',
  '"><iframe src=javascript:alert(4)>',
  "' onmouseover='alert(5)",
  '<a href="javascript:alert(6)">x</a>',
  '<!-- --><meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<style>body{background:url(https://evil.example/beacon)}</style>',
  '&lt;script&gt;',
];

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function hostileItem(payload: string) {
  const text = `${payload} Boat to Italy ${payload}`;
  return createItem({
    text,
    matches: [match(text, 'Boat', 'transport'), { ...match(text, 'Italy', 'place'), term: payload }],
    author: { name: payload, handle: payload, url: 'javascript:alert(7)' },
    url: 'https://www.facebook.com/x',
    permalink: 'javascript:alert(8)',
    reasons: [payload],
    postedAt: payload,
    note: payload,
    tags: [payload],
    lang: payload,
    report: { reportedAt: '2025-05-31T10:00:00.000Z', reference: payload, channel: payload },
    statusHistory: [{ at: '2025-05-31T10:00:00.000Z', action: 'status', detail: { [payload]: payload } }],
  });
}

describe('escapeHtml', () => {
  it.each([
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['&', '&amp;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['a<b>"c"&\'d', 'a&lt;b&gt;&quot;c&quot;&amp;&#39;d'],
    ['عربي', 'عربي'],
  ])('%s → %s', (input, out) => expect(escapeHtml(input)).toBe(out));
});

describe('links', () => {
  it.each([
    ['https://example.com/a?b=1&c=2', 'https://example.com/a?b=1&c=2'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['vbscript:msgbox', undefined],
    ['//evil.example', undefined],
    ['not a url', undefined],
  ])('safeHttpHref(%s)', (url, href) => expect(safeHttpHref(url)).toBe(href));

  it('renders non-http URLs as text', () => {
    const doc = parse(renderUrl('javascript:alert(1)'));
    expect(doc.querySelector('a')).toBeNull();
    expect(doc.body.textContent).toBe('javascript:alert(1)');
    const ok = parse(renderUrl('https://example.com/?a=1&b="x"'));
    expect(ok.querySelector('a')!.getAttribute('href')).toBe('https://example.com/?a=1&b=%22x%22');
    expect(ok.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
  });
});

describe('highlight', () => {
  it('marks matches with escaped text and category classes from the closed list', () => {
    const text = 'a <b> Boat & more';
    const html = highlight(text, [match(text, 'Boat', 'transport'), { start: 0, end: 1, text: 'a', category: 'evil" onclick="x' as never, term: '"><script>' }]);
    expect(html).toBe(
      '<mark class="cue cue-other" title="other: &quot;&gt;&lt;script&gt;">a</mark> &lt;b&gt; <mark class="cue cue-transport" title="transport: boat">Boat</mark> &amp; more',
    );
  });

  it('skips overlapping and out-of-range matches', () => {
    const text = 'boat to italy';
    const html = highlight(text, [
      { start: 0, end: 7, text: 'boat to', category: 'route', term: 'r' },
      { start: 5, end: 13, text: 'to italy', category: 'route', term: 'r2' },
      { start: 10, end: 99, text: '', category: 'place', term: 'x' },
      { start: -1, end: 2, text: '', category: 'place', term: 'x' },
    ]);
    expect(html).toBe('<mark class="cue cue-route" title="route: r">boat to</mark> italy');
  });
});

describe('buildPrintHtml', () => {
  it('has a strict CSP meta tag before any content, and print CSS', () => {
    const html = buildPrintHtml([createItem()], { now: NOW });
    expect(PRINT_CSP).toContain("default-src 'none'");
    expect(PRINT_CSP).toContain('img-src data:');
    expect(PRINT_CSP).toContain("style-src 'unsafe-inline'");
    const doc = parse(html);
    const metas = [...doc.head.querySelectorAll('meta')];
    expect(metas[0]!.getAttribute('charset')).toBe('utf-8');
    expect(metas[1]!.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(metas[1]!.getAttribute('content')).toBe(PRINT_CSP);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(html).toContain('@media print');
  });

  it('shows screenshots as data: URLs, highlights, reasons, hashes and the custody log', () => {
    const item = createItem();
    const html = buildPrintHtml([item], { now: NOW, screenshotBytes: new Map([[item.id, item.screenshot!]]) });
    const doc = parse(html);
    const img = doc.querySelector('img.shot')!;
    expect(img.getAttribute('src')).toBe(`data:image/png;base64,${Buffer.from(item.screenshot!).toString('base64')}`);
    expect([...doc.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Boat', 'Libya to Italy', 'last 5 places', '2500€', 'pay on arrival', 'WhatsApp', '+218 91 234 5678']);
    expect(doc.body.textContent).toContain('offer + route + price + contact');
    expect(doc.body.textContent).toContain(item.evidence.textSha256);
    expect(doc.body.textContent).toContain(item.evidence.screenshotSha256!);
    const rows = [...doc.querySelectorAll('table tbody tr')].map((r) => r.textContent);
    expect(rows).toEqual(['2025-05-29T21:03:10.000Zcreated', '2025-05-30T08:15:42.123Zreflaggedvia: badge']);
    expect(doc.body.textContent).not.toContain(item.note);
    expect(parse(buildPrintHtml([item], { now: NOW, includeNotes: true })).body.textContent).toContain(item.note);
  });

  it('drops screenshots that are not PNG', () => {
    const item = createItem();
    const html = buildPrintHtml([item], { now: NOW, screenshotBytes: new Map([[item.id, new TextEncoder().encode('<svg onload=alert(1)>')]]) });
    expect(parse(html).querySelector('img')).toBeNull();
  });

  it('reads screenshot Blobs', async () => {
    const item = createItem();
    const html = await printReport([{ ...item, screenshot: new Blob([item.screenshot!.slice()]) }], { now: NOW });
    expect(parse(html).querySelector('img.shot')).not.toBeNull();
  });

  it('isolates RTL text and reveals bidi controls', () => {
    const doc = parse(buildPrintHtml([arabicItem(), persianDocumentsItem()], { now: NOW }));
    const texts = [...doc.querySelectorAll('.text')];
    expect(texts.map((t) => t.getAttribute('dir'))).toEqual(['auto', 'auto']);
    expect(texts[1]!.textContent).toBe(persianDocumentsItem().text);
    expect(doc.querySelector('.revealed')!.textContent).toContain('⟦U+202E⟧gnp.exe');
    expect(doc.querySelectorAll('bdi').length).toBeGreaterThan(4);
  });

  it.each(HOSTILE)('attacker text never becomes markup: %s', (payload) => {
    const item = hostileItem(payload);
    const html = buildPrintHtml([item], { now: NOW, includeNotes: true, title: payload, toolVersion: payload });
    const doc = parse(html);
    expect(doc.querySelectorAll('script, iframe, svg, base, object, embed, link').length).toBe(0);
    expect(doc.querySelectorAll('meta').length).toBe(3);
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(doc.querySelectorAll('img').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        expect(attr.startsWith('on')).toBe(false);
      }
    }
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    expect(doc.querySelectorAll('a').length).toBe(1);
    expect(doc.title).toBe(payload);
    expect(doc.querySelector('.text')!.textContent).toBe(item.text);
    expect(doc.querySelectorAll('mark').length).toBe(2);
  });
});
