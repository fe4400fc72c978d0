// A newcomer without Chromium gets one line saying how to install it, not a stack trace.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const tsx = resolve(root, 'node_modules/.bin/tsx');

describe('missing Chromium', () => {
  it.each([['npm start', 'scripts/start.ts'], ['make-icons', 'scripts/make-icons.ts']])('%s prints one install hint and exits non-zero', (_name, script) => {
    const r = spawnSync(tsx, [script, '--no-build'], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', DISPLAY: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Chromium not found.*apt-get install chromium/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
