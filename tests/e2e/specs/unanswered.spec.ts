import { test, expect } from '@playwright/test';
import { Journey } from '../support/journey';

// Issue 16, item 3: no silent defaults.

test('the questions start empty, and skipping gives neutral advice and a gentle prompt', async ({ page }) => {
  const j = new Journey(page);
  await j.app.open('/');
  for (const q of ['answer-role', 'answer-nation', 'answer-election']) {
    await expect(page.getByTestId(q)).toHaveValue('');
  }
  await page.getByTestId('start-skip').click();
  await expect(page.getByTestId('answer-prompt')).toBeVisible();
  await expect(j.reportLine()).toContainText('For council, mayor or police and crime commissioner elections in England and Scotland, say it is an "Operation Ford" incident.');
  await j.app.open('/guide/police-contact');
  await expect(j.guide.policeScheme()).toContainText('Operation Bridger');
  await expect(j.guide.policeScheme()).toContainText('Operation Ford');
  await expect(j.guide.policeScheme()).toContainText('Answer the three questions');
  await j.app.open('/checklist');
  await expect(page.getByTestId('checklist')).toContainText('Police contact (Bridger or Ford)');
  // Answering all three removes the prompt.
  await j.app.open('/settings');
  await j.guide.answer('agent', 'local_council', 'wales');
  await j.app.open('/');
  await expect(page.getByTestId('answer-prompt')).toHaveCount(0);
});
