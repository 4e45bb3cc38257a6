import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { localYearSpan } from '../../electron/system/clock';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

/**
 * Stored timestamps are UTC; the office counts years by its own wall clock (UTC+7). An edit
 * made in the small hours of 1 January belongs to the new year.
 */
describe('year filters in the office time zone (Asia/Ho_Chi_Minh)', () => {
  const savedTz = process.env.TZ;
  let h: CoreHarness;
  beforeAll(() => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
  });
  afterAll(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T09:00:00+07:00') });
    h = startCore();
  });
  afterEach(() => {
    h.close();
    vi.useRealTimers();
  });

  it('the time zone is in force', () => {
    expect(new Date(2027, 0, 1).toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect(localYearSpan(2027)).toEqual({ from: '2026-12-31T17:00:00.000Z', until: '2027-12-31T17:00:00.000Z' });
  });

  it('a draft last edited at 03:00 on 1 January is listed in the new year, one edited at 23:30 on 31 December in the old', async () => {
    await h.call('profile.save', sampleProfile);
    const draft = (summary: string) => h.call('conclusions.create', { kind: 'TB', meetingId: null, body: 'standingCommittee', templateKey: 'blank', summary });
    vi.setSystemTime(new Date('2026-12-31T23:30:00+07:00'));
    const old = await draft('về tổng kết năm 2026');
    vi.setSystemTime(new Date('2027-01-01T03:00:00+07:00'));
    const fresh = await draft('về kế hoạch năm 2027');
    expect(fresh.updatedAt.slice(0, 4)).toBe('2026'); // its UTC text still says 2026

    const of = async (year: number) => (await h.call('conclusions.list', { year })).items.map((c) => c.id);
    expect(await of(2027)).toEqual([fresh.id]);
    expect(await of(2026)).toEqual([old.id]);
  });

  it('the home charts count a free task made at 01:00 on the first day of the term', async () => {
    vi.setSystemTime(new Date('2025-01-01T01:00:00+07:00'));
    await h.call('profile.save', sampleProfile); // term 2025–2030
    const ubnd = (await h.call('units.list', {})).find((u) => u.shortName === 'UBND xã')!;
    await h.call('tasks.createMany', { tasks: [{ conclusionId: null, content: 'Rà soát hộ nghèo đầu năm', leadUnitIds: [ubnd.id], dueDate: '2025-03-31' }] });
    vi.setSystemTime(new Date('2025-02-01T09:00:00+07:00'));
    const charts = await h.call('home.followUpCharts', {});
    expect(charts.byUnit).toEqual([{ unitId: ubnd.id, unitName: 'UBND xã', done: 0, open: 1, overdue: 0 }]);
  });
});
