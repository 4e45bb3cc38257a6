/** Importing existing conclusions: the recognised structure, reviewed, then saved. */
import { z } from 'zod';
import { isoDateSchema } from '../api/common';
import { outlineBlockSchema } from '../document/outline';
import { type meetingBodySchema } from '../meetings/schema';
import { taskInputSchema } from '../tasks/schema';

export const importBodies = ['BAN_CHAP_HANH', 'BAN_THUONG_VU', 'THUONG_TRUC'] as const;
export type ImportBody = (typeof importBodies)[number];

/** The import's body names (the CLI contract's) ↔ the app's. */
export const bodyFromImport: Record<ImportBody, z.infer<typeof meetingBodySchema>> = {
  BAN_CHAP_HANH: 'executiveCommittee',
  BAN_THUONG_VU: 'standingCommittee',
  THUONG_TRUC: 'permanentBoard',
};

export interface ImportSectionNode {
  number: string | null;
  heading: string;
  children: ImportSectionNode[];
}
export const importSectionSchema: z.ZodType<ImportSectionNode> = z.lazy(() =>
  z.object({ number: z.string().nullable(), heading: z.string(), children: z.array(importSectionSchema) }),
);

export const importSignatureSchema = z.object({
  authority: z.enum(['T/M', 'K/T', 'T/L', 'T/UQ']).nullable(),
  onBehalfOf: z.string().nullable(),
  title: z.string().nullable(),
  signer: z.string().nullable(),
});

export const importedMeetingSchema = z.object({
  date: isoDateSchema.nullable(),
  body: z.enum(importBodies).nullable(),
  number: z.string().nullable(),
  chair: z.string().nullable(),
  chairTitle: z.string().nullable(),
  subject: z.string().nullable(),
  presentedDocuments: z.array(z.object({ numberSymbol: z.string(), date: z.string().nullable() })),
});

export const proposedImportTaskSchema = z.object({
  content: z.string(),
  leadUnitIds: z.array(z.string()),
  supportingUnitIds: z.array(z.string()),
  /** Names for display: directory units, then names written in the text that are not in it. */
  leadUnits: z.array(z.string()),
  supportingUnits: z.array(z.string()),
  /** The written names alone (saved as free names on the task). */
  leadUnitNames: z.array(z.string()),
  supportingUnitNames: z.array(z.string()),
  dueDate: z.string().nullable(),
  dueDatePhrase: z.string().nullable(),
  sourceBlockId: z.string(),
  sourceSection: z.string().nullable(),
  recurrence: z.enum(['monthly', 'quarterly', 'yearly']).nullable(),
  /** The deadline is earlier than the issue date: the review flags it and the save refuses it. */
  dueBeforeIssue: z.boolean().default(false),
});

/** The editable fields of an imported conclusion (what the review screen shows). */
export const importedConclusionSchema = z.object({
  kind: z.enum(['TB', 'KL']),
  title: z.string(),
  subtitle: z.string().nullable(),
  summary: z.string().nullable(),
  superiorCommittee: z.string().nullable(),
  committee: z.string().nullable(),
  numberSymbol: z.string().nullable(),
  place: z.string().nullable(),
  issueDate: isoDateSchema.nullable(),
  urgency: z.string().nullable(),
  secrecy: z.string().nullable(),
  meeting: importedMeetingSchema,
  preamble: z.string(),
  outline: z.array(outlineBlockSchema),
  recipients: z.array(z.string()),
  signature: importSignatureSchema,
});
export type ImportedConclusionFields = z.infer<typeof importedConclusionSchema>;

export const confidenceLevels = ['high', 'medium', 'low'] as const;
export type ConfidenceLevel = (typeof confidenceLevels)[number];

/** Names of the text encodings import reads, as the office knows them. */
export const encodingLabels: Record<string, string> = {
  utf8: 'Unicode (UTF-8)',
  utf16le: 'Unicode (UTF-16)',
  utf16be: 'Unicode (UTF-16)',
  tcvn3: 'TCVN3',
  vni: 'VNI',
  cp1258: 'Windows-1258',
};

/** What import made of the file as a whole: genre, encoding, archive line. */
export const importRecognitionSchema = z.object({
  /** Only a conclusion may be saved as an issued document. */
  isConclusion: z.boolean(),
  confidence: z.enum(confidenceLevels),
  /** 0–1: share of the genre's marks found. */
  score: z.number(),
  reasons: z.array(z.string()),
  otherGenre: z.string().nullable(),
  /** The Vietnamese sentence shown when the file is not a conclusion. */
  message: z.string().nullable(),
  encoding: z.object({
    name: z.string(),
    label: z.string(),
    confidence: z.enum(confidenceLevels),
    /** Share of real Vietnamese syllables per reading tried ("vni": 0.41, "cp1258": 1). */
    shares: z.record(z.string(), z.number()),
  }),
  /** The archive line of "Nơi nhận" when not in the rule's form, with the form proposed. */
  archiveLine: z.object({ index: z.number().int().min(0), typed: z.string(), suggested: z.string() }).nullable(),
});
export type ImportRecognition = z.infer<typeof importRecognitionSchema>;

/** The document's number against the outgoing register (see electron/register/imported-number.ts). */
export const numberCheckSchema = z.object({
  /** none: no number, date or term to check; free; taken: an entry holds it; jump: far above the highest. */
  state: z.enum(['none', 'free', 'taken', 'jump']),
  termId: z.string().nullable(),
  docType: z.string().nullable(),
  number: z.number().int().nullable(),
  /** The highest number of the type before this one (for a jump). */
  lastNumber: z.number().int().nullable(),
  /** The entry holding the number (for taken). */
  entry: z
    .object({ id: z.string(), numberSymbol: z.string(), issueDate: z.string(), summary: z.string(), conclusionId: z.string().nullable(), cancelled: z.boolean() })
    .nullable(),
  /** What the review shows on the number field. */
  message: z.string().nullable(),
});
export type NumberCheck = z.infer<typeof numberCheckSchema>;

export const importPreviewSchema = importedConclusionSchema.extend({
  recognition: importRecognitionSchema,
  sections: z.array(importSectionSchema),
  tasks: z.array(proposedImportTaskSchema),
  warnings: z.array(z.string()),
  source: z.object({
    fileName: z.string().nullable(),
    format: z.enum(['docx', 'text']),
    encoding: z.string(),
    converted: z.boolean(),
    /** SHA-256 of the normalised text: the same document imported twice is recognised. */
    hash: z.string(),
    /** The text as read (after decoding), shown beside the recognised structure. */
    text: z.string(),
  }),
  duplicateOf: z.object({ conclusionId: z.string(), numberSymbol: z.string().nullable(), reason: z.string() }).nullable(),
  numberCheck: numberCheckSchema,
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const importSaveSchema = z.object({
  fields: importedConclusionSchema,
  sourceHash: z.string().min(1),
  /** Accepted tasks (the conclusion id is filled in by the save). */
  tasks: z.array(taskInputSchema.omit({ conclusionId: true })).max(2000).default([]),
  /** Also record the meeting the preamble describes. */
  createMeeting: z.boolean().default(true),
  /**
   * The register entry that already holds the number, when the clerk says this document is that
   * entry's (the number was taken with "Lấy số" for a document written in Word, or an import is
   * being redone): the entry then points at this document, and the history keeps the old link.
   */
  correctionOf: z.string().min(1).nullable().default(null),
  /** Kept in the register's history with the replaced link. */
  correctionReason: z.string().trim().max(1000).default(''),
  /** The clerk checked a number far above the register's highest and says it is right. */
  confirmNumberJump: z.boolean().default(false),
});
export type ImportSave = z.infer<typeof importSaveSchema>;

export const importSaveResultSchema = z.object({
  conclusionId: z.string(),
  meetingId: z.string().nullable(),
  taskIds: z.array(z.string()),
  registered: z.boolean(),
  warnings: z.array(z.string()),
});
