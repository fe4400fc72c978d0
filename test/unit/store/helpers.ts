/**
 * Store test helpers: a fresh fake-indexeddb database per test, item factories, a stepping
 * clock, and fault-injecting wrappers around an idb database handle.
 */
// oxlint-disable-next-line import/no-unassigned-import -- installs indexedDB and IDBKeyRange as globals, as in a browser
import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { openTidemarkDB, type OpenOptions } from '../../../src/store/db';
import { upgradeToV1, type TidemarkDatabase } from '../../../src/store/schema';
import type { FlaggedItem } from '../../../src/shared/item';

let counter = 0;

/** A database name no other test uses (the fake factory is shared within a test file). */
export function freshName(label = 'db'): string {
  counter++;
  return `tidemark-test-${label}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A freshly created current-version database. */
export async function freshDB(opts: OpenOptions = {}): Promise<TidemarkDatabase> {
  return openTidemarkDB({ name: freshName(), ...opts });
}

/** A clock that starts at `start` and advances one second per call. */
export function steppingClock(start = '2025-03-01T10:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

/** Fake 64-hex hash from a label, so tests can tell hashes apart at a glance. */
export function hash(label: string): string {
  return label.padEnd(64, '0').slice(0, 64);
}

/** A PNG-ish blob with recognisable bytes. */
export function png(label: string): Blob {
  return new Blob([`\x89PNG-${label}`], { type: 'image/png' });
}

export function makeItem(overrides: Partial<FlaggedItem> & { id: string }): FlaggedItem {
  const text = overrides.text ?? `Boat to Italy, 2000 euro, contact on WhatsApp (${overrides.id})`;
  const capturedAt = overrides.capturedAt ?? '2025-03-01T09:00:00.000Z';
  return {
    url: `https://www.facebook.com/groups/1/posts/${overrides.id}`,
    platform: 'facebook',
    author: { name: 'Travel Agency', handle: '@travel.agency', url: 'https://www.facebook.com/travel.agency' },
    text,
    lang: 'en',
    quote: { exact: text.slice(0, 20), prefix: '', suffix: '' },
    matches: [
      { start: 0, end: 4, text: 'Boat', category: 'transport', term: 'boat' },
      { start: 15, end: 24, text: '2000 euro', category: 'price', term: 'price' },
    ],
    score: 0.8,
    verdict: 'suspect',
    reasons: ['transport + price'],
    lexiconVersion: 'test-1',
    capturedAt,
    firstCapturedAt: capturedAt,
    evidence: { textSha256: hash(`t-${overrides.id}`), screenshotSha256: hash(`s-${overrides.id}`) },
    screenshot: png(overrides.id),
    note: '',
    tags: [],
    status: 'flagged',
    statusHistory: [],
    ...overrides,
  };
}

/** Creates a genuine v1 database (the first schema) and fills it with raw v1 records. */
export async function createV1Database(name: string, records: readonly Record<string, unknown>[]): Promise<void> {
  const db = await openDB(name, 1, { upgrade: (d) => upgradeToV1(d) });
  const tx = db.transaction(['items', 'custody'], 'readwrite');
  for (const r of records) {
    void tx.objectStore('items').put(r);
    void tx.objectStore('custody').add({ itemId: r.id, at: r.capturedAt, action: 'created' });
  }
  await tx.done;
  db.close();
}

type AnyDB = IDBPDatabase<unknown>;

/**
 * Wraps a database so that `objectStore(store).method(...)` in readwrite transactions behaves
 * as `fault` says, everything else untouched. idb's proxies need their real `this`, hence the binds.
 */
export function withFault<DB extends TidemarkDatabase | AnyDB>(
  db: DB,
  store: string,
  method: 'put' | 'add' | 'delete',
  fault: (call: number, args: unknown[], real: (...a: unknown[]) => unknown, target: { transaction: IDBTransaction | { abort(): void } }) => unknown,
): DB {
  let calls = 0;
  const wrapStore = (s: object) =>
    new Proxy(s, {
      get(target, prop) {
        const v = Reflect.get(target, prop, target) as unknown;
        if (typeof v !== 'function') return v;
        const real = (v as (...a: unknown[]) => unknown).bind(target);
        if (prop !== method) return real;
        return (...args: unknown[]) => fault(++calls, args, real, target as { transaction: { abort(): void } });
      },
    });
  const wrapTx = (tx: object) =>
    new Proxy(tx, {
      get(target, prop) {
        const v = Reflect.get(target, prop, target) as unknown;
        if (prop === 'objectStore') {
          return (name: string) => {
            const s = (v as (n: string) => object).call(target, name);
            return name === store ? wrapStore(s) : s;
          };
        }
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  return new Proxy(db, {
    get(target, prop) {
      const v = Reflect.get(target, prop, target) as unknown;
      if (prop === 'transaction') {
        return (...args: unknown[]) => {
          const tx = (v as (...a: unknown[]) => object).apply(target, args);
          return args[1] === 'readwrite' ? wrapTx(tx) : tx;
        };
      }
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  }) as DB;
}
