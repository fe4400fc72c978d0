import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { buildBundle, serializeManifest, verifyBundle, type BundleManifest } from '../../../src/reports/bundle';
import { arabicItem, createItem, NOW, persianDocumentsItem, sha256 } from './fixtures';

const dec = new TextDecoder();
const enc = new TextEncoder();

function bundleItems() {
  return [createItem({ id: 'fb-1' }), arabicItem(), persianDocumentsItem()];
}

async function unzipped(items = bundleItems()): Promise<Record<string, Uint8Array>> {
  return unzipSync(await buildBundle(items, { now: NOW, toolVersion: '0.1.0' }));
}

describe('buildBundle', () => {
  it('holds items.json, manifest.json, README.txt and one PNG per screenshot', async () => {
    const items = bundleItems();
    const files = await unzipped(items);
    expect(Object.keys(files).toSorted()).toEqual(['README.txt', 'items.json', 'manifest.json', 'screenshots/fb-1.png', 'screenshots/tg-ar-1.png']);
    expect(files['screenshots/fb-1.png']).toEqual(items[0]!.screenshot);
    const exported = JSON.parse(dec.decode(files['items.json']));
    expect(exported.format).toBe('tidemark-export');
    expect(exported.items[0].screenshot).toEqual({ file: 'screenshots/fb-1.png', sha256: items[0]!.evidence.screenshotSha256 });
    expect(exported.items[2]).not.toHaveProperty('screenshot');
  });

  it('lists the SHA-256 of every other file in the manifest', async () => {
    const files = await unzipped();
    const manifest = JSON.parse(dec.decode(files['manifest.json'])) as BundleManifest;
    expect(manifest).toMatchObject({ format: 'tidemark-bundle-manifest', version: 1, exportedAt: NOW.toISOString(), tool: { name: 'Tidemark', version: '0.1.0' }, algorithm: 'SHA-256' });
    expect(manifest.files.map((f) => f.path).toSorted()).toEqual(Object.keys(files).filter((p) => p !== 'manifest.json').toSorted());
    for (const f of manifest.files) {
      expect(f.sha256).toBe(sha256(files[f.path]!));
      expect(f.bytes).toBe(files[f.path]!.length);
    }
    expect(dec.decode(files['manifest.json'])).toBe(serializeManifest(manifest));
  });

  it('README names the verify command and holds no page text', async () => {
    const readme = dec.decode((await unzipped())['README.txt']);
    expect(readme).toContain('npm run verify -- bundle.zip');
    expect(readme).toContain('Exported (UTC): 2025-06-01T12:00:00.000Z');
    expect(readme).not.toContain('Safe Travel');
  });

  it('is deterministic for the same items and now', async () => {
    const items = bundleItems();
    const b1 = await buildBundle(items, { now: NOW, toolVersion: '0.1.0' });
    const b2 = await buildBundle(items, { now: NOW, toolVersion: '0.1.0' });
    expect(b1).toEqual(b2);
  });

  it('uses an injected digest', async () => {
    let calls = 0;
    const digest = async (d: Uint8Array) => {
      calls++;
      return new Uint8Array(await crypto.subtle.digest('SHA-256', d.slice()));
    };
    const zip = await buildBundle(bundleItems(), { now: NOW, toolVersion: '0.1.0', digest });
    expect(calls).toBe(4); // items.json, README.txt, two PNGs
    expect((await verifyBundle(zip, { digest })).ok).toBe(true);
  });
});

describe('verifyBundle', () => {
  it('passes an intact bundle', async () => {
    const zip = await buildBundle(bundleItems(), { now: NOW, toolVersion: '0.1.0' });
    const r = await verifyBundle(zip);
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ ok: true, filesChecked: 4, itemsChecked: 3, exportedAt: NOW.toISOString(), toolVersion: '0.1.0' });
    expect(r.manifestSha256).toBe(sha256(unzipSync(zip)['manifest.json']!));
  });

  type Tamper = [label: string, change: (f: Record<string, Uint8Array>) => void, expected: { file: string; kind: string }[]];
  const flip = (bytes: Uint8Array, at: number) => {
    const copy = bytes.slice();
    copy[at]! ^= 0x01;
    return copy;
  };
  const cases: Tamper[] = [
    [
      'one byte of a screenshot',
      (f) => (f['screenshots/tg-ar-1.png'] = flip(f['screenshots/tg-ar-1.png']!, 30)),
      [
        { file: 'screenshots/tg-ar-1.png', kind: 'tampered' },
        { file: 'screenshots/tg-ar-1.png', kind: 'item-hash-mismatch' },
      ],
    ],
    [
      'one byte of items.json (post text)',
      (f) => {
        const s = dec.decode(f['items.json']);
        f['items.json'] = enc.encode(s.replace('leaving tonight', 'leaving tonighT'));
      },
      [
        { file: 'items.json', kind: 'tampered' },
        { file: 'items.json#fb-1', kind: 'item-hash-mismatch' },
      ],
    ],
    [
      'one byte of items.json (a note, hashes still match)',
      (f) => {
        const s = dec.decode(f['items.json']);
        f['items.json'] = enc.encode(s.replace('same number as case 17', 'same number as case 18'));
      },
      [{ file: 'items.json', kind: 'tampered' }],
    ],
    [
      'one byte of a hash in the manifest',
      (f) => {
        const m = JSON.parse(dec.decode(f['manifest.json']));
        const h: string = m.files.find((x: any) => x.path === 'README.txt').sha256;
        f['manifest.json'] = enc.encode(dec.decode(f['manifest.json']).replace(h, (h[0] === 'a' ? 'b' : 'a') + h.slice(1)));
      },
      [{ file: 'README.txt', kind: 'tampered' }],
    ],
    [
      'exportedAt in the manifest',
      (f) => (f['manifest.json'] = enc.encode(dec.decode(f['manifest.json']).replace('2025-06-01T12:00:00.000Z', '2025-06-01T12:00:01.000Z'))),
      [{ file: 'manifest.json', kind: 'tampered' }],
    ],
    [
      'whitespace in the manifest',
      (f) => (f['manifest.json'] = enc.encode(dec.decode(f['manifest.json']).replace('{\n', '{ \n'))),
      [{ file: 'manifest.json', kind: 'tampered' }],
    ],
    ['manifest not JSON', (f) => (f['manifest.json'] = flip(f['manifest.json']!, 0)), [{ file: 'manifest.json', kind: 'tampered' }]],
    ['a missing screenshot', (f) => delete f['screenshots/fb-1.png'], [{ file: 'screenshots/fb-1.png', kind: 'missing' }, { file: 'screenshots/fb-1.png', kind: 'missing' }]],
    ['an extra file', (f) => (f['screenshots/extra.png'] = new Uint8Array([1, 2, 3])), [{ file: 'screenshots/extra.png', kind: 'extra' }]],
    ['no manifest', (f) => delete f['manifest.json'], [{ file: 'manifest.json', kind: 'missing' }]],
  ];

  it.each(cases)('detects %s', async (_label, change, expected) => {
    const files = await unzipped();
    change(files);
    const r = await verifyBundle(zipSync(files));
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => ({ file: p.file, kind: p.kind }))).toEqual(expected);
    for (const p of r.problems) expect(p.detail.length).toBeGreaterThan(0);
  });

  it('reports expected and actual hashes for a tampered file', async () => {
    const files = await unzipped();
    const original = files['screenshots/fb-1.png']!;
    files['screenshots/fb-1.png'] = flip(original, 10);
    const r = await verifyBundle(zipSync(files));
    expect(r.problems[0]).toMatchObject({ expected: sha256(original), actual: sha256(files['screenshots/fb-1.png']!) });
  });

  it('reports a file that is not a zip', async () => {
    const r = await verifyBundle(new Uint8Array([1, 2, 3, 4, 5]));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ file: '(bundle)', kind: 'tampered' });
  });
});

describe('verify CLI', () => {
  const root = resolve(__dirname, '../../..');
  const dir = mkdtempSync(join(tmpdir(), 'tidemark-verify-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/verify.ts'), ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 0 on an intact bundle', async () => {
    const path = join(dir, 'good.zip');
    writeFileSync(path, await buildBundle(bundleItems(), { now: NOW, toolVersion: '0.1.0' }));
    const r = run(path);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^OK: 4 files and 3 items verified \(exported 2025-06-01T12:00:00.000Z, Tidemark 0\.1\.0, manifest SHA-256 [0-9a-f]{64}\)\.$/m);
  });

  it('exits 1 and names the file on a tampered bundle', async () => {
    const files = await unzipped();
    files['screenshots/fb-1.png']![40]! ^= 0xff;
    const path = join(dir, 'bad.zip');
    writeFileSync(path, zipSync(files));
    const r = run('--', path);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^TAMPERED {2}screenshots\/fb-1\.png: .*does not match/m);
    expect(r.stdout).toMatch(/^ITEM-HASH-MISMATCH {2}screenshots\/fb-1\.png/m);
    expect(r.stdout).toMatch(/^FAILED: 2 problems in /m);
  });

  it('exits 2 on usage and I/O errors', () => {
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/Usage: npm run verify -- <bundle\.zip>/);
    const missing = run(join(dir, 'does-not-exist.zip'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
  });
});
