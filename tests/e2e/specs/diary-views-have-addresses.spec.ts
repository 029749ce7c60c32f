import { test, expect, type Page } from '@playwright/test';
import { DiaryPage } from '../support/diary';
import { Lock } from '../support/lock';

// Issue 15, item 10: each view of the diary has its own address, so the phone's Back gesture
// goes back a view, not out of the diary; each view opens at its heading; the active view is shown.

/** The one diary view link marked current, by its test id. */
async function currentTab(diary: DiaryPage) {
  const current = diary.tabs().and(diary.page.locator('[aria-current="page"]'));
  await expect(current).toHaveCount(1);
  return current.getAttribute('data-testid');
}

async function entryId(page: Page) {
  await expect(page).toHaveURL(/\/diary\/entry\/[A-Za-z0-9_-]+$/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

test('every view has its own address; Back goes back a view and stays in the diary', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await expect(page).toHaveURL('/diary');
  await diary.app.markDocument();

  await diary.write({ date: '2026-12-02', what: 'Leaflets torn up at the stall' });
  await expect(page).toHaveURL('/diary/new');
  expect(await currentTab(diary)).toBe('diary-new');
  await diary.save();
  // Saving shows the entry in place of the form.
  const id = await entryId(page);
  await expect(diary.app.focused()).toHaveText('Wednesday 2 December 2026');
  await expect(diary.tabs().and(page.locator('[aria-current]'))).toHaveCount(0);

  await page.getByTestId('edit-entry').click();
  await expect(page).toHaveURL(`/diary/entry/${id}/edit`);
  await expect(diary.app.focused()).toHaveText('Edit entry');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(`/diary/entry/${id}`);

  const views = [
    { tab: 'diary-people', path: '/diary/people', heading: 'People' },
    { tab: 'diary-deleted', path: '/diary/deleted', heading: 'Recently deleted' },
    { tab: 'diary-case-file', path: '/diary/case-file', heading: 'Case file for police' },
    { tab: 'diary-list', path: '/diary', heading: 'Incident diary' },
  ];
  for (const v of views) {
    await page.getByTestId(v.tab).click();
    await expect(page).toHaveURL(v.path);
    await expect(diary.app.focused()).toHaveText(v.heading);
    expect(await currentTab(diary)).toBe(v.tab);
  }

  // Back, one view at a time, each at its heading and marked current.
  for (const v of [...views].reverse().slice(1)) {
    await page.goBack();
    await expect(page).toHaveURL(v.path);
    await expect(diary.app.focused()).toHaveText(v.heading);
    expect(await currentTab(diary)).toBe(v.tab);
  }
  await page.goBack();
  await expect(page).toHaveURL(`/diary/entry/${id}`);
  await expect(page.getByTestId('entry-detail')).toContainText('Leaflets torn up at the stall');
  await expect(diary.app.focused()).toHaveText('Wednesday 2 December 2026');
  await page.goForward();
  await expect(page).toHaveURL('/diary/people');
  expect(await diary.app.sameDocument()).toBe(true);
});

test('each address opens its view directly and after a reload', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-12-02', what: 'Abusive phone call to the office' });
  const id = await entryId(page);
  const views = [
    { path: '/diary', see: diary.page.getByTestId('entry-list'), tab: 'diary-list' },
    { path: '/diary/new', see: diary.form(), tab: 'diary-new' },
    { path: `/diary/entry/${id}`, see: page.getByTestId('entry-detail'), tab: null },
    { path: `/diary/entry/${id}/edit`, see: page.getByTestId('what_happened'), tab: null },
    { path: '/diary/people', see: page.getByRole('heading', { name: 'People', level: 2 }), tab: 'diary-people' },
    { path: '/diary/deleted', see: page.getByRole('heading', { name: 'Recently deleted', level: 2 }), tab: 'diary-deleted' },
    { path: '/diary/case-file', see: page.getByTestId('case-file'), tab: 'diary-case-file' },
  ];
  for (const v of views) {
    for (const how of ['open', 'reload'] as const) {
      if (how === 'open') await diary.app.open(v.path);
      else { await page.reload(); await diary.app.ready(); }
      await expect(page, `${v.path} (${how})`).toHaveURL(v.path);
      await expect(diary.app.heading()).toHaveText('Incident diary');
      await expect(v.see, `${v.path} (${how})`).toBeVisible();
      if (v.tab) expect(await currentTab(diary)).toBe(v.tab);
    }
  }
  await diary.app.open(`/diary/entry/${id}/edit`);
  await expect(page.getByTestId('what_happened')).toHaveValue('Abusive phone call to the office');
  // An address naming no entry says so, with the way back.
  await diary.app.open('/diary/entry/no-such-entry');
  await expect(page.getByRole('heading', { name: 'Entry not found' })).toBeVisible();
  await page.getByTestId('back').click();
  await expect(page).toHaveURL('/diary');
});

test('a view opened from far down the page starts at its heading', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-12-02', what: 'Followed to the car park', words: 'Line\n'.repeat(40) });
  await page.getByTestId('edit-entry').scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await page.getByTestId('edit-entry').click();
  const heading = page.getByRole('heading', { name: 'Edit entry' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  await page.getByTestId('save-entry').scrollIntoViewIfNeeded();
  await page.getByTestId('save-entry').click();
  const saved = page.getByTestId('entry-detail').getByRole('heading', { level: 2 });
  await expect(saved).toBeFocused();
  await expect(saved).toBeInViewport();
});

test('Back from the form keeps every typed word: the list offers the draft, and it comes back whole', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-12-01', what: 'First entry, saved' });
  const id = await entryId(page);
  await page.getByTestId('diary-list').click();
  await diary.write({ date: '2026-12-02', what: 'Man shouting at the stall', people: 'Unknown man, red jacket' });
  await page.goBack();
  await expect(page).toHaveURL('/diary');
  await expect(diary.form()).toHaveCount(0);
  await expect(diary.entries()).toHaveCount(1);
  const waiting = page.getByTestId('draft-waiting');
  await expect(waiting).toContainText('not saved yet');
  await page.goForward();
  await expect(page).toHaveURL('/diary/new');
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByTestId('what_happened')).toHaveValue('Man shouting at the stall');
  await expect(page.getByTestId('new_people')).toHaveValue('Unknown man, red jacket');
  await page.goBack();
  await waiting.getByRole('link', { name: 'Carry on writing it' }).click();
  await expect(page).toHaveURL('/diary/new');
  await expect(page.getByTestId('what_happened')).toHaveValue('Man shouting at the stall');
  await expect(page.getByTestId('new_people')).toHaveValue('Unknown man, red jacket');

  // An edit left by Back is kept too, and the entry itself is unchanged until saved.
  await diary.app.open(`/diary/entry/${id}`);
  await page.getByTestId('edit-entry').click();
  await page.getByTestId('what_happened').fill('First entry, with more detail');
  await page.goBack();
  await expect(page).toHaveURL(`/diary/entry/${id}`);
  await expect(page.getByTestId('entry-detail')).toContainText('First entry, saved');
  await page.getByTestId('draft-waiting').getByRole('link', { name: 'Carry on editing' }).click();
  await expect(page).toHaveURL(`/diary/entry/${id}/edit`);
  await expect(page.getByTestId('what_happened')).toHaveValue('First entry, with more detail');
  // Cancel still asks before throwing typed words away.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('discard-question')).toBeVisible();
});

test('axe finds no violations on the diary views with an entry in them', async ({ page }) => {
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-12-02', what: 'Leaflets torn up', people: 'Unknown man, blue coat' });
  const id = await entryId(page);
  for (const path of ['/diary', `/diary/entry/${id}`, `/diary/entry/${id}/edit`, '/diary/people', '/diary/case-file']) {
    await diary.app.open(path);
    expect(await diary.app.axeViolations(), path).toEqual([]);
  }
});

test('after Leave quickly, Back never brings a diary view back, however many views were opened', async ({ page }) => {
  await page.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }));
  await page.goto('about:blank');
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.add({ date: '2026-12-02', what: 'Private words' });
  await page.getByTestId('diary-people').click();
  await page.getByTestId('diary-list').click();
  await page.getByTestId('leave-quickly').click();
  await page.waitForURL('https://www.bbc.co.uk/weather');
  for (let i = 0; i < 3; i++) {
    await page.goBack();
    await expect(page).not.toHaveURL(/127\.0\.0\.1/);
  }
  await expect(page.getByText('Private words')).toHaveCount(0);
  // Opening the app afresh shows it again.
  await diary.open();
  await expect(page).toHaveURL('/diary');
  await expect(diary.entries()).toHaveCount(1);
});

test('with the lock on, moving between the diary\'s views and Back never asks for the passphrase again', async ({ page }) => {
  test.slow(); // turning the lock on derives a key (PBKDF2, 600,000 rounds)
  const lock = new Lock(page);
  const diary = await lock.lockedDiary([{ date: '2026-12-02', what: 'Shouted at by a man at the stall' }]);
  await diary.app.markDocument();
  await diary.entries().first().getByTestId('open-entry').click();
  await expect(page.getByTestId('entry-detail')).toContainText('Shouted at by a man');
  for (const tab of ['diary-people', 'diary-case-file', 'diary-new']) {
    await page.getByTestId(tab).click();
    await expect(lock.unlockScreen()).toHaveCount(0);
  }
  for (let i = 0; i < 3; i++) {
    await page.goBack();
    await expect(lock.unlockScreen()).toHaveCount(0);
  }
  await expect(page.getByTestId('entry-detail')).toContainText('Shouted at by a man');
  expect(await diary.app.sameDocument()).toBe(true);
});
