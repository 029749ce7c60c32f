import { test, expect } from '@playwright/test';
import { Journey } from '../support/journey';

// Issue 16: four users answer the questions; each sees the scheme, reporting route and steps
// that fit them, and their printed checklist stays within 2 A4 pages.

test('a Scottish council candidate is told Operation Ford and the Police Scotland liaison officer', async ({ page }) => {
  const j = new Journey(page);
  await j.answerOnHome({ role: 'candidate', nation: 'scotland', election: 'local_council' });
  await expect(j.reportLine()).toContainText('"Operation Ford" incident');
  await expect(j.reportLine()).toContainText('Then tell your police contact too.');
  await j.app.open('/guide/police-contact');
  await expect(j.guide.policeScheme()).toContainText('Operation Ford');
  await expect(j.guide.policeScheme()).toContainText('local liaison officer');
  await expect(j.guide.policeScheme()).not.toContainText('Bridger');
  await expect(page.getByTestId('step-police-contact-find')).toContainText('Police Scotland liaison officer');
  const printed = await j.printChecklist();
  console.log(`Scottish council candidate: ${printed.pages} page(s)`);
  expect(printed.pages).toBeLessThanOrEqual(2);
  expect(printed.text).toContain('Police Scotland liaison officer');
  expect(printed.text).toContain('"Operation Ford" incident');
  expect(printed.text).toContain('Keep your address off the ballot paper');
});

test('a Northern Ireland Westminster candidate is told Bridger and the PSNI, with NI joint guidance', async ({ page }) => {
  const j = new Journey(page);
  await j.answerOnHome({ role: 'candidate', nation: 'northern_ireland', election: 'uk_parliament' });
  await expect(j.reportLine()).toContainText('Say you are a parliamentary candidate.');
  await expect(j.reportLine()).not.toContainText('Ford');
  await j.app.open('/guide/police-contact');
  await expect(j.guide.policeScheme()).toContainText('Operation Bridger');
  await expect(j.guide.policeScheme()).toContainText('Ask the PSNI');
  await expect(page.getByTestId('step-police-contact-threats').getByTestId('step-source')).toContainText('Joint guidance for candidates in Northern Ireland');
  await expect(page.getByTestId('step-police-contact-threats').getByTestId('step-source')).toContainText('Checked December 2026');
  const printed = await j.printChecklist();
  console.log(`NI Westminster candidate: ${printed.pages} page(s)`);
  expect(printed.pages).toBeLessThanOrEqual(2);
  expect(printed.text).toContain('PSNI police contact');
  expect(printed.text).not.toContain('Operation Ford');
});

test('an English parish council candidate is sent to the local police, not Operation Ford', async ({ page }) => {
  const j = new Journey(page);
  await j.app.open('/');
  await j.guide.page.getByTestId('answer-nation').selectOption('england');
  const offered = await j.guide.electionsOffered();
  expect(offered).toContain('parish_town_council');
  expect(offered).not.toContain('scottish_parliament');
  expect(offered).not.toContain('community_council');
  await j.answerOnHome({ role: 'candidate', nation: 'england', election: 'parish_town_council' });
  await expect(j.reportLine()).not.toContainText('Ford');
  await j.app.open('/guide/police-contact');
  await expect(j.guide.policeScheme()).toContainText('Operation Ford does not cover parish and town councils');
  await expect(j.guide.policeScheme()).toContainText('local police');
  const printed = await j.printChecklist();
  console.log(`English parish council candidate: ${printed.pages} page(s)`);
  expect(printed.pages).toBeLessThanOrEqual(2);
  expect(printed.text).toContain('Local police');
  expect(printed.text).not.toContain('Operation Ford contact');
});

test('a volunteer gets no candidate-only steps and reports crimes through 999 or 101 themselves', async ({ page }) => {
  const j = new Journey(page);
  await j.answerOnHome({ role: 'volunteer', nation: 'england', election: 'local_council' });
  await expect(j.reportLine()).toContainText('Call 999');
  await expect(j.reportLine()).toContainText('101');
  await expect(j.reportLine()).toContainText('Then tell your agent or party safety lead.');
  const ids = await j.stepIds();
  expect(ids).toContain('police-contact-lead');
  for (const id of ['police-contact-find', 'home-address', 'home-agent-address', 'accounts-ncsc', 'home-imprint']) {
    expect(ids, id).not.toContain(id);
  }
  const printed = await j.printChecklist();
  console.log(`Volunteer: ${printed.pages} page(s)`);
  expect(printed.pages).toBeLessThanOrEqual(2);
  expect(printed.text).toContain('Know who your agent or safety lead is');
  expect(printed.text).not.toContain('nomination');
  expect(printed.text).not.toContain('Keep your address off the ballot paper');
});
