/** The "Dữ liệu" page and backups/restore, as they cross the contract. */
import { z } from 'zod';
import { fileRefSchema } from '../api/file-handle';

export const backupReasonSchema = z.enum(['daily', 'before-import', 'before-migration', 'before-restore', 'manual']);

export const backupAttemptSchema = z.object({
  at: z.string(),
  reason: backupReasonSchema,
  ok: z.boolean(),
  path: z.string().nullable(),
  sizeBytes: z.number().nullable(),
  message: z.string().nullable(),
});

export const backupContentsSchema = z.object({
  path: z.string(),
  sizeBytes: z.number(),
  schemaVersion: z.number().int(),
  takenAt: z.string().nullable(),
  reason: z.string().nullable(),
  committee: z.string().nullable(),
  counts: z.object({
    meetings: z.number().int(),
    conclusions: z.number().int(),
    issuedConclusions: z.number().int(),
    tasks: z.number().int(),
  }),
  lastNumbers: z.array(z.object({ docType: z.string(), lastNumber: z.number().int(), termName: z.string() })),
  /** Evidence files it names; `missing`: found neither beside the backup nor in the data folder. */
  evidence: z.object({ files: z.number().int(), missing: z.number().int(), missingNames: z.array(z.string()) }),
});
export type BackupContentsView = z.infer<typeof backupContentsSchema>;

/** An automatic backup in the data folder, with a read handle to preview or restore it. */
export const backupFileSchema = z.object({
  file: fileRefSchema,
  at: z.string(),
  reason: backupReasonSchema,
  reasonLabel: z.string(),
  sizeBytes: z.number(),
});

export const dataStatusSchema = z.object({
  dbPath: z.string(),
  dataDir: z.string(),
  backupsDir: z.string(),
  sizeBytes: z.number(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** Why editing is off, when the file is on read-only media. */
  readOnlyReason: z.string().nullable(),
  uncleanShutdown: z.boolean(),
  lastAttempt: backupAttemptSchema.nullable(),
  lastSuccess: backupAttemptSchema.nullable(),
  backupCount: z.number().int(),
  lastCheck: z.object({ at: z.string(), ok: z.boolean() }).nullable(),
});
export type DataStatus = z.infer<typeof dataStatusSchema>;

export const backupResultSchema = z.object({
  path: z.string(),
  reason: backupReasonSchema,
  takenAt: z.string(),
  sizeBytes: z.number(),
  contents: backupContentsSchema,
});

export const restoreResultSchema = z.object({
  restored: backupContentsSchema,
  safetyBackup: z.string(),
  replicaId: z.string(),
  /** Evidence files copied back into the data folder, and those found nowhere. */
  evidence: z.object({ files: z.number().int(), missing: z.number().int(), missingNames: z.array(z.string()), restored: z.number().int() }),
});

export const lockStatusSchema = z.object({ enabled: z.boolean(), locked: z.boolean(), idleMinutes: z.number().int() });
export const newPasswordSchema = z.string().min(6, 'Mật khẩu cần ít nhất 6 ký tự.').max(200);
export const idleMinutesSchema = z.number().int().min(0).max(240);

/**
 * The name other installs see for this one in packages and conflicts, e.g.
 * "VPĐU Kiến Minh — máy Chánh VP". One line; runs of spaces become one.
 */
export const installNameSchema = z
  .string()
  .transform((s) => s.replace(/\s+/gu, ' ').trim())
  .pipe(
    z
      .string()
      .min(3, 'Tên máy cần ít nhất 3 ký tự, ví dụ "VPĐU Kiến Minh — máy Chánh VP".')
      .max(80, 'Tên máy dài tối đa 80 ký tự.')
      .refine((s) => !/\p{Cc}/u.test(s), 'Tên máy không được chứa ký tự điều khiển.'),
  );

/** This install: its id (the origin of its changes) and its human name. */
export const installInfoSchema = z.object({ installId: z.string(), name: z.string() });
export type InstallInfo = z.infer<typeof installInfoSchema>;
