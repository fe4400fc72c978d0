import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { leanLexicon } from './scripts/lib/lean-lexicon';

/**
 * Build layout
 * - crxjs builds the background service worker and the extension pages (popup, history, settings).
 * - The content script is built separately as ONE self-contained IIFE (`content.js`). crxjs would
 *   emit a loader plus chunks listed in `web_accessible_resources`, which any page can fetch to
 *   fingerprint the extension (research/security-and-reliability.md V4). So we hide the content
 *   script from crxjs and add it back to the built manifest ourselves, with no WAR at all.
 */

const root = import.meta.dirname;
const sourceManifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
const CONTENT_ENTRY = 'src/content/index.ts';
const CONTENT_OUT = 'content.js';
/** Highlight colours: injected by the browser as an extension stylesheet, invisible to page scripts. */
const CONTENT_CSS = 'src/content/highlight/content.css';
const CONTENT_CSS_OUT = 'content.css';
const FIREFOX_ID = 'tidemark@tidemark.example.org';

function manifestFor(mode: string): ManifestV3Export {
  const manifest: Record<string, unknown> = { ...sourceManifest, content_scripts: [] };
  if (mode === 'firefox') {
    // Firefox MV3 runs the background as an event page, not a service worker.
    manifest.background = { scripts: ['src/background/index.ts'], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: { id: FIREFOX_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
    delete manifest.minimum_chrome_version;
  }
  return manifest as unknown as ManifestV3Export;
}

/** Builds the content script as an IIFE and restores `content_scripts` in the emitted manifest. */
function selfContainedContentScript(outDir: string, mode: string): Plugin {
  return {
    name: 'tidemark:self-contained-content-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root,
        mode,
        logLevel: 'warn',
        plugins: [leanLexicon()],
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: true,
          chunkSizeWarningLimit: 1500,
          target: 'es2022',
          lib: { entry: resolve(root, CONTENT_ENTRY), formats: ['iife'], name: 'tidemarkContent', fileName: () => CONTENT_OUT },
        },
      });
      const manifestPath = resolve(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      copyFileSync(resolve(root, CONTENT_CSS), resolve(outDir, CONTENT_CSS_OUT));
      built.content_scripts = (sourceManifest.content_scripts ?? []).map((cs) => ({ ...cs, js: [CONTENT_OUT], css: [CONTENT_CSS_OUT] }));
      delete built.web_accessible_resources;
      writeFileSync(manifestPath, `${JSON.stringify(built, null, 2)}\n`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const outDir = resolve(root, mode === 'firefox' ? 'dist-firefox' : 'dist');
  return {
    plugins: [
      preact(),
      crx({ manifest: manifestFor(mode), browser: mode === 'firefox' ? 'firefox' : 'chrome' }),
      selfContainedContentScript(outDir, mode),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // The service worker carries the engine and its compiled lexicon (~10,000 terms).
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        input: {
          history: resolve(root, 'src/ui/history/index.html'),
        },
      },
    },
  };
});
