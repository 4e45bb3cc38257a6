/**
 * Numbers that never repeat, through the contract on a real SQLite file: an imported number
 * already in the register is refused before saving (unless the import is marked as that entry's
 * document), a number far above the register's highest needs confirmation, and a wrong entry is
 * corrected ("Sửa số") or cancelled ("Huỷ số") afterwards with its history kept.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../shared/api/contract';
import { createCore } from '../../electron/core/create-core';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';
import { writeNumberedConclusion, type NumberedConclusion } from '../support/numbered-conclusions';
import { cli } from '../support/run-cli';

type Preview = ApiOutput<'import.previewFile'>;

describe('imported numbers against the outgoing register', () => {
  let h: CoreHarness;
  let n = 0;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  async function preview(c: NumberedConclusion): Promise<Preview> {
    n += 1;
    return h.call('import.previewFile', { file: h.readable(writeNumberedConclusion(h.dir, `kl-${n}.txt`, c)) });
  }
  const saveInput = (p: Preview, extra: { correctionOf?: string | null; confirmNumberJump?: boolean } = {}) => ({
    fields: p,
    sourceHash: p.source.hash,
    tasks: p.tasks.map((t) => ({ ...t, dueDate: null })),
    ...extra,
  });
  const counts = async () => ({ conclusions: (await h.call('conclusions.list', {})).items.length, register: (await h.call('register.list', {})).items.length });

  it('refuses a number already in the register before saving anything; a marked correction relinks the entry and keeps history', async () => {
    const first = await preview({ numberSymbol: '63-TB/ĐU', issueDate: '2026-05-20', subject: 'về công tác phòng cháy, chữa cháy rừng mùa khô' });
    expect(first.numberCheck.state).toBe('free');
    const saved = await h.call('import.save', saveInput(first));
    expect(saved.registered).toBe(true);

    // Another document (other text, other date) read with the same number.
    const other = await preview({ numberSymbol: '63-TB/ĐU', issueDate: '2026-06-02', subject: 'về tổ chức Tết Thiếu nhi 1/6' });
    expect(other.duplicateOf).toBeNull();
    expect(other.numberCheck).toMatchObject({ state: 'taken', number: 63, entry: { numberSymbol: '63-TB/ĐU', conclusionId: saved.conclusionId } });
    expect(other.numberCheck.message).toMatch(/Số 63-TB\/ĐU đã có trong sổ văn bản đi/);
    const before = await counts();
    const refused = await h.fail('import.save', saveInput(other));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.fields?.numberSymbol).toMatch(/đã có trong sổ văn bản đi/);
    expect(await counts()).toEqual(before);
    expect((await h.call('register.list', {})).items.filter((e) => e.number === 63)).toHaveLength(1);

    // The review shows the same as the clerk edits the number.
    expect((await h.call('import.checkNumber', { numberSymbol: '64-TB/ĐU', issueDate: '2026-06-02' })).state).toBe('free');
    expect((await h.call('import.checkNumber', { numberSymbol: '63-TB/ĐU', issueDate: '2026-06-02' })).state).toBe('taken');

    // Marked as that entry's document: the entry now points at the new import, the old link is in the history.
    const entryId = other.numberCheck.entry!.id;
    const corrected = await h.call('import.save', { ...saveInput(other, { correctionOf: entryId }), correctionReason: 'Nhập nhầm văn bản khác vào số 63' });
    const entries = (await h.call('register.list', {})).items.filter((e) => e.number === 63);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: entryId, conclusionId: corrected.conclusionId, issueDate: '2026-06-02', historyCount: 1 });
    const history = await h.call('register.history', { id: entryId });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'relink', reason: 'Nhập nhầm văn bản khác vào số 63', old: { conclusion_id: saved.conclusionId, issue_date: '2026-05-20' }, new: { conclusion_id: corrected.conclusionId } });
  });

  it('a number taken with "Lấy số" for a document written in Word is linked when that document is imported', async () => {
    const taken = await h.call('register.takeNumber', { docType: 'TB', summary: 'Thông báo kết luận về công tác tuyển quân', issueDate: '2026-02-10', signerName: 'Vũ Bình Dương', recipientsText: '' });
    const p = await preview({ numberSymbol: taken.numberSymbol, issueDate: '2026-02-10', subject: 'về công tác tuyển quân năm 2026' });
    expect(p.numberCheck).toMatchObject({ state: 'taken', entry: { id: taken.id, conclusionId: null } });
    expect((await h.fail('import.save', saveInput(p))).code).toBe('CONFLICT');
    const saved = await h.call('import.save', saveInput(p, { correctionOf: taken.id }));
    expect((await h.call('register.list', {})).items.map((e) => [e.id, e.conclusionId])).toEqual([[taken.id, saved.conclusionId]]);
  });

  it('a correction flag that names another entry, or a number that is free, is refused', async () => {
    const a = await h.call('import.save', saveInput(await preview({ numberSymbol: '05-TB/ĐU', issueDate: '2026-03-03', subject: 'về công tác thu thuế' })));
    const free = await preview({ numberSymbol: '06-TB/ĐU', issueDate: '2026-03-09', subject: 'về công tác y tế học đường' });
    const e = await h.fail('import.save', saveInput(free, { correctionOf: (await h.call('register.list', {})).items[0]!.id }));
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/không còn trùng/);
    expect((await counts()).conclusions).toBe(1);
    expect(a.registered).toBe(true);
  });

  it('asks for confirmation of a number far above the register, then lets the clerk correct it; the next number follows the corrected one', async () => {
    await h.call('import.save', saveInput(await preview({ numberSymbol: '62-TB/ĐU', issueDate: '2026-05-08', subject: 'về nhiệm vụ tháng 5' })));
    const typo = await preview({ numberSymbol: '6200-TB/ĐU', issueDate: '2026-05-15', subject: 'về công tác giải phóng mặt bằng' });
    expect(typo.numberCheck).toMatchObject({ state: 'jump', number: 6200, lastNumber: 62 });
    expect(typo.numberCheck.message).toMatch(/cao hơn nhiều so với số lớn nhất đã có của loại TB \(62\)/);
    const before = await counts();
    const refused = await h.fail('import.save', saveInput(typo));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.fields?.numberSymbol).toMatch(/cần xác nhận/);
    expect(await counts()).toEqual(before);
    // A small gap (documents not imported yet) asks nothing.
    expect((await h.call('import.checkNumber', { numberSymbol: '70-TB/ĐU', issueDate: '2026-05-15' })).state).toBe('free');

    const saved = await h.call('import.save', saveInput(typo, { confirmNumberJump: true }));
    expect((await h.call('register.nextNumber', { docType: 'TB' })).numberSymbol).toBe('6201-TB/ĐU');

    // "Sửa số" afterwards: entry and document take 63, the history keeps 6200 and the reason.
    const entry = (await h.call('register.list', {})).items.find((e) => e.number === 6200)!;
    const taken = await h.fail('register.renumber', { id: entry.id, number: 62, reason: 'Gõ nhầm số' });
    expect(taken.code).toBe('CONFLICT');
    expect(taken.message).toMatch(/62-TB\/ĐU đã có trong sổ/);
    expect((await h.fail('register.renumber', { id: entry.id, number: 63, reason: '' })).fields?.reason).toMatch(/lý do/);
    const fixed = await h.call('register.renumber', { id: entry.id, number: 63, reason: 'Nhập nhầm 6200 thay cho 63' });
    expect(fixed).toMatchObject({ number: 63, numberSymbol: '63-TB/ĐU', historyCount: 1 });
    expect(await h.call('conclusions.get', { id: saved.conclusionId })).toMatchObject({ number: 63, numberSymbol: '63-TB/ĐU' });
    expect(await h.call('register.history', { id: entry.id })).toMatchObject([
      { action: 'renumber', actionLabel: 'Sửa số', reason: 'Nhập nhầm 6200 thay cho 63', old: { number: 6200, number_symbol: '6200-TB/ĐU' }, new: { number: 63, number_symbol: '63-TB/ĐU' } },
    ]);
    expect((await h.call('register.nextNumber', { docType: 'TB' })).numberSymbol).toBe('64-TB/ĐU');
  });

  it('"Huỷ số" keeps the entry as cancelled and its number used, even when it was the last one', async () => {
    const a = await h.call('register.takeNumber', { docType: 'BC', summary: 'Báo cáo sơ kết quý I', issueDate: '2026-03-30', signerName: '', recipientsText: '' });
    const b = await h.call('register.takeNumber', { docType: 'BC', summary: 'Báo cáo lấy nhầm số', issueDate: '2026-03-31', signerName: '', recipientsText: '' });
    expect((await h.fail('register.cancel', { id: b.id, reason: '' })).code).toBe('VALIDATION');
    const cancelled = await h.call('register.cancel', { id: b.id, reason: 'Lấy nhầm số, văn bản không phát hành' });
    expect(cancelled).toMatchObject({ cancelled: true, cancelReason: 'Lấy nhầm số, văn bản không phát hành', historyCount: 1 });
    expect((await h.fail('register.cancel', { id: b.id, reason: 'lần nữa' })).message).toMatch(/đã huỷ trước đó/);
    expect((await h.fail('register.renumber', { id: b.id, number: 9, reason: 'sửa số đã huỷ' })).message).toMatch(/đã huỷ/);
    expect((await h.call('register.nextNumber', { docType: 'BC' })).numberSymbol).toBe('03-BC/ĐU');
    expect((await h.call('register.list', {})).items.map((e) => [e.numberSymbol, e.cancelled])).toEqual([
      ['02-BC/ĐU', true],
      ['01-BC/ĐU', false],
    ]);
    // An import may not take a cancelled number either.
    const p = await preview({ numberSymbol: '02-BC/ĐU', issueDate: '2026-04-02', subject: 'về việc khác' });
    expect(p.numberCheck).toMatchObject({ state: 'taken', entry: { id: b.id, cancelled: true } });
    expect(p.numberCheck.message).toMatch(/\(số đã huỷ\)/);
    expect(a.number).toBe(1);
  });
});

describe('deleting a mistaken import', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  async function importOne(c: NumberedConclusion) {
    const p = await h.call('import.previewFile', { file: h.readable(writeNumberedConclusion(h.dir, `${c.numberSymbol.replace('/', '-')}.txt`, c)) });
    return h.call('import.save', { fields: p, sourceHash: p.source.hash, tasks: p.tasks.map((t) => ({ ...t, dueDate: null })) });
  }

  it('removes an import without progress and its tasks; its number stays as cancelled with the reason in the history', async () => {
    await importOne({ numberSymbol: '40-TB/ĐU', issueDate: '2026-03-02', subject: 'về công tác tuyển quân' });
    const wrong = await importOne({ numberSymbol: '41-TB/ĐU', issueDate: '2026-03-09', subject: 'về văn bản của xã bạn nhập nhầm' });
    expect(wrong.taskIds.length).toBeGreaterThan(0);
    expect((await h.fail('conclusions.deleteImported', { id: wrong.conclusionId, reason: '' })).fields?.reason).toMatch(/lý do/);

    const r = await h.call('conclusions.deleteImported', { id: wrong.conclusionId, reason: 'Văn bản của Đảng ủy xã khác' });
    expect(r).toMatchObject({ id: wrong.conclusionId, cancelledNumber: '41-TB/ĐU' });
    expect((await h.call('conclusions.list', {})).items.map((c) => c.numberSymbol)).toEqual(['40-TB/ĐU']);
    expect((await h.call('tasks.list', { conclusionId: wrong.conclusionId })).total).toBe(0);
    const entry = (await h.call('register.list', {})).items.find((e) => e.number === 41)!;
    expect(entry).toMatchObject({ cancelled: true, conclusionId: null, cancelReason: 'Xoá văn bản nhập nhầm: Văn bản của Đảng ủy xã khác' });
    expect(await h.call('register.history', { id: entry.id })).toMatchObject([
      { action: 'delete-import', actionLabel: 'Xoá văn bản nhập nhầm', reason: 'Văn bản của Đảng ủy xã khác', old: { conclusion_id: wrong.conclusionId } },
    ]);
    // Numbers never repeat: 41 stays used.
    expect((await h.call('register.nextNumber', { docType: 'TB' })).numberSymbol).toBe('42-TB/ĐU');
    expect((await h.fail('conclusions.deleteImported', { id: wrong.conclusionId, reason: 'lần nữa' })).code).toBe('NOT_FOUND');
  });

  it('refuses, in Vietnamese, when a task has progress or the conclusion was issued in the app', async () => {
    const saved = await importOne({ numberSymbol: '12-TB/ĐU', issueDate: '2026-02-02', subject: 'về chỉnh trang nghĩa trang liệt sĩ' });
    await h.call('tasks.recordProgress', { taskId: saved.taskIds[0]!, status: 'inProgress', note: 'Đã khảo sát hiện trạng' });
    const e = await h.fail('conclusions.deleteImported', { id: saved.conclusionId, reason: 'Nhập nhầm' });
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/Không xoá được: 1 nhiệm vụ của văn bản này đã có báo cáo tiến độ/);
    expect((await h.call('conclusions.list', {})).items.length).toBe(1);
    expect((await h.call('register.list', {})).items[0]).toMatchObject({ cancelled: false, conclusionId: saved.conclusionId });

    const draft = await h.call('conclusions.create', { kind: 'TB', meetingId: null, templateKey: 'blank', summary: 'về việc ban hành trong phần mềm' });
    await h.call('conclusions.issue', { id: draft.id, issueDate: '2026-02-20' });
    expect((await h.fail('conclusions.deleteImported', { id: draft.id, reason: 'Thử xoá' })).message).toMatch(/Chỉ xoá được văn bản nhập từ tệp/);
  });
});

describe('the CLI import refuses register duplicates and unconfirmed jumps', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  it('exits non-zero and saves nothing for a taken number; --correct relinks; --confirm-jump accepts a jump; a folder imports the others', async () => {
    const first = writeNumberedConclusion(h.dir, 'tb-63.txt', { numberSymbol: '63-TB/ĐU', issueDate: '2026-05-20', subject: 'về công tác phòng, chống dịch bệnh trên đàn gia súc' });
    const same = writeNumberedConclusion(h.dir, 'tb-63-khac.txt', { numberSymbol: '63-TB/ĐU', issueDate: '2026-05-27', subject: 'về chuẩn bị kỳ thi tuyển sinh lớp 10' });
    const typo = writeNumberedConclusion(h.dir, 'tb-6400.txt', { numberSymbol: '6400-TB/ĐU', issueDate: '2026-06-03', subject: 'về tổng vệ sinh môi trường' });
    h.core.close();
    expect((await cli(['import', first, '--db', h.dbPath])).code).toBe(0);
    const dup = await cli(['import', same, '--db', h.dbPath]);
    expect(dup.code).toBe(1);
    expect(dup.err).toMatch(/Số 63-TB\/ĐU đã có trong sổ văn bản đi/);
    expect(dup.err).toMatch(/--correct/);
    const jump = await cli(['import', typo, '--db', h.dbPath]);
    expect(jump.code).toBe(1);
    expect(jump.err).toMatch(/--confirm-jump/);
    h.core = createCore({ dbPath: h.dbPath });
    expect((await h.call('conclusions.list', {})).items).toHaveLength(1);
    expect((await h.call('register.list', {})).items).toHaveLength(1);
    h.core.close();

    expect((await cli(['import', same, '--db', h.dbPath, '--correct'])).code).toBe(0);
    expect((await cli(['import', typo, '--db', h.dbPath, '--confirm-jump'])).code).toBe(0);
    h.core = createCore({ dbPath: h.dbPath });
    expect((await h.call('register.list', {})).items.map((e) => e.numberSymbol)).toEqual(['6400-TB/ĐU', '63-TB/ĐU']);
    expect((await h.call('conclusions.list', {})).items).toHaveLength(3);
    h.core.close();

    // A folder: the file with a number already in the register is refused with its reason, the others are imported.
    const folder = join(h.dir, 'luu-tru');
    mkdirSync(folder);
    writeNumberedConclusion(folder, 'a-tb-64.txt', { numberSymbol: '64-TB/ĐU', issueDate: '2026-06-10', subject: 'về công tác an toàn giao thông' });
    writeNumberedConclusion(folder, 'b-tb-63.txt', { numberSymbol: '63-TB/ĐU', issueDate: '2026-06-11', subject: 'về hội thi văn nghệ quần chúng' });
    writeNumberedConclusion(folder, 'c-tb-65.txt', { numberSymbol: '65-TB/ĐU', issueDate: '2026-06-12', subject: 'về phòng chống đuối nước trẻ em' });
    const batch = await cli(['import', '--dir', folder, '--db', h.dbPath]);
    expect(batch.code).toBe(1);
    expect(batch.out).toMatch(/đã nhập 2, trùng 0, lỗi 1/);
    expect(batch.err).toMatch(/b-tb-63\.txt: Số 63-TB\/ĐU đã có trong sổ văn bản đi/);
    h.core = createCore({ dbPath: h.dbPath });
    expect((await h.call('register.list', {})).items.map((e) => e.number).sort((x, y) => x - y)).toEqual([63, 64, 65, 6400]);
  });
});
