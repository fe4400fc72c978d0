// The context boundaries are enforced by lint (.oxlintrc.json). This proves the rules bite:
// a scratch tree with the same layout and config gets one error per forbidden import.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(resolve(tmpdir(), 'tidemark-lint-'));
copyFileSync(resolve(root, '.oxlintrc.json'), resolve(scratch, '.oxlintrc.json'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(file: string, source: string): string {
  const path = resolve(scratch, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, source);
  const r = spawnSync(resolve(root, 'node_modules/.bin/oxlint'), ['-c', '.oxlintrc.json', file], { cwd: scratch, encoding: 'utf8' });
  return r.stdout + r.stderr;
}

describe('context boundaries', () => {
  it.each([
    ['content → store', 'src/content/a.ts', "import { putFlag } from '../store';\nexport const x = putFlag;\n"],
    ['content → background', 'src/content/b.ts', "import { route } from '../background/router';\nexport const x = route;\n"],
    ['content → ui', 'src/content/c.ts', "import { History } from '../ui/history/History';\nexport const x = History;\n"],
    ['content → idb', 'src/content/d.ts', "import { openDB } from 'idb';\nexport const x = openDB;\n"],
    ['engine → content', 'src/engine/e.ts', "import { ContentApp } from '../content/app';\nexport const x = ContentApp;\n"],
    ['engine → extension API', 'src/engine/f.ts', "import browser from 'webextension-polyfill';\nexport const x = browser;\n"],
    ['engine → node', 'src/engine/g.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['reports → store', 'src/reports/h.ts', "import { listItems } from '../store';\nexport const x = listItems;\n"],
    ['ui → content', 'src/ui/i.ts', "import { ContentApp } from '../content/app';\nexport const x = ContentApp;\n"],
    ['background → ui', 'src/background/j.ts', "import { Popup } from '../ui/popup/Popup';\nexport const x = Popup;\n"],
  ])('%s is a lint error', (_name, file, source) => {
    expect(lint(file, source)).toMatch(/no-restricted-imports/);
  });

  it.each([
    ['engine → shared types', 'src/engine/ok.ts', "import type { FlaggedItem } from '../shared/item';\nexport type X = FlaggedItem;\n"],
    ['content → engine', 'src/content/ok.ts', "import { createEngine } from '../engine';\nexport const x = createEngine;\n"],
    ['background → store', 'src/background/ok.ts', "import { putFlag } from '../store';\nexport const x = putFlag;\n"],
  ])('%s is allowed', (_name, file, source) => {
    expect(lint(file, source)).not.toMatch(/no-restricted-imports/);
  });
});
