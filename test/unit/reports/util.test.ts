import { describe, expect, it } from 'vitest';
import { fromBase64, isIsoUtc, sha256Hex, toBase64, truncate, utcDate } from '../../../src/reports/util';
import { sha256 } from './fixtures';

describe('base64', () => {
  it('matches Node for every length 0..300 and round-trips', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37 + n) & 255);
      const b64 = toBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(b64)).toEqual(bytes);
    }
  });

  it('encodes large inputs', () => {
    const bytes = new Uint8Array(200_001).map((_, i) => i & 255);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it.each(['abc', 'ab=c', 'a===', 'ab c', 'YQ==\n', 'YR==', 'YWJ=', '****', 'ä==='])('rejects non-canonical %j', (s) => {
    expect(fromBase64(s)).toBeUndefined();
  });
});

describe('dates', () => {
  it.each([
    ['2025-05-30T08:15:42.123Z', true],
    ['2025-05-30T08:15:42Z', true],
    ['2024-02-29T00:00:00.000Z', true],
    ['2025-02-29T00:00:00.000Z', false],
    ['2025-13-01T00:00:00.000Z', false],
    ['2025-05-30T24:00:00.000Z', false],
    ['2025-05-30T08:15:42.123+02:00', false],
    ['2025-05-30 08:15:42Z', false],
    ['2025-05-30', false],
    ['', false],
  ])('isIsoUtc(%s) = %s', (s, ok) => expect(isIsoUtc(s)).toBe(ok));

  it('utcDate', () => {
    expect(utcDate('2025-05-29T23:30:00-02:00')).toBe('2025-05-30');
    expect(utcDate('2025-05-29')).toBe('2025-05-29');
    expect(utcDate('yesterday')).toBeUndefined();
    expect(utcDate(undefined)).toBeUndefined();
  });
});

describe('sha256Hex', () => {
  it('hashes the UTF-8 bytes of text, RTL and emoji included', async () => {
    for (const s of ['', 'abc', 'رحلات بحرية 🇱🇾➡️🇮🇹', 'a\u202Eb']) expect(await sha256Hex(s)).toBe(sha256(s));
  });
});

describe('truncate', () => {
  it('does not split surrogate pairs', () => {
    expect(truncate('ab🚤cd', 4)).toBe('ab…');
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
  });
});
