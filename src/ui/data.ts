/**
 * What the extension pages need from the store, behind one interface: the pages stay
 * testable with a fake, and the store can change without touching components.
 */
import type { FlaggedItem, ItemStatus, ReportInfo } from '../shared/item';
import type { ReportSettings } from '../reports';
import * as store from '../store';
import type { Account, CustodyRecord, ItemFilter, QueryOptions, QueryResult } from '../store';

export type { Account, CustodyRecord, ItemFilter, QueryOptions, QueryResult, SortKey } from '../store';

export interface ImportPreview {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ItemPatch {
  note?: string;
  tags?: string[];
  status?: ItemStatus;
  report?: ReportInfo;
}

export interface HistoryData {
  list(): Promise<FlaggedItem[]>;
  /** Search, filter and sort every item (ids of all matches; one page of items, no screenshots). */
  query(filter: ItemFilter, opts?: QueryOptions): Promise<QueryResult>;
  /** The newest items (capturedAt index, no screenshots) and the total: a first screen without the search index. */
  newest(limit: number): Promise<{ items: FlaggedItem[]; total: number }>;
  get(id: string): Promise<FlaggedItem | undefined>;
  /** Several items by id, in order; screenshots only when asked (exports). */
  getMany(ids: readonly string[], screenshots: boolean): Promise<FlaggedItem[]>;
  /** Items grouped by author across platforms. */
  accounts(): Promise<Account[]>;
  /** The custody log of one item (including events written after it was exported or re-flagged). */
  custody(id: string): Promise<CustodyRecord[]>;
  setStatus(ids: string[], status: ItemStatus): Promise<void>;
  update(id: string, patch: ItemPatch): Promise<void>;
  remove(ids: string[]): Promise<void>;
  recordExport(ids: string[], format: string): Promise<void>;
  previewImport(items: FlaggedItem[]): Promise<ImportPreview>;
  importItems(items: FlaggedItem[]): Promise<ImportPreview>;
  reportSettings(): Promise<ReportSettings>;
}

export const historyData: HistoryData = {
  list: () => store.listItems({ screenshots: false }),
  query: (filter, opts) => store.queryItems(filter, opts),
  async newest(limit) {
    const [items, total] = await Promise.all([store.listItems({ limit, screenshots: false }), store.countItems()]);
    return { items, total };
  },
  get: (id) => store.getItem(id),
  getMany: (ids, screenshots) => store.getItems(ids, { screenshots }),
  accounts: () => store.accounts(),
  custody: (id) => store.custodyLog(id),
  setStatus: (ids, status) => store.bulkSetStatus(ids, status),
  update: (id, patch) => store.updateItem(id, patch),
  remove: (ids) => store.deleteItems(ids),
  recordExport: (ids, format) => store.recordExport(ids, format),
  previewImport: (items) => store.previewImport(items),
  importItems: (items) => store.importItems(items),
  async reportSettings() {
    const s = await store.getSettings();
    const notifier: ReportSettings['notifier'] = { name: s.reviewer.name, email: s.reviewer.email };
    if (s.reviewer.organisation) notifier.organisation = s.reviewer.organisation;
    if (s.trustedFlaggerId) notifier.trustedFlagger = { id: s.trustedFlaggerId };
    return { notifier };
  },
};
