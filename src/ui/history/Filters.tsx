/**
 * Search, filters and sorting for the history list. The search box is debounced by the page;
 * everything else applies at once. Every control has a visible label.
 */
import type { ItemStatus, Platform } from '../../shared/item';
import { ITEM_STATUSES, PLATFORMS } from '../../shared/item';
import type { CueCategory, Verdict } from '../../engine/types';
import { CUE_CATEGORIES } from '../../reports';
import { categoryLabel, STATUS_LABELS } from '../components/labels';
import type { ItemFilter, SortKey } from '../data';

export interface FilterState {
  q: string;
  platform: Platform | '';
  status: ItemStatus | '';
  verdict: Verdict | '';
  category: CueCategory | '';
  lang: string;
  /** yyyy-mm-dd (UTC day), inclusive. */
  from: string;
  to: string;
  /** Percent, '' for any. */
  minScore: string;
  /** Set from the accounts view. */
  author: { key: string; label: string } | null;
  sort: SortKey;
  direction: 'asc' | 'desc';
}

export const EMPTY_FILTERS: FilterState = {
  q: '',
  platform: '',
  status: '',
  verdict: '',
  category: '',
  lang: '',
  from: '',
  to: '',
  minScore: '',
  author: null,
  sort: 'capturedAt',
  direction: 'desc',
};

const SORTS: { key: SortKey; label: string }[] = [
  { key: 'capturedAt', label: 'Captured' },
  { key: 'score', label: 'Score' },
  { key: 'platform', label: 'Platform' },
  { key: 'status', label: 'Status' },
  { key: 'author', label: 'Author' },
];

/** The store filter for a UI state (`q` is the debounced text). */
export function toItemFilter(f: FilterState, q: string): ItemFilter {
  const out: ItemFilter = {};
  if (q.trim()) out.text = q.trim();
  if (f.platform) out.platforms = [f.platform];
  if (f.status) out.statuses = [f.status];
  if (f.verdict) out.verdicts = [f.verdict];
  if (f.category) out.categories = [f.category];
  if (f.lang.trim()) out.langs = f.lang.split(/[\s,]+/).map((l) => l.trim().toLowerCase()).filter(Boolean);
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  const min = Number(f.minScore);
  if (f.minScore !== '' && Number.isFinite(min)) out.minScore = Math.max(0, Math.min(100, min)) / 100;
  if (f.author) out.authorKey = f.author.key;
  return out;
}

export function isFiltered(f: FilterState): boolean {
  return !!(f.q.trim() || f.platform || f.status || f.verdict || f.category || f.lang.trim() || f.from || f.to || f.minScore || f.author);
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/**
 * `onChange` takes an update of the previous state, not a new state: two changes in one frame
 * (a select, then typing, before the page re-rendered) must both land.
 */
export function Filters({ state, onChange }: { state: FilterState; onChange(update: (prev: FilterState) => FilterState): void }) {
  const set = (patch: Partial<FilterState>) => onChange((prev) => ({ ...prev, ...patch }));
  return (
    <form class="filters" role="search" aria-label="Search and filter items" onSubmit={(e) => e.preventDefault()}>
      <label class="grow">
        <span class="sr-only">Search</span>
        <input
          type="search"
          dir="auto"
          placeholder="Search text, author, URL, notes, tags"
          value={state.q}
          onInput={(e) => set({ q: value(e) })}
        />
      </label>
      <label>
        Platform{' '}
        <select aria-label="Platform" value={state.platform} onChange={(e) => set({ platform: value(e) as FilterState['platform'] })}>
          <option value="">all</option>
          {PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <label>
        Status{' '}
        <select aria-label="Status" value={state.status} onChange={(e) => set({ status: value(e) as FilterState['status'] })}>
          <option value="">all</option>
          {ITEM_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </label>
      <label>
        Verdict{' '}
        <select aria-label="Verdict" value={state.verdict} onChange={(e) => set({ verdict: value(e) as FilterState['verdict'] })}>
          <option value="">all</option>
          <option value="suspect">suspect</option>
          <option value="review">review</option>
          <option value="clear">clear</option>
        </select>
      </label>
      <label>
        Category{' '}
        <select aria-label="Category" value={state.category} onChange={(e) => set({ category: value(e) as FilterState['category'] })}>
          <option value="">all</option>
          {CUE_CATEGORIES.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
        </select>
      </label>
      <label>
        Language{' '}
        <input aria-label="Language" size={6} placeholder="ar, fa…" value={state.lang} onInput={(e) => set({ lang: value(e) })} />
      </label>
      <label>
        From{' '}
        <input aria-label="From" type="date" value={state.from} onInput={(e) => set({ from: value(e) })} />
      </label>
      <label>
        To{' '}
        <input aria-label="To" type="date" value={state.to} onInput={(e) => set({ to: value(e) })} />
      </label>
      <label>
        Minimum score (%){' '}
        <input aria-label="Minimum score (%)" type="number" min={0} max={100} step={5} size={4} value={state.minScore} onInput={(e) => set({ minScore: value(e) })} />
      </label>
      <label>
        Sort by{' '}
        <select aria-label="Sort by" value={state.sort} onChange={(e) => set({ sort: value(e) as SortKey })}>
          {SORTS.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
        </select>
      </label>
      <label>
        Order{' '}
        <select aria-label="Order" value={state.direction} onChange={(e) => set({ direction: value(e) as FilterState['direction'] })}>
          <option value="desc">descending</option>
          <option value="asc">ascending</option>
        </select>
      </label>
      {state.author ? (
        <span class="chip">
          Account: <bdi>{state.author.label}</bdi>{' '}
          <button type="button" aria-label={`Remove account filter ${state.author.label}`} onClick={() => set({ author: null })}>×</button>
        </span>
      ) : null}
      {isFiltered(state) ? (
        <button type="button" onClick={() => onChange((prev) => ({ ...EMPTY_FILTERS, sort: prev.sort, direction: prev.direction }))}>Clear filters</button>
      ) : null}
    </form>
  );
}
