import { test, expect, type Locator } from '@playwright/test';
import { StandSafe } from '../support/app';
import { GuidePages } from '../support/guide';
import { Journey } from '../support/journey';

// Issue 15, item 6: every phone number on screen is a tel: link, emails are mailto:, "forward to
// 7726" is an sms: link; on paper they are plain text.

async function hrefs(area: Locator) {
  return area.locator('a').evaluateAll((as) => as.map((a) => `${a.textContent} -> ${a.getAttribute('href')}`));
}

test('your contacts and the numbers to call are links on the checklist', async ({ page }) => {
  const app = new StandSafe(page);
  const guide = new GuidePages(page);
  await app.open('/profile');
  await guide.fill('police-name', 'Sgt Morag Campbell');
  await guide.fill('police-phone', '0141 496 0321');
  await guide.fill('police-email', 'morag.campbell@police.example.uk');
  await guide.fill('buddy-phone', '07700 900078');
  await page.getByTestId('profile-others').fill('Office manager, 01632 960 000 (ref 12345)');
  await page.getByTestId('profile-others').press('Tab');
  await app.open('/checklist');
  expect(await hrefs(page.getByTestId('checklist-others'))).toEqual(['01632 960 000 -> tel:01632960000']);
  await expect(page.getByTestId('checklist-others')).toHaveText('Office manager, 01632 960 000 (ref 12345)');
  expect(await hrefs(page.getByTestId('checklist-police'))).toEqual([
    '0141 496 0321 -> tel:01414960321',
    'morag.campbell@police.example.uk -> mailto:morag.campbell@police.example.uk',
  ]);
  expect(await hrefs(page.getByTestId('checklist-safety-contact'))).toEqual(['07700 900078 -> tel:07700900078']);
  const numbers = await hrefs(page.locator('.checklist-numbers'));
  for (const want of ['999 -> tel:999', '112 -> tel:112', '101 -> tel:101', '0800 789 321 -> tel:0800789321', '0800 555 111 -> tel:0800555111',
    '0808 802 0300 -> tel:08088020300', '08 08 16 89 111 -> tel:08081689111', '0800 160 1985 -> tel:08001601985', '116 123 -> tel:116123',
    '7726 -> sms:7726', 'report@phishing.gov.uk -> mailto:report@phishing.gov.uk']) {
    expect(numbers).toContain(want);
  }
  expect(await hrefs(page.getByTestId('checklist-report-line'))).toEqual(['999 -> tel:999', '101 -> tel:101']);
  expect(await hrefs(app.emergencyLine())).toEqual(['Call 999 -> tel:999', '101 -> tel:101']);
  expect(await app.axeViolations()).toEqual([]);
});

test('numbers in guide steps are links', async ({ page }) => {
  const app = new StandSafe(page);
  await app.open('/guide/after-incident');
  const numbers = await hrefs(page.getByTestId('step-after-incident-numbers'));
  expect(numbers).toEqual([
    '0800 789 321 -> tel:0800789321', '0800 555 111 -> tel:0800555111', '0808 802 0300 -> tel:08088020300',
    '08 08 16 89 111 -> tel:08081689111', '0800 160 1985 -> tel:08001601985', '116 123 -> tel:116123',
  ]);
  expect(await hrefs(page.getByTestId('step-after-incident-call'))).toContain('112 -> tel:112');
  expect(await app.axeViolations()).toEqual([]);
  await app.open('/guide/accounts');
  const accounts = (await hrefs(page.locator('main'))).join('\n');
  expect(accounts).toContain('7726 -> sms:7726');
  expect(accounts).toContain('report@phishing.gov.uk -> mailto:report@phishing.gov.uk');
  expect(accounts).toContain('0300 123 2040 -> tel:03001232040');
});

test('on paper the numbers are plain text, with no address or link styling', async ({ page }) => {
  const j = new Journey(page);
  await j.app.open('/checklist');
  await page.emulateMedia({ media: 'print' });
  const looks = await page.locator('.checklist-numbers a').first().evaluate((a) => {
    const s = getComputedStyle(a);
    return { color: s.color, decoration: s.textDecorationLine };
  });
  expect(looks).toEqual({ color: 'rgb(0, 0, 0)', decoration: 'none' });
  const printed = await j.printChecklist();
  expect(printed.text).toContain('0808 802 0300');
  expect(printed.text).not.toMatch(/tel:|sms:|mailto:/);
});
