import { describe, expect, it } from 'vitest';
import { parseContentMessage, parsePageMessage, MAX_POST_TEXT } from '../../../src/shared/messages';
import { ValidationError } from '../../../src/shared/validate';

const post = {
  url: 'https://social.example.com/feed',
  platform: 'facebook',
  author: { name: 'Sea Travel', handle: '@example_sea', url: 'https://social.example.com/u/example_sea' },
  text: 'Boat to Italy, 100% guaranteed',
};
const rect = { x: 10, y: 20, width: 300, height: 200, devicePixelRatio: 2 };
const flag = (over: Record<string, unknown> = {}) => ({ type: 'flag', post, rect, via: 'badge', ...over });

describe('content → background messages', () => {
  it('accepts a well-formed flag and returns a fresh copy', () => {
    const raw = flag();
    const parsed = parseContentMessage(raw);
    expect(parsed).toEqual(raw);
    expect(parsed).not.toBe(raw);
  });

  it('accepts a flag without a rectangle (null)', () => {
    expect(parseContentMessage(flag({ rect: null }))).toMatchObject({ rect: null });
  });

  it.each([
    ['unknown type', { type: 'delete-everything' }, /unknown message type/],
    ['not an object', 'flag', /unknown message type/],
    ['null', null, /unknown message type/],
    ['array', [flag()], /unknown message type/],
    ['extra key', flag({ admin: true }), /unexpected key/],
    ['javascript: URL', flag({ post: { ...post, url: 'javascript:alert(1)' } }), /http\(s\) URL/],
    ['data: profile URL', flag({ post: { ...post, author: { url: 'data:text/html,<script>' } } }), /http\(s\) URL/],
    ['unknown platform', flag({ post: { ...post, platform: 'myspace' } }), /one of/],
    ['empty text', flag({ post: { ...post, text: '' } }), /shorter/],
    ['huge text', flag({ post: { ...post, text: 'x'.repeat(MAX_POST_TEXT + 1) } }), /longer than/],
    ['text not a string', flag({ post: { ...post, text: { toString: () => 'x' } } }), /expected a string/],
    ['NaN in rect', flag({ rect: { ...rect, x: Number.NaN } }), /finite number/],
    ['absurd pixel ratio', flag({ rect: { ...rect, devicePixelRatio: 1000 } }), /above/],
    ['bad via', flag({ via: 'page-script' }), /one of/],
    ['negative counts', { type: 'page-counts', suspect: -1, review: 0, posts: 0 }, /below/],
    ['fractional counts', { type: 'page-counts', suspect: 1.5, review: 0, posts: 0 }, /integer/],
  ])('rejects %s', (_name, raw, message) => {
    expect(() => parseContentMessage(raw)).toThrow(ValidationError);
    expect(() => parseContentMessage(raw)).toThrow(message);
  });

  it('rejects an own __proto__ key without polluting anything', () => {
    const raw = JSON.parse('{"type":"get-config","__proto__":{"polluted":true}}') as unknown;
    expect(() => parseContentMessage(raw)).toThrow(/forbidden key/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects objects with a foreign prototype (class instances, proxies of them)', () => {
    class Fake { type = 'get-config'; }
    expect(() => parseContentMessage(new Fake())).toThrow(/unknown message type/);
  });

  it('normalises URLs through the URL parser', () => {
    const parsed = parseContentMessage(flag({ post: { ...post, url: 'HTTPS://Social.Example.com/a b' } }));
    expect(parsed.type === 'flag' && parsed.post.url).toBe('https://social.example.com/a%20b');
  });
});

describe('extension page → background messages', () => {
  it('accepts settings-changed and flag-from-popup', () => {
    expect(parsePageMessage({ type: 'settings-changed' })).toEqual({ type: 'settings-changed' });
    expect(parsePageMessage({ type: 'flag-from-popup', tabId: 3, index: 0 })).toEqual({ type: 'flag-from-popup', tabId: 3, index: 0 });
  });

  it('does not accept content-script messages on the page channel', () => {
    expect(() => parsePageMessage(flag())).toThrow(/unknown message type/);
  });
});
