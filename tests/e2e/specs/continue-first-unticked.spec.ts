import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StandSafe } from '../support/app';
import { GuidePages } from '../support/guide';

// Issue 15, item 12: "Continue where you left off" goes to the first step not ticked, in order,
// and says "Start the guide" before anything is ticked; steps with nothing to tick say so.

function pdfText(pdf: Buffer) {
  const file = join(mkdtempSync(join(tmpdir(), 'standsafe-pdf-')), 'page.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-']).toString();
}

test('with nothing ticked Home says "Start the guide" and opens the first step', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/');
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toHaveCount(0);
  const start = page.getByRole('link', { name: 'Start the guide' });
  await expect(start).toBeVisible();
  await start.click();
  await expect(page).toHaveURL('/guide/police-contact#police-contact-find');
  await expect(page.getByTestId('step-police-contact-find').getByRole('heading', { level: 2 })).toBeFocused();
  expect(await app.axeViolations()).toEqual([]);
});

test('after ticking steps 1 and 3, Continue goes back to step 2, never past it', async ({ page }) => {
  const app = new StandSafe(page);
  const guide = new GuidePages(page);
  // The walkthrough: steps 1 and 3 of "Your police contact" and of "Secure your accounts".
  await app.open('/guide/police-contact');
  const police = page.locator('[data-testid^="tick-"]');
  const policeIds = await police.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('tick-'.length)));
  await guide.tick(policeIds[0]).check();
  await guide.tick(policeIds[2]).check();
  await app.open('/guide/accounts');
  const accounts = await page.locator('[data-testid^="tick-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('tick-'.length)));
  await guide.tick(accounts[0]).check();
  await guide.tick(accounts[2]).check();

  await app.open('/guide/police-contact');
  const heading = await page.getByTestId(`step-${policeIds[1]}`).getByRole('heading', { level: 2 }).innerText();
  const secondTitle = heading.replace(/^\d+\.\s*/, '');
  for (const where of ['/', '/guide']) {
    await app.open(where);
    await expect(page.getByRole('link', { name: 'Start the guide' })).toHaveCount(0);
    await expect(page.getByTestId('continue-next')).toHaveText(`Next: ${secondTitle} (Your police contact)`);
  }
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await expect(page).toHaveURL(`/guide/police-contact#${policeIds[1]}`);
  const step = page.getByTestId(`step-${policeIds[1]}`).getByRole('heading', { level: 2 });
  await expect(step).toBeFocused();
  await expect(step).toBeInViewport();
  // Ticking it moves "Next" on to the first step still not done.
  await guide.tick(policeIds[1]).check();
  await app.open('/');
  await expect(page.getByTestId('continue-next')).toContainText('(Your police contact)');
  await expect(page.getByTestId('continue-next')).not.toContainText(secondTitle);
});

test('a step with nothing to tick says so on screen and on paper; the checklist keeps its key', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/accounts');
  const advice = page.getByTestId('step-accounts-phishing');
  await expect(advice.getByTestId('advice-note')).toHaveText('i Advice to know: nothing to tick.');
  await expect(advice.locator('input[type="checkbox"]')).toHaveCount(0);
  // Steps that can be ticked have no such note.
  const tickable = page.locator('article.step').filter({ has: page.locator('[data-testid^="tick-"]') });
  expect(await tickable.count()).toBeGreaterThan(0);
  await expect(tickable.getByTestId('advice-note')).toHaveCount(0);
  expect(await app.axeViolations()).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(advice.getByTestId('advice-note')).toBeVisible();
  expect(pdfText(await page.pdf({ format: 'A4' }))).toContain('Advice to know: nothing to tick.');

  await page.emulateMedia({ media: 'screen' });
  await app.open('/checklist');
  await expect(page.locator('.advice-key')).toContainText('advice to know, nothing to tick');
  expect(pdfText(await page.pdf({ format: 'A4' }))).toContain('advice to know, nothing to tick');
});
