// Render the app icons from public/icons/icon.svg (and the maskable variant) to PNG with
// Chromium, so every icon comes from one drawing. Run: node tests/e2e/make-icons.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const icons = fileURLToPath(new URL('../../public/icons/', import.meta.url));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();
for (const [source, size, out] of [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['icon-maskable.svg', 512, 'icon-maskable-512.png'],
  ['icon.svg', 180, 'apple-touch-icon.png'],
]) {
  const svg = readFileSync(icons + source, 'utf8').replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: icons + out, omitBackground: true });
  console.log('wrote', out);
}
await browser.close();
