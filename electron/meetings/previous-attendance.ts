import type { PreviousAttendance, PreviousAttendanceInput } from '../../shared/meetings/attendance';
import type { CoreContext } from '../core/context';
import { first } from '../db/query';
import { toMeeting } from './meetings-service';

/**
 * The attendance of the body's latest meeting before the one being recorded, for the form to
 * copy: "earlier" is an earlier date, or the same date and recorded before it (ids are
 * time-ordered; a new meeting comes after every meeting already recorded that day). Meetings
 * with no attendance recorded (a meeting made by importing a conclusion) are passed over: copying
 * nothing would be a dead end. Everyone copied is marked present: who is absent, and why, is
 * a fact of the new meeting, and a carried-over absence would be printed in its minutes.
 */
export function previousAttendance(ctx: CoreContext, input: PreviousAttendanceInput): PreviousAttendance {
  let q = ctx.qb
    .selectFrom('meetings')
    .selectAll()
    .where('body', '=', input.body)
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('chair_json', 'is not', null),
        eb('secretary_json', 'is not', null),
        eb('attendance_summary', '<>', ''),
        eb('attendees_json', '<>', '[]'),
        eb('invited_json', '<>', '[]'),
      ]),
    );
  const { date, meetingId } = input;
  if (meetingId) q = q.where('id', '<>', meetingId);
  if (date && meetingId) q = q.where((eb) => eb.or([eb('date', '<', date), eb.and([eb('date', '=', date), eb('id', '<', meetingId)])]));
  else if (date) q = q.where('date', '<=', date);
  const row = first(ctx.sqlite, q.orderBy('date', 'desc').orderBy('id', 'desc').limit(1));
  if (!row) return null;
  const m = toMeeting(row);
  return {
    from: { id: m.id, body: m.body, kind: m.kind, sequenceNumber: m.sequenceNumber, date: m.date, subject: m.subject },
    attendance: {
      chair: m.chair,
      secretary: m.secretary,
      attendanceSummary: m.attendanceSummary,
      attendees: m.attendees.map((a) => ({ ...a, present: true, absenceReason: '' })),
      invitedDelegates: m.invitedDelegates,
    },
  };
}
