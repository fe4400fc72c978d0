import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = (args: string[], input?: string) =>
  spawnSync(TSX, [join(ROOT, 'scripts/scan.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

describe('scan CLI (DESIGN.md §7.2)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-scan-'));

  it('prints one object per JSON line, in order, with the contract fields', () => {
    const file = join(dir, 'posts.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: 'Boat to Italy 🇱🇾➡️🇮🇹 2000€ per person, WhatsApp +90 555 010 2233, 100% guaranteed', extra: 1 }),
        '',
        JSON.stringify({ id: 7, text: 'Good morning friends' }),
      ].join('\n'),
    );
    const r = run([file]);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 7]);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['id', 'score', 'verdict', 'suspect', 'matches', 'reasons']);
      expect(o.suspect).toBe(o.verdict === 'suspect');
      for (const m of o.matches) expect(Object.keys(m)).toEqual(['start', 'end', 'text', 'category', 'term']);
    }
    const text = 'Boat to Italy 🇱🇾➡️🇮🇹 2000€ per person, WhatsApp +90 555 010 2233, 100% guaranteed';
    for (const m of out[0].matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(out[1].verdict).toBe('clear');
  });

  it('reports malformed lines with their number, continues, exits non-zero', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, ['{"id":"x","text":"hello"}', '{not json', '{"id":"y"}', '[1]', '{"id":"z","text":"WhatsApp"}'].join('\n'));
    const r = run([file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stderr).toMatch(/line 3/);
    expect(r.stderr).toMatch(/line 4/);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['x', 'z']);
  });

  it('a .txt file is one post named after the file', () => {
    const file = join(dir, 'post.txt');
    writeFileSync(file, 'line one\nline two WhatsApp');
    const r = run([file]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.id).toBe('post.txt');
    expect(out.matches[0].text).toBe('WhatsApp');
  });

  it('reads stdin with "-" and prints a summary for labelled lines', () => {
    const input = [
      JSON.stringify({ id: 1, lang: 'en', label: 'ad', text: 'Boat to Italy 🇱🇾➡️🇮🇹 2000€ per person WhatsApp +90 555 010 2233 100% guaranteed' }),
      JSON.stringify({ id: 2, lang: 'en', label: 'benign', text: 'Good morning' }),
    ].join('\n');
    const r = run(['-', '--summary'], input);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/precision/);
    expect(r.stderr).toMatch(/^ALL/m);
  });

  it('usage errors exit 2', () => {
    expect(run([]).status).toBe(2);
    expect(run([join(dir, 'missing.jsonl')]).status).toBe(2);
  });
});
