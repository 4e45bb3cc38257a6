import { z } from 'zod';
import { meetingBodySchema, meetingKinds } from './schema';

export const meetingSummarySchema = z.object({
  id: z.string(),
  body: meetingBodySchema,
  kind: z.enum(meetingKinds),
  sequenceNumber: z.number().int().nullable(),
  subject: z.string(),
  date: z.string(),
  chairName: z.string(),
  conclusionCount: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
