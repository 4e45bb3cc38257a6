/** Meetings (Hội nghị / kỳ họp / cuộc họp) and the people and papers in them. */
import { z } from 'zod';
import { isoDateSchema } from '../api/common';

/** Who meets. `partyOrganization` = a conference of the whole Party organization (Đảng bộ). */
export const meetingBodies = ['executiveCommittee', 'standingCommittee', 'permanentBoard', 'partyOrganization'] as const;
export type MeetingBody = (typeof meetingBodies)[number];
export const meetingBodySchema = z.enum(meetingBodies);

export const meetingBodyLabels: Record<MeetingBody, string> = {
  executiveCommittee: 'Ban Chấp hành',
  standingCommittee: 'Ban Thường vụ',
  permanentBoard: 'Thường trực Đảng ủy',
  partyOrganization: 'Hội nghị Đảng bộ',
};

/** conference = "Hội nghị … lần thứ …"; session = "kỳ họp thứ …"; briefing = "cuộc họp", "giao ban". */
export const meetingKinds = ['conference', 'session', 'briefing'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const meetingKindLabels: Record<MeetingKind, string> = {
  conference: 'Hội nghị',
  session: 'Kỳ họp',
  briefing: 'Cuộc họp, giao ban',
};

export const personSchema = z.object({
  name: z.string().trim().max(200),
  title: z.string().trim().max(300).default(''),
});
export type Person = z.infer<typeof personSchema>;

export const attendeeSchema = z.object({
  name: z.string().trim().max(200),
  title: z.string().trim().max(300).default(''),
  /** "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành", "Khách mời" … */
  category: z.string().trim().max(200).default(''),
  present: z.boolean().default(true),
  absenceReason: z.string().trim().max(500).default(''),
});
export type Attendee = z.infer<typeof attendeeSchema>;

export const presentedDocumentSchema = z.object({
  /** "TTr", "BC", "KH", … (type abbreviation) */
  kind: z.string().trim().max(20).default(''),
  /** "27-TTr/ĐU" or the state form "127/BC-ĐU" as written */
  numberSymbol: z.string().trim().max(60).default(''),
  date: isoDateSchema.nullable().default(null),
  presenter: z.string().trim().max(300).default(''),
  title: z.string().trim().max(1000).default(''),
});
export type PresentedDocument = z.infer<typeof presentedDocumentSchema>;

export const agendaItemSchema = z.object({
  title: z.string().trim().max(1000),
  notes: z.string().max(50_000).default(''),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const meetingInputSchema = z.object({
  body: meetingBodySchema,
  kind: z.enum(meetingKinds),
  /** Ordinal within the body and term ("2" for "lần thứ Hai", "10" for "kỳ họp thứ 10"). */
  sequenceNumber: z.number().int().min(1).max(999).nullable().default(null),
  termId: z.string().nullable().default(null),
  /** What the meeting is about: "đánh giá kết quả thực hiện nhiệm vụ tháng 4; triển khai …" */
  subject: z.string().trim().max(2000).default(''),
  date: isoDateSchema,
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM').nullable().default(null),
  endTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ phải có dạng HH:MM').nullable().default(null),
  place: z.string().trim().max(500).default(''),
  chair: personSchema.nullable().default(null),
  secretary: personSchema.nullable().default(null),
  /** Free text as printed in the preamble: "Tham dự có các đồng chí Ủy viên Ban Thường vụ …" */
  attendanceSummary: z.string().max(5000).default(''),
  attendees: z.array(attendeeSchema).max(500).default([]),
  invitedDelegates: z.array(personSchema).max(100).default([]),
  presentedDocuments: z.array(presentedDocumentSchema).max(100).default([]),
  agenda: z.array(agendaItemSchema).max(100).default([]),
  notes: z.string().max(100_000).default(''),
});
export type MeetingInput = z.infer<typeof meetingInputSchema>;

export const meetingSchema = meetingInputSchema.extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;
