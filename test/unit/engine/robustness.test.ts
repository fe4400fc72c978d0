import { describe, expect, it } from 'vitest';
import { createEngine, scan } from '../../../src/engine';

describe('scan() never throws and stays linear', () => {
  it('non-string input gives a clear result', () => {
    for (const x of [undefined, null, 42, {}, [], Symbol('x'), () => 1, new String('visa')]) {
      const r = scan(x);
      expect(r.verdict).toBe('clear');
      expect(r.matches).toEqual([]);
      expect(r.score).toBe(0);
    }
  });
  it('empty and whitespace-only text', () => {
    expect(scan('').verdict).toBe('clear');
    expect(scan(' \n\t\u200b\u202e ').verdict).toBe('clear');
  });
  it('lone surrogates', () => {
    const r = scan('\ud83c whatsapp \udde6 \ud800\ud800 +90 555 010 2233 \udfff');
    expect(r.matches.some((m) => m.category === 'contact')).toBe(true);
    for (const m of r.matches) expect(m.text).toBe('\ud83c whatsapp \udde6 \ud800\ud800 +90 555 010 2233 \udfff'.slice(m.start, m.end));
  });
  it('bidi overrides and isolates around and inside words', () => {
    const text = '\u202ewhats\u2066app\u2069\u202c \u202d+90 555 010 2233\u202c';
    const r = scan(text);
    const c = r.matches.find((m) => m.category === 'contact');
    expect(c?.text).toBe('whats\u2066app');
  });
  it('a 1 MB post', () => {
    const unit = 'Boat trip to Italy 2000€ WhatsApp +90 555 010 2233 ✅ family news today. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const r = scan(text);
    expect(r.matches.length).toBeGreaterThan(0);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });
  it('100k matches in one text are capped by maxMatches', () => {
    const e = createEngine({ maxMatches: 500, extraTerms: [{ term: 'zz', lang: 'xx', category: 'offer', weight: 0.5, source: 'test' }] });
    const text = 'zz '.repeat(100_000);
    const r = e.scan(text);
    expect(r.matches).toHaveLength(500);
    expect(r.cues.offer).toBeGreaterThan(0);
  });
  it('pathological inputs: long runs of one char, digits, separators, arrows', () => {
    for (const text of ['a'.repeat(200_000), '9'.repeat(200_000), '+ '.repeat(100_000), '-'.repeat(100_000) + '>', '@'.repeat(100_000), 'a '.repeat(100_000), '🇹🇷'.repeat(50_000)]) {
      const r = scan(text);
      expect(r.score).toBeGreaterThanOrEqual(0);
    }
  });
  it('1 MB of papers words (every privative, requirement and claim pairs with a neighbour)', () => {
    for (const unit of ['no passport ', 'original passport required ', 'sin papeles ', 'passport valid original, no interview. ']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const r = scan(text);
      expect(r.matches.length).toBeGreaterThan(0);
      expect(r.score).toBeGreaterThanOrEqual(0);
    }
  });
  it('1 MB of quotation marks and quoted offers next to a warning (each mark read a bounded distance)', () => {
    for (const unit of ['« ', 'never pay «guaranteed visa» sellers, police warn. ', "'x ", '„fake passport“ warning '] as const) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const r = scan(text);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });
  it('clock times everywhere (1 MB of "6:00 ساعت ۷ ۸ بجے 9 pm ")', () => {
    const text = '6:00 ساعت ۷ ۸ بجے 9 pm '.repeat(45_000);
    const r = scan(text);
    expect(r.matches.some((m) => m.term === 'schedule:clock')).toBe(true);
  });
  it('1 MB of routes, lists, open roads, elided articles and thousands (each place read against a bounded number of routes)', () => {
    for (const unit of ['Libya → Italy ', 'Canada, Brazil, ', "vers l'Italie ", 'road open ', 'Reisepass-Hülle oder Ausweis erforderlich, ', '5 Tsd., ']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const r = scan(text);
      expect(r.matches.length, unit).toBeGreaterThan(0);
      expect(r.score, unit).toBeGreaterThanOrEqual(0);
    }
    // places inside a full route are shown as the route, not again on their own
    const routes = scan('Libya → Italy '.repeat(20_000));
    expect(routes.matches.filter((m) => m.category === 'place')).toEqual([]);
  });
  it('offsets always index the original text', () => {
    const text = 'ＷｈａｔｓＡｐｐ  +٩٠ ٥٥٥ ٠١٠ ٢٢٣٣ تَهْرِيــب 🇹🇷➡️🇬🇷';
    for (const m of scan(text).matches) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
