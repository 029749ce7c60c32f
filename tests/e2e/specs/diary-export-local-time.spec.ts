import { test, expect } from '@playwright/test';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiaryPage } from '../support/diary';

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

function parseCsv(text: string): string[][] {
  const rows: string[][] = []; let row: string[] = []; let cell = ''; let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  return rows;
}

// Issue 15, item 4: the CSV says when each entry was written in local time with the offset of
// that instant (summer +01:00, winter +00:00), with the "found" time and people's descriptions.
test('CSV times are local with their own offset, and include the found time and descriptions', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-07-01T09:15:00Z') });
  const diary = new DiaryPage(page);
  await diary.open();
  await diary.write({ date: '2026-07-01', time: '10:05', what: 'Summer post found', people: 'Unknown man, about 50, red jacket' });
  await page.getByTestId('channel').selectOption('social_media_or_dm');
  await page.getByTestId('found_date').fill('2026-07-01');
  await page.getByTestId('found_time').fill('10:10');
  await diary.save();
  await expect(page.getByTestId('entry-detail')).toBeVisible();
  await page.clock.setSystemTime(new Date('2026-12-02T14:20:00Z'));
  await diary.add({ date: '2026-12-02', time: '14:00', what: 'Winter letter' });

  await diary.app.open('/settings');
  const dl = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = join(mkdtempSync(join(tmpdir(), 'standsafe-csv-')), 'diary.csv');
  await (await dl).saveAs(file);
  const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const header = rows[0];
  const col = (name: string) => { const i = header.indexOf(name); expect(i, name).toBeGreaterThanOrEqual(0); return i; };
  const summer = rows.find((r) => r[col('What happened')] === 'Summer post found')!;
  const winter = rows.find((r) => r[col('What happened')] === 'Winter letter')!;
  expect(summer[col('Written')]).toMatch(/^2026-07-01T10:15(:\d\d)?\+01:00$/);
  expect(winter[col('Written')]).toMatch(/^2026-12-02T14:20(:\d\d)?\+00:00$/);
  expect(summer[col('Last edited')]).toMatch(/^2026-07-01T10:15(:\d\d)?\+01:00$/);
  expect(summer[col('Found date')]).toBe('2026-07-01');
  expect(summer[col('Found time')]).toBe('10:10');
  expect(summer[col('People')]).toBe('Unknown man (about 50, red jacket)');
});
