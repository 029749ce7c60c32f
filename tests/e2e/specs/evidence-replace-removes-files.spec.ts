import { test, expect } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Evidence, photo } from '../support/evidence';

// "Replace everything" removes the entries that are not in the backup: their attached files
// (originals and thumbnails) leave the device with them, and the backup's own files stay.

test('replacing from a backup removes the files of the entries it removes, and keeps the backup\'s', async ({ page }) => {
  const ev = new Evidence(page);
  await ev.diary.open();
  await ev.diary.write({ date: '2026-11-20', what: 'Kept: leaflet with a false claim' });
  await ev.choose([photo('leaflet.png', 3)]);
  await ev.diary.save();
  await ev.diary.app.open('/settings');
  const dl = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const file = join(mkdtempSync(join(tmpdir(), 'standsafe-replace-')), 'backup.json');
  await (await dl).saveAs(file);
  const kept = (await ev.storedFiles()).map((f) => f.id).sort();
  expect(kept).toHaveLength(2); // the photo and its thumbnail

  await ev.diary.open();
  await ev.diary.write({ date: '2026-11-21', what: 'Not in the backup: gate damaged' });
  await ev.choose([photo('gate.png', 4)]);
  await ev.diary.save();
  await expect.poll(async () => (await ev.storedFiles()).length).toBe(4);

  await ev.diary.app.open('/settings');
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-replace').click();
  await expect(page.getByTestId('replace-warning')).toContainText('removes 1 entry not in the backup from this device, with any files attached to it');
  await page.getByTestId('import-replace-confirm').click();
  await expect(page.getByTestId('backup-message')).toContainText('1 entry restored');
  await expect.poll(async () => (await ev.storedFiles()).map((f) => f.id).sort()).toEqual(kept);

  await ev.diary.open();
  await expect(ev.diary.entries()).toHaveCount(1);
  await page.getByTestId('entry-list').getByRole('button').first().click();
  await expect(ev.attached()).toHaveCount(1);
});
