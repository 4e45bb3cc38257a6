/**
 * Putting the attendance of an earlier meeting into the form: everything replaced, or only
 * what is still empty, so that nothing the clerk typed goes without their say.
 */
import type { MeetingAttendance } from '../../shared/meetings/attendance';
import type { Attendee, Person } from '../../shared/meetings/schema';
import { newKey, type Keyed, type MeetingDraft } from './meeting-draft';

export type AttendanceCopyMode = 'replace' | 'fillEmpty';

/** The fields the copy writes; kept to put back on "Hoàn tác". */
export type AttendanceFields = Pick<MeetingDraft, 'chair' | 'secretary' | 'attendanceSummary' | 'attendees' | 'invitedDelegates'>;

const blankText = (s: string) => s.trim() === '';
const blankPerson = (p: Person) => blankText(p.name) && blankText(p.title);
const typedRows = <T extends Person>(rows: T[]) => rows.filter((r) => !blankPerson(r));

/**
 * One person, however the name was typed: spacing and capitals aside. Accents count —
 * "Hùng" and "Hưng" are two people.
 */
const personKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

export function attendanceFields(d: MeetingDraft): AttendanceFields {
  return { chair: d.chair, secretary: d.secretary, attendanceSummary: d.attendanceSummary, attendees: d.attendees, invitedDelegates: d.invitedDelegates };
}

/** Whether the clerk has typed any of what a copy would write. */
export function hasTypedAttendance(d: MeetingDraft): boolean {
  return (
    !blankPerson(d.chair) ||
    !blankPerson(d.secretary) ||
    !blankText(d.attendanceSummary) ||
    typedRows(d.attendees).length > 0 ||
    typedRows(d.invitedDelegates).length > 0
  );
}

/** "người chủ trì, 2 người dự" — what the form already holds, for the question before a copy. */
export function describeTyped(d: MeetingDraft): string {
  const parts: string[] = [];
  if (!blankPerson(d.chair)) parts.push('người chủ trì');
  if (!blankPerson(d.secretary)) parts.push('thư ký');
  if (!blankText(d.attendanceSummary)) parts.push('câu “Tham dự có …”');
  const attendees = typedRows(d.attendees).length;
  if (attendees > 0) parts.push(`${attendees} người dự`);
  const delegates = typedRows(d.invitedDelegates).length;
  if (delegates > 0) parts.push(`${delegates} đại biểu cấp trên`);
  return parts.join(', ');
}

/** "người chủ trì, thư ký, 9 người dự, 1 đại biểu cấp trên" — what a copy brings. */
export function describeAttendance(a: MeetingAttendance): string {
  const parts: string[] = [];
  if (a.chair) parts.push('người chủ trì');
  if (a.secretary) parts.push('thư ký');
  if (a.attendanceSummary.trim()) parts.push('câu “Tham dự có …”');
  if (a.attendees.length > 0) parts.push(`${a.attendees.length} người dự`);
  if (a.invitedDelegates.length > 0) parts.push(`${a.invitedDelegates.length} đại biểu cấp trên`);
  return parts.join(', ');
}

/** The people of `from` not yet in `rows` (by name), after the rows already typed. */
function addMissing<T extends Person>(rows: Keyed<T>[], from: T[]): Keyed<T>[] {
  const kept = typedRows(rows);
  const known = new Set(kept.map((r) => personKey(r.name)));
  const added = from.filter((p) => !known.has(personKey(p.name))).map((p) => ({ ...p, key: newKey() }));
  return [...kept, ...added];
}

export function applyAttendance(d: MeetingDraft, a: MeetingAttendance, mode: AttendanceCopyMode): MeetingDraft {
  const person = (p: Person | null): Person => (p ? { name: p.name, title: p.title } : { name: '', title: '' });
  const attendees = a.attendees.map((p): Keyed<Attendee> => ({ ...p, key: newKey() }));
  const delegates = a.invitedDelegates.map((p): Keyed<Person> => ({ ...p, key: newKey() }));
  if (mode === 'replace') {
    return { ...d, chair: person(a.chair), secretary: person(a.secretary), attendanceSummary: a.attendanceSummary, attendees, invitedDelegates: delegates };
  }
  return {
    ...d,
    chair: blankPerson(d.chair) ? person(a.chair) : d.chair,
    secretary: blankPerson(d.secretary) ? person(a.secretary) : d.secretary,
    attendanceSummary: blankText(d.attendanceSummary) ? a.attendanceSummary : d.attendanceSummary,
    attendees: addMissing(d.attendees, a.attendees),
    invitedDelegates: addMissing(d.invitedDelegates, a.invitedDelegates),
  };
}
