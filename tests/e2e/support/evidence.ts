import { expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { DiaryPage } from './diary';

/** A file to attach: name, type and bytes. */
export type FileSpec = { name: string; mimeType: string; buffer: Buffer };

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer) => {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/**
 * A real PNG of `width` × `height` pixels. With `noise` the pixels are random, so the file is
 * about 3 bytes a pixel (a stand-in for a phone photo, which does not compress either).
 */
export function png(width: number, height: number, noise = false, seed = 1): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2; // 8-bit RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  let s = seed >>> 0 || 1;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width * 3; x++) {
      if (noise) { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; raw[row + 1 + x] = s & 0xff; }
      else raw[row + 1 + x] = (x * 5 + y * 3) & 0xff;
    }
  }
  const idat = deflateSync(raw, { level: noise ? 0 : 6 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

export const photo = (name = 'gate-damage.png', seed = 1): FileSpec => ({ name, mimeType: 'image/png', buffer: png(64, 48, false, seed) });
export const letter = (words: string, name = 'letter.txt'): FileSpec => ({ name, mimeType: 'text/plain', buffer: Buffer.from(words, 'utf8') });

/** Page object for evidence attached to diary entries. */
export class Evidence {
  readonly diary: DiaryPage;
  constructor(readonly page: Page) {
    this.diary = new DiaryPage(page);
  }

  /** Attach files with the form's file chooser and wait until each is listed with a fingerprint. */
  async choose(files: FileSpec[]) {
    const before = await this.pending().count();
    await this.page.getByTestId('attach-file').setInputFiles(files);
    await expect(this.pending()).toHaveCount(before + files.length, { timeout: 20_000 });
  }

  /** Paste a file into the form, as pasting a screenshot does. */
  async paste(file: FileSpec) {
    const before = await this.pending().count();
    await this.page.getByTestId('what_happened').focus();
    await this.page.evaluate(({ name, mimeType, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] });
    await expect(this.pending()).toHaveCount(before + 1, { timeout: 20_000 });
  }

  /** Files attached on the form, not yet saved. */
  pending() {
    return this.page.getByTestId('pending-files').getByTestId('attachment');
  }

  /** Files shown on the open entry. */
  attached() {
    return this.page.getByTestId('entry-detail').getByTestId('attachment');
  }

  /** The fingerprints shown on the open entry, as stored (hex, no spaces). */
  async fingerprints() {
    return this.page.getByTestId('entry-detail').getByTestId('attachment-fingerprint').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s/g, '')));
  }

  attachError() {
    return this.page.getByTestId('attach-error');
  }

  /** Save a copy of an attached file from the open entry; its bytes. */
  async saveCopy(name: string): Promise<Buffer> {
    const dl = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Save a copy of ${name}` }).click();
    const d = await dl;
    expect(d.suggestedFilename()).toBe(name);
    const path = await d.path();
    const { readFileSync } = await import('node:fs');
    return readFileSync(path!);
  }

  /** Every record in the app's IndexedDB file store, as bytes in base64 (sealed or not). */
  async storedFiles(): Promise<{ id: string; sealed: boolean; base64: string }[]> {
    return this.page.evaluate(() => new Promise((ok, fail) => {
      const r = indexedDB.open('standsafe-files');
      r.onerror = () => fail(r.error);
      r.onsuccess = () => {
        const db = r.result;
        if (!db.objectStoreNames.contains('files')) { db.close(); ok([]); return; }
        const tx = db.transaction('files');
        const keys = tx.objectStore('files').getAllKeys();
        const values = tx.objectStore('files').getAll();
        tx.oncomplete = () => {
          db.close();
          ok(keys.result.map((k, i) => {
            const data: Uint8Array = values.result[i].data;
            let s = ''; for (const b of data) s += String.fromCharCode(b);
            return { id: String(k), sealed: values.result[i].sealed, base64: btoa(s) };
          }));
        };
      };
    }));
  }
}
