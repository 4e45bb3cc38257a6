/**
 * "Xoá văn bản nhập nhầm" and the meeting the import made, through the contract on a real
 * SQLite file: the meeting goes with the conclusion when it holds nothing else, and stays
 * (the result says why) when its minutes were edited or another conclusion is drafted from it.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';
import { writeNumberedConclusion, type NumberedConclusion } from '../support/numbered-conclusions';

describe('deleting a mistaken import and the meeting it made', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  async function importOne(c: NumberedConclusion, createMeeting = true) {
    const p = await h.call('import.previewFile', { file: h.readable(writeNumberedConclusion(h.dir, `${c.numberSymbol.replace('/', '-')}.txt`, c)) });
    return h.call('import.save', { fields: p, sourceHash: p.source.hash, tasks: p.tasks.map((t) => ({ ...t, dueDate: null })), createMeeting });
  }
  const meetingIds = async () => (await h.call('meetings.list', {})).items.map((m) => m.id);
  async function editMeeting(id: string, change: Record<string, unknown>) {
    const { conclusions: _conclusions, ...meeting } = await h.call('meetings.get', { id });
    return h.call('meetings.update', { ...meeting, ...change, id });
  }

  it('deletes the meeting the import made, in the same transaction, through the write path', async () => {
    const kept = await importOne({ numberSymbol: '40-TB/ĐU', issueDate: '2026-03-02', subject: 'về công tác tuyển quân' });
    const wrong = await importOne({ numberSymbol: '41-TB/ĐU', issueDate: '2026-03-09', subject: 'về văn bản của xã bạn nhập nhầm' });
    expect(wrong.meetingId).not.toBeNull();
    // Opening the minutes and saving them unchanged is not an edit.
    await editMeeting(wrong.meetingId!, {});

    const r = await h.call('conclusions.deleteImported', { id: wrong.conclusionId, reason: 'Văn bản của Đảng ủy xã khác' });
    expect(r.meeting).toEqual({ id: wrong.meetingId, deleted: true, keptBecause: null });
    expect(r.message).toBe(
      `Đã xoá văn bản 41-TB/ĐU cùng ${wrong.taskIds.length} nhiệm vụ của văn bản. Hội nghị ngày 08/3/2026 tạo ra khi nhập văn bản này cũng đã được xoá. Số 41-TB/ĐU được giữ trong sổ văn bản đi, ghi “đã huỷ”.`,
    );
    expect(await meetingIds()).toEqual([kept.meetingId]);
    expect((await h.fail('meetings.get', { id: wrong.meetingId! })).code).toBe('NOT_FOUND');

    // One transaction: the conclusion, its tasks and its meeting are tombstoned by consecutive
    // changes of this install in the change log, so they travel together.
    h.reopen();
    const db = new Database(h.dbPath, { readonly: true });
    try {
      const log = db
        .prepare("SELECT table_name, row_id, op, origin_seq FROM change_log WHERE op = 'delete' ORDER BY local_seq")
        .all() as Array<{ table_name: string; row_id: string; op: string; origin_seq: number }>;
      expect(log.map((l) => l.table_name)).toEqual([...wrong.taskIds.map(() => 'tasks'), 'conclusions', 'meetings']);
      expect(log.at(-1)!.row_id).toBe(wrong.meetingId);
      const seqs = log.map((l) => l.origin_seq);
      // The register entry's cancellation and history sit between the tasks and the conclusion.
      expect(seqs.at(-1)! - seqs.at(-2)!).toBe(1);
      const m = db.prepare('SELECT deleted_at FROM meetings WHERE id = ?').get(wrong.meetingId) as { deleted_at: string | null };
      expect(m.deleted_at).not.toBeNull();
    } finally {
      db.close();
    }
    expect(await meetingIds()).toEqual([kept.meetingId]);
  });

  it('keeps a meeting whose minutes were edited after the import, and says so', async () => {
    const saved = await importOne({ numberSymbol: '52-TB/ĐU', issueDate: '2026-04-10', subject: 'về phòng chống lụt bão' });
    await editMeeting(saved.meetingId!, { place: 'Hội trường Đảng ủy xã' });

    const r = await h.call('conclusions.deleteImported', { id: saved.conclusionId, reason: 'Nhập nhầm tệp' });
    expect(r.meeting).toEqual({ id: saved.meetingId, deleted: false, keptBecause: 'biên bản hội nghị đã được sửa sau khi nhập' });
    expect(r.message).toContain('Hội nghị ngày 09/4/2026 được giữ lại vì biên bản hội nghị đã được sửa sau khi nhập.');
    expect(await meetingIds()).toEqual([saved.meetingId]);
    expect((await h.call('meetings.get', { id: saved.meetingId! })).place).toBe('Hội trường Đảng ủy xã');
  });

  it('keeps a meeting another conclusion is drafted from, and says so', async () => {
    const saved = await importOne({ numberSymbol: '53-TB/ĐU', issueDate: '2026-04-17', subject: 'về chuyển đổi số' });
    await h.call('conclusions.create', { kind: 'TB', meetingId: saved.meetingId, templateKey: 'blank', summary: 'về kết luận bổ sung của kỳ họp' });

    const r = await h.call('conclusions.deleteImported', { id: saved.conclusionId, reason: 'Nhập nhầm tệp' });
    expect(r.meeting).toMatchObject({ id: saved.meetingId, deleted: false, keptBecause: 'còn 1 văn bản kết luận khác gắn với hội nghị' });
    expect(r.message).toContain('được giữ lại vì còn 1 văn bản kết luận khác gắn với hội nghị.');
    expect((await h.call('meetings.get', { id: saved.meetingId! })).conclusions).toHaveLength(1);
  });

  it('says nothing about a meeting when the import made none; a refused delete keeps the meeting', async () => {
    const plain = await importOne({ numberSymbol: '54-TB/ĐU', issueDate: '2026-04-24', subject: 'về an toàn giao thông' }, false);
    expect(plain.meetingId).toBeNull();
    const r = await h.call('conclusions.deleteImported', { id: plain.conclusionId, reason: 'Nhập nhầm tệp' });
    expect(r.meeting).toBeNull();
    expect(r.message).not.toMatch(/Hội nghị/);

    const withProgress = await importOne({ numberSymbol: '55-TB/ĐU', issueDate: '2026-05-04', subject: 'về vệ sinh môi trường' });
    await h.call('tasks.recordProgress', { taskId: withProgress.taskIds[0]!, status: 'inProgress', note: 'Đã ra quân' });
    expect((await h.fail('conclusions.deleteImported', { id: withProgress.conclusionId, reason: 'Nhập nhầm tệp' })).code).toBe('CONFLICT');
    expect(await meetingIds()).toEqual([withProgress.meetingId]);
  });
});
