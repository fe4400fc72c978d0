/**
 * Printable standalone HTML report (print to PDF from the browser).
 *
 * Every string that came from a page is attacker-controlled. The HTML is built only from
 * constant markup and `escapeHtml`/`escapeAttr` output; no page string is ever placed raw.
 * A strict CSP meta tag (no scripts, images only from data:, inline styles only) is the
 * second line of defence, and stops tracking beacons. Links are made only for http(s) URLs;
 * anything else (javascript:, data:, …) is shown as text.
 */
import type { FlaggedItem } from '../shared/item';
import { safeHttpUrl } from '../shared/validate';
import { CUE_CATEGORIES, type ReportItem } from './model';
import { collectScreenshots } from './json';
import { revealControls } from './csv';
import { isoNow, isPng, toBase64 } from './util';

export const PRINT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** The URL re-serialised when it is http(s), else undefined (the shared check). */
export const safeHttpHref = (url: string | undefined): string | undefined => safeHttpUrl(url);

/** A link for http(s) URLs, plain text otherwise; both escaped and bidi-isolated. */
export function renderUrl(url: string | undefined): string {
  if (!url) return '';
  const href = safeHttpHref(url);
  if (!href) return `<bdi class="url">${escapeHtml(url)}</bdi>`;
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer"><bdi class="url">${escapeHtml(url)}</bdi></a>`;
}

const KNOWN_CATEGORIES = new Set<string>(CUE_CATEGORIES);

/**
 * The post text with <mark> around matches. Matches are sorted; overlapping or out-of-range
 * ones are skipped; class names come only from the closed category list.
 */
export function highlight(text: string, matches: FlaggedItem['matches']): string {
  const sorted = [...matches]
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= text.length)
    .toSorted((a, b) => a.start - b.start || b.end - a.end);
  let pos = 0;
  let out = '';
  for (const m of sorted) {
    if (m.start < pos) continue;
    out += escapeHtml(text.slice(pos, m.start));
    const cat = KNOWN_CATEGORIES.has(m.category) ? m.category : 'other';
    out += `<mark class="cue cue-${cat}" title="${escapeHtml(`${cat}: ${m.term}`)}">${escapeHtml(text.slice(m.start, m.end))}</mark>`;
    pos = m.end;
  }
  return out + escapeHtml(text.slice(pos));
}

export interface PrintOptions {
  now: Date;
  /** Report title (constant text from the UI; escaped anyway). */
  title?: string;
  /** PNG bytes by item id. */
  screenshotBytes?: ReadonlyMap<string, Uint8Array>;
  /** Moderator notes and tags are internal: left out unless asked. */
  includeNotes?: boolean;
  toolVersion?: string;
}

const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", sans-serif; margin: 2em; color: #111; }
h1 { font-size: 16pt; margin: 0 0 .2em; }
.meta { color: #444; font-size: 9pt; }
article { border: 1px solid #bbb; border-radius: 4px; padding: 1em; margin: 1.2em 0; }
h2 { font-size: 12pt; margin: 0 0 .5em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; margin: .5em 0; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid #999; padding: .4em .8em; background: #fafafa; unicode-bidi: plaintext; }
.revealed { font-family: ui-monospace, monospace; font-size: 8.5pt; color: #555; white-space: pre-wrap; overflow-wrap: anywhere; }
mark.cue { background: #ffe066; padding: 0 .1em; }
mark.cue-price, mark.cue-phone, mark.cue-contact { background: #ffc9c9; }
mark.cue-documents, mark.cue-marriage { background: #d0bfff; }
mark.cue-route, mark.cue-place, mark.cue-direction, mark.cue-transport { background: #a5d8ff; }
mark.cue-news, mark.cue-warning, mark.cue-campaign, mark.cue-legal, mark.cue-legit { background: #d3f9d8; }
img.shot { max-width: 100%; max-height: 16cm; border: 1px solid #ccc; }
code, .hash { font-family: ui-monospace, monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
table { border-collapse: collapse; font-size: 9pt; }
td, th { border: 1px solid #ccc; padding: .15em .5em; text-align: start; vertical-align: top; }
.url { font-family: ui-monospace, monospace; font-size: 9pt; }
@media print {
  body { margin: 0; }
  article { break-inside: avoid-page; page-break-inside: avoid; border-color: #999; }
  a { color: inherit; text-decoration: none; }
  mark.cue { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

function row(label: string, valueHtml: string): string {
  return valueHtml ? `<dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd>` : '';
}

function bdiText(s: string | undefined): string {
  return s ? `<bdi>${escapeHtml(s)}</bdi>` : '';
}

function renderItem(item: Omit<FlaggedItem, 'screenshot'>, index: number, opts: PrintOptions): string {
  const bytes = opts.screenshotBytes?.get(item.id);
  const parts: string[] = [];
  parts.push(`<article id="item-${index + 1}">`);
  parts.push(`<h2>Item ${index + 1} · ${escapeHtml(item.platform)} · ${escapeHtml(item.verdict)} (score ${escapeHtml(item.score.toFixed(2))})</h2>`);
  parts.push('<dl>');
  parts.push(row('URL', renderUrl(item.url)));
  if (item.permalink) parts.push(row('Permalink', renderUrl(item.permalink)));
  parts.push(row('Author', [bdiText(item.author.name), bdiText(item.author.handle)].filter(Boolean).join(' ')));
  if (item.author.url) parts.push(row('Author profile', renderUrl(item.author.url)));
  parts.push(row('Captured (UTC)', escapeHtml(item.capturedAt)));
  if (item.firstCapturedAt !== item.capturedAt) parts.push(row('First captured (UTC)', escapeHtml(item.firstCapturedAt)));
  if (item.postedAt) parts.push(row('Post time as shown', bdiText(item.postedAt)));
  parts.push(row('Language', escapeHtml(item.lang)));
  parts.push(row('Status', escapeHtml(item.status)));
  if (item.report?.reportedAt) {
    const ref = item.report.reference ? ` · ref. ${bdiText(item.report.reference)}` : '';
    const ch = item.report.channel ? ` · ${bdiText(item.report.channel)}` : '';
    parts.push(row('Reported', `${escapeHtml(item.report.reportedAt)}${ch}${ref}`));
  }
  parts.push(row('Reasons', item.reasons.map((r) => `<bdi>${escapeHtml(r)}</bdi>`).join('; ')));
  parts.push(row('Lexicon', escapeHtml(item.lexiconVersion)));
  parts.push(row('Text SHA-256', `<span class="hash">${escapeHtml(item.evidence.textSha256)}</span>`));
  if (item.evidence.screenshotSha256) parts.push(row('Screenshot SHA-256', `<span class="hash">${escapeHtml(item.evidence.screenshotSha256)}</span>`));
  if (opts.includeNotes) {
    if (item.note) parts.push(row('Note', bdiText(item.note)));
    if (item.tags.length) parts.push(row('Tags', item.tags.map((t) => `<bdi>${escapeHtml(t)}</bdi>`).join(', ')));
  }
  parts.push('</dl>');
  parts.push(`<div class="text" dir="auto" lang="${escapeHtml(item.lang)}">${highlight(item.text, item.matches)}</div>`);
  const revealed = revealControls(item.text);
  if (revealed !== item.text) {
    parts.push(`<p class="revealed">Invisible and direction controls shown: ${escapeHtml(revealed)}</p>`);
  }
  if (bytes && isPng(bytes)) {
    parts.push(`<p><img class="shot" alt="Screenshot of item ${index + 1}" src="data:image/png;base64,${toBase64(bytes)}"></p>`);
  }
  if (item.statusHistory.length > 0) {
    parts.push('<table><caption>Custody log</caption><thead><tr><th>Time (UTC)</th><th>Action</th><th>Detail</th></tr></thead><tbody>');
    for (const e of item.statusHistory) {
      const detail = e.detail
        ? Object.keys(e.detail)
            .toSorted()
            .map((k) => `${escapeHtml(k)}: <bdi>${escapeHtml(e.detail![k]!)}</bdi>`)
            .join('; ')
        : '';
      parts.push(`<tr><td>${escapeHtml(e.at)}</td><td>${escapeHtml(e.action)}</td><td>${detail}</td></tr>`);
    }
    parts.push('</tbody></table>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

/** The whole report as one HTML document string. */
export function buildPrintHtml(items: readonly Omit<FlaggedItem, 'screenshot'>[], opts: PrintOptions): string {
  const title = opts.title ?? 'Tidemark evidence report';
  const generated = isoNow(opts.now);
  const version = opts.toolVersion ? ` · Tidemark ${escapeHtml(opts.toolVersion)}` : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PRINT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">Generated ${escapeHtml(generated)} (UTC) · ${items.length} item${items.length === 1 ? '' : 's'}${version}. Hashes are SHA-256 of the exact post text (UTF-8) and of the screenshot PNG.</p>`,
    ...items.map((item, i) => renderItem(item, i, opts)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Convenience: reads screenshot Blobs, then builds the HTML. */
export async function printReport(items: readonly ReportItem[], opts: Omit<PrintOptions, 'screenshotBytes'>): Promise<string> {
  return buildPrintHtml(items, { ...opts, screenshotBytes: await collectScreenshots(items) });
}
