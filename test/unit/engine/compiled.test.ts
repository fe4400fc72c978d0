import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldDataSource } from '../../../scripts/compile-lexicon';

describe('generated engine tables', () => {
  it('src/engine/compiled/fold-data.ts is current (regenerate: npx tsx scripts/compile-lexicon.ts)', () => {
    const committed = readFileSync(new URL('../../../src/engine/compiled/fold-data.ts', import.meta.url), 'utf8');
    expect(committed === foldDataSource()).toBe(true);
  });
});
