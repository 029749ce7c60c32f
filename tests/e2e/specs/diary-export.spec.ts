import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiaryPage } from '../support/diary';

const tmp = () => mkdtempSync(join(tmpdir(), 'standsafe-export-'));

/** RFC 4180 parser for the test's own check. */
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
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

async function seed(diary: DiaryPage) {
  await diary.open();
  await diary.add({ date: '2026-10-12', time: '10:15', place: 'Outside the library, Mill Lane', what: 'Leaflets torn up, "liar" written on posters', words: 'Line one\nLine two, with comma', people: 'Unknown man, blue coat' });
  await diary.add({ date: '2026-11-03', what: 'Email: "you will regret standing" — sent at 02:14', evidence: 'Screenshot of email saved 08:00\nOriginal email kept' });
}

test('JSON backup, clear site data, import: the diary comes back identical', async ({ page, context }) => {
  const diary = new DiaryPage(page);
  await seed(diary);
  await diary.app.open('/settings');
  const dl = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const file = join(tmp(), 'backup.json');
  await (await dl).saveAs(file);
  const before = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('standsafe.diary.entry.'))));
  expect(Object.keys(before)).toHaveLength(2);
  await expect(page.getByTestId('last-backup')).toContainText('Last backup');
  // Clear site data, as a user would after losing the browser profile.
  await page.evaluate(() => localStorage.clear());
  await context.clearCookies();
  await page.reload();
  await diary.app.ready();
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByTestId('import-plan')).toContainText('holds 2 entries');
  await page.getByTestId('import-merge').click();
  await expect(page.getByTestId('backup-message')).toContainText('2 entries restored');
  const after = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('standsafe.diary.entry.'))));
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const k of Object.keys(before)) expect(JSON.parse(after[k])).toEqual(JSON.parse(before[k]));
});

test('a bad backup file gives a clear message and changes nothing', async ({ page }) => {
  const diary = new DiaryPage(page);
  await seed(diary);
  await diary.app.open('/settings');
  const snapshot = await page.evaluate(() => JSON.stringify(localStorage));
  const dir = tmp();
  const files: Record<string, string> = {
    'garbage.json': 'not json at all',
    'truncated.json': '{"format":"standsafe-backup","schema":1,"incidents":[{"id":"a',
    'wrong.json': '{"hello":"world"}',
    'newer.json': '{"format":"standsafe-backup","schema":999,"incidents":[]}',
  };
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(join(dir, name), body);
    await page.getByTestId('import-file').setInputFiles(join(dir, name));
    await expect(page.getByTestId('backup-message')).toContainText('Nothing has been changed');
    await expect(page.getByTestId('import-plan')).toHaveCount(0);
  }
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(snapshot);
});

test('replace asks first and says how many entries will go', async ({ page }) => {
  const diary = new DiaryPage(page);
  await seed(diary);
  await diary.app.open('/settings');
  const file = join(tmp(), 'empty.json');
  writeFileSync(file, JSON.stringify({ format: 'standsafe-backup', schema: 1, exported_ms: 0, incidents: [], people: [], progress: {}, profile: {} }));
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-replace').click();
  await expect(page.getByTestId('replace-warning')).toContainText('removes 2 entries');
  await diary.open();
  await expect(diary.entries()).toHaveCount(2);
});

test('CSV opens as UTF-8 with a BOM and parses back to the entries', async ({ page }) => {
  const diary = new DiaryPage(page);
  await seed(diary);
  await diary.app.open('/settings');
  const dl = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = join(tmp(), 'diary.csv');
  await (await dl).saveAs(file);
  const raw = readFileSync(file);
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(raw.toString('utf8').slice(1));
  expect(rows).toHaveLength(3);
  const header = rows[0];
  const what = header.indexOf('What happened');
  const words = header.indexOf('Exact words');
  expect(rows.map((r) => r[what])).toContain('Leaflets torn up, "liar" written on posters');
  expect(rows.map((r) => r[words])).toContain('Line one\nLine two, with comma');
});

test('the case file prints with the timeline, people, evidence and every incident', async ({ page }) => {
  const diary = new DiaryPage(page);
  await seed(diary);
  await page.getByTestId('diary-case-file').click();
  await page.emulateMedia({ media: 'print' });
  const file = join(tmp(), 'case.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
  for (const want of ['Case file for police', 'Timeline', 'Evidence index', 'Screenshot of email saved 08:00', 'Unknown man', 'Leaflets torn up', 'you will regret standing']) {
    expect(text, want).toContain(want);
  }
  expect(text).not.toContain('Write a new entry');
});
