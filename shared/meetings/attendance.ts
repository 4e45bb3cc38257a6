/**
 * Who sits in a meeting: the part of the record that repeats from one meeting of a body to
 * the next (chair, secretary, members, delegates), which the form offers to copy.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema } from '../api/common';
import { attendeeSchema, meetingBodySchema, meetingKinds, personSchema } from './schema';

export const meetingAttendanceSchema = z.object({
  chair: personSchema.nullable(),
  secretary: personSchema.nullable(),
  attendanceSummary: z.string(),
  attendees: z.array(attendeeSchema),
  invitedDelegates: z.array(personSchema),
});
export type MeetingAttendance = z.infer<typeof meetingAttendanceSchema>;

export const previousAttendanceInputSchema = z.object({
  body: meetingBodySchema,
  /** The date of the meeting being recorded; null while the form has none (then the newest counts). */
  date: isoDateSchema.nullable().default(null),
  /** The meeting being edited, if it is recorded: never its own source. */
  meetingId: idSchema.nullable().default(null),
});
export type PreviousAttendanceInput = z.infer<typeof previousAttendanceInputSchema>;

export const previousAttendanceSchema = z
  .object({
    /** The meeting the attendance comes from, enough to name it ("Kỳ họp thứ 10 – Ban Thường vụ, ngày 05/5/2026"). */
    from: z.object({
      id: z.string(),
      body: meetingBodySchema,
      kind: z.enum(meetingKinds),
      sequenceNumber: z.number().int().nullable(),
      date: z.string(),
      subject: z.string(),
    }),
    attendance: meetingAttendanceSchema,
  })
  .nullable();
export type PreviousAttendance = z.infer<typeof previousAttendanceSchema>;
