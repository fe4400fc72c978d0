// e2e global setup: the scratch folder for browser profiles and downloads exists before any
// test file creates temporary folders in it (a fresh clone has none).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export default function setup(): void {
  mkdirSync(resolve(import.meta.dirname, '../../.e2e-tmp'), { recursive: true });
}
