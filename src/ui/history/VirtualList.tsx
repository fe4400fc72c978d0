/**
 * The item list, virtualised: only the rows in view (plus an overscan) exist in the DOM, at
 * a fixed height, so 10,000+ items scroll as smoothly as ten. A grid pattern for assistive
 * technology: `aria-rowcount` is the full count, each row has its `aria-rowindex`, one row
 * at a time is in the tab order (roving tabindex); ↑/↓, PageUp/PageDown, Home/End move,
 * Space toggles the row's checkbox, Enter opens it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FlaggedItem } from '../../shared/item';
import { STATUS_LABELS } from '../components/labels';

export const ROW_HEIGHT = 72;
const OVERSCAN = 8;

export interface VirtualListProps {
  ids: readonly string[];
  /** Loaded items by id (rows whose item is not loaded yet show a placeholder). */
  items: ReadonlyMap<string, FlaggedItem>;
  /** Asks for the items of rows [from, to) to be loaded. */
  need(from: number, to: number): void;
  openId: string | null;
  onOpen(id: string): void;
  checked: ReadonlySet<string>;
  onToggle(id: string): void;
  /** Changes when the query changes (not on a reload after an edit): back to the top. */
  resetKey: string;
}

export function VirtualList({ ids, items, need, openId, onOpen, checked, onToggle, resetKey }: VirtualListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const total = ids.length;
  const cur = total ? Math.min(active, total - 1) : 0;

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    setHeight(el.clientHeight || 600);
    const ro = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // A new result starts at the top.
  useEffect(() => {
    setActive(0);
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  useEffect(() => {
    if (last > first) need(first, last);
  }, [first, last, ids, need]);

  // Focus follows the active row in the same frame (a layout effect, not one that waits for
  // paint), so a key pressed right after another acts on the row the user sees focused.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    scroller.current?.querySelector<HTMLElement>(`[data-row-index="${active}"] .item-row`)?.focus();
  });

  const move = (to: number) => {
    if (total === 0) return;
    const i = Math.max(0, Math.min(total - 1, to));
    setActive(i);
    focusPending.current = true;
    const el = scroller.current;
    if (el) {
      const top = i * ROW_HEIGHT;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
      setScrollTop(el.scrollTop);
    }
  };

  const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(cur + 1),
      ArrowUp: () => move(cur - 1),
      PageDown: () => move(cur + page),
      PageUp: () => move(cur - page),
      Home: () => move(0),
      End: () => move(total - 1),
    };
    const k = keys[e.key];
    if (k && !(e.target instanceof HTMLInputElement && e.key === ' ')) {
      e.preventDefault();
      k();
      return;
    }
    if (e.key === ' ' && !(e.target instanceof HTMLInputElement)) {
      const id = ids[cur];
      if (id) {
        e.preventDefault();
        onToggle(id);
      }
    }
  };

  const rows = [];
  for (let i = first; i < last; i++) {
    const id = ids[i]!;
    const item = items.get(id);
    const isActive = i === cur;
    rows.push(
      <div
        role="row"
        key={id}
        aria-rowindex={i + 1}
        aria-selected={checked.has(id)}
        data-row-index={i}
        class={`vrow${id === openId ? ' open' : ''}`}
        style={{ top: `${i * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
      >
        <div role="gridcell" class="vcheck">
          <input
            type="checkbox"
            tabIndex={-1}
            checked={checked.has(id)}
            aria-label={`Select ${item ? rowName(item) : `item ${i + 1}`}`}
            onChange={() => onToggle(id)}
          />
        </div>
        <div role="gridcell" class="vmain">
          <button
            type="button"
            class="item-row"
            data-item-id={id}
            tabIndex={isActive ? 0 : -1}
            aria-current={id === openId ? 'true' : undefined}
            onFocus={() => setActive(i)}
            onClick={() => {
              setActive(i);
              onOpen(id);
            }}
          >
            {item ? (
              <>
                <span class="row-head">
                  <span class={`pill ${item.status}`}>{STATUS_LABELS[item.status]}</span>
                  <span class={`pill ${item.verdict}`}>{Math.round(item.score * 100)}%</span>
                  <span class="muted">{item.platform}</span>
                  <time class="muted" dateTime={item.capturedAt}>{item.capturedAt.slice(0, 16).replace('T', ' ')}</time>
                  <span class="row-author" dir="auto">{item.author.name ?? item.author.handle ?? '—'}</span>
                </span>
                <span class="row-text" dir="auto">{item.text.slice(0, 200)}</span>
              </>
            ) : (
              <span class="muted">Loading…</span>
            )}
          </button>
        </div>
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      class="vscroll"
      role="grid"
      aria-label="Flagged items"
      aria-rowcount={total}
      aria-colcount={2}
      aria-multiselectable="true"
      data-total={total}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="vspace" style={{ height: `${total * ROW_HEIGHT}px` }}>
        {rows}
      </div>
    </div>
  );
}

function rowName(item: FlaggedItem): string {
  const who = item.author.name ?? item.author.handle ?? item.platform;
  return `${who}: ${item.text.slice(0, 40)}`;
}
