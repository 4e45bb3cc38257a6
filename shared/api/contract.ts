/**
 * The one typed API contract. Every user action is a method here: its input and output
 * are zod schemas. The Node side validates every input against them; the renderer's
 * client is typed from them. Transports (Electron IPC, loopback HTTP for tests) carry
 * `{ method, input }` and return `Result<output>`.
 */
import { z } from 'zod';
import { idSchema } from './common';
import { newTermInputSchema, profileInputSchema, profileSchema } from '../profile/schema';
import { unitInputSchema, unitSchema } from '../units/schema';
import { conclusionContentSchema, conclusionKinds, conclusionSchema, conclusionStatuses } from '../conclusions/schema';
import { conclusionSummarySchema, conclusionVersionInfoSchema } from '../conclusions/summary';
import { meetingBodySchema, meetingInputSchema, meetingSchema } from '../meetings/schema';
import { meetingSummarySchema } from '../meetings/summary';
import { previousAttendanceInputSchema, previousAttendanceSchema } from '../meetings/attendance';
import { cancelEntryInputSchema, documentTypeSchema, numberingDesksSchema, registerEntrySchema, registerHistoryItemSchema, renumberInputSchema, takeNumberInputSchema, termRowSchema } from '../register/schema';
import { searchHitSchema } from '../search/schema';
import { importPreviewSchema, importSaveResultSchema, importSaveSchema, numberCheckSchema } from '../import/schema';
import { isoDateSchema } from './common';
import { pageRequestShape, pageSchema } from './paging';
import { fileHandleSchema, fileRefSchema } from './file-handle';
import {
  backupContentsSchema,
  backupFileSchema,
  backupResultSchema,
  dataStatusSchema,
  idleMinutesSchema,
  installInfoSchema,
  installNameSchema,
  lockStatusSchema,
  newPasswordSchema,
  restoreResultSchema,
} from '../data/schema';
import {
  conflictViewSchema,
  exchangeOverviewSchema,
  exportOutcomeSchema,
  exportRequestSchema,
  historyEntrySchema,
  importOutcomeSchema,
  knownInstallSchema,
  packageFileSchema,
  packagePreviewSchema,
} from '../exchange/schema';
import { progressReportSchema, taskFilterSchema, taskInputSchema, taskSchema, taskStatuses } from '../tasks/schema';

const fileFilterSchema = z.object({ name: z.string(), extensions: z.array(z.string()) });

export const appInfoSchema = z.object({
  appName: z.string(),
  version: z.string(),
  dbPath: z.string(),
  schemaVersion: z.number().int(),
  replicaId: z.string(),
  /** Today's date as the core sees it (ISO). Tests move the clock through the core. */
  today: z.string(),
});

export const homeSummarySchema = z.object({
  profileReady: z.boolean(),
  counts: z.object({
    meetingsThisYear: z.number().int(),
    draftConclusions: z.number().int(),
    issuedThisYear: z.number().int(),
    openTasks: z.number().int(),
    overdueTasks: z.number().int(),
    dueThisWeek: z.number().int(),
  }),
  dueSoon: z.array(
    z.object({
      id: z.string(),
      content: z.string(),
      dueDate: z.string().nullable(),
      leadUnits: z.array(z.string()),
      overdue: z.boolean(),
    }),
  ),
  recentDocuments: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['meeting', 'conclusion']),
      title: z.string(),
      date: z.string().nullable(),
      status: z.string(),
    }),
  ),
});
export type HomeSummary = z.infer<typeof homeSummarySchema>;

export const integrityReportSchema = z.object({
  ok: z.boolean(),
  messages: z.array(z.string()),
  checkedAt: z.string(),
});

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/** A long job as the window sees it (electron/jobs/job-progress.ts). */
export const activeJobSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  state: z.enum(['queued', 'running']),
  startedAt: z.number().nullable(),
  step: z.string(),
  done: z.number().int().min(0).nullable(),
  total: z.number().int().min(0).nullable(),
  /** The window may offer "Huỷ" for it (`jobs.cancel`). */
  cancellable: z.boolean(),
});

export const apiContract = {
  'app.info': method(z.object({}).default({}), appInfoSchema),
  /** A screen of the window failed to draw: its error goes to the app's log file. */
  'app.reportError': method(z.object({ message: z.string().max(1000), stack: z.string().max(8000).default('') }), z.object({})),
  'home.summary': method(z.object({}).default({}), homeSummarySchema),
  /** Home charts for the current term: completion by leading unit, late tasks by due month. */
  'home.followUpCharts': method(
    z.object({}).default({}),
    z.object({
      termName: z.string().nullable(),
      byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), done: z.number().int(), open: z.number().int(), overdue: z.number().int() })),
      overdueByMonth: z.array(z.object({ month: z.string(), overdueOpen: z.number().int(), doneLate: z.number().int() })),
    }),
  ),
  'db.integrityCheck': method(z.object({}).default({}), integrityReportSchema),
  /**
   * The long jobs running in the core's threads (backup, check, export, package…), each with
   * its step in Vietnamese and done/total when known: the window polls it while it waits.
   */
  'jobs.active': method(z.object({}).default({}), z.object({ jobs: z.array(activeJobSchema) })),
  /**
   * "Huỷ": stops a cancellable job (queued or running); its caller's call then fails with
   * CANCELLED and no partial file is left. 'finished': the job is no longer running (its
   * result may be being saved, which is not stopped); 'not-cancellable': not offered for it.
   */
  'jobs.cancel': method(z.object({ id: z.number().int().positive() }), z.object({ outcome: z.enum(['cancelled', 'finished', 'not-cancellable']) })),

  /** The "Dữ liệu" page: where the data lives, size, last backup and check. */
  'data.status': method(z.object({}).default({}), dataStatusSchema),
  /** This install's id and the name other installs see (Settings › Dữ liệu, `cli identity`). */
  'install.identity': method(z.object({}).default({}), installInfoSchema),
  /** Renames this install ("VPĐU Kiến Minh — máy Chánh VP"); its id does not change. */
  'install.rename': method(z.object({ name: installNameSchema }), installInfoSchema),
  /** "Sao lưu ngay" to a folder the user chose (a USB stick). */
  'backup.now': method(z.object({ folder: fileHandleSchema }), backupResultSchema),
  /** The automatic backups in the data folder, newest first. */
  'backup.list': method(z.object({}).default({}), z.array(backupFileSchema)),
  /** What a backup file holds, after checking it in full (nothing is changed). */
  'backup.preview': method(z.object({ file: fileHandleSchema }), backupContentsSchema),
  /** "Khôi phục": backs up the current state, then puts the backup in place. */
  'backup.restore': method(z.object({ file: fileHandleSchema }), restoreResultSchema),
  /** The newest backup that passes its check (offered when the data is found damaged). */
  'backup.newestGood': method(z.object({}).default({}), backupContentsSchema.nullable()),

  /** Optional app lock (see electron/app-lock). Only status, unlock and reset answer while locked. */
  'lock.status': method(z.object({}).default({}), lockStatusSchema),
  'lock.enable': method(z.object({ password: newPasswordSchema, idleMinutes: idleMinutesSchema }), z.object({ recoveryCode: z.string() })),
  'lock.change': method(
    z.object({ currentPassword: z.string().max(200), newPassword: newPasswordSchema.optional(), idleMinutes: idleMinutesSchema }),
    lockStatusSchema,
  ),
  'lock.disable': method(z.object({ password: z.string().max(200) }), lockStatusSchema),
  'lock.unlock': method(z.object({ password: z.string().max(200) }), lockStatusSchema),
  'lock.lockNow': method(z.object({}).default({}), lockStatusSchema),
  /** A new password with the recovery code; answers the next recovery code (shown once). */
  'lock.resetWithCode': method(z.object({ recoveryCode: z.string().max(100), newPassword: newPasswordSchema }), z.object({ recoveryCode: z.string() })),

  'profile.get': method(z.object({}).default({}), profileSchema.nullable()),
  /** Saves the office profile; its term fields edit the term in use (numbering goes on). */
  'profile.save': method(profileInputSchema, profileSchema),
  /** "Bắt đầu nhiệm kỳ mới": numbering of every type restarts at 01 in the new term. */
  'profile.startNewTerm': method(newTermInputSchema, profileSchema),

  'units.list': method(z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }), z.array(unitSchema)),
  'units.create': method(unitInputSchema, unitSchema),
  'units.update': method(unitInputSchema.extend({ id: idSchema }), unitSchema),
  'units.delete': method(z.object({ id: idSchema }), z.object({ id: z.string() })),
  'units.reorder': method(z.object({ ids: z.array(idSchema).max(1000) }), z.array(unitSchema)),

  /** One page of meetings, newest first, with the count of all that match and the years held. */
  'meetings.list': method(
    z.object({ body: meetingBodySchema.optional(), year: z.number().int().optional(), termId: idSchema.optional(), ...pageRequestShape }).prefault({}),
    pageSchema(meetingSummarySchema).extend({ years: z.array(z.number().int()) }),
  ),
  'meetings.get': method(
    z.object({ id: idSchema }),
    meetingSchema.extend({ conclusions: z.array(conclusionSummarySchema) }),
  ),
  'meetings.create': method(meetingInputSchema, meetingSchema),
  'meetings.update': method(meetingInputSchema.extend({ id: idSchema }), meetingSchema),
  'meetings.delete': method(z.object({ id: idSchema }), z.object({ id: z.string(), conclusionsKept: z.number().int() })),
  /** The next ordinal for a body in a term ("kỳ họp thứ 11" after 10). */
  'meetings.suggestNumber': method(
    z.object({ body: meetingBodySchema, termId: idSchema.nullable().optional() }),
    z.object({ sequenceNumber: z.number().int() }),
  ),
  /** Chair, secretary, attendees and delegates of the body's latest earlier meeting, for the form to copy; null when there is none. */
  'meetings.previousAttendance': method(previousAttendanceInputSchema, previousAttendanceSchema),

  'conclusions.templates': method(
    z.object({}).default({}),
    z.array(z.object({ key: z.string(), label: z.string(), description: z.string() })),
  ),
  /** One page of conclusions, last edited first, with the count of all that match and the years to filter by. */
  'conclusions.list': method(
    z
      .object({
        status: z.enum(conclusionStatuses).optional(),
        kind: z.enum(conclusionKinds).optional(),
        year: z.number().int().optional(),
        ...pageRequestShape,
      })
      .prefault({}),
    pageSchema(conclusionSummarySchema).extend({ years: z.array(z.number().int()) }),
  ),
  'conclusions.get': method(z.object({ id: idSchema }), conclusionSchema),
  'conclusions.create': method(
    z.object({
      kind: z.enum(conclusionKinds),
      meetingId: idSchema.nullable().default(null),
      body: meetingBodySchema.optional(),
      templateKey: z.string().nullable().default(null),
      summary: z.string().max(2000).optional(),
      signerId: idSchema.nullable().optional(),
    }),
    conclusionSchema,
  ),
  'conclusions.update': method(
    z.object({ id: idSchema, content: conclusionContentSchema, reason: z.enum(['autosave', 'manual']).default('manual') }),
    conclusionSchema,
  ),
  'conclusions.delete': method(z.object({ id: idSchema }), z.object({ id: z.string() })),
  /**
   * "Xoá văn bản nhập nhầm": an imported conclusion whose tasks have no progress, with its tasks;
   * its register entry stays as cancelled ("đã huỷ") with the reason in the register's history.
   * The meeting the import made goes with it when it holds nothing else (no other conclusion,
   * minutes not edited since); otherwise it stays and `meeting.keptBecause` and `message` say why.
   */
  'conclusions.deleteImported': method(
    z.object({ id: idSchema, reason: z.string().trim().min(3, 'Ghi lý do xoá (ít nhất vài chữ) để sổ lưu lại').max(1000) }),
    z.object({
      id: z.string(),
      cancelledNumber: z.string().nullable(),
      meeting: z.object({ id: z.string(), deleted: z.boolean(), keptBecause: z.string().nullable() }).nullable(),
      message: z.string(),
    }),
  ),
  /** Takes the next number of its type in the term, sets the date, makes it read-only. */
  'conclusions.issue': method(
    z.object({
      id: idSchema,
      issueDate: isoDateSchema.optional(),
      /** Answers NEEDS_CONFIRMATION: a date earlier than the type's latest issued number is meant. */
      confirmEarlierDate: z.boolean().default(false),
      /** Answers the numbering desk's CONFLICT: this install, not the office's desk, gives the number. */
      notDeskConfirmed: z.boolean().default(false),
    }),
    conclusionSchema,
  ),
  /** A correction of an issued document: a new draft that replaces it. */
  'conclusions.createCorrection': method(z.object({ id: idSchema }), conclusionSchema),
  'conclusions.versions': method(z.object({ id: idSchema }), z.array(conclusionVersionInfoSchema)),
  'conclusions.version': method(z.object({ versionId: idSchema }), z.object({ id: z.string(), createdAt: z.string(), content: conclusionContentSchema })),
  'conclusions.restoreVersion': method(z.object({ id: idSchema, versionId: idSchema }), conclusionSchema),

  /** One page of the register, latest first, with the count of all entries that match. */
  'register.list': method(
    z.object({ termId: idSchema.optional(), year: z.number().int().optional(), docType: z.string().max(10).optional(), ...pageRequestShape }).prefault({}),
    pageSchema(registerEntrySchema),
  ),
  'register.terms': method(z.object({}).default({}), z.array(termRowSchema)),
  'register.startNumbers': method(
    z.object({ termId: idSchema.optional() }).default({}),
    z.array(z.object({ docType: z.string(), lastNumber: z.number().int() })),
  ),
  'register.setStartNumber': method(
    z.object({ docType: z.string().min(1).max(10), lastNumber: z.number().int().min(0).max(99999) }),
    z.array(z.object({ docType: z.string(), lastNumber: z.number().int() })),
  ),
  /** The first-run question: the last number already used, for several types at once. */
  'register.setStartNumbers': method(
    z.object({ entries: z.array(z.object({ docType: documentTypeSchema, lastNumber: z.number().int().min(0).max(99999) })).max(40) }),
    z.array(z.object({ docType: z.string(), lastNumber: z.number().int() })),
  ),
  /** The number the next issue of a type would take now ("63-TB/ĐU"); nothing is reserved. */
  'register.nextNumber': method(
    z.object({ docType: documentTypeSchema }),
    z.object({
      number: z.number().int(),
      numberSymbol: z.string(),
      /** Set when another install is the type's numbering desk: what to tell the clerk before numbering here. */
      deskWarning: z.string().nullable().default(null),
    }),
  ),
  /** Which install gives the numbers of each type ("Máy này cấp số"). */
  'register.desks': method(z.object({}).default({}), numberingDesksSchema),
  'register.setDesk': method(z.object({ docType: documentTypeSchema, thisInstall: z.boolean() }), numberingDesksSchema),
  /** "Lấy số văn bản": a document written outside the app takes the next number of its type. */
  'register.takeNumber': method(takeNumberInputSchema, registerEntrySchema),
  /** "Sửa số": a wrong number corrected; the old one and the reason stay in the entry's history. */
  'register.renumber': method(renumberInputSchema, registerEntrySchema),
  /** "Huỷ số": the entry stays, shown as cancelled; its number is never given again. */
  'register.cancel': method(cancelEntryInputSchema, registerEntrySchema),
  'register.history': method(z.object({ id: idSchema }), z.array(registerHistoryItemSchema)),
  /** The register in its own columns, as XLSX or DOCX, with the list's filters. */
  'register.export': method(
    z.object({
      format: z.enum(['xlsx', 'docx']),
      termId: idSchema.optional(),
      year: z.number().int().optional(),
      docType: z.string().max(10).optional(),
      /** A Save-dialog handle; without it the Save dialog asks. */
      target: fileHandleSchema.optional(),
    }),
    z.object({ path: z.string().nullable(), fileName: z.string(), rows: z.number().int() }),
  ),

  'search.query': method(
    z.object({ q: z.string().max(500), limit: z.number().int().min(1).max(100).default(30) }),
    z.array(searchHitSchema),
  ),

  /** Tasks the rules read from a conclusion's outline, for the user to review. */
  'tasks.propose': method(
    z.object({ conclusionId: idSchema }),
    z.array(
      z.object({
        content: z.string(),
        leadUnitIds: z.array(z.string()),
        supportingUnitIds: z.array(z.string()),
        leadUnitNames: z.array(z.string()),
        supportingUnitNames: z.array(z.string()),
        dueDate: z.string().nullable(),
        dueDatePhrase: z.string().nullable(),
        sourceBlockId: z.string(),
        sourceSection: z.string().nullable(),
        recurrence: z.enum(['monthly', 'quarterly', 'yearly']).nullable(),
        /** A task already made from this paragraph. */
        alreadyAssigned: z.boolean(),
      }),
    ),
  ),
  'tasks.createMany': method(z.object({ tasks: z.array(taskInputSchema).min(1).max(2000) }), z.array(taskSchema)),
  'tasks.create': method(taskInputSchema, taskSchema),
  'tasks.update': method(taskInputSchema.extend({ id: idSchema }), taskSchema),
  'tasks.delete': method(z.object({ id: idSchema }), z.object({ id: z.string() })),
  'tasks.list': method(taskFilterSchema.default({ view: 'all', unitRole: 'any', limit: 500, offset: 0 }), z.object({ items: z.array(taskSchema), total: z.number().int() })),
  'tasks.get': method(
    z.object({ id: idSchema }),
    taskSchema.extend({
      progress: z.array(progressReportSchema),
      /** The source paragraph in its context (the heading above and neighbours). */
      source: z
        .object({
          heading: z.string().nullable(),
          before: z.string().nullable(),
          paragraph: z.string(),
          after: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  'tasks.recordProgress': method(
    z.object({
      taskId: idSchema,
      status: z.enum(taskStatuses),
      note: z.string().max(10_000).default(''),
      reportDate: isoDateSchema.optional(),
      /** Files to keep as evidence (handles from the Open dialog); copied into the app's data folder. */
      evidenceFiles: z.array(fileHandleSchema).max(20).default([]),
    }),
    taskSchema,
  ),
  /** Opens an evidence file in the system's viewer (Electron); `opened: false` where there is none. */
  'tasks.openEvidence': method(z.object({ evidenceId: idSchema }), z.object({ opened: z.boolean() })),
  /** An evidence file's bytes, for the browser transport's download. */
  'tasks.evidenceContent': method(z.object({ evidenceId: idSchema }), z.object({ fileName: z.string(), base64: z.string() })),
  'tasks.counters': method(
    z.object({}).default({}),
    z.object({
      open: z.number().int(),
      overdue: z.number().int(),
      dueThisWeek: z.number().int(),
      done: z.number().int(),
      byUnit: z.array(z.object({ unitId: z.string(), unitName: z.string(), open: z.number().int(), overdue: z.number().int() })),
    }),
  ),
  /** Follow-up sheet (Bảng theo dõi thực hiện kết luận) and the implementation report. */
  'followup.export': method(
    z.object({
      format: z.enum(['xlsx', 'docx']),
      from: isoDateSchema.optional(),
      to: isoDateSchema.optional(),
      unitId: idSchema.optional(),
      unitName: z.string().max(300).optional(),
      conclusionId: idSchema.optional(),
      /** A Save-dialog handle; without it the Save dialog asks. */
      target: fileHandleSchema.optional(),
    }),
    z.object({ path: z.string().nullable(), fileName: z.string(), rows: z.number().int() }),
  ),
  /** "Công văn đôn đốc": a numbered letter (CV) to one unit listing its overdue tasks, as DOCX. */
  'followup.reminderLetter': method(
    z.object({ unitId: idSchema, target: fileHandleSchema.optional(), notDeskConfirmed: z.boolean().default(false) }),
    z.object({ path: z.string().nullable(), fileName: z.string(), numberSymbol: z.string().nullable(), tasks: z.number().int() }),
  ),
  'followup.report': method(
    z.object({ from: isoDateSchema, to: isoDateSchema, target: fileHandleSchema.optional() }),
    z.object({ path: z.string().nullable(), fileName: z.string() }),
  ),

  /** Import: read and recognise a file or pasted text (nothing is saved). */
  'import.previewFile': method(z.object({ file: fileHandleSchema }), importPreviewSchema),
  'import.previewText': method(z.object({ text: z.string().min(1, 'Dán nội dung văn bản cần nhập') }), importPreviewSchema),
  /** Saves the reviewed conclusion, its meeting, register entry and accepted tasks — all or nothing. */
  'import.save': method(importSaveSchema, importSaveResultSchema),
  /** The number as typed in the review against the register: taken, a jump, or free. */
  'import.checkNumber': method(z.object({ numberSymbol: z.string().max(60).nullable(), issueDate: isoDateSchema.nullable() }), numberCheckSchema),
  /** The importable files of a folder chosen in the folder dialog, each as a read handle. */
  'import.listFolder': method(z.object({ folder: fileHandleSchema }), z.object({ files: z.array(fileRefSchema) })),

  /**
   * Official DOCX. Without `target` (a Save-dialog handle) the native Save dialog asks; a
   * cancelled dialog returns path null. The `path` returned is for showing only.
   */
  'export.conclusionDocx': method(
    z.object({ id: idSchema, target: fileHandleSchema.optional() }),
    z.object({ path: z.string().nullable(), fileName: z.string(), bytes: z.number().int() }),
  ),
  'export.minutesDocx': method(
    z.object({ meetingId: idSchema, target: fileHandleSchema.optional() }),
    z.object({ path: z.string().nullable(), fileName: z.string(), bytes: z.number().int() }),
  ),

  /** Exchange by package file (USB): identity and trust, packages, history, conflicts. */
  'exchange.overview': method(z.object({}).default({}), exchangeOverviewSchema),
  'exchange.export': method(exportRequestSchema, exportOutcomeSchema),
  'exchange.preview': method(packageFileSchema.extend({ passphrase: z.string().max(200).nullable().default(null) }), packagePreviewSchema),
  'exchange.trustSender': method(packageFileSchema.extend({ fingerprint: z.string().min(30).max(60) }), knownInstallSchema),
  'exchange.forgetInstall': method(z.object({ installId: z.string().min(1).max(100) }), z.object({ installId: z.string() })),
  'exchange.import': method(
    packageFileSchema.extend({ passphrase: z.string().max(200).nullable().default(null), expectSha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().default(null) }),
    importOutcomeSchema,
  ),
  'exchange.history': method(z.object({ limit: z.number().int().min(1).max(1000).default(200) }).default({ limit: 200 }), z.array(historyEntrySchema)),
  'exchange.conflicts': method(z.object({ includeResolved: z.boolean().default(false) }).default({ includeResolved: false }), z.array(conflictViewSchema)),
  'exchange.resolveConflict': method(z.object({ id: z.string().min(1).max(100), choice: z.enum(['keep', 'other']) }), conflictViewSchema),

  /**
   * Native Save/Open dialogs, run by the Node side; they answer handles (see
   * `shared/api/file-handle.ts`), never paths. In the browser transport the test double answers.
   */
  'dialog.saveFile': method(
    z.object({ title: z.string().default('Lưu tệp'), defaultName: z.string(), filters: z.array(fileFilterSchema).default([]) }),
    z.object({ file: fileRefSchema.nullable() }),
  ),
  'dialog.openFile': method(
    z.object({
      title: z.string().default('Mở tệp'),
      filters: z.array(fileFilterSchema).default([]),
      multiple: z.boolean().default(false),
      directory: z.boolean().default(false),
    }),
    /** Read handles for files; one folder handle when `directory`. */
    z.object({ files: z.array(fileRefSchema) }),
  ),
  /**
   * Files the operating system opened with the app (a double-clicked .vpdu package), each
   * once: the window asks on start and whenever the shell says another one arrived.
   */
  'files.takeOpened': method(
    z.object({}).default({}),
    z.object({ files: z.array(fileRefSchema.extend({ kind: z.enum(['package', 'document']) })) }),
  ),
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
/** What a caller may pass (defaults still optional). */
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
/** What a handler receives after validation (defaults applied). */
export type ApiParsedInput<M extends ApiMethod> = z.output<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

export const apiMethods = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiContract, name);
}

/** The single bridge the preload script exposes on `window.vpdu`. */
export interface IpcBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  /** Called when the OS opened files with the app; the page takes them with `files.takeOpened`. */
  onFilesOpened?(callback: () => void): void;
}
export const IPC_CHANNEL = 'vpdu:invoke';

/** The lists that come one page at a time (shared/api/paging.ts). */
export type PagedMethod = 'conclusions.list' | 'meetings.list' | 'register.list';
/** A paged list's filters, without its paging fields. */
export type ListFilter<M extends PagedMethod> = Omit<ApiInput<M>, 'cursor' | 'limit'>;
