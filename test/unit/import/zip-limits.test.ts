/**
 * A .docx that inflates far past any real conclusion is refused before mammoth sees it,
 * whether its central directory tells the truth about the size or lies. (Time and memory
 * of the refusal are measured by `npm run bench`, not asserted here.)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxToMarkedText } from '../../../electron/import/docx-text';
import { ImportFileError } from '../../../electron/import/import-errors';
import { checkZipLimits } from '../../../electron/import/zip-limits';
import { sampleProfile, startCore, type CoreHarness } from '../../support/core-harness';
import { zipBombDocx } from '../../support/zip-bomb';

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ImportFileError) return err.reason;
    throw err;
  }
  return 'accepted';
}

describe('DOCX decompression limits', () => {
  it('refuses a part that declares a huge size (a 1.9 GB document.xml in a 2 MB file)', async () => {
    const bomb = zipBombDocx({ inflatedMiB: 1900 });
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    expect(await reason(docxToMarkedText(bomb))).toBe('too-large-docx');
  });

  it('refuses a part that lies about its size, by counting while inflating', async () => {
    const liar = zipBombDocx({ inflatedMiB: 200, declaredSize: 12_000 });
    expect(await reason(docxToMarkedText(liar))).toBe('too-large-docx');
    expect(() => checkZipLimits(liar, { maxPartBytes: 300 * 1024 * 1024, maxTotalBytes: 150 * 1024 * 1024, maxEntries: 10 })).toThrow(/inflates past/);
  });

  it('lets an ordinary Word-sized archive through, and refuses too many entries', () => {
    const parts: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i += 1) parts[`word/media/p${i}.xml`] = strToU8('<w:p>'.repeat(2000));
    const zip = Buffer.from(zipSync(parts));
    expect(() => checkZipLimits(zip)).not.toThrow();
    expect(() => checkZipLimits(zip, { maxPartBytes: 1e9, maxTotalBytes: 1e9, maxEntries: 10 })).toThrow(ImportFileError);
  });

  it('refuses a broken archive as corrupt, not as a crash', () => {
    const zip = Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(1000)) }));
    expect(() => checkZipLimits(zip.subarray(0, zip.length - 30))).toThrow(/no end of central directory/);
    const mangled = Buffer.from(zip);
    mangled.writeUInt32LE(0x12345678, mangled.readUInt32LE(mangled.length - 6));
    expect(() => checkZipLimits(mangled)).toThrow(/bad central directory/);
  });
});

describe('a zip bomb through the contract', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  it('is refused with a Vietnamese message and nothing is saved', async () => {
    const file = join(h.dir, 'ket-luan.docx');
    writeFileSync(file, zipBombDocx({ inflatedMiB: 300, declaredSize: 40_000 }));
    const e = await h.fail('import.previewFile', { file: h.readable(file) });
    expect(e.code).toBe('BAD_FILE');
    expect(e.message).toMatch(/nén quá lớn/);
    expect((await h.call('conclusions.list', {})).items).toEqual([]);
  });
});
