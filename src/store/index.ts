/**
 * The store's public API.
 *
 * Two ways in:
 * - `createStore(opts)` returns a Store bound to one lazily opened connection (tests create
 *   one per database; the background and each extension page can create their own);
 * - the plain functions below (`putFlag(item)`, `getSettings()`…) use a default Store for the
 *   'tidemark' database. Call `configureStore()` once, before first use, to receive the
 *   blocked/blocking/terminated callbacks.
 *
 * The repository functions taking the database handle first live in ./items and ./settings.
 */
import type { FlaggedItem, ItemStatus } from '../shared/item';
import { Connection, type OpenOptions } from './db';
import type { TidemarkDatabase } from './schema';
import * as items from './items';
import * as settings from './settings';

export { openTidemarkDB, Connection, type OpenOptions } from './db';
export { StoreError, storeErrorMessage, toStoreError, type StoreErrorKind } from './errors';
export { DB_NAME, DB_VERSION, authorKeyOf, type TidemarkDB, type TidemarkDatabase, type ItemRecord, type CustodyRecord } from './schema';
export { foldForSearch } from './search';
export type {
  Account,
  ImportCounts,
  ImportMode,
  ItemFilter,
  ItemIndex,
  ItemPatch,
  ListOptions,
  PutFlagResult,
  QueryOptions,
  QueryResult,
  ReadOptions,
  SortKey,
  WriteOptions,
} from './items';
export { entryMatcher } from './items';
export {
  DEFAULT_SETTINGS,
  checkSettings,
  defaultSettings,
  isLexiconCategory,
  normalizeSite,
  type CustomTerm,
  type Reviewer,
  type Settings,
  type SiteRules,
} from './settings';

type DbFn<A extends unknown[], R> = (db: TidemarkDatabase, ...args: A) => Promise<R>;
type Bound<F> = F extends DbFn<infer A, infer R> ? (...args: A) => Promise<R> : never;

/** The repository bound to one connection. Method docs: see ./items and ./settings. */
export interface Store {
  /** The open database (opened on first use, reopened after blocking/terminated). */
  db(): Promise<TidemarkDatabase>;
  close(): Promise<void>;
  putFlag: Bound<typeof items.putFlag>;
  getItem: Bound<typeof items.getItem>;
  getItems: Bound<typeof items.getItems>;
  listItems: Bound<typeof items.listItems>;
  countItems: Bound<typeof items.countItems>;
  queryItems: Bound<typeof items.queryItems>;
  updateItem: Bound<typeof items.updateItem>;
  bulkSetStatus: Bound<typeof items.bulkSetStatus>;
  deleteItems: Bound<typeof items.deleteItems>;
  purgeOlderThan: Bound<typeof items.purgeOlderThan>;
  accounts: Bound<typeof items.accounts>;
  custodyLog: Bound<typeof items.custodyLog>;
  recordExport: Bound<typeof items.recordExport>;
  previewImport: Bound<typeof items.previewImport>;
  importItems: Bound<typeof items.importItems>;
  getSettings: Bound<typeof settings.getSettings>;
  saveSettings: Bound<typeof settings.saveSettings>;
  updateSettings: Bound<typeof settings.updateSettings>;
}

/** A Store over its own connection (see OpenOptions for the lifecycle callbacks). */
export function createStore(opts: OpenOptions = {}): Store {
  const conn = new Connection(opts);
  const bind =
    <A extends unknown[], R>(fn: DbFn<A, R>) =>
    async (...args: A): Promise<R> =>
      fn(await conn.db(), ...args);
  return {
    db: () => conn.db(),
    close: () => conn.close(),
    putFlag: bind(items.putFlag),
    getItem: bind(items.getItem),
    getItems: bind(items.getItems),
    listItems: bind(items.listItems),
    countItems: bind(items.countItems),
    queryItems: bind(items.queryItems),
    updateItem: bind(items.updateItem),
    bulkSetStatus: bind(items.bulkSetStatus),
    deleteItems: bind(items.deleteItems),
    purgeOlderThan: bind(items.purgeOlderThan),
    accounts: bind(items.accounts),
    custodyLog: bind(items.custodyLog),
    recordExport: bind(items.recordExport),
    previewImport: bind(items.previewImport),
    importItems: bind(items.importItems),
    getSettings: bind(settings.getSettings),
    saveSettings: bind(settings.saveSettings),
    updateSettings: bind(settings.updateSettings),
  };
}

let defaultStore: Store | null = null;

/** The default Store (database 'tidemark'), created on first use. */
export function store(): Store {
  return (defaultStore ??= createStore());
}

/**
 * Sets the lifecycle callbacks of the default Store (closing its current connection).
 * Extension pages: `onBlocked` → show the error's message; `onBlocking` → reload the page.
 */
export function configureStore(opts: Omit<OpenOptions, 'name'>): void {
  void defaultStore?.close();
  defaultStore = createStore(opts);
}

// The default Store's operations as plain functions (what the background and pages import).
// updateItem, bulkSetStatus, deleteItems and recordExport resolve to void here (the pages'
// HistoryData contract); `store().x(...)` gives the updated item or the count.

/** Stores one flag (create or update, never a duplicate) in one transaction. */
export const putFlag = (item: FlaggedItem, opts?: items.WriteOptions) => store().putFlag(item, opts);
export const getItem = (id: string, opts?: items.ReadOptions) => store().getItem(id, opts);
export const getItems = (ids: readonly string[], opts?: items.ReadOptions) => store().getItems(ids, opts);
export const listItems = (opts?: items.ListOptions) => store().listItems(opts);
export const countItems = (opts?: Parameters<typeof items.countItems>[1]) => store().countItems(opts);
export const queryItems = (filter?: items.ItemFilter, opts?: items.QueryOptions) => store().queryItems(filter, opts);
export const updateItem = async (id: string, patch: items.ItemPatch, opts?: items.WriteOptions): Promise<void> => {
  await store().updateItem(id, patch, opts);
};
export const bulkSetStatus = async (ids: readonly string[], status: ItemStatus, opts?: items.WriteOptions): Promise<void> => {
  await store().bulkSetStatus(ids, status, opts);
};
export const deleteItems = async (ids: readonly string[], opts?: items.WriteOptions & { reason?: string }): Promise<void> => {
  await store().deleteItems(ids, opts);
};
export const purgeOlderThan = (days: number, opts?: items.WriteOptions) => store().purgeOlderThan(days, opts);
export const accounts = () => store().accounts();
export const custodyLog = (itemId?: string) => store().custodyLog(itemId);
export const recordExport = async (ids: readonly string[], format: string, opts?: items.WriteOptions): Promise<void> => {
  await store().recordExport(ids, format, opts);
};
export const previewImport = (list: readonly FlaggedItem[], mode?: items.ImportMode) => store().previewImport(list, mode);
export const importItems = (list: readonly FlaggedItem[], mode?: items.ImportMode, opts?: items.WriteOptions) => store().importItems(list, mode, opts);
export const getSettings = () => store().getSettings();
export const saveSettings = (s: settings.Settings) => store().saveSettings(s);
export const updateSettings = (patch: Partial<settings.Settings>) => store().updateSettings(patch);
