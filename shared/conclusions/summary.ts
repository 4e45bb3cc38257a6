import { z } from 'zod';
import { meetingBodySchema } from '../meetings/schema';
import { conclusionKinds, conclusionStatuses } from './schema';

export const conclusionSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(conclusionKinds),
  body: meetingBodySchema,
  status: z.enum(conclusionStatuses),
  numberSymbol: z.string().nullable(),
  issueDate: z.string().nullable(),
  summary: z.string(),
  meetingId: z.string().nullable(),
  meetingDate: z.string().nullable(),
  imported: z.boolean(),
  replacesId: z.string().nullable(),
  updatedAt: z.string(),
});
export type ConclusionSummary = z.infer<typeof conclusionSummarySchema>;

export const conclusionVersionInfoSchema = z.object({
  id: z.string(),
  /**
   * beforeRemoval: the text as it was before a save that removed a large part of it;
   * otherInstall: another install's text that lost a merge when its package was received;
   * keptOnIssue: the draft text here when a package brought the issued text, which replaced it.
   */
  reason: z.enum(['autosave', 'manual', 'restore', 'issue', 'create', 'beforeRemoval', 'otherInstall', 'keptOnIssue']),
  createdAt: z.string(),
});
export type ConclusionVersionInfo = z.infer<typeof conclusionVersionInfoSchema>;
