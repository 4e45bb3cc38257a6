import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { conclusionSetDir, FLOW_FILES, fixturesDir, KIEN_MINH_FILE } from '../support/corpus';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';


describe('importing existing conclusions through the contract', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  async function saveAll(path: string) {
    const p = await h.call('import.previewFile', { file: h.readable(path) });
    return h.call('import.save', {
      fields: p,
      sourceHash: p.source.hash,
      // A deadline read as earlier than the issue date is refused at save: the clerk clears it.
      tasks: p.tasks.map((t) => ({ ...t, dueDate: p.issueDate && t.dueDate && t.dueDate < p.issueDate ? null : t.dueDate })),
    });
  }

  it('recognises the conclusion 62-TB/ĐU and saves it as an issued, searchable, followable record', async () => {
    const p = await h.call('import.previewFile', { file: h.readable(join(fixturesDir, KIEN_MINH_FILE)) });
    expect(p).toMatchObject({ kind: 'TB', numberSymbol: '62-TB/ĐU', issueDate: '2026-05-08', place: 'Kiến Minh', duplicateOf: null });
    expect(p.signature).toEqual({ authority: 'T/L', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', signer: 'Đỗ Đức Úy' });
    expect(p.source.text).toContain('Kiến Minh, ngày 08 tháng 05 năm 2026');
    expect(p.tasks.filter((t) => t.leadUnitIds.includes('seed-peoplesCommittee'))).toHaveLength(12);

    const saved = await saveAll(join(fixturesDir, KIEN_MINH_FILE));
    expect(saved.registered).toBe(true);
    expect(saved.meetingId).not.toBeNull();
    expect(saved.taskIds.length).toBe(p.tasks.length);
    const c = await h.call('conclusions.get', { id: saved.conclusionId });
    expect(c).toMatchObject({ status: 'issued', imported: true, numberSymbol: '62-TB/ĐU', number: 62, issueDate: '2026-05-08' });
    expect(c.signature.signerName).toBe('Đỗ Đức Úy');
    expect((await h.call('register.list', {})).items[0]).toMatchObject({ numberSymbol: '62-TB/ĐU', conclusionId: saved.conclusionId });
    expect((await h.call('search.query', { q: 'cao toc ninh binh hai phong' })).some((x) => x.entityId === saved.conclusionId)).toBe(true);
    expect((await h.call('tasks.list', { conclusionId: saved.conclusionId })).total).toBe(p.tasks.length);
    const meeting = await h.call('meetings.get', { id: saved.meetingId! });
    expect(meeting).toMatchObject({ date: '2026-05-07', body: 'standingCommittee', chair: { name: 'Vũ Bình Dương' } });

    // Numbering continues after the imported number.
    const draft = await h.call('conclusions.create', { kind: 'TB', meetingId: null, templateKey: 'blank', summary: 'về việc tiếp theo' });
    expect((await h.call('conclusions.issue', { id: draft.id, issueDate: '2026-05-20' })).numberSymbol).toBe('63-TB/ĐU');
  });

  it('warns about and refuses a second import of the same file', async () => {
    await saveAll(join(fixturesDir, KIEN_MINH_FILE));
    const again = await h.call('import.previewFile', { file: h.readable(join(fixturesDir, KIEN_MINH_FILE)) });
    expect(again.duplicateOf?.numberSymbol).toBe('62-TB/ĐU');
    const e = await h.fail('import.save', { fields: again, sourceHash: again.source.hash, tasks: [] });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/đã có trong dữ liệu/);
    expect((await h.call('conclusions.list', {})).items).toHaveLength(1);
  });

  it('imports conclusions of three offices', async () => {
    for (const f of FLOW_FILES) await saveAll(join(f.dir, f.name));
    expect((await h.call('conclusions.list', {})).items).toHaveLength(3);
  });

  it('imports pasted text and a DOCX', async () => {
    // Text pasted from a Word window: a conclusion of another office, in full.
    const text = readFileSync(join(conclusionSetDir, '01-btv-xa-quang-phu-thanh-hoa-2025.txt'), 'utf8');
    const pasted = await h.call('import.previewText', { text });
    expect(pasted).toMatchObject({ kind: 'TB', numberSymbol: '45-TB/ĐU', issueDate: '2025-06-16', place: 'Quảng Phú', committee: 'ĐẢNG ỦY XÃ QUẢNG PHÚ' });
    expect(pasted.signature).toMatchObject({ authority: 'T/M', signer: 'Lê Văn Thắng' });
    expect(pasted.tasks.map((t) => t.dueDate)).toEqual(['2025-06-30', '2025-07-31', null, '2025-08-15']);
    expect(pasted.tasks[3]).toMatchObject({ leadUnitIds: ['seed-partyOffice'] });
    expect(pasted.source.text).toContain('về công tác phòng, chống thiên tai');
    const blank = await h.call('import.previewText', { text: '   \n' });
    expect(blank.warnings.join(' ')).toMatch(/[àáảãạăâđêôơư]/i);
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('ĐẢNG BỘ HUYỆN AN LÃO'),
            new Paragraph({ children: [new TextRun({ text: 'ĐẢNG ỦY XÃ AN THẮNG', bold: true })] }),
            new Paragraph('Số 05-KL/ĐU'),
            new Paragraph('An Thắng, ngày 15 tháng 3 năm 2026'),
            new Paragraph({ children: [new TextRun({ text: 'KẾT LUẬN', bold: true })] }),
            new Paragraph({ children: [new TextRun({ text: 'về công tác chuyển đổi số', bold: true })] }),
            new Paragraph({
              children: [
                new TextRun({ text: 'Ngày 14 tháng 3 năm 2026', bold: true }),
                new TextRun(', Ban Thường vụ Đảng ủy xã họp kỳ họp thứ 7, nghe '),
                new TextRun({ text: 'Tờ trình số 12-TTr/ĐU', bold: true }),
                new TextRun(' của Văn phòng Đảng ủy. Đồng chí Lê Văn Nam - Bí thư Đảng ủy chủ trì. Ban Thường vụ kết luận như sau:'),
              ],
            }),
            new Paragraph('1. Giao Ủy ban nhân dân xã hoàn thành trước ngày 30/4/2026 việc số hóa hồ sơ.'),
            new Paragraph('Nơi nhận:'),
            new Paragraph('- Lưu VPĐU.'),
            new Paragraph({ children: [new TextRun({ text: 'T/M BAN THƯỜNG VỤ', bold: true })] }),
            new Paragraph({ children: [new TextRun({ text: 'BÍ THƯ', bold: true })] }),
            new Paragraph('Lê Văn Nam'),
          ],
        },
      ],
    });
    const path = join(h.dir, 'ket-luan.docx');
    writeFileSync(path, await Packer.toBuffer(doc));
    const p = await h.call('import.previewFile', { file: h.readable(path) });
    expect(p).toMatchObject({ kind: 'KL', numberSymbol: '05-KL/ĐU', issueDate: '2026-03-15', committee: 'ĐẢNG ỦY XÃ AN THẮNG' });
    expect(p.meeting.number).toBe('7');
    expect(p.tasks[0]).toMatchObject({ leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-04-30' });
    expect(p.source.format).toBe('docx');
    expect(p.meeting.date).toBe('2026-03-14');

    // Bold in the opening survives the save and prints bold; the text around it does not.
    expect(p.preamble).toMatch(/^\*\*Ngày 14 tháng 3 năm 2026\*\*, Ban Thường vụ .* nghe \*\*Tờ trình số 12-TTr\/ĐU\*\* của /u);
    const saved = await h.call('import.save', { fields: p, sourceHash: p.source.hash, tasks: [] });
    const out = join(h.dir, 'in-lai.docx');
    await h.call('export.conclusionDocx', { id: saved.conclusionId, target: h.writable(out) });
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    const runOf = (text: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>${text}</w:t>`, 'su').exec(xml)?.[0] ?? '';
    expect(runOf('Ngày 14 tháng 3 năm 2026')).toMatch(/<w:b\/>/);
    expect(runOf('Tờ trình số 12-TTr/ĐU')).toMatch(/<w:b\/>/);
    expect(runOf(' của Văn phòng Đảng ủy[^<]*')).not.toMatch(/<w:b\/>/);
    expect(xml).not.toContain('**');
  });

  it('gives a clear message for broken input and changes nothing', async () => {
    const dir = h.dir;
    const cases: Array<[string, Buffer | string]> = [
      ['empty.txt', ''],
      ['garbage.txt', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))],
      ['fake.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 1)])],
    ];
    for (const [name, data] of cases) {
      writeFileSync(join(dir, name), data);
      const e = await h.fail('import.previewFile', { file: h.readable(join(dir, name)) });
      expect(e.code, name).toBe('BAD_FILE');
      expect(e.message, name).toMatch(/[àáảãạăâđêôơư]/i);
    }
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Đảng ủy xã. '.repeat(50 * 1024 * 1024 / 12));
    const e = await h.fail('import.previewFile', { file: h.readable(big) });
    expect(e.message).toMatch(/quá lớn/);
    expect((await h.call('conclusions.list', {})).items).toHaveLength(0);
  });

  it('imports a whole folder from the CLI; one bad file does not stop the batch; re-running duplicates nothing', async () => {
    const folder = join(h.dir, 'archive');
    mkdirSync(folder);
    for (const f of FLOW_FILES) copyFileSync(join(f.dir, f.name), join(folder, f.name));
    writeFileSync(join(folder, 'hong.docx'), 'not a docx');
    h.core.close();
    const r = await cli(['import', '--dir', folder, '--db', h.dbPath]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/đã nhập 3, trùng 0, lỗi 1/);
    expect(r.err).toMatch(/hong\.docx/);
    const again = await cli(['import', '--dir', folder, '--db', h.dbPath]);
    expect(again.out).toMatch(/đã nhập 0, trùng 3, lỗi 1/);
    const json = JSON.parse((await cli(['import', join(fixturesDir, KIEN_MINH_FILE), '--json'])).out) as { numberSymbol: string; meeting: { body: string }; tasks: Array<{ leadUnits: string[] }> };
    expect(json.numberSymbol).toBe('62-TB/ĐU');
    expect(json.meeting.body).toBe('BAN_THUONG_VU');
    expect(json.tasks.filter((t) => t.leadUnits.includes('UBND xã'))).toHaveLength(12);
    h.core = (await import('../../electron/core/create-core')).createCore({ dbPath: h.dbPath });
    expect((await h.call('conclusions.list', {})).items).toHaveLength(3);
  });
});
