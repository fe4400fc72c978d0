// `npm test` (tsx scripts/test.ts): everything CI runs, in order, with one summary at the end.
//   typecheck → lint → unit tests → build (dist/) → end-to-end tests in Chromium (incl. build checks)
// A failing step doesn't hide the others' results; the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, INSTALL_HINT } from './lib/chromium';

const root = resolve(import.meta.dirname, '..');
const bin = (name: string): string => resolve(root, 'node_modules/.bin', name);
const results = resolve(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const steps: { name: string; ok: boolean; seconds: string; detail: string }[] = [];
let passed = 0;
let failed = 0;

function run(name: string, cmd: string, args: string[], { json }: { json?: string } = {}): boolean {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const ok = r.status === 0;
  let detail = '';
  if (json && existsSync(json)) {
    const report = JSON.parse(readFileSync(json, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    detail = `${report.numPassedTests} passed, ${report.numFailedTests} failed`;
    if (report.numPendingTests || report.numTodoTests) detail += `, ${report.numPendingTests + report.numTodoTests} skipped`;
  } else if (json) {
    detail = 'no report';
  }
  steps.push({ name, ok, seconds: ((Date.now() - started) / 1000).toFixed(1), detail });
  return ok;
}

const vitest = (config: string, out: string): [string, string[], { json: string }] => [
  bin('vitest'),
  ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`],
  { json: out },
];

run('typecheck', bin('tsc'), ['--noEmit', '-p', '.']);
run('lint', bin('oxlint'), ['-c', '.oxlintrc.json', '--deny-warnings', 'src', 'test', 'scripts', 'bench']);
run('unit tests', ...vitest('vitest.config.ts', resolve(results, 'unit.json')));
const built = run('build', bin('vite'), ['build', '--logLevel', 'warn']);
if (!findChromium()) {
  console.error(`\n${INSTALL_HINT}`);
  steps.push({ name: 'end-to-end tests', ok: false, seconds: '0.0', detail: 'Chromium missing' });
} else if (!built) {
  steps.push({ name: 'end-to-end tests', ok: false, seconds: '0.0', detail: 'skipped: build failed' });
} else {
  run('end-to-end tests (Chromium)', ...vitest('vitest.e2e.config.ts', resolve(results, 'e2e.json')));
}

console.log('\n━━ summary ━━');
for (const s of steps) console.log(`${s.ok ? '✔' : '✘'} ${s.name.padEnd(30)} ${s.seconds.padStart(6)} s  ${s.detail}`);
const allOk = steps.every((s) => s.ok);
console.log(allOk ? 'All checks passed.' : `FAILED: ${steps.filter((s) => !s.ok).map((s) => s.name).join(', ')}`);
// Last line, in the plain form CI reads. A failed step that is not a test run (typecheck, lint,
// build) counts as one failure, so this line never reads "0 failed" when something failed.
const failedSteps = steps.filter((s) => !s.ok && !s.detail.includes('failed')).length;
console.log(`Tests: ${passed} passed, ${failed + failedSteps} failed`);
process.exit(allOk ? 0 : 1);
