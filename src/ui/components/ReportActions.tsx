/**
 * Quick report actions for one item (popup): copy the DSA Art. 16 notice or the platform's
 * own report text, or download the notice as JSON. Builders are pure (src/reports); this
 * only copies or downloads what they return.
 */
import type { FlaggedItem } from '../../shared/item';
import { buildDsaNotice, buildPlatformReport, renderDsaNoticeJson, renderDsaNoticeText, type ReportSettings } from '../../reports';
import { copyText, downloadBytes, fileStamp } from '../download';

export function ReportActions({ item, settings, onMessage }: { item: FlaggedItem; settings: () => Promise<ReportSettings>; onMessage: (m: string) => void }) {
  const notice = async () => buildDsaNotice([item], await settings(), { now: new Date() });
  const copy = async (kind: 'dsa' | 'platform') => {
    const text = kind === 'dsa' ? renderDsaNoticeText(await notice()) : buildPlatformReport(item, await settings()).text;
    const ok = await copyText(text);
    onMessage(ok ? `${kind === 'dsa' ? 'DSA notice' : 'Platform report'} copied.` : 'Copy failed: open the item in the history page to select the text.');
  };
  const download = async () => {
    downloadBytes(renderDsaNoticeJson(await notice()), `tidemark-dsa-notice-${fileStamp(new Date())}.json`, 'application/json');
    onMessage('DSA notice downloaded.');
  };
  return (
    <div class="actions" role="group" aria-label="Report">
      <button type="button" onClick={() => void copy('dsa')}>Copy DSA notice</button>
      <button type="button" onClick={() => void copy('platform')}>Copy platform report</button>
      <button type="button" onClick={() => void download()}>Download notice</button>
    </div>
  );
}
