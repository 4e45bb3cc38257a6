import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

describe('home charts: completion by unit and late tasks by month, for the current term', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.core.clock.setNow(new Date('2026-04-01T09:00:00'));
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  it('counts done, open and overdue per leading unit and groups late tasks by the month they were due', async () => {
    const units = await h.call('units.list', {});
    const ubnd = units.find((u) => u.shortName === 'UBND xã')!;
    const mttq = units.find((u) => u.id === 'seed-fatherlandFront')!;
    const task = (unitId: string, dueDate: string, content: string) => ({ conclusionId: null, content, leadUnitIds: [unitId], dueDate });
    const created = await h.call('tasks.createMany', {
      tasks: [
        task(ubnd.id, '2026-04-30', 'Thu ngân sách quý II'),
        task(ubnd.id, '2026-05-31', 'Giải phóng mặt bằng'),
        task(ubnd.id, '2026-05-15', 'Chuyển đổi số'),
        task(mttq.id, '2026-04-30', 'Vận động quỹ vì người nghèo'),
        task(mttq.id, '2026-07-31', 'Tổng kết phong trào'),
      ],
    });
    await h.call('tasks.recordProgress', { taskId: created[0]!.id, status: 'done', note: 'Xong', reportDate: '2026-04-20' });
    await h.call('tasks.recordProgress', { taskId: created[3]!.id, status: 'done', note: 'Xong muộn', reportDate: '2026-05-05' });
    await h.core.clock.setNow(new Date('2026-06-10T09:00:00'));

    const charts = await h.call('home.followUpCharts', {});
    expect(charts.termName).toBe('khóa I');
    expect(charts.byUnit).toEqual([
      { unitId: ubnd.id, unitName: 'UBND xã', done: 1, open: 0, overdue: 2 },
      { unitId: mttq.id, unitName: 'Ủy ban MTTQ Việt Nam xã', done: 1, open: 1, overdue: 0 },
    ]);
    expect(charts.overdueByMonth).toEqual([
      { month: '2026-04', overdueOpen: 0, doneLate: 1 },
      { month: '2026-05', overdueOpen: 2, doneLate: 0 },
    ]);
    // The list a bar opens holds what the bar counts.
    const may = await h.call('tasks.list', { view: 'overdue', from: '2026-05-01', to: '2026-05-31' });
    expect(may.total).toBe(2);
    expect(may.items.map((t) => t.daysOverdue).sort()).toEqual([10, 26]);
  });

  it('writes a numbered Công văn đôn đốc to one unit listing only its late tasks, and takes the next CV number', async () => {
    await h.call('register.setStartNumbers', { entries: [{ docType: 'CV', lastNumber: 4 }] });
    await h.call('tasks.createMany', {
      tasks: [
        { conclusionId: null, content: 'Giải phóng mặt bằng tuyến đường liên thôn', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-05-15' },
        { conclusionId: null, content: 'Chuyển đổi số trong cơ quan', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-08-31' },
        { conclusionId: null, content: 'Vận động quỹ vì người nghèo', leadUnitIds: ['seed-fatherlandFront'], dueDate: '2026-05-01' },
      ],
    });
    await h.core.clock.setNow(new Date('2026-06-10T09:00:00'));
    const path = join(h.dir, 'cv.docx');
    const r = await h.call('followup.reminderLetter', { unitId: 'seed-peoplesCommittee', target: h.writable(path) });
    expect(r).toMatchObject({ path, numberSymbol: '05-CV/ĐU', tasks: 1 });
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Số 05-CV/ĐU');
    expect(text).toContain('V/v đôn đốc thực hiện nhiệm vụ quá hạn');
    expect(text).toContain('Kính gửi: UBND xã');
    expect(text).toContain('Giải phóng mặt bằng tuyến đường liên thôn');
    expect(text).not.toContain('Chuyển đổi số trong cơ quan');
    expect(text).not.toContain('Vận động quỹ');
    expect(text).toContain('26'); // days late, 15/5 → 10/6
    const register = (await h.call('register.list', { docType: 'CV' })).items;
    expect(register).toHaveLength(1);
    expect(register[0]).toMatchObject({ numberSymbol: '05-CV/ĐU', issueDate: '2026-06-10', conclusionId: null });
    // A unit with nothing late gets no letter and uses no number.
    const none = await h.fail('followup.reminderLetter', { unitId: 'seed-police', target: h.writable(join(h.dir, 'x.docx')) });
    expect(none.message).toMatch(/không có nhiệm vụ quá hạn/u);
    expect((await h.call('register.nextNumber', { docType: 'CV' })).numberSymbol).toBe('06-CV/ĐU');
  });
});
