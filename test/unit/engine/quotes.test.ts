import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getWordTable } from '../../../src/engine/fold-table';
import { normalizeInto } from '../../../src/engine/normalize';
import { quoteSpans } from '../../../src/engine/quotes';

/** The quoted stretches of a text, as folded strings. */
function quoted(text: string): string[] {
  const norm = normalizeInto(text);
  const spans = quoteSpans(norm.units, norm.length, getWordTable());
  const out: string[] = [];
  for (let s = 0; s < spans.length; s += 2) out.push(String.fromCharCode(...norm.units.subarray(spans[s], spans[s + 1])));
  return out;
}

describe('quotation marks', () => {
  const CASES: [string, string[]][] = [
    ['they sell «ویزای تضمینی» online', ['ویزای تضمینی']],
    ['so-called “guaranteed visas” and “jobs”', ['guaranteed visas', 'jobs']],
    ['sogenannte „garantierte Visa“ im Netz', ['garantierte visa']],
    ['»Visum ohne Termin« heißt es', ['visum ohne termin']],
    ['a "VIP trip" they say', ['vip trip']],
    ["koi 'guaranteed visa' nahi", ['guaranteed visa']],
    ["don't trust Almanya'ya trips", []],
    ["l'agence d'affitto", []],
    ['an unclosed « quote here', []],
    ['«' + 'x'.repeat(200) + '»', []],
    ['empty "" marks', []],
  ];
  for (const [text, expected] of CASES) {
    it(JSON.stringify(text.slice(0, 40)), () => {
      expect(quoted(text)).toEqual(expected);
    });
  }
});

describe('quoted offers in posts with negative context', () => {
  const engine = createEngine();
  it('a lawyer quoting the scam wording is not suspect; the same words unquoted would be', () => {
    const quotedPost = 'Immigration lawyer, licensed: beware of people selling "guaranteed visa without interview". Free consultation +44 7700 900123';
    const bare = 'Immigration lawyer, licensed: beware of people selling guaranteed visa without interview. Free consultation +44 7700 900123';
    expect(engine.scan(quotedPost).score).toBeLessThan(engine.scan(bare).score);
    expect(engine.scan(quotedPost).verdict).not.toBe('suspect');
  });
  it('a smuggler\'s quoted euphemism keeps its weight where nothing reads as news or advice', () => {
    const ad = 'VIP "game" to UK 🇬🇧 from Calais this week, 1500€ per person, WhatsApp +44 7700 900123';
    const r = engine.scan(ad);
    expect(r.verdict).toBe('suspect');
    expect(r.score).toBe(engine.scan(ad.replace(/"/g, '')).score);
  });
});
