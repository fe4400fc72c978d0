/**
 * The history page: every flagged item on this machine, built to stay fast with 10,000+.
 * - the list is virtualised (VirtualList) over the ids of `store.queryItems`, which
 *   searches, filters and sorts in memory; rows load in pages as they scroll into view;
 * - one item in detail with its screenshot, hashes and custody log, editable;
 * - bulk selection (or "all matching") for status changes, export and delete (confirmed in
 *   an in-page dialog; the store leaves a tombstone in the custody log);
 * - an accounts view grouping items by author across platforms.
 * Store failures (quota, a blocked upgrade…) are shown in a role="alert" region. Page-derived
 * text is rendered as text only, with dir="auto" for right-to-left scripts.
 *
 * Timings are left as performance marks/measures ("tidemark:first-rows", "tidemark:query",
 * "tidemark:bulk-status") for the benchmark; they cost nothing when nobody reads them.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FlaggedItem, ItemStatus } from '../../shared/item';
import { ITEM_STATUSES } from '../../shared/item';
import { STATUS_LABELS } from '../components/labels';
import { clearStoreBlocked, errorText, useStoreBlocked } from '../lifecycle';
import { historyData, type Account, type CustodyRecord, type HistoryData } from '../data';
import { ItemDetail } from './ItemDetail';
import { ReportPanel } from './ReportPanel';
import { ExportBar } from './ExportBar';
import { VirtualList } from './VirtualList';
import { Filters, EMPTY_FILTERS, toItemFilter, type FilterState } from './Filters';
import { Accounts, accountLabel } from './Accounts';
import { ConfirmDialog } from '../components/ConfirmDialog';

const SEARCH_DEBOUNCE_MS = 200;
const FIRST_PAGE = 60;
const PAGE = 100;
/** Ids of rows not known yet on the first screen (never a real item id: those never start with NUL). */
const PROVISIONAL = '\u0000pending-';

type Tab = 'items' | 'accounts';

async function timed<T>(name: string, job: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await job();
  } finally {
    try {
      performance.measure(`tidemark:${name}`, { start, end: performance.now() });
    } catch {
      // Measuring is best effort.
    }
  }
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function History({ data = historyData }: { data?: HistoryData }) {
  const blocked = useStoreBlocked();
  const [tab, setTab] = useState<Tab>('items');
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS);
  const q = useDebounced(filters.q, SEARCH_DEBOUNCE_MS);
  const [result, setResult] = useState<{ ids: string[] } | null>(null);
  const [overall, setOverall] = useState<number | null>(null);
  const cache = useRef(new Map<string, FlaggedItem>());
  const pending = useRef(new Set<string>());
  const [, setCacheVersion] = useState(0);
  const [tick, setTick] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [detail, setDetail] = useState<FlaggedItem | null>(null);
  const [custody, setCustody] = useState<CustodyRecord[] | null>(null);
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** The list itself could not be read (kept apart so a successful reload does not hide an action's error). */
  const [queryError, setQueryError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ ids: string[]; what: string } | null>(null);
  const [bulkStatus, setBulkStatus] = useState<ItemStatus>('reported');
  const firstMarked = useRef(false);
  /** The first screen is showing, before the full query answered (rows past the first page are placeholders). */
  const [provisional, setProvisional] = useState(false);
  const answered = useRef(false);
  const querySeq = useRef(0);

  const filter = useMemo(() => toItemFilter(filters, q), [filters, q]);
  const queryKey = JSON.stringify([filter, filters.sort, filters.direction]);
  const reload = useCallback(async () => setTick((t) => t + 1), []);
  const fail = (e: unknown) => setError(errorText(e));

  // A new query clears the bulk selection: acting on items the moderator cannot see is a trap.
  useEffect(() => setChecked(new Set()), [queryKey]);

  // First screen: the default view (everything, newest first) is the capturedAt index read
  // backwards, so its first rows need no search index. They show at once; the full query
  // (which reads every item once to build the index) replaces them when it answers.
  const firstScreen = useRef<Promise<unknown> | null>(null);
  useEffect(() => {
    firstScreen.current = data
      .newest(FIRST_PAGE)
      .then(({ items, total }) => {
        // Only while the initial query is the latest one (no filter typed yet) and has not answered.
        if (querySeq.current > 1 || answered.current) return;
        const ids = items.map((i) => i.id);
        for (let i = ids.length; i < total; i++) ids.push(`${PROVISIONAL}${i}`);
        for (const item of items) cache.current.set(item.id, item);
        setProvisional(true);
        setResult({ ids });
        setOverall(total);
      })
      .catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);


  useEffect(() => {
    const seq = ++querySeq.current;
    void (async () => {
      try {
        // IndexedDB serves the first screen's 60-row cursor behind a full read: let it go first.
        if (!answered.current && firstScreen.current) await firstScreen.current;
        if (seq !== querySeq.current) return;
        const r = await timed('query', () => data.query(filter, { sort: filters.sort, direction: filters.direction, limit: FIRST_PAGE }));
        if (seq !== querySeq.current) return;
        const fresh = new Map<string, FlaggedItem>();
        for (const item of r.items) fresh.set(item.id, item);
        cache.current = fresh;
        pending.current = new Set();
        answered.current = true;
        setProvisional(false);
        setResult({ ids: r.ids });
        setOverall(Object.keys(filter).length === 0 ? r.total : (await data.query({}, { limit: 0 })).total);
        clearStoreBlocked();
        setQueryError(null);
      } catch (e) {
        if (seq !== querySeq.current) return;
        setQueryError(errorText(e));
        setResult((prev) => prev ?? { ids: [] });
      }
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryKey, tick, data]);

  useEffect(() => {
    if (firstMarked.current || !result) return;
    firstMarked.current = true;
    performance.mark('tidemark:first-rows');
  }, [result]);

  const need = useCallback(
    (from: number, to: number) => {
      if (!result) return;
      const start = Math.max(0, from - PAGE / 4);
      const end = Math.min(result.ids.length, Math.max(to, start + PAGE));
      const missing = result.ids.slice(start, end).filter((id) => !id.startsWith(PROVISIONAL) && !cache.current.has(id) && !pending.current.has(id));
      if (missing.length === 0) return;
      for (const id of missing) pending.current.add(id);
      const target = cache.current;
      void data
        .getMany(missing, false)
        .then((items) => {
          if (target !== cache.current) return;
          for (const item of items) target.set(item.id, item);
          setCacheVersion((v) => v + 1);
        })
        .catch(fail)
        .finally(() => {
          for (const id of missing) pending.current.delete(id);
        });
    },
    [result, data],
  );

  useEffect(() => {
    if (!openId) {
      setDetail(null);
      setCustody(null);
      return;
    }
    let live = true;
    void Promise.all([data.get(openId), data.custody(openId)])
      .then(([item, log]) => {
        if (!live) return;
        setDetail(item ?? null);
        setCustody(log);
        if (!item) setOpenId(null);
      })
      .catch(fail);
    return () => {
      live = false;
    };
  }, [openId, tick, data]);

  useEffect(() => {
    if (tab !== 'accounts') return;
    void data.accounts().then(setAccounts).catch(fail);
  }, [tab, tick, data]);

  const act = async (label: string, job: () => Promise<unknown>): Promise<boolean> => {
    try {
      await job();
      setMessage(label);
      setError(null);
      return true;
    } catch (e) {
      setError(`Not saved: ${errorText(e)}`);
      return false;
    } finally {
      await reload();
    }
  };

  const toggle = useCallback((id: string) => {
    if (id.startsWith(PROVISIONAL)) return;
    setChecked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const ids = result?.ids ?? [];
  const allChecked = ids.length > 0 && checked.size === ids.length;
  const selection = checked.size > 0 ? ids.filter((id) => checked.has(id)) : ids;
  const scope = checked.size > 0 ? `${plural(checked.size, 'selected item')}` : `all ${plural(ids.length, 'matching item')}`;

  const applyBulkStatus = () => {
    const list = [...checked];
    void act(`Status set to ${STATUS_LABELS[bulkStatus]} on ${plural(list.length, 'item')}.`, () =>
      timed('bulk-status', () => data.setStatus(list, bulkStatus)),
    );
  };

  const deleteNow = async (list: string[]) => {
    setConfirm(null);
    const ok = await act(`Deleted ${plural(list.length, 'item')}. The custody log keeps a tombstone for each.`, () => data.remove(list));
    if (ok) {
      setChecked((prev) => new Set([...prev].filter((id) => !list.includes(id))));
      if (openId && list.includes(openId)) setOpenId(null);
    }
  };

  const showAccount = (a: Account) => {
    setFilters({ ...EMPTY_FILTERS, sort: filters.sort, direction: filters.direction, author: { key: a.authorKey, label: accountLabel(a) } });
    setTab('items');
  };

  const tabs: { id: Tab; label: string }[] = [
    { id: 'items', label: 'Items' },
    { id: 'accounts', label: 'Accounts' },
  ];
  const onTabKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight' && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    const next: Tab = e.key === 'Home' ? 'items' : e.key === 'End' ? 'accounts' : tab === 'items' ? 'accounts' : 'items';
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  const alertText = blocked ?? error ?? queryError;

  return (
    <>
      <header class="topbar">
        <img src="/icons/icon-32.png" alt="" />
        <h1>Tidemark — history</h1>
        <span class="muted-light" data-overall={overall ?? ''}>{overall !== null ? plural(overall, 'item') : ''}</span>
        <a href="../settings/index.html">Settings</a>
      </header>
      <main data-ready={result !== null && !provisional ? 'true' : 'false'} class="history">
        <div role="alert" class="alert-region" data-alert>
          {alertText ? (
            <p class="error">
              {alertText}{' '}
              {!blocked && error ? <button type="button" onClick={() => setError(null)}>Dismiss</button> : null}
            </p>
          ) : null}
        </div>
        <ExportBar data={data} ids={selection} scope={scope} onImported={reload} onMessage={setMessage} onError={setError} />
        <p role="status" aria-live="polite" class="status-line" data-status-line>{message}</p>
        <div role="tablist" aria-label="History views" class="tabs" onKeyDown={onTabKey}>
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {tab === 'accounts' ? (
          <section role="tabpanel" id="panel-accounts" aria-labelledby="tab-accounts">
            <Accounts accounts={accounts} onShow={showAccount} />
          </section>
        ) : (
          <section role="tabpanel" id="panel-items" aria-labelledby="tab-items" class="items-panel">
            <Filters state={filters} onChange={setFilters} />
            <div class="bulk row" role="group" aria-label="Bulk actions">
              <label>
                <input
                  type="checkbox"
                  checked={allChecked}
                  disabled={ids.length === 0 || provisional}
                  ref={(el) => {
                    if (el) el.indeterminate = checked.size > 0 && !allChecked;
                  }}
                  onChange={() => setChecked(allChecked ? new Set() : new Set(ids))}
                />{' '}
                Select all {plural(ids.length, 'matching item')}
              </label>
              <span data-count-shown={ids.length} data-count-selected={checked.size} aria-live="polite">
                {result ? `${plural(ids.length, 'item')} shown${overall !== null && overall !== ids.length ? ` of ${overall.toLocaleString('en')}` : ''}` : 'Loading…'}
                {checked.size ? ` · ${checked.size.toLocaleString('en')} selected` : ''}
              </span>
              {checked.size ? (
                <>
                  <label>
                    New status{' '}
                    <select aria-label="New status" value={bulkStatus} onChange={(e) => setBulkStatus((e.currentTarget as HTMLSelectElement).value as ItemStatus)}>
                      {ITEM_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
                    </select>
                  </label>
                  <button type="button" onClick={applyBulkStatus}>Set status of {plural(checked.size, 'selected item')}</button>
                  <button type="button" class="danger" onClick={() => setConfirm({ ids: [...checked], what: plural(checked.size, 'selected item') })}>
                    Delete {plural(checked.size, 'selected item')}…
                  </button>
                  <button type="button" onClick={() => setChecked(new Set())}>Clear selection</button>
                </>
              ) : null}
            </div>
            <div class="columns">
              <div class="list-col">
                <VirtualList
                  ids={ids}
                  items={cache.current}
                  need={need}
                  openId={openId}
                  onOpen={(id) => setOpenId(id.startsWith(PROVISIONAL) ? null : id)}
                  checked={checked}
                  onToggle={toggle}
                  resetKey={queryKey}
                />
                {result && ids.length === 0 ? (
                  <p class="muted empty">
                    {overall === 0 ? 'Nothing flagged yet. Flag a post from its badge, the context menu, Alt+Shift+F or the popup.' : 'No item matches these filters.'}
                  </p>
                ) : null}
              </div>
              {detail ? (
                <ItemDetail
                  key={detail.id}
                  item={detail}
                  custody={custody}
                  reportSlot={<ReportPanel key={`${detail.id}|${detail.report?.reportedAt ?? ''}`} data={data} item={detail} onChanged={reload} onError={setError} />}
                  actions={{
                    setStatus: (s) => void act(`Status set to ${STATUS_LABELS[s]}.`, () => data.setStatus([detail.id], s)),
                    saveNote: (note, tags) => void act('Note saved.', () => data.update(detail.id, { note, tags })),
                    remove: () => setConfirm({ ids: [detail.id], what: 'this item' }),
                  }}
                />
              ) : (
                <section class="detail panel muted">Select an item to see its evidence.</section>
              )}
            </div>
          </section>
        )}
        {confirm ? (
          <ConfirmDialog
            title={`Delete ${confirm.what}?`}
            confirmLabel={`Delete ${plural(confirm.ids.length, 'item')}`}
            onConfirm={() => void deleteNow(confirm.ids)}
            onCancel={() => setConfirm(null)}
          >
            <p>
              The evidence (text, screenshot, notes) is removed from this machine. The custody log keeps a tombstone with each
              item's id, URL and hashes. Export first if you may need it.
            </p>
          </ConfirmDialog>
        ) : null}
      </main>
    </>
  );
}
