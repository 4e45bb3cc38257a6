/** Tasks assigned by conclusions, and their follow-up (theo dõi, đôn đốc). */
import { z } from 'zod';
import { isoDateSchema } from '../api/common';

export const taskStatuses = ['notStarted', 'inProgress', 'done', 'doneLate', 'deferred'] as const;
export type TaskStatus = (typeof taskStatuses)[number];
export const taskStatusLabels: Record<TaskStatus, string> = {
  notStarted: 'Chưa thực hiện',
  inProgress: 'Đang thực hiện',
  done: 'Hoàn thành',
  doneLate: 'Hoàn thành quá hạn',
  deferred: 'Không thực hiện được/chuyển kỳ sau',
};
/** Statuses that close a task (it no longer counts as open or overdue). */
export const closedStatuses: readonly TaskStatus[] = ['done', 'doneLate', 'deferred'];

export const recurrences = ['monthly', 'quarterly', 'yearly'] as const;
export const recurrenceLabels: Record<(typeof recurrences)[number], string> = {
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  yearly: 'Hằng năm',
};

export const taskInputSchema = z.object({
  conclusionId: z.string().nullable().default(null),
  content: z.string().trim().min(1, 'Nhập nội dung nhiệm vụ').max(10_000),
  leadUnitIds: z.array(z.string()).max(50).default([]),
  supportingUnitIds: z.array(z.string()).max(50).default([]),
  /** Units named in the text that are not in the directory. */
  leadUnitNames: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  supportingUnitNames: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  /** Ủy viên BTV phụ trách. */
  responsibleMember: z.string().trim().max(300).default(''),
  dueDate: isoDateSchema.nullable().default(null),
  recurrence: z.enum(recurrences).nullable().default(null),
  sourceBlockId: z.string().nullable().default(null),
  sourceSection: z.string().nullable().default(null),
  remarks: z.string().max(5000).default(''),
});
export type TaskInput = z.infer<typeof taskInputSchema>;

export const evidenceSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  addedAt: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const progressReportSchema = z.object({
  id: z.string(),
  reportDate: z.string(),
  status: z.enum(taskStatuses),
  note: z.string(),
  evidence: z.array(evidenceSchema),
  createdAt: z.string(),
});
export type ProgressReport = z.infer<typeof progressReportSchema>;

export const taskSchema = taskInputSchema.extend({
  id: z.string(),
  status: z.enum(taskStatuses),
  overdue: z.boolean(),
  /** Whole days past the due date while open (1 the day after the deadline); null otherwise. */
  daysOverdue: z.number().int().nullable().optional(),
  completedDate: z.string().nullable(),
  /** Latest progress note, for lists and the follow-up sheet. */
  lastNote: z.string(),
  /** Unit names for display: directory names first, then free names. */
  leadUnits: z.array(z.string()),
  supportingUnits: z.array(z.string()),
  conclusionNumberSymbol: z.string().nullable(),
  conclusionDate: z.string().nullable(),
  conclusionSummary: z.string().nullable(),
  recursFromId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

export const taskViews = ['all', 'open', 'overdue', 'week', 'done'] as const;
export type TaskView = (typeof taskViews)[number];

export const taskFilterSchema = z.object({
  view: z.enum(taskViews).default('all'),
  unitId: z.string().optional(),
  /** Matches a unit by any written form when there is no id (CLI --unit NAME). */
  unitName: z.string().max(300).optional(),
  /** With a unit: tasks it leads (chủ trì), or also those it supports (phối hợp). */
  unitRole: z.enum(['lead', 'any']).default('any'),
  conclusionId: z.string().optional(),
  status: z.enum(taskStatuses).optional(),
  /** Due dates within [from, to]. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  limit: z.number().int().min(1).max(5000).default(500),
  offset: z.number().int().min(0).default(0),
});
export type TaskFilter = z.infer<typeof taskFilterSchema>;

/** Days from `dueDate` to `today` (ISO dates), counted on the calendar, not in hours. */
export function daysPast(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
}
