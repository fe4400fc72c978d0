import { describe, expect, it } from 'vitest';
import { contentConfigFor, customTermsAsEntries, hostMatches, siteEnabled, siteOf } from '../../../src/background/config';
import { defaultSettings, type Settings } from '../../../src/store/settings';

const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

describe('siteOf', () => {
  it.each([
    ['https://www.facebook.com/groups/1', 'facebook.com'],
    ['https://WEB.Telegram.org/k/#@x', 'web.telegram.org'],
    ['http://127.0.0.1:8080/demo/feed.html', '127.0.0.1'],
    ['chrome://extensions', null],
    ['file:///tmp/x.html', null],
    ['not a url', null],
    [undefined, null],
  ])('%s → %s', (url, host) => {
    expect(siteOf(url)).toBe(host);
  });
});

describe('hostMatches', () => {
  it.each([
    ['facebook.com', 'facebook.com', true],
    ['m.facebook.com', 'facebook.com', true],
    ['facebook.com', '*.facebook.com', true],
    ['notfacebook.com', 'facebook.com', false],
    ['facebook.com.evil.example', 'facebook.com', false],
    ['facebook.com', '', false],
  ])('%s against %s → %s', (host, entry, expected) => {
    expect(hostMatches(host, entry)).toBe(expected);
  });
});

describe('siteEnabled', () => {
  it.each<[string, Partial<Settings>, string, boolean]>([
    ['on everywhere by default', {}, 'https://x.com/home', true],
    ['paused turns everything off', { paused: true }, 'https://x.com/home', false],
    ['deny list wins', { sites: { mode: 'all', allow: [], deny: ['x.com'] } }, 'https://x.com/home', false],
    ['deny covers subdomains', { sites: { mode: 'all', allow: [], deny: ['telegram.org'] } }, 'https://web.telegram.org/a/', false],
    ['allowlist mode: listed site runs', { sites: { mode: 'allowlist', allow: ['facebook.com'], deny: [] } }, 'https://www.facebook.com/', true],
    ['allowlist mode: other sites do not', { sites: { mode: 'allowlist', allow: ['facebook.com'], deny: [] } }, 'https://x.com/', false],
    ['deny beats allow', { sites: { mode: 'allowlist', allow: ['facebook.com'], deny: ['facebook.com'] } }, 'https://facebook.com/', false],
    ['never on non-web pages', {}, 'chrome://settings', false],
  ])('%s', (_name, over, url, expected) => {
    expect(siteEnabled(settings(over), url)).toBe(expected);
  });
});

describe('contentConfigFor', () => {
  it('carries quiet mode, sensitivity and custom terms', () => {
    const s = settings({ quietMode: true, sensitivity: 0.8, customTerms: [{ term: 'golden ticket', lang: 'en', category: 'offer', weight: 0.7 }] });
    expect(contentConfigFor(s, 'https://x.com/')).toEqual({
      enabled: true,
      quiet: true,
      sensitivity: 0.8,
      customTerms: [{ term: 'golden ticket', lang: 'en', category: 'offer', weight: 0.7 }],
    });
  });

  it('turns custom terms into lexicon entries with a user-settings source', () => {
    const entries = customTermsAsEntries(settings({ customTerms: [{ term: 'golden ticket', lang: 'en', category: 'offer', weight: 0.7 }] }));
    expect(entries).toEqual([{ term: 'golden ticket', lang: 'en', category: 'offer', weight: 0.7, source: 'user settings' }]);
  });
});
