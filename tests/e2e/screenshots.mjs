// Take screenshots of pages of the release build for a person to look at:
//   node tests/e2e/screenshots.mjs http://127.0.0.1:8080 /tmp/shots / /diary ...
// Also prints /checklist to PDF when asked for "print:/checklist".
import { chromium } from 'playwright-core';

const [base, outDir, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
  for (const p of paths) {
    const path = p.replace(/^print:/, '');
    await page.goto(base + path);
    await page.waitForSelector('#boot', { state: 'detached' });
    const name = path.replace(/\W+/g, '_') || 'home';
    if (p.startsWith('print:')) {
      if (scheme === 'light') await page.pdf({ path: `${outDir}/${name}.pdf`, format: 'A4' });
    } else {
      await page.screenshot({ path: `${outDir}/${name}-${scheme}.png`, fullPage: true });
    }
  }
  await page.close();
}
await browser.close();
