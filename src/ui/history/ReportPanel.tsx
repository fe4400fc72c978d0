/**
 * Reporting one item: the DSA Art. 16 notice (editable explanation), the platform's own
 * report text with a link to its form, and "mark as reported" with date and reference.
 * The link opens only when the moderator clicks it; Tidemark itself sends nothing.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FlaggedItem } from '../../shared/item';
import { buildDsaNotice, buildPlatformReport, buildReportedPatch, renderDsaNoticeJson, renderDsaNoticeText, type ReportSettings } from '../../reports';
import { ExternalLink } from '../components/ExternalLink';
import { copyText, downloadBytes, fileStamp } from '../download';
import type { HistoryData } from '../data';

/** Today as yyyy-mm-dd (UTC), the value of a date input. */
const today = () => new Date().toISOString().slice(0, 10);

/** The reported time for a date input: now when it is today, else the start of that UTC day. */
function reportedTime(date: string): Date {
  if (!date || date === today()) return new Date();
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? new Date() : new Date(t);
}

export function ReportPanel({ data, item, onChanged, onError }: {
  data: HistoryData;
  item: FlaggedItem;
  onChanged: () => Promise<void>;
  onError: (m: string) => void;
}) {
  const [settings, setSettings] = useState<ReportSettings | null>(null);
  const [view, setView] = useState<'none' | 'dsa' | 'platform'>('none');
  const [explanation, setExplanation] = useState<string | null>(null);
  const [reference, setReference] = useState(item.report?.reference ?? '');
  const [reportedOn, setReportedOn] = useState(item.report?.reportedAt?.slice(0, 10) ?? today());
  const [message, setMessage] = useState('');

  useEffect(() => {
    void data.reportSettings().then(setSettings);
  }, [data]);

  const notice = useMemo(
    () => (settings ? buildDsaNotice([item], settings, { now: new Date(), ...(explanation !== null ? { explanation } : {}) }) : null),
    [item, settings, explanation],
  );
  const platform = useMemo(() => (settings ? buildPlatformReport(item, settings) : null), [item, settings]);
  const text = view === 'dsa' && notice ? renderDsaNoticeText(notice) : view === 'platform' && platform ? platform.text : '';

  const markReported = async () => {
    const patch = buildReportedPatch({ now: reportedTime(reportedOn), reference, channel: view === 'platform' ? `${item.platform} form` : 'DSA notice' });
    try {
      await data.update(item.id, { status: 'reported', report: patch });
    } catch (e) {
      onError(`Not marked as reported: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    setMessage('Marked as reported.');
    await onChanged();
  };

  return (
    <section class="report-panel" aria-label="Report this item">
      <h3>Report</h3>
      <div class="row">
        <button type="button" aria-pressed={view === 'dsa'} onClick={() => setView('dsa')}>DSA notice (Art. 16)</button>
        <button type="button" aria-pressed={view === 'platform'} onClick={() => setView('platform')}>Platform report text</button>
      </div>
      {notice && view === 'dsa' ? (
        <>
          {notice.missing.length ? (
            <p class="notice" role="note">Before sending, fill in: {notice.missing.join('; ')} (Settings).</p>
          ) : null}
          {notice.reviewerHints.map((h, i) => <p class="notice" key={i}>{h}</p>)}
          <label>
            Explanation (a) — edit before sending
            <textarea dir="auto" rows={5} value={notice.explanation} onInput={(e) => setExplanation((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
        </>
      ) : null}
      {platform && view === 'platform' ? (
        <div>
          <p>{platform.info.inAppSteps}</p>
          <ul>
            {platform.info.illegalContentFormUrl ? <li>EU illegal-content form: <ExternalLink href={platform.info.illegalContentFormUrl} /></li> : null}
            {platform.info.reportHelpUrl ? <li>How to report: <ExternalLink href={platform.info.reportHelpUrl} /></li> : null}
            {platform.mailto ? <li>By e-mail: <a href={platform.mailto}>{platform.info.abuseEmail}</a></li> : null}
          </ul>
        </div>
      ) : null}
      {text ? (
        <>
          <pre class="report-text" dir="auto" data-report-text>{text}</pre>
          <div class="row">
            <button type="button" onClick={() => void copyText(text).then((ok) => setMessage(ok ? 'Copied.' : 'Copy failed: select the text and copy it.'))}>Copy text</button>
            {view === 'dsa' && notice ? (
              <button type="button" onClick={() => downloadBytes(renderDsaNoticeJson(notice), `tidemark-dsa-notice-${fileStamp(new Date())}.json`, 'application/json')}>Download JSON</button>
            ) : null}
          </div>
        </>
      ) : null}
      <div class="row">
        <label>
          Reported on{' '}
          <input aria-label="Reported on" type="date" value={reportedOn} max={today()} onInput={(e) => setReportedOn((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label>
          Platform reference{' '}
          <input aria-label="Platform reference" dir="auto" value={reference} onInput={(e) => setReference((e.currentTarget as HTMLInputElement).value)} placeholder="ticket / case number" />
        </label>
        <button type="button" onClick={() => void markReported()}>Mark as reported</button>
      </div>
      {item.report?.reportedAt ? (
        <p class="muted" data-reported>
          Reported <time dateTime={item.report.reportedAt}>{item.report.reportedAt}</time>
          {item.report.reference ? <> · ref. <bdi data-field="reference">{item.report.reference}</bdi></> : null}
        </p>
      ) : null}
      <p role="status" aria-live="polite">{message}</p>
    </section>
  );
}
