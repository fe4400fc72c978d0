// Build checks on the production dist/ (built by `npm test` before the e2e tier runs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');
const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;

describe('production build', () => {
  it('is a Manifest V3 extension with a module service worker', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toMatchObject({ type: 'module' });
    const sw = (manifest.background as { service_worker: string }).service_worker;
    expect(existsSync(resolve(dist, sw))).toBe(true);
  });

  it('exposes no web_accessible_resources a page could probe', () => {
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('injects one self-contained content script with no imports', () => {
    const scripts = manifest.content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.js).toEqual(['content.js']);
    const code = readFileSync(resolve(dist, 'content.js'), 'utf8');
    // A classic script: no static import/export, no runtime chunk loading.
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\(/);
    // the lexicon rows' notes and sources are dropped from the content script (scripts/lib/lean-lexicon.ts)
    expect(code).toContain('boza');
    expect(code).not.toContain('homograph: boza drink');
    expect(code).not.toContain('chrome.runtime.getURL');
  });

  it('asks only for the permissions the README justifies', () => {
    expect([...(manifest.permissions ?? [])].toSorted()).toEqual(['contextMenus', 'unlimitedStorage']);
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
  });

  it('ships every icon size the toolbar and store use', () => {
    for (const size of ['16', '32', '48', '128']) {
      const icon = (manifest.icons as Record<string, string>)[size]!;
      const png = readFileSync(resolve(dist, icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });

  it('pins a strict CSP for extension pages', () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
  });

  it('contains no source maps or dev-server references', () => {
    const files = readdirSync(dist, { recursive: true }) as string[];
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(resolve(dist, file), 'utf8')).not.toMatch(/localhost:5173|@vite\/client/);
    }
  });
});
