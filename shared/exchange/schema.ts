/** The exchange part of the contract: packages, trust, history, conflicts, backlog. */
import { z } from 'zod';
import { fileHandleSchema } from '../api/file-handle';

/** The package file a method reads: a read handle from the Open dialog (or the OS, or the CLI). */
export const packageFileSchema = z.object({ file: fileHandleSchema });
export type PackageFile = z.infer<typeof packageFileSchema>;

const fieldValue = z.union([z.string(), z.number(), z.null()]);

export const installIdentitySchema = z.object({
  installId: z.string(),
  name: z.string(),
  /** Six groups of five digits. */
  fingerprint: z.string(),
});

export const knownInstallSchema = installIdentitySchema.extend({
  trusted: z.boolean(),
  trustedAt: z.string().nullable(),
  lastPackageAt: z.string().nullable(),
});
export type KnownInstallView = z.infer<typeof knownInstallSchema>;

export const packageSenderSchema = z.object({ installId: z.string(), name: z.string(), fingerprint: z.string(), trusted: z.boolean() });

export const kindSummarySchema = z.object({
  kind: z.enum(['meetings', 'conclusions', 'tasks', 'progress', 'units', 'register', 'other']),
  label: z.string(),
  added: z.number().int(),
  changed: z.number().int(),
  deleted: z.number().int(),
});

export const conflictViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['field', 'numbering', 'issued']),
  detectedAt: z.string(),
  table: z.string(),
  rowId: z.string(),
  /** What the record is, in the office's words ("Kết luận: Thông báo kết luận hội nghị …"). */
  recordLabel: z.string(),
  field: z.string(),
  fieldLabel: z.string(),
  kept: fieldValue,
  other: fieldValue,
  keptFrom: z.string(),
  otherFrom: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
  /** Whether "Chọn giá trị kia" can apply (not for issued documents and numbers). */
  canChooseOther: z.boolean(),
});
export type ConflictView = z.infer<typeof conflictViewSchema>;

export const previewConflictSchema = z.object({
  recordLabel: z.string(),
  fieldLabel: z.string(),
  kept: fieldValue,
  other: fieldValue,
  incomingWins: z.boolean(),
  /** The same number given here and in the package: both entries are kept, the register marks "Trùng số". */
  numbering: z.boolean(),
});

export const partViewSchema = z.object({
  index: z.number().int(),
  count: z.number().int(),
  setId: z.string(),
  /** Parts of the same set already received here (this one excluded). */
  received: z.array(z.number().int()),
});

export const packagePreviewSchema = z.object({
  status: z.enum(['needs-trust', 'ready', 'nothing-new']),
  message: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  size: z.number().int(),
  packageId: z.string(),
  createdAt: z.string(),
  sender: packageSenderSchema,
  sealed: z.enum(['recipient', 'passphrase', 'none']),
  scope: z.enum(['peer', 'all', 'unit']).nullable(),
  /** Part k of n of a split package ("Phần 2/3"), null for a whole one. */
  part: partViewSchema.nullable(),
  kinds: z.array(kindSummarySchema),
  conflicts: z.array(previewConflictSchema),
  counts: z.object({
    changes: z.number().int(),
    new: z.number().int(),
    held: z.number().int(),
    waiting: z.number().int(),
    fromBacklog: z.number().int(),
    files: z.number().int(),
  }),
});
export type PackagePreviewView = z.infer<typeof packagePreviewSchema>;

export const importOutcomeSchema = z.object({
  packageId: z.string(),
  sender: packageSenderSchema,
  applied: z.number().int(),
  superseded: z.number().int(),
  held: z.number().int(),
  waiting: z.number().int(),
  fromBacklog: z.number().int(),
  conflicts: z.number().int(),
  files: z.number().int(),
  message: z.string(),
  backupPath: z.string().nullable(),
});

export const exportRequestSchema = z.object({
  /** 'unit': only what concerns one unit ("Chỉ những gì liên quan đến một đơn vị"), as row snapshots. */
  scope: z.enum(['peer', 'all', 'unit']),
  peerInstallId: z.string().min(1).max(100).nullable().default(null),
  unitId: z.string().min(1).max(100).nullable().default(null),
  passphrase: z.string().max(200).nullable().default(null),
  /**
   * The largest a package file may be, in bytes; a larger export is split into parts. Absent:
   * the largest part (under 2 GB: FAT32 takes 4 GB, node:crypto 2 GB in one call; see
   * MAX_PART_BYTES). The CLI's --part-size; the screen never sets it.
   */
  partBytes: z.number().int().min(16 * 1024).max(2 * 1024 ** 3).nullable().default(null),
  /** A Save-dialog handle; without it the native Save dialog asks (a cancelled dialog returns path null). */
  target: fileHandleSchema.optional(),
});

export const exportOutcomeSchema = z.object({
  path: z.string().nullable(),
  fileName: z.string(),
  bytes: z.number().int(),
  changes: z.number().int(),
  files: z.number().int(),
  sealed: z.enum(['recipient', 'passphrase', 'none']),
  recipientName: z.string().nullable(),
  /** The largest a file may be (MAX_PART_BYTES, unless a smaller limit was asked for). */
  partBytes: z.number().int(),
  /** The files written: one, or the parts `…-phan-k-tren-n.vpdu` of a split package. */
  parts: z.array(z.object({ path: z.string(), fileName: z.string(), bytes: z.number().int(), changes: z.number().int(), files: z.number().int() })),
});

export const historyEntrySchema = z.object({
  id: z.string(),
  direction: z.enum(['export', 'import']),
  at: z.string(),
  peerName: z.string(),
  scope: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  size: z.number().int(),
  changes: z.number().int(),
  result: z.string(),
  message: z.string(),
});

export const exchangeOverviewSchema = z.object({
  identity: installIdentitySchema,
  installs: z.array(knownInstallSchema),
  backlog: z.number().int(),
  /** Split packages whose changes wait in the backlog: who sent them and which parts are missing. */
  waitingSets: z.array(z.object({ setId: z.string(), senderName: z.string(), count: z.number().int(), waiting: z.number().int(), missing: z.array(z.number().int()) })),
  openConflicts: z.number().int(),
});
