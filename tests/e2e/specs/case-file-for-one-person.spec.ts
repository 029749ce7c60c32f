import { test, expect } from '@playwright/test';
import { CaseFile } from '../support/case-file';

// Issue 15, item 5: the case file is offered for one person and for the list's current filter,
// not only for everything.

const people = [
  { id: 'p-red', name: 'Unknown man', description: 'about 50, red jacket' },
  { id: 'p-bike', name: 'Teenager', description: 'on a bike' },
];
const entries = [
  { id: 'e1', date: '2026-11-20', time: '18:00', what: 'Shouted at me at the street stall', people: ['p-red'] },
  { id: 'e2', date: '2026-11-25', time: '19:30', what: 'Followed me to the car park', people: ['p-red'] },
  { id: 'e3', date: '2026-11-27', time: '16:00', what: 'Threw leaflets in the road', people: ['p-bike'] },
];

test('the People view offers a case file for one person, with only their entries', async ({ page }) => {
  const cf = new CaseFile(page);
  await cf.seed(entries, people);
  await cf.openForPerson('Unknown man');
  await expect(cf.view()).toContainText('2 entries.');
  await expect(page.getByTestId('case-file-scope')).toHaveText('Only the entries about Unknown man (about 50, red jacket).');
  await expect(cf.view()).toContainText('Shouted at me at the street stall');
  await expect(cf.view()).toContainText('Followed me to the car park');
  await expect(cf.view()).not.toContainText('Threw leaflets');
  await expect(cf.view()).not.toContainText('Teenager');
  expect(await cf.diary.app.axeViolations()).toEqual([]);
  // The whole case file is still there from the tabs.
  await cf.openAll();
  await expect(cf.view()).toContainText('3 entries.');
  await expect(page.getByTestId('case-file-scope')).toHaveCount(0);
});

test('the list offers a case file for the entries its search shows', async ({ page }) => {
  const cf = new CaseFile(page);
  await cf.seed(entries, people);
  await expect(page.getByTestId('filtered-case-file')).toHaveCount(0);
  await page.getByTestId('search').fill('leaflets');
  await expect(page.getByTestId('entry-count')).toHaveText('Showing 1 of 3 entries.');
  await page.getByTestId('filtered-case-file').click();
  await expect(cf.view()).toContainText('1 entry.');
  await expect(page.getByTestId('case-file-scope')).toContainText('search "leaflets"');
  await expect(cf.view()).toContainText('Threw leaflets in the road');
  await expect(cf.view()).not.toContainText('Followed me');
  await page.getByTestId('diary-list').click();
  await page.getByTestId('filter-person').selectOption({ label: 'Unknown man, about 50, red jacket, seen 25 Nov' });
  await expect(page.getByTestId('filtered-case-file')).toHaveText('Case file for these 2 entries');
  await page.getByTestId('filtered-case-file').click();
  await expect(cf.view()).toContainText('2 entries.');
  await expect(cf.view()).not.toContainText('Threw leaflets');
  expect(await cf.diary.app.axeViolations()).toEqual([]);
});
