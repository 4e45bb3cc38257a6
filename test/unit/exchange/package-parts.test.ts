import { describe, expect, it } from 'vitest';
import { MAX_PART_BYTES } from '../../../electron/exchange/package-zip';
import { PartSlicer, PER_FILE_OVERHEAD, partBudget, partFileName, type FileNeed, type SliceItem, type SliceLimits } from '../../../electron/exchange/package-parts';

const limits = (partBytes: number, extra: Partial<SliceLimits> = {}): SliceLimits => ({ partBytes, origins: 2, maxEntryBytes: 1024 ** 3, maxEntries: 50_000, ...extra });
const file = (sha: string, size: number, fileName = `${sha}.pdf`): FileNeed => ({ sha256: sha.padEnd(64, '0'), size, fileName });

function slice(items: SliceItem[], l: SliceLimits) {
  const s = new PartSlicer(l);
  for (const i of items) s.add(i);
  return s.finish();
}

describe('slicing an export into parts', () => {
  it('keeps a small export whole, and an empty one as one empty part', () => {
    const parts = slice([1, 2, 3].map((key) => ({ key, bytes: 500, files: [] })), limits(200 * 1024));
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ firstKey: 1, lastKey: 3, changes: 3, bytes: 1500 });
    expect(slice([], limits(200 * 1024))).toEqual([{ firstKey: 0, lastKey: 0, changes: 0, bytes: 0, files: [] }]);
  });

  it('cuts at the budget: a part filled exactly stays one part, one byte more starts the next', () => {
    const l = limits(100 * 1024);
    const budget = partBudget(l);
    const exact = slice([{ key: 1, bytes: budget - 1000, files: [] }, { key: 2, bytes: 1000, files: [] }], l);
    expect(exact).toHaveLength(1);
    const over = slice([{ key: 1, bytes: budget - 1000, files: [] }, { key: 2, bytes: 1001, files: [] }], l);
    expect(over.map((p) => [p.firstKey, p.lastKey])).toEqual([[1, 1], [2, 2]]);
  });

  it('makes contiguous parts covering every change once, in order, each within the budget', () => {
    const l = limits(64 * 1024);
    const items = Array.from({ length: 500 }, (_, i) => ({ key: i * 3 + 1, bytes: 200 + ((i * 37) % 900), files: [] }));
    const parts = slice(items, l);
    expect(parts.length).toBeGreaterThan(3);
    let next = 0;
    for (const p of parts) {
      expect(p.firstKey).toBe(items[next]!.key);
      next += p.changes;
      expect(p.lastKey).toBe(items[next - 1]!.key);
      expect(p.bytes).toBeLessThanOrEqual(partBudget(l));
    }
    expect(next).toBe(items.length);
  });

  it('puts an evidence file in the part of the change that needs it, once per part, again in a later part that needs it too', () => {
    const l = limits(64 * 1024);
    const budget = partBudget(l);
    const a = file('aa', 20_000);
    const b = file('bb', 30_000);
    const parts = slice(
      [
        { key: 1, bytes: 300, files: [a] },
        { key: 2, bytes: 300, files: [a] }, // the same file attached twice: carried once
        { key: 3, bytes: 300, files: [b] },
        { key: 4, bytes: budget - 1000, files: [] }, // fills a second part
        { key: 5, bytes: 300, files: [a] }, // needs a again, in a part without it
      ],
      l,
    );
    expect(parts.map((p) => p.files.map((f) => f.sha256.slice(0, 2)))).toEqual([['aa', 'bb'], [], ['aa']]);
    expect(parts[0]!.bytes).toBe(900 + 50_000 + 2 * PER_FILE_OVERHEAD);
    expect(parts.map((p) => [p.firstKey, p.lastKey])).toEqual([[1, 3], [4, 4], [5, 5]]);
  });

  it('starts a new part when a change and its file no longer fit the current one', () => {
    const l = limits(64 * 1024);
    const parts = slice(
      [
        { key: 1, bytes: 30_000, files: [] },
        { key: 2, bytes: 300, files: [file('cc', 40_000)] },
      ],
      l,
    );
    expect(parts.map((p) => [p.firstKey, p.files.length])).toEqual([[1, 0], [2, 1]]);
  });

  it('refuses an evidence file larger than a part, naming it in Vietnamese', () => {
    const l = limits(300 * 1024);
    const s = new PartSlicer(l);
    s.add({ key: 1, bytes: 300, files: [] });
    let error: unknown;
    try {
      s.add({ key: 2, bytes: 300, files: [file('dd', 400 * 1024, 'Biên bản kiểm tra (bản quét).pdf')] });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'VALIDATION' });
    expect((error as { userMessage: string }).userMessage).toContain('Tệp minh chứng "Biên bản kiểm tra (bản quét).pdf" (400 KB) lớn hơn giới hạn một tệp gói dữ liệu');
  });

  it('also caps a part by the reader’s limits: one entry’s size and the entries of a payload', () => {
    const byEntry = slice(Array.from({ length: 10 }, (_, i) => ({ key: i + 1, bytes: 1000, files: [] })), limits(1024 ** 2, { maxEntryBytes: 3000 }));
    expect(byEntry.map((p) => p.changes)).toEqual([3, 3, 3, 1]);
    const byCount = slice(Array.from({ length: 10 }, (_, i) => ({ key: i + 1, bytes: 10, files: [file(`f${i}`, 10)] })), limits(1024 ** 2, { maxEntries: 6 }));
    expect(byCount.map((p) => p.files.length)).toEqual([4, 4, 2]);
  });

  it('keeps a part within what FAT32 and node:crypto take in one piece', () => {
    // FAT32: files under 4 GiB; node:crypto: at most 2^31 - 1 bytes per cipher update, sign or hash update.
    expect(MAX_PART_BYTES).toBeLessThan(2 ** 31 - 1);
    expect(MAX_PART_BYTES).toBeGreaterThan(1024 ** 3);
  });

  it('names parts in ASCII beside the chosen name', () => {
    expect(partFileName('goi-du-lieu-tat-ca-20260508-0900.vpdu', 2, 3)).toBe('goi-du-lieu-tat-ca-20260508-0900-phan-2-tren-3.vpdu');
    expect(partFileName('Gói cho UBND.VPDU', 1, 2)).toBe('Gói cho UBND-phan-1-tren-2.VPDU');
    expect(partFileName('goi', 1, 2)).toBe('goi-phan-1-tren-2.vpdu');
    expect(partFileName('goi.vpdu', 1, 1)).toBe('goi.vpdu');
  });
});
