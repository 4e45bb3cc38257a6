import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyBetweenStores, copyIntoStore, writeIntoStore } from '../../../electron/system/content-store';
import { AppError } from '../../../shared/api/errors';
import { makeTempDir } from '../../support/temp-dir';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, writeSync: vi.fn(actual.writeSync) };
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('content-addressed store', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = makeTempDir());
  });
  afterEach(() => {
    vi.mocked(fs.writeSync).mockReset();
    cleanup();
  });

  it('a disk that fills up mid-copy leaves no file under the hash name and no temporary file', () => {
    const source = join(dir, 'scan.pdf');
    const bytes = Buffer.alloc(2 * 1024 * 1024 + 5, 7);
    fs.writeFileSync(source, bytes);
    const store = join(dir, 'store');
    const real = vi.mocked(fs.writeSync).getMockImplementation();
    let calls = 0;
    vi.mocked(fs.writeSync).mockImplementation(((...args: Parameters<typeof fs.writeSync>) => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (real as typeof fs.writeSync)(...args);
    }) as typeof fs.writeSync);
    let thrown: unknown;
    try {
      copyIntoStore(source, store, (sha) => `${sha}.pdf`, 100 * 1024 * 1024);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('DISK_FULL');
    expect((thrown as AppError).userMessage).toMatch(/^Ổ đĩa đã đầy/);
    expect(fs.readdirSync(store)).toEqual([]);
  });

  it('writeIntoStore replaces a cut copy and leaves a sound one untouched', () => {
    const bytes = Buffer.from('minh chứng nhận qua gói dữ liệu');
    const name = `${sha256(bytes)}.pdf`;
    fs.mkdirSync(join(dir, 's'));
    fs.writeFileSync(join(dir, 's', name), bytes.subarray(0, 5));
    expect(writeIntoStore(join(dir, 's'), name, bytes, { sha256: sha256(bytes), size: bytes.length })).toBe(true);
    expect(fs.readFileSync(join(dir, 's', name)).equals(bytes)).toBe(true);
    expect(writeIntoStore(join(dir, 's'), name, bytes, { sha256: sha256(bytes), size: bytes.length })).toBe(false);
  });

  it('copyBetweenStores never spreads a damaged file', () => {
    const bytes = Buffer.from('báo cáo sơ kết');
    const expected = { sha256: sha256(bytes), size: bytes.length };
    const from = join(dir, 'from.docx');
    fs.writeFileSync(from, Buffer.from('báo cáo sơ kếT'));
    expect(copyBetweenStores(from, join(dir, 'to'), 'x.docx', expected)).toBe('bad-source');
    expect(fs.existsSync(join(dir, 'to', 'x.docx'))).toBe(false);
    fs.writeFileSync(from, bytes);
    expect(copyBetweenStores(from, join(dir, 'to'), 'x.docx', expected)).toBe('copied');
    expect(copyBetweenStores(from, join(dir, 'to'), 'x.docx', expected)).toBe('present');
  });
});
