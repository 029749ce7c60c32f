import { test, expect } from '@playwright/test';
import { CaseFile } from '../support/case-file';

// Issue 15, item 1 (the rest): people in the diary can be renamed, and two people merged by the
// user after a confirmation that shows both descriptions; the history is kept, entries keep what
// the user wrote, and nothing is merged by itself.

const people = [
  { id: 'p-red', name: 'Unknown man', description: 'about 50, red jacket' },
  { id: 'p-dog', name: 'Man with dog', description: 'brown Staffie' },
  { id: 'p-bike', name: 'Unknown man', description: 'teenager on a bike' },
];
const entries = [
  { id: 'e1', date: '2026-11-20', time: '18:00', what: 'Shouted at me at the street stall', people: ['p-red'] },
  { id: 'e2', date: '2026-11-25', time: '19:30', what: 'Waited outside the office with a dog', people: ['p-dog'] },
  { id: 'e3', date: '2026-11-27', time: '16:00', what: 'Rode past and shouted', people: ['p-bike'] },
];

function card(page: import('@playwright/test').Page, name: string) {
  return page.getByTestId('person-group').filter({ has: page.getByRole('heading', { name, exact: true }) });
}

test('a person can be renamed, and the old name is kept in their history and on entries', async ({ page }) => {
  const cf = new CaseFile(page);
  await cf.seed(entries, people);
  await page.getByTestId('diary-people').click();
  // Two people share a name and stay apart.
  await expect(card(page, 'Unknown man')).toHaveCount(2);
  await card(page, 'Unknown man').filter({ hasText: 'red jacket' }).getByTestId('edit-person').click();
  const editor = page.getByTestId('person-editor');
  await expect(editor.getByRole('heading')).toBeFocused();
  await page.getByTestId('person-name').fill('Dave NT');
  await page.getByTestId('person-rename').click();
  await expect(editor).toContainText('Name saved. The old name is kept');
  await expect(card(page, 'Dave NT')).toContainText('about 50, red jacket');
  await card(page, 'Dave NT').getByText('History of this person').click();
  await expect(card(page, 'Dave NT').getByTestId('person-history')).toContainText('Renamed from “Unknown man” to “Dave NT” on');
  await expect(card(page, 'Unknown man')).toHaveCount(1);
  expect(await cf.diary.app.axeViolations()).toEqual([]);
  // The entry says who it was first recorded as, and its own words are unchanged.
  await page.reload();
  await cf.diary.app.ready();
  await page.getByTestId('diary-people').click();
  await card(page, 'Dave NT').getByTestId('open-entry').first().click();
  await expect(page.getByTestId('entry-detail')).toContainText('Dave NT (about 50, red jacket; first recorded as Unknown man)');
  await expect(page.getByTestId('entry-detail')).toContainText('Shouted at me at the street stall');
  await expect(page.getByText('Show earlier versions')).toHaveCount(0);
});

test('two people are merged only after a confirmation showing both, and the merge is kept', async ({ page }) => {
  const cf = new CaseFile(page);
  await cf.seed(entries, people);
  await page.getByTestId('diary-people').click();
  await card(page, 'Unknown man').filter({ hasText: 'red jacket' }).getByTestId('edit-person').click();
  await page.getByTestId('person-merge').selectOption({ label: 'Man with dog, brown Staffie, seen 25 Nov' });
  await page.getByTestId('person-merge-start').click();
  const confirm = page.getByTestId('merge-confirm');
  await expect(confirm).toContainText('Are these the same person?');
  await expect(confirm).toContainText('Unknown man, about 50, red jacket, seen 20 Nov');
  await expect(confirm).toContainText('Man with dog, brown Staffie, seen 25 Nov');
  expect(await cf.diary.app.axeViolations()).toEqual([]);
  // "No" changes nothing.
  await page.getByTestId('merge-no').click();
  await expect(card(page, 'Man with dog')).toHaveCount(1);
  await page.getByTestId('person-merge-start').click();
  await page.getByTestId('merge-yes').click();
  await expect(page.getByTestId('person-editor')).toHaveCount(0);
  await expect(card(page, 'Man with dog')).toHaveCount(0);
  const merged = card(page, 'Unknown man').filter({ hasText: 'red jacket' });
  await expect(merged).toContainText('2 incidents · may be harassment');
  await expect(merged).toContainText('Also recorded as: Man with dog, brown Staffie');
  await merged.getByText('History of this person').click();
  await expect(merged.getByTestId('person-history')).toContainText('you said “Man with dog, brown Staffie” is the same person');
  // The other Unknown man is untouched.
  await expect(card(page, 'Unknown man').filter({ hasText: 'teenager' })).toContainText('1 incident');
  // After a reload the merge is still there, and the merged entry keeps what the user wrote.
  await page.reload();
  await cf.diary.app.ready();
  await page.getByTestId('diary-people').click();
  await card(page, 'Unknown man').filter({ hasText: 'red jacket' }).getByTestId('open-entry').filter({ hasText: 'dog' }).click();
  await expect(page.getByTestId('entry-detail')).toContainText('Man with dog (brown Staffie; same person as Unknown man)');
  await expect(page.getByTestId('entry-detail')).toContainText('Waited outside the office with a dog');
  // The case file for the merged person has both entries.
  await page.getByTestId('diary-people').click();
  await card(page, 'Unknown man').filter({ hasText: 'red jacket' }).getByTestId('person-case-file').click();
  await expect(cf.view()).toContainText('2 entries.');
  await expect(cf.view()).toContainText('Waited outside the office with a dog');
  await expect(cf.view()).not.toContainText('Rode past');
});
