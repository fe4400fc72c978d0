/** The public API: Store objects over their own connection, and the default-store functions. */
import { describe, expect, test, vi } from 'vitest';
import { openDB } from 'idb';
import * as api from '../../../src/store';
import { freshName, makeItem } from './helpers';

describe('createStore', () => {
  test('binds every operation to one lazily opened connection', async () => {
    const s = api.createStore({ name: freshName('api') });
    const r = await s.putFlag(makeItem({ id: 'a' }));
    expect(r.created).toBe(true);
    expect((await s.getItem('a'))?.id).toBe('a');
    expect(await s.countItems()).toBe(1);
    expect((await s.queryItems({ text: 'italy' })).ids).toEqual(['a']);
    expect(await s.bulkSetStatus(['a'], 'reported')).toBe(1);
    expect((await s.updateItem('a', { note: 'x' })).note).toBe('x');
    expect(await s.recordExport(['a'], 'json')).toBe(1);
    expect((await s.accounts())[0]?.count).toBe(1);
    expect(await s.previewImport([makeItem({ id: 'b' })])).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await s.importItems([makeItem({ id: 'b' })])).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await s.deleteItems(['b'])).toBe(1);
    expect((await s.custodyLog('a')).map((e) => e.action)).toEqual(['created', 'status', 'edited', 'exported']);
    expect((await s.saveSettings({ ...(await s.getSettings()), paused: true })).paused).toBe(true);
    expect((await s.updateSettings({ quietMode: true })).quietMode).toBe(true);
    expect(await s.purgeOlderThan(0)).toBe(0);
    expect((await s.listItems({ screenshots: false })).map((i) => i.id)).toEqual(['a']);
    expect((await s.getItems(['a']))[0]?.screenshot).toBeInstanceOf(Blob);
    const first = await s.db();
    expect(await s.db()).toBe(first);
    await s.close();
    const second = await s.db();
    expect(second).not.toBe(first);
    await s.close();
  });

  test('errors surface as StoreError', async () => {
    const s = api.createStore({ name: freshName('api-err') });
    await expect(s.updateItem('missing', { note: 'x' })).rejects.toBeInstanceOf(api.StoreError);
    await s.close();
  });
});

describe('default store (what the background and pages import)', () => {
  test('plain functions use the "tidemark" database', async () => {
    expect(await api.putFlag(makeItem({ id: 'd1' }))).toMatchObject({ created: true });
    await api.updateItem('d1', { tags: ['t'] });
    await api.bulkSetStatus(['d1'], 'removed');
    await api.recordExport(['d1'], 'csv');
    expect((await api.listItems())[0]).toMatchObject({ id: 'd1', tags: ['t'], status: 'removed' });
    expect((await api.getItem('d1'))?.screenshot).toBeInstanceOf(Blob);
    expect((await api.queryItems({ statuses: ['removed'] })).total).toBe(1);
    expect(await api.countItems()).toBe(1);
    await api.deleteItems(['d1']);
    expect(await api.getItem('d1')).toBeUndefined();
    expect((await api.getSettings()).sensitivity).toBe(api.DEFAULT_SETTINGS.sensitivity);
    const raw = await openDB(api.DB_NAME);
    expect(raw.version).toBe(api.DB_VERSION);
    raw.close();
  });

  test('configureStore wires the lifecycle callbacks: a newer tab makes this one step aside', async () => {
    const onBlocking = vi.fn();
    api.configureStore({ onBlocking });
    await api.getSettings(); // opens the connection
    const newer = await openDB(api.DB_NAME, api.DB_VERSION + 1);
    expect(onBlocking).toHaveBeenCalledTimes(1);
    newer.close();
    await expect(api.getSettings()).rejects.toMatchObject({ kind: 'version' });
  });
});
