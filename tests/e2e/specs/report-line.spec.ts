import { test, expect } from '@playwright/test';
import { Journey } from '../support/journey';
import { DiaryPage } from '../support/diary';

// Issue 16, item 1: the reporting route is on Home, the printed checklist and the case file's
// cover, and never offers the police contact instead of 999 or 101.

test('the reporting route is on Home, the checklist and the case file cover', async ({ page }) => {
  const j = new Journey(page);
  await j.answerOnHome({ role: 'candidate', nation: 'england', election: 'local_council' });
  const line = 'Call 999 if you are in danger or a crime is happening now. Otherwise call 101 or use your force\'s online form. Say you are a candidate and that it is an "Operation Ford" incident. Then tell your police contact too.';
  await expect(j.reportLine()).toHaveText(line);
  const printed = await j.printChecklist();
  expect(printed.text).toContain(line);
  expect(printed.text).not.toMatch(/or (to )?your police contact/);
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-11-30', time: '18:00', what: 'Shouted at on the doorstep' });
  await page.getByTestId('diary-case-file').click();
  await expect(page.getByTestId('case-file-report-line')).toHaveText(`To report a crime: ${line}`);
  await expect(page.getByTestId('case-file-clock')).toContainText("All times come from this device's clock");
  await expect(page.getByTestId('case-file')).toContainText('1 entry.');
  await expect(page.getByTestId('case-file')).not.toContainText('(s)');
});
