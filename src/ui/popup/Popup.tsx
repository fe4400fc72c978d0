/**
 * The toolbar popup: what Tidemark sees on the current page (DESIGN.md §7.4 page summary),
 * with Show and Flag per post, the latest flags with quick status changes, and links to the
 * history and settings. Flagging from here is a browser-owned gesture a page cannot forge.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FlaggedItem, ItemStatus } from '../../shared/item';
import { ITEM_STATUSES } from '../../shared/item';
import type { PageSummary } from '../../shared/protocol';
import { activeTab, extensionUrl, sendToBackground, sendToTab } from '../messaging';
import { historyData, type HistoryData } from '../data';
import { categoryLabel, STATUS_LABELS } from '../components/labels';
import { ReportActions } from '../components/ReportActions';
import { clearStoreBlocked, errorText, useStoreBlocked } from '../lifecycle';

type PageState = { kind: 'loading' } | { kind: 'none'; reason: string } | { kind: 'ok'; tabId: number; summary: PageSummary };

/** The tab to summarise: `?tab=ID` (tests open the popup as a tab), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  return (await activeTab())?.id;
}

export function Popup({ data = historyData }: { data?: HistoryData }) {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [latest, setLatest] = useState<FlaggedItem[] | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const blocked = useStoreBlocked();

  const loadLatest = async () => {
    try {
      // The capturedAt index read backwards: no full read of the history, even with 10,000 items.
      const r = await data.newest(5);
      setLatest(r.items);
      setTotal(r.total);
      clearStoreBlocked();
    } catch (e) {
      setLatest([]);
      setError(`History unavailable: ${errorText(e)}`);
    }
  };

  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      if (tabId === undefined) {
        setPage({ kind: 'none', reason: 'No active tab.' });
        return;
      }
      try {
        const summary = await sendToTab(tabId, { type: 'page-summary' });
        setPage({ kind: 'ok', tabId, summary });
      } catch {
        setPage({ kind: 'none', reason: 'Tidemark does not run on this page (browser pages, or the site is switched off in settings).' });
      }
    })();
    void loadLatest();
  }, []);

  const flag = async (tabId: number, index: number) => {
    try {
      const reply = await sendToBackground({ type: 'flag-from-popup', tabId, index });
      if (reply.ok) {
        setMessage(reply.created ? 'Flagged and saved.' : 'Already flagged: evidence updated.');
        setError(null);
      } else {
        setError(`Not flagged: ${reply.error}`);
      }
    } catch (e) {
      setError(`Not flagged: ${errorText(e)}`);
    }
    await loadLatest();
  };

  const setStatus = async (id: string, status: ItemStatus) => {
    try {
      await data.setStatus([id], status);
      setMessage(`Status set to ${STATUS_LABELS[status]}.`);
      setError(null);
    } catch (e) {
      setError(`Status not saved: ${errorText(e)}`);
    }
    await loadLatest();
  };
  const alertText = blocked ?? error;

  return (
    <>
      <header class="topbar">
        <img src="/icons/icon-32.png" alt="" />
        <h1>Tidemark</h1>
      </header>
      <main data-ready={page.kind !== 'loading' && latest !== null ? 'true' : 'false'}>
        <div role="alert" class="alert-region">{alertText ? <p class="error">{alertText}</p> : null}</div>
        <section aria-labelledby="page-h">
          <h2 id="page-h">This page</h2>
          {page.kind === 'loading' ? <p class="muted">Reading the page…</p> : null}
          {page.kind === 'none' ? <p class="muted">{page.reason}</p> : null}
          {page.kind === 'ok' ? (
            <>
              <p class="counts" data-counts>
                <span class="pill suspect">{page.summary.counts.suspect} suspect</span>
                <span class="pill review">{page.summary.counts.review} to review</span>
                <span class="pill">{page.summary.counts.posts} posts scanned</span>
              </p>
              {page.summary.posts.length === 0 ? <p class="muted">No suspect or review post on this page.</p> : null}
              <ul class="plain">
                {page.summary.posts.map((p) => (
                  <li class="post" key={p.index} data-summary-post={p.index}>
                    <header>
                      <span class={`pill ${p.verdict}`}>{p.verdict} {Math.round(p.score * 100)}%</span>
                      <span class="muted">{p.reasons.join(' · ')}</span>
                    </header>
                    <p class="post-text" dir="auto">{p.text.slice(0, 240)}</p>
                    <p class="muted">{[...new Set(p.matches.map((m) => categoryLabel(m.category)))].join(', ')}</p>
                    <div class="actions">
                      <button type="button" onClick={() => void sendToTab(page.tabId, { type: 'scroll-to', index: p.index })}>Show</button>
                      <button type="button" class="primary" onClick={() => void flag(page.tabId, p.index)}>Flag post {p.index + 1}</button>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <section aria-labelledby="latest-h">
          <h2 id="latest-h">Latest flags{total ? <span class="muted" data-total={total}> · {total} in history</span> : null}</h2>
          {latest === null ? <p class="muted">Loading…</p> : null}
          {latest && latest.length === 0 ? <p class="muted">Nothing flagged yet.</p> : null}
          <ul class="plain">
            {(latest ?? []).map((item) => (
              <li class="post" key={item.id} data-latest-id={item.id}>
                <header>
                  <span class={`pill ${item.verdict}`}>{Math.round(item.score * 100)}%</span>
                  <span class="muted" dir="auto">{item.author.name ?? item.author.handle ?? item.platform}</span>
                  <time class="muted" dateTime={item.capturedAt}>{item.capturedAt.slice(0, 16).replace('T', ' ')}</time>
                </header>
                <p class="post-text" dir="auto">{item.text.slice(0, 140)}</p>
                <label>
                  Status{' '}
                  <select aria-label={`Status of: ${item.text.slice(0, 40)}`} value={item.status} onChange={(e) => void setStatus(item.id, (e.currentTarget as HTMLSelectElement).value as ItemStatus)}>
                    {ITEM_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
                  </select>
                </label>
                <ReportActions item={item} settings={() => data.reportSettings()} onMessage={setMessage} />
              </li>
            ))}
          </ul>
        </section>
        <p role="status" aria-live="polite" data-status-line>{message}</p>
        <nav class="row">
          <a href={extensionUrl('src/ui/history/index.html')} target="_blank" rel="noopener">Open history</a>{' · '}
          <a href={extensionUrl('src/ui/settings/index.html')} target="_blank" rel="noopener">Settings</a>
        </nav>
      </main>
    </>
  );
}
