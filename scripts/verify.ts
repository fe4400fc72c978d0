/**
 * `npm run verify -- bundle.zip`: checks a Tidemark evidence bundle.
 * Prints each problem and a summary. Exit code 0 when intact, 1 when anything does not
 * match (tampered, missing or extra files, item hash mismatches), 2 on usage or I/O errors.
 */
import { readFileSync, statSync } from 'node:fs';
import { verifyBundle } from '../src/reports/bundle';
import { LIMITS } from '../src/reports/limits';

/** Exit codes are set with process.exitCode (not process.exit) so piped output is never cut off. */
function usage(message?: string): number {
  if (message) process.stderr.write(`verify: ${message}\n`);
  process.stderr.write('Usage: npm run verify -- <bundle.zip>\n');
  return 2;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.length !== 1 || args[0] === '-h' || args[0] === '--help') return usage(args.length === 0 ? 'no bundle given' : undefined);
  const path = args[0]!;
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > LIMITS.maxBytes) return usage(`${path} is larger than ${LIMITS.maxBytes} bytes`);
    bytes = new Uint8Array(readFileSync(path));
  } catch (e) {
    process.stderr.write(`verify: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }

  const result = await verifyBundle(bytes);
  for (const p of result.problems) {
    const hashes = p.expected || p.actual ? `\n    expected ${p.expected ?? '-'}\n    actual   ${p.actual ?? '-'}` : '';
    process.stdout.write(`${p.kind.toUpperCase()}  ${p.file}: ${p.detail}${hashes}\n`);
  }
  const meta = [
    result.exportedAt ? `exported ${result.exportedAt}` : '',
    result.toolVersion ? `Tidemark ${result.toolVersion}` : '',
    result.manifestSha256 ? `manifest SHA-256 ${result.manifestSha256}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  if (result.ok) {
    process.stdout.write(`OK: ${result.filesChecked} files and ${result.itemsChecked} items verified${meta ? ` (${meta})` : ''}.\n`);
    return 0;
  }
  process.stdout.write(
    `FAILED: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${path} (${result.filesChecked} files, ${result.itemsChecked} items checked${meta ? `; ${meta}` : ''}).\n`,
  );
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`verify: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
