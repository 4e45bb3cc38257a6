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
});
