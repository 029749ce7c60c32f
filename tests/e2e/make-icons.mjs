// Render the app icons from public/icons/icon.svg (and the maskable variant) to PNG with
// Chromium, so every icon comes from one drawing, then shrink each to a palette PNG with pngquant
// (Debian's `pngquant`, a tool for this script only: the icons are committed). Two flat colours
// need no more than a palette; it halves the icons' share of a first visit (39 KB to 18 KB).
// Run: node tests/e2e/make-icons.mjs
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
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
  execFileSync('pngquant', ['--quality=85-100', '--speed', '1', '--strip', '--force', '--output', icons + out, '--', icons + out]);
  console.log('wrote', out);
}
await browser.close();
