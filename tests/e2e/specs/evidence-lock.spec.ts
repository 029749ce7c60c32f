import { test, expect } from '@playwright/test';
import { Evidence, letter, sha256 } from '../support/evidence';
import { Lock } from '../support/lock';

const SECRET = 'the blue house on Mill Lane after the count';

/** Every place the browser keeps this site's data, searched for `text` (plain or base64). */
async function findAnywhere(ev: Evidence, text: string) {
  const found: string[] = [];
  for (const f of await ev.storedFiles()) {
    if (Buffer.from(f.base64, 'base64').includes(Buffer.from(text))) found.push(`indexeddb:${f.id}`);
  }
  const local = await ev.page.evaluate(() => Object.entries(localStorage));
  for (const [k, v] of local) if (k.includes(text) || v.includes(text)) found.push(`localStorage:${k}`);
  const cached = await ev.page.evaluate(async (t) => {
    const hits: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const body = await (await cache.match(req))!.text();
        if (body.includes(t)) hits.push(`cache:${req.url}`);
      }
    }
    return hits;
  }, text);
  return [...found, ...cached];
}

test('with the lock on, attached files are sealed: their words are nowhere in IndexedDB, localStorage or the caches', async ({ page }) => {
  test.setTimeout(60_000);
  const ev = new Evidence(page);
  const file = letter(`Note pushed through the door: ${SECRET}.`, 'note.txt');
  await ev.diary.open();
  await ev.diary.write({ date: '2026-11-24', what: 'Note through the door' });
  await ev.choose([file]);
  await ev.diary.save();
  await expect(ev.attached()).toHaveCount(1);
  // Before the lock, the file is stored as it is: the search can find it.
  expect(await findAnywhere(ev, SECRET)).toEqual(['indexeddb:' + (await ev.storedFiles())[0].id]);

  const lock = new Lock(page);
  await lock.turnOn();
  await expect.poll(() => findAnywhere(ev, SECRET)).toEqual([]);
  expect((await ev.storedFiles()).every((f) => f.sealed)).toBe(true);

  // A file attached with the lock on is sealed before it is stored, and still opens.
  await ev.diary.open();
  await lock.unlock();
  await expect(page.getByTestId('diary-new')).toBeVisible();
  await ev.diary.write({ date: '2026-11-25', what: 'Second note' });
  const second = letter(`Again: ${SECRET}.`, 'note-2.txt');
  await ev.choose([second]);
  await ev.diary.save();
  expect(await findAnywhere(ev, SECRET)).toEqual([]);
  expect(await ev.fingerprints()).toEqual([sha256(second.buffer)]);
  expect((await ev.saveCopy('note-2.txt')).equals(second.buffer)).toBe(true);
});
