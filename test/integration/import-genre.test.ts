/**
 * What import refuses or flags, through the contract on a real SQLite file, with the set's
 * own documents: a file that is not a conclusion is never saved as an issued document; a
 * deadline before the issue date is flagged and never saved silently; an archive line typed
 * "Lưu VT" is shown with the rule's form and kept as typed unless the clerk changes it.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conclusionSetDir } from '../support/conclusion-set';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

const file = (prefix: string): string => {
  const names: Record<string, string> = {
    '01': '01-btv-xa-quang-phu-thanh-hoa-2025.txt',
    '02': '02-bch-xa-dien-chau-nghe-an-2026.txt',
    '11': '11-khong-phai-ket-luan-danh-sach-mua-sam.txt',
    '12': '12-khong-phai-ket-luan-giay-moi.txt',
    '13': '13-khong-phai-ket-luan-van-ban-tu-do.txt',
  };
  return join(conclusionSetDir, names[prefix] ?? '');
};

describe('import refuses what is not a conclusion and flags what must be checked', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  it.each(['11', '12', '13'])('shows file %s as not a conclusion and refuses to save it', async (prefix) => {
    const p = await h.call('import.previewFile', { file: h.readable(file(prefix)) });
    expect(p.recognition.isConclusion).toBe(false);
    expect(p.recognition.message).toMatch(/^Tệp này không phải là thông báo kết luận/);
    const e = await h.fail('import.save', { fields: p, sourceHash: p.source.hash, tasks: [] });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/không phải là thông báo kết luận.*Không thể lưu/);
    expect((await h.call('conclusions.list', {})).items).toHaveLength(0);
    expect((await h.call('register.list', {})).items).toHaveLength(0);
  });

  it('names the other genre of a Party invitation', async () => {
    const p = await h.call('import.previewFile', { file: h.readable(file('12')) });
    expect(p.recognition.otherGenre).toBe('Giấy mời');
    expect(p.recognition.message).toContain('giấy mời');
  });

  it('flags a deadline before the issue date and refuses to save it until corrected', async () => {
    const p = await h.call('import.previewFile', { file: h.readable(file('02')) });
    const late = p.tasks.findIndex((t) => t.dueBeforeIssue);
    expect(late).toBeGreaterThanOrEqual(0);
    expect(p.tasks[late]).toMatchObject({ dueDate: '2022-05-13', dueBeforeIssue: true });
    expect(p.tasks.filter((t) => t.dueBeforeIssue)).toHaveLength(1);
    expect(p.warnings.some((w) => w.includes('13 tháng 5 năm 2022') && w.includes('trước ngày ban hành (15/05/2026)'))).toBe(true);

    const tasks = p.tasks.map((t) => ({ ...t }));
    const e = await h.fail('import.save', { fields: p, sourceHash: p.source.hash, tasks });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('trước ngày ban hành');
    expect(e.fields?.[`tasks.${late}.dueDate`]).toContain('13/05/2022');
    expect((await h.call('conclusions.list', {})).items).toHaveLength(0);

    tasks[late] = { ...tasks[late]!, dueDate: '2026-05-30' };
    const saved = await h.call('import.save', { fields: p, sourceHash: p.source.hash, tasks });
    const listed = await h.call('tasks.list', { conclusionId: saved.conclusionId });
    expect(listed.items.map((t) => t.dueDate)).toContain('2026-05-30');
    expect(listed.items.map((t) => t.dueDate)).not.toContain('13/05/2022');
  });

  it('shows an archive line typed "Lưu VT" with the rule\'s form and keeps it as typed unless changed', async () => {
    const p = await h.call('import.previewFile', { file: h.readable(file('01')) });
    expect(p.recognition.archiveLine).toEqual({ index: 4, typed: 'Lưu VT', suggested: 'Lưu VPĐU' });
    const kept = await h.call('import.save', { fields: p, sourceHash: p.source.hash, tasks: [] });
    const c = await h.call('conclusions.get', { id: kept.conclusionId });
    expect(JSON.stringify(c.recipients)).toContain('Lưu VT');
    expect(JSON.stringify(c.recipients)).not.toContain('Lưu VPĐU');
  });

  it('reads a Windows-1258 file and says so with its confidence', async () => {
    const { encodeLegacy } = await import('../support/conclusion-variants');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const path = join(h.dir, 'cp1258.txt');
    writeFileSync(path, encodeLegacy(readFileSync(file('01'), 'utf8'), 'cp1258'));
    const p = await h.call('import.previewFile', { file: h.readable(path) });
    expect(p.recognition.encoding).toMatchObject({ name: 'cp1258', label: 'Windows-1258', confidence: 'high' });
    expect(p.numberSymbol).toBe('45-TB/ĐU');
    expect(p.signature.signer).toBe('Lê Văn Thắng');
  });
});
