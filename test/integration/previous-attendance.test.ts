/**
 * "Chép thành phần dự họp từ lần họp trước" through the contract on a real SQLite file: the
 * body's latest earlier meeting that has its attendance recorded, never another body's, never
 * a deleted one, never the meeting itself; absences are not carried over.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../shared/api/contract';
import { kienMinhMeeting } from '../support/kien-minh';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

const btvMembers = [
  { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
  { name: 'Nguyễn Thị Hằng', title: 'Phó Bí thư Đảng ủy, Chủ tịch UBND xã', category: 'Ủy viên Ban Thường vụ', present: false, absenceReason: 'Đi học lớp bồi dưỡng' },
  { name: 'Trần Văn Lợi', title: 'Phó Bí thư Thường trực Đảng ủy', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
];

function btv(date: string, over: Partial<ApiInput<'meetings.create'>> = {}): ApiInput<'meetings.create'> {
  return {
    ...kienMinhMeeting,
    kind: 'session',
    date,
    attendees: btvMembers,
    invitedDelegates: [{ name: 'Phạm Quang Huy', title: 'Ủy viên Ban Thường vụ Thành ủy' }],
    ...over,
  };
}

describe('meetings.previousAttendance', () => {
  let h: CoreHarness;
  beforeEach(async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
  });
  afterEach(() => h.close());

  it('gives the latest earlier meeting of the same body, everyone marked present', async () => {
    await h.call('meetings.create', btv('2026-04-02', { sequenceNumber: 9, chair: { name: 'Trần Văn Lợi', title: 'Phó Bí thư Thường trực Đảng ủy' } }));
    const may5 = await h.call('meetings.create', btv('2026-05-05', { sequenceNumber: 10 }));
    // Another body, later: not the Ban Thường vụ's previous meeting.
    await h.call('meetings.create', {
      ...kienMinhMeeting,
      body: 'executiveCommittee',
      date: '2026-05-06',
      chair: { name: 'Người khác', title: 'Ủy viên Ban Chấp hành' },
      attendees: [{ name: 'Lê Văn Tám', title: 'Ủy viên Ban Chấp hành', category: 'Ủy viên Ban Chấp hành', present: true, absenceReason: '' }],
    });
    // A later meeting of the same body does not count for a meeting held on 07/5.
    await h.call('meetings.create', btv('2026-06-04', { sequenceNumber: 11, chair: { name: 'Sau này', title: '' } }));

    const found = await h.call('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-05-07' });
    expect(found?.from).toEqual({ id: may5.id, body: 'standingCommittee', kind: 'session', sequenceNumber: 10, date: '2026-05-05', subject: kienMinhMeeting.subject });
    expect(found?.attendance.chair).toEqual(kienMinhMeeting.chair);
    expect(found?.attendance.secretary).toEqual(kienMinhMeeting.secretary);
    expect(found?.attendance.attendanceSummary).toBe(kienMinhMeeting.attendanceSummary);
    expect(found?.attendance.invitedDelegates).toEqual([{ name: 'Phạm Quang Huy', title: 'Ủy viên Ban Thường vụ Thành ủy' }]);
    // The same people in the same order; Hằng's absence on 05/5 is not carried into 07/5.
    expect(found?.attendance.attendees.map((a) => a.name)).toEqual(btvMembers.map((a) => a.name));
    expect(found?.attendance.attendees.every((a) => a.present && a.absenceReason === '')).toBe(true);
    expect((await h.call('meetings.get', { id: may5.id })).attendees[1]).toMatchObject({ present: false, absenceReason: 'Đi học lớp bồi dưỡng' });

    const bch = await h.call('meetings.previousAttendance', { body: 'executiveCommittee', date: '2026-05-07' });
    expect(bch?.attendance.chair?.name).toBe('Người khác');
    // No date in the form yet: the body's newest.
    expect((await h.call('meetings.previousAttendance', { body: 'standingCommittee' }))?.from.sequenceNumber).toBe(11);
  });

  it('says none when the body has no earlier meeting', async () => {
    expect(await h.call('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-05-07' })).toBeNull();
    await h.call('meetings.create', btv('2026-05-20'));
    await h.call('meetings.create', { ...btv('2026-05-01'), body: 'permanentBoard', kind: 'briefing' });
    expect(await h.call('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-05-07' })).toBeNull();
    expect(await h.call('meetings.previousAttendance', { body: 'partyOrganization', date: '2026-05-07' })).toBeNull();
  });

  it('passes over deleted meetings and meetings with no attendance recorded', async () => {
    const april = await h.call('meetings.create', btv('2026-04-02', { sequenceNumber: 9 }));
    const deleted = await h.call('meetings.create', btv('2026-05-05', { sequenceNumber: 10, chair: { name: 'Đã xóa', title: '' } }));
    await h.call('meetings.delete', { id: deleted.id });
    // As an imported conclusion leaves it: a date and a subject, nobody recorded.
    await h.call('meetings.create', { body: 'standingCommittee', kind: 'session', date: '2026-05-06', subject: 'công tác cán bộ' });
    const found = await h.call('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-05-07' });
    expect(found?.from.id).toBe(april.id);
    await h.call('meetings.delete', { id: april.id });
    expect(await h.call('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-05-07' })).toBeNull();
  });

  it('on the same day: a meeting recorded before counts, the meeting itself and later ones do not', async () => {
    const morning = await h.call('meetings.create', btv('2026-05-07', { startTime: '08:00', chair: { name: 'Buổi sáng', title: '' } }));
    // A new meeting on the same day (not yet saved): the morning's.
    expect((await h.call('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-05-07' }))?.from.id).toBe(morning.id);
    const afternoon = await h.call('meetings.create', btv('2026-05-07', { startTime: '14:00', chair: { name: 'Buổi chiều', title: '' } }));
    // Editing the afternoon meeting: the morning's; editing the morning one: nothing before it.
    expect((await h.call('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-05-07', meetingId: afternoon.id }))?.from.id).toBe(morning.id);
    expect(await h.call('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-05-07', meetingId: morning.id })).toBeNull();
    // A recorded meeting whose date the clerk moves later finds the ones before the new date, never itself.
    expect((await h.call('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-05-20', meetingId: morning.id }))?.from.id).toBe(afternoon.id);
  });

  it('refuses a malformed request with a Vietnamese message', async () => {
    const e = await h.fail('meetings.previousAttendance', { body: 'standingCommittee', date: '2026-02-30' });
    expect(e.code).toBe('VALIDATION');
    expect(e.fields?.date).toMatch(/Ngày không hợp lệ/);
    expect((await h.fail('meetings.previousAttendance', { body: 'hội đồng' })).code).toBe('VALIDATION');
  });
});
