import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkSettings, defaultSettings, getSettings, normalizeSite, saveSettings, updateSettings, DEFAULT_SETTINGS, type Settings } from '../../../src/store/settings';
import type { TidemarkDatabase } from '../../../src/store/schema';
import { freshDB } from './helpers';

let db: TidemarkDatabase;
beforeEach(async () => {
  db = await freshDB();
});
afterEach(() => db.close());

function valid(): Settings {
  return {
    reviewer: { name: ' Ana Moderator ', email: 'ana@example.org', organisation: 'T&S team' },
    trustedFlaggerId: 'TF-DE-0042',
    sites: { mode: 'allowlist', allow: ['https://www.Facebook.com/groups/1', 'web.telegram.org', 'web.telegram.org'], deny: ['*.example.com'] },
    quietMode: true,
    paused: false,
    sensitivity: 0.7,
    customTerms: [{ term: 'tahrib', lang: 'ar', category: 'offer', weight: 0.6 }],
    retentionDays: 365,
  };
}

describe('settings', () => {
  test('defaults when nothing is stored', async () => {
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    // The defaults handed out are copies: mutating one never changes the next.
    const s = await getSettings(db);
    s.sites.allow.push('x.test');
    expect((await getSettings(db)).sites.allow).toEqual([]);
  });

  test('save cleans and stores; get returns what was stored', async () => {
    const saved = await saveSettings(db, valid());
    expect(saved.reviewer.name).toBe('Ana Moderator');
    expect(saved.sites.allow).toEqual(['www.facebook.com', 'web.telegram.org']);
    expect(await getSettings(db)).toEqual(saved);
  });

  test('updateSettings patches top-level fields', async () => {
    await saveSettings(db, valid());
    const s = await updateSettings(db, { paused: true, retentionDays: 0 });
    expect(s.paused).toBe(true);
    expect(s.retentionDays).toBe(0);
    expect(s.trustedFlaggerId).toBe('TF-DE-0042');
  });

  test.each<[string, (s: Settings) => void, RegExp]>([
    ['bad e-mail', (s) => (s.reviewer.email = 'not-an-address'), /e-mail/],
    ['sensitivity above 1', (s) => (s.sensitivity = 1.5), /sensitivity/],
    ['sensitivity NaN', (s) => (s.sensitivity = Number.NaN), /sensitivity/],
    ['unknown site mode', (s) => ((s.sites as { mode: string }).mode = 'some'), /site mode/],
    ['a site with spaces', (s) => s.sites.deny.push('bad host name'), /not a site name/],
    ['unknown term category', (s) => ((s.customTerms[0] as { category: string }).category = 'weather'), /not a category/],
    ['term weight 0', (s) => ((s.customTerms[0] as { weight: number }).weight = 0), /weight/],
    ['empty term', (s) => ((s.customTerms[0] as { term: string }).term = '  '), /empty/],
    ['bad language', (s) => ((s.customTerms[0] as { lang: string }).lang = 'english!'), /language/],
    ['negative retention', (s) => (s.retentionDays = -1), /retention/],
    ['fractional retention', (s) => (s.retentionDays = 1.5), /retention/],
    ['quietMode not boolean', (s) => ((s as unknown as Record<string, unknown>).quietMode = 'yes'), /quietMode/],
  ])('refuses %s, stores nothing', async (_name, spoil, message) => {
    await saveSettings(db, valid());
    const before = await getSettings(db);
    const s = valid();
    spoil(s);
    await expect(saveSettings(db, s)).rejects.toMatchObject({ kind: 'invalid', message: expect.stringMatching(message) as unknown as string });
    expect(await getSettings(db)).toEqual(before);
  });

  test('a corrupt stored record still reads, falling back per field', async () => {
    await db.put('settings', { reviewer: { name: 'Ana', email: 42 }, sensitivity: 'high', sites: { mode: 'allowlist', allow: 'x' }, customTerms: [{ term: 'ok', lang: 'en', category: 'offer', weight: 0.5 }, { nonsense: true }], __proto__: { polluted: true } }, 'settings');
    const s = await getSettings(db);
    expect(s.reviewer).toEqual({ name: 'Ana', email: '', organisation: '' });
    expect(s.sensitivity).toBe(DEFAULT_SETTINGS.sensitivity);
    expect(s.sites).toEqual({ mode: 'allowlist', allow: [], deny: [] });
    expect(s.customTerms).toEqual(DEFAULT_SETTINGS.customTerms);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('checkSettings reports every problem at once', () => {
    const { problems } = checkSettings({ ...defaultSettings(), sensitivity: 2, retentionDays: -3 });
    expect(problems).toHaveLength(2);
  });

  test.each([
    ['https://www.facebook.com/groups/x', 'www.facebook.com'],
    ['  Telegram.ORG ', 'telegram.org'],
    ['*.example.com', '*.example.com'],
    ['example.com/path?q', 'example.com'],
    ['', null],
    ['two words', null],
  ])('normalizeSite(%j) → %j', (raw, site) => {
    expect(normalizeSite(raw)).toBe(site);
  });
});
