/** Copying an earlier meeting's attendance into the form: replace all, or fill only what is empty. */
import { describe, expect, it } from 'vitest';
import type { MeetingAttendance } from '../../../shared/meetings/attendance';
import { applyAttendance, describeAttendance, describeTyped, hasTypedAttendance } from '../../../renderer/meetings/attendance-copy';
import { blankAttendee, blankDraft, blankPerson, type MeetingDraft } from '../../../renderer/meetings/meeting-draft';

const previous: MeetingAttendance = {
  chair: { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy' },
  secretary: { name: 'Đỗ Đức Úy', title: 'Chánh Văn phòng Đảng ủy' },
  attendanceSummary: 'các đồng chí Ủy viên Ban Thường vụ Đảng ủy',
  attendees: [
    { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
    { name: 'Nguyễn Văn Hùng', title: 'Phó Bí thư', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
    { name: 'Nguyễn Văn Hưng', title: 'Ủy viên', category: 'Ủy viên Ban Thường vụ', present: true, absenceReason: '' },
  ],
  invitedDelegates: [{ name: 'Phạm Quang Huy', title: 'Ủy viên Ban Thường vụ Thành ủy' }],
};

const blank = (): MeetingDraft => blankDraft('standingCommittee', '2026-05-07');
const names = (rows: Array<{ name: string }>) => rows.map((r) => r.name);

describe('attendance copy', () => {
  it('fills an empty form whole, each row with its own key', () => {
    const d = blank();
    expect(hasTypedAttendance(d)).toBe(false);
    const out = applyAttendance(d, previous, 'replace');
    expect(out.chair).toEqual(previous.chair);
    expect(out.secretary).toEqual(previous.secretary);
    expect(out.attendanceSummary).toBe(previous.attendanceSummary);
    expect(names(out.attendees)).toEqual(['Vũ Bình Dương', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hưng']);
    expect(new Set(out.attendees.map((a) => a.key)).size).toBe(3);
    expect(names(out.invitedDelegates)).toEqual(['Phạm Quang Huy']);
    // The rest of the form is not touched.
    expect({ ...out, chair: d.chair, secretary: d.secretary, attendanceSummary: '', attendees: [], invitedDelegates: [] }).toEqual(d);
  });

  it('blank rows left by "Thêm" are not typed attendance, and give way to the copy', () => {
    const d = { ...blank(), attendees: [blankAttendee()], invitedDelegates: [blankPerson()] };
    expect(hasTypedAttendance(d)).toBe(false);
    expect(names(applyAttendance(d, previous, 'fillEmpty').attendees)).toEqual(['Vũ Bình Dương', 'Nguyễn Văn Hùng', 'Nguyễn Văn Hưng']);
  });

  it('fills only what is empty: the typed chair stays, the people not yet listed are added after those typed', () => {
    const typed = { ...blankAttendee(), name: ' nguyễn  văn Hùng ', title: 'Phó Bí thư Thường trực', present: false, absenceReason: 'Ốm' };
    const d: MeetingDraft = { ...blank(), chair: { name: 'Trần Văn Lợi', title: '' }, attendees: [typed, blankAttendee()] };
    expect(hasTypedAttendance(d)).toBe(true);
    expect(describeTyped(d)).toBe('người chủ trì, 1 người dự');
    const out = applyAttendance(d, previous, 'fillEmpty');
    expect(out.chair).toEqual({ name: 'Trần Văn Lợi', title: '' });
    expect(out.secretary).toEqual(previous.secretary);
    // "Hùng" typed with other spacing and capitals is the same person (kept as typed, absence
    // and all); "Hưng" is another one.
    expect(out.attendees.map((a) => [a.name, a.present])).toEqual([
      [' nguyễn  văn Hùng ', false],
      ['Vũ Bình Dương', true],
      ['Nguyễn Văn Hưng', true],
    ]);
    expect(names(out.invitedDelegates)).toEqual(['Phạm Quang Huy']);
  });

  it('any one person typed is typed attendance (the clerk is asked before a copy)', () => {
    expect(hasTypedAttendance({ ...blank(), attendees: [{ ...blankAttendee(), name: 'Lê Văn Tám' }] })).toBe(true);
    expect(hasTypedAttendance({ ...blank(), invitedDelegates: [{ ...blankPerson(), title: 'Thành ủy' }] })).toBe(true);
    expect(hasTypedAttendance({ ...blank(), secretary: { name: '', title: 'Chánh Văn phòng' } })).toBe(true);
    expect(hasTypedAttendance({ ...blank(), attendanceSummary: 'các đồng chí' })).toBe(true);
  });

  it('replaces everything when told to', () => {
    const d: MeetingDraft = { ...blank(), chair: { name: 'Trần Văn Lợi', title: '' }, attendanceSummary: 'khác' };
    const out = applyAttendance(d, previous, 'replace');
    expect(out.chair).toEqual(previous.chair);
    expect(out.attendanceSummary).toBe(previous.attendanceSummary);
  });

  it('a meeting with no chair recorded empties the chair boxes on replace', () => {
    const out = applyAttendance({ ...blank(), chair: { name: 'X', title: 'Y' } }, { ...previous, chair: null }, 'replace');
    expect(out.chair).toEqual({ name: '', title: '' });
  });

  it('says what a copy brings', () => {
    expect(describeAttendance(previous)).toBe('người chủ trì, thư ký, câu “Tham dự có …”, 3 người dự, 1 đại biểu cấp trên');
    expect(describeAttendance({ ...previous, chair: null, secretary: null, attendanceSummary: ' ', invitedDelegates: [] })).toBe('3 người dự');
  });
});
