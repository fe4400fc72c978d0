/**
 * The history page: every flagged item on this machine. Search, filter, open an item,
 * change its status, annotate, export and import. Reads the store directly (same origin as
 * the background); page-derived text is rendered as text only.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { FlaggedItem, ItemStatus, Platform } from '../../shared/item';
import { ITEM_STATUSES, PLATFORMS } from '../../shared/item';
import type { Verdict } from '../../engine/types';
import { STATUS_LABELS } from '../components/labels';
import { ItemDetail } from './ItemDetail';
import { ReportPanel } from './ReportPanel';
import { ExportBar } from './ExportBar';
import { historyData, type HistoryData } from '../data';

interface Filters {
  q: string;
  status: ItemStatus | '';
  platform: Platform | '';
  verdict: Verdict | '';
}

const EMPTY: Filters = { q: '', status: '', platform: '', verdict: '' };

function matchesFilters(item: FlaggedItem, f: Filters): boolean {
  if (f.status && item.status !== f.status) return false;
  if (f.platform && item.platform !== f.platform) return false;
  if (f.verdict && item.verdict !== f.verdict) return false;
  if (f.q) {
    const q = f.q.toLocaleLowerCase();
    const hay = [item.text, item.url, item.author.name, item.author.handle, item.author.url, item.note, ...item.tags]
      .filter(Boolean)
      .join('\n')
      .toLocaleLowerCase();
    if (!hay.includes(q)) return false;
  }
  return true;
}

export function History({ data = historyData }: { data?: HistoryData }) {
  const [items, setItems] = useState<FlaggedItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selected, setSelected] = useState<FlaggedItem | null>(null);
  const [status, setStatusMessage] = useState('');

  const reload = useCallback(async () => {
    try {
      setItems(await data.list());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setItems([]);
    }
  }, [data]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (!selectedId) {
      setSelected(null);
      return;
    }
    void data.get(selectedId).then((item) => setSelected(item ?? null));
  }, [selectedId, items, data]);

  const shown = useMemo(() => (items ?? []).filter((i) => matchesFilters(i, filters)), [items, filters]);

  const act = async (label: string, job: () => Promise<unknown>) => {
    try {
      await job();
      setStatusMessage(label);
      await reload();
    } catch (e) {
      setStatusMessage(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <>
      <header class="topbar">
        <img src="/icons/icon-32.png" alt="" />
        <h1>Tidemark — history</h1>
        <span class="muted-light">{items ? `${items.length} items` : ''}</span>
        <a href="../settings/index.html">Settings</a>
      </header>
      <main data-ready={items !== null ? 'true' : 'false'} class="history">
        {error ? <p class="error" role="alert">{error}</p> : null}
        <ExportBar data={data} items={shown} onImported={reload} onMessage={setStatusMessage} />
        <p role="status" aria-live="polite" class="status-line">{status}</p>
        <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <label>
            <span class="sr-only">Search</span>
            <input
              type="search"
              placeholder="Search text, author, URL, notes, tags"
              value={filters.q}
              onInput={(e) => setFilters({ ...filters, q: (e.currentTarget as HTMLInputElement).value })}
            />
          </label>
          <label>
            Status{' '}
            <select value={filters.status} onChange={(e) => setFilters({ ...filters, status: (e.currentTarget as HTMLSelectElement).value as Filters['status'] })}>
              <option value="">all</option>
              {ITEM_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
            </select>
          </label>
          <label>
            Platform{' '}
            <select value={filters.platform} onChange={(e) => setFilters({ ...filters, platform: (e.currentTarget as HTMLSelectElement).value as Filters['platform'] })}>
              <option value="">all</option>
              {PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}
            </select>
          </label>
          <label>
            Verdict{' '}
            <select value={filters.verdict} onChange={(e) => setFilters({ ...filters, verdict: (e.currentTarget as HTMLSelectElement).value as Filters['verdict'] })}>
              <option value="">all</option>
              <option value="suspect">suspect</option>
              <option value="review">review</option>
              <option value="clear">clear</option>
            </select>
          </label>
        </form>
        <div class="columns">
          <ul class="item-list" aria-label="Flagged items">
            {shown.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  class={`item-row${item.id === selectedId ? ' selected' : ''}`}
                  data-item-id={item.id}
                  aria-pressed={item.id === selectedId}
                  onClick={() => setSelectedId(item.id)}
                >
                  <span class="row-head">
                    <span class={`pill ${item.status}`}>{STATUS_LABELS[item.status]}</span>
                    <span class={`pill ${item.verdict}`}>{Math.round(item.score * 100)}%</span>
                    <span class="muted">{item.platform}</span>
                    <time class="muted" dateTime={item.capturedAt}>{item.capturedAt.slice(0, 16).replace('T', ' ')}</time>
                  </span>
                  <span class="row-author" dir="auto">{item.author.name ?? item.author.handle ?? '—'}</span>
                  <span class="row-text" dir="auto">{item.text.slice(0, 160)}</span>
                </button>
              </li>
            ))}
            {items && shown.length === 0 ? (
              <li class="muted empty">{items.length === 0 ? 'Nothing flagged yet. Flag a post from its badge, the context menu or Alt+Shift+F.' : 'No item matches these filters.'}</li>
            ) : null}
          </ul>
          {selected ? (
            <ItemDetail
              key={selected.id + selected.capturedAt + selected.status}
              item={selected}
              reportSlot={<ReportPanel data={data} item={selected} onChanged={reload} />}
              actions={{
                setStatus: (s) => void act(`Status set to ${STATUS_LABELS[s]}.`, () => data.setStatus([selected.id], s)),
                saveNote: (note, tags) => void act('Note saved.', () => data.update(selected.id, { note, tags })),
                remove: () => {
                  if (!confirm('Delete this item? Its evidence is removed from this machine; the custody log keeps a tombstone.')) return;
                  void act('Item deleted.', async () => {
                    await data.remove([selected.id]);
                    setSelectedId(null);
                  });
                },
              }}
            />
          ) : (
            <section class="detail panel muted">Select an item to see its evidence.</section>
          )}
        </div>
      </main>
    </>
  );
}
