// Renders icons/icon.svg to the PNG sizes the manifest uses, with the system Chromium.
// Run after editing the SVG: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './lib/chromium';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: resolve(root, `icons/icon-${size}.png`), omitBackground: true });
}
await browser.close();
console.log('icons written');
