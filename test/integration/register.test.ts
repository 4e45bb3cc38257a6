import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { folderDialogs } from '../../electron/dev-server/test-dialogs';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

describe('the outgoing register for every type ("Lấy số văn bản")', () => {
  let h: CoreHarness;
  let saveDir: string;
  beforeEach(async () => {
    h = startCore();
    saveDir = join(h.dir, 'saved');
    mkdirSync(saveDir, { recursive: true });
    h.core.close();
    h.core = createCore({ dbPath: h.dbPath, dialogs: folderDialogs(saveDir, { open: [] }), validateOutput: true });
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  const bc = { docType: 'BC' as const, summary: 'sơ kết 6 tháng đầu năm 2026', issueDate: '2026-06-20', signerName: 'Vũ Bình Dương', recipientsText: 'Thường trực Thành ủy; Lưu VPĐU' };

  it('gives each type its own sequence, continuing from the numbers the office declared at first run', async () => {
    await h.call('register.setStartNumbers', { entries: [{ docType: 'BC', lastNumber: 14 }, { docType: 'CV', lastNumber: 0 }, { docType: 'TB', lastNumber: 62 }] });
    expect(await h.call('register.nextNumber', { docType: 'TB' })).toEqual({ number: 63, numberSymbol: '63-TB/ĐU', deskWarning: null });
    const first = await h.call('register.takeNumber', bc);
    expect(first).toMatchObject({ number: 15, numberSymbol: '15-BC/ĐU', conclusionId: null, summary: bc.summary, termName: 'khóa I' });
    expect((await h.call('register.takeNumber', bc)).numberSymbol).toBe('16-BC/ĐU');
    const cv = await h.call('register.takeNumber', { ...bc, docType: 'CV', summary: 'về việc đôn đốc thực hiện nhiệm vụ' });
    expect(cv.numberSymbol).toBe('01-CV/ĐU');
    // Taking a number for one type leaves the others where they were.
    expect((await h.call('register.nextNumber', { docType: 'TB' })).numberSymbol).toBe('63-TB/ĐU');
    expect((await h.call('register.list', { docType: 'BC' })).items).toHaveLength(2);
    expect(await h.call('register.startNumbers', {})).toEqual(
      expect.arrayContaining([{ docType: 'BC', lastNumber: 14 }, { docType: 'TB', lastNumber: 62 }]),
    );
  });

  it('refuses a missing summary or a wrong date with a Vietnamese message and uses no number', async () => {
    const empty = await h.fail('register.takeNumber', { ...bc, summary: '  ' });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.fields?.summary).toBe('Nhập trích yếu nội dung văn bản');
    expect((await h.fail('register.takeNumber', { ...bc, issueDate: '2026-02-30' })).message).toMatch(/Ngày văn bản không hợp lệ/);
    expect((await h.fail('register.takeNumber', { ...bc, docType: 'XYZ' })).code).toBe('VALIDATION');
    expect((await h.call('register.takeNumber', bc)).numberSymbol).toBe('01-BC/ĐU');
  });

  it('exports the register in its own columns as XLSX and DOCX, oldest first', async () => {
    await h.call('register.takeNumber', { ...bc, issueDate: '2026-07-01', summary: 'kết quả tháng 6' });
    await h.call('register.takeNumber', { ...bc, docType: 'KH', issueDate: '2026-03-05', summary: 'tổ chức Đại hội chi bộ' });
    const xlsx = await h.call('register.export', { format: 'xlsx', target: h.writable(join(saveDir, 'so.xlsx')) });
    expect(xlsx.rows).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(saveDir, 'so.xlsx')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(ws.getCell(2, 1).value).toBe('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(values(4)).toEqual(['Số, ký hiệu', 'Ngày tháng', 'Tên loại và trích yếu nội dung', 'Người ký', 'Nơi nhận', 'Ghi chú']);
    expect(values(5)).toEqual(['01-KH/ĐU', '05/3/2026', 'Kế hoạch tổ chức Đại hội chi bộ', 'Vũ Bình Dương', bc.recipientsText, 'Soạn ngoài phần mềm']);
    expect(values(6).slice(0, 3)).toEqual(['01-BC/ĐU', '01/7/2026', 'Báo cáo kết quả tháng 6']);

    const docx = await h.call('register.export', { format: 'docx', docType: 'KH' });
    expect(docx.rows).toBe(1);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx.path!)))['word/document.xml']!);
    expect(xml).toContain('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(xml).toContain('Kế hoạch tổ chức Đại hội chi bộ');
    expect(xml).not.toContain('Báo cáo kết quả tháng 6');
    expect(xml).toContain('w:orient="landscape"');
  });
});
