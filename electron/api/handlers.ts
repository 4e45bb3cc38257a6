/** The handler of every contract method, by name. Handlers stay thin: services do the work. */
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { homeSummary } from '../home/home-service';
import { getProfile, saveProfile, startNewTerm } from '../profile/profile-service';
import { localIsoDate } from '../system/clock';
import { backupDatabase, type BackupResult } from '../backup/backup-database';
import { backupsDir, listBackupFiles, reasonLabels } from '../backup/backup-files';
import { checkDataNow, dataStatus } from '../backup/data-status';
import { restoreDatabase } from '../backup/restore-database';
import { appLockOf } from '../app-lock/app-lock';
import { createUnit, deleteUnit, listUnits, reorderUnits, updateUnit } from '../units/units-service';
import { conclusionTemplates } from '../../shared/conclusions/templates';
import { getVersion, listVersions } from '../conclusions/conclusion-versions';
import {
  createConclusion,
  createCorrection,
  deleteConclusion,
  getConclusion,
  issueConclusion,
  listConclusions,
  pageConclusions,
  restoreConclusionVersion,
  updateConclusion,
} from '../conclusions/conclusions-service';
import { createMeeting, deleteMeeting, getMeeting, pageMeetings, suggestMeetingNumber, updateMeeting } from '../meetings/meetings-service';
import { previousAttendance } from '../meetings/previous-attendance';
import { exportRegister } from '../register/register-export';
import { deleteImportedConclusion } from '../register/delete-import';
import { checkImportedNumber } from '../register/imported-number';
import { listDesks, setDesk } from '../register/numbering-desk';
import { cancelEntry, listStartNumbers, listTerms, nextNumberOf, pageRegister, registerHistory, renumberEntry, setStartNumber, setStartNumbers, takeNumber } from '../register/register-service';
import { search } from '../search/search-service';
import { exportConclusionDocx, exportMinutesDocx } from '../export/export-service';
import { evidenceContent, evidenceDir, openEvidence } from '../tasks/evidence-store';
import { listProgress, recordProgress } from '../tasks/progress-service';
import { proposeForConclusion, taskSource } from '../tasks/task-proposals';
import { createTasks, deleteTask, getTask, listTasks, taskCounters, updateTask } from '../tasks/tasks-service';
import { followUpCharts } from '../followup/followup-charts';
import { writeReminderLetter } from '../followup/reminder-letter-service';
import { exportFollowUp, exportImplementationReport } from '../followup/followup-service';
import { listImportableFiles, previewFile, previewText, saveImport } from '../import/import-service';
import {
  exchangeOverview,
  exportPackageToFile,
  forgetInstall,
  importPackageFile,
  packageHistory,
  previewPackageFile,
  trustPackageSender,
} from '../exchange/exchange-service';
import { listConflicts, resolveConflict } from '../exchange/conflicts-service';
import { installName } from '../exchange/install-keys';
import { renameOpenInstall } from '../sync/install-identity';
import type { HandlerMap } from './dispatch';
import type { CoreContext } from '../core/context';

/** A Save-dialog handle to its path; none means "ask with the Save dialog". */
function writeTarget(ctx: CoreContext, target: string | undefined): string | undefined {
  return target === undefined ? undefined : ctx.files.resolve(target, 'write');
}

function withoutRotation({ rotatedAway: _rotated, ...rest }: BackupResult) {
  return rest;
}

export const handlers: HandlerMap = {
  'app.info': (_input, ctx) => ({
    appName: 'Văn phòng Đảng ủy',
    version: ctx.appVersion,
    dbPath: ctx.dbPath,
    schemaVersion: Math.min(ctx.schemaVersion, LATEST_SCHEMA_VERSION),
    replicaId: ctx.install.id,
    today: localIsoDate(ctx.clock.now()),
  }),
  'app.reportError': ({ message, stack }, ctx) => {
    ctx.log(`[renderer] ${message}\n${stack}`);
    return {};
  },
  'home.summary': (_input, ctx) => homeSummary(ctx),
  'home.followUpCharts': (_input, ctx) => followUpCharts(ctx),
  'db.integrityCheck': (_input, ctx) => checkDataNow(ctx),

  'data.status': (_input, ctx) => dataStatus(ctx),
  'install.identity': (_input, ctx) => ({ installId: ctx.install.id, name: installName(ctx) }),
  'install.rename': ({ name }, ctx) => {
    const renamed = renameOpenInstall(ctx, name);
    return { installId: renamed.id, name: renamed.name };
  },
  'backup.now': async ({ folder }, ctx) => withoutRotation(await backupDatabase(ctx, { reason: 'manual', toDir: ctx.files.resolve(folder, 'folder') })),
  'backup.list': (_input, ctx) =>
    listBackupFiles(backupsDir(ctx)).map((f) => ({
      file: ctx.files.grant(f.path, 'read'),
      at: f.at.toISOString(),
      reason: f.reason,
      reasonLabel: reasonLabels[f.reason],
      sizeBytes: f.sizeBytes,
    })),
  'backup.preview': ({ file }, ctx) => ctx.jobs.run('backup.inspect', { path: ctx.files.resolve(file, 'read'), evidenceDir: evidenceDir(ctx) }),
  'backup.restore': ({ file }, ctx) => restoreDatabase(ctx, ctx.files.resolve(file, 'read')),
  'jobs.active': (_input, ctx) => ({ jobs: ctx.jobs.active() }),
  'jobs.cancel': async ({ id }, ctx) => ({ outcome: await ctx.jobs.cancelById(id) }),
  'backup.newestGood': (_input, ctx) => ctx.jobs.run('backup.newestGood', { dataDir: ctx.dataDir }),

  'lock.status': (_input, ctx) => appLockOf(ctx).status(),
  'lock.enable': ({ password, idleMinutes }, ctx) => appLockOf(ctx).enable(password, idleMinutes),
  'lock.change': ({ currentPassword, newPassword, idleMinutes }, ctx) => appLockOf(ctx).change(currentPassword, { newPassword, idleMinutes }),
  'lock.disable': ({ password }, ctx) => appLockOf(ctx).disable(password),
  'lock.unlock': ({ password }, ctx) => appLockOf(ctx).unlock(password),
  'lock.lockNow': (_input, ctx) => appLockOf(ctx).lockNow(),
  'lock.resetWithCode': ({ recoveryCode, newPassword }, ctx) => appLockOf(ctx).resetWithCode(recoveryCode, newPassword),

  'profile.get': (_input, ctx) => getProfile(ctx),
  'profile.save': (input, ctx) => saveProfile(ctx, input),
  'profile.startNewTerm': ({ term }, ctx) => startNewTerm(ctx, term),

  'units.list': (input, ctx) => listUnits(ctx, input),
  'units.create': (input, ctx) => createUnit(ctx, input),
  'units.update': ({ id, ...input }, ctx) => updateUnit(ctx, id, input),
  'units.delete': ({ id }, ctx) => deleteUnit(ctx, id),
  'units.reorder': ({ ids }, ctx) => reorderUnits(ctx, ids),

  'meetings.list': (input, ctx) => pageMeetings(ctx, input),
  'meetings.get': ({ id }, ctx) => ({ ...getMeeting(ctx, id), conclusions: listConclusions(ctx, { meetingId: id }) }),
  'meetings.create': (input, ctx) => createMeeting(ctx, input),
  'meetings.update': ({ id, ...input }, ctx) => updateMeeting(ctx, id, input),
  'meetings.delete': ({ id }, ctx) => deleteMeeting(ctx, id),
  'meetings.suggestNumber': ({ body, termId }, ctx) => suggestMeetingNumber(ctx, body, termId),
  'meetings.previousAttendance': (input, ctx) => previousAttendance(ctx, input),

  'conclusions.templates': () => conclusionTemplates.map(({ key, label, description }) => ({ key, label, description })),
  'conclusions.list': (input, ctx) => pageConclusions(ctx, input),
  'conclusions.get': ({ id }, ctx) => getConclusion(ctx, id),
  'conclusions.create': (input, ctx) => createConclusion(ctx, input),
  'conclusions.update': ({ id, content, reason }, ctx) => updateConclusion(ctx, id, content, reason),
  'conclusions.delete': ({ id }, ctx) => deleteConclusion(ctx, id),
  'conclusions.issue': ({ id, issueDate, confirmEarlierDate, notDeskConfirmed }, ctx) => issueConclusion(ctx, id, { issueDate, confirmEarlierDate, notDeskConfirmed }),
  'conclusions.createCorrection': ({ id }, ctx) => createCorrection(ctx, id),
  'conclusions.versions': ({ id }, ctx) => listVersions(ctx, id),
  'conclusions.version': ({ versionId }, ctx) => getVersion(ctx, versionId),
  'conclusions.restoreVersion': ({ id, versionId }, ctx) => restoreConclusionVersion(ctx, id, versionId),

  'register.list': (input, ctx) => pageRegister(ctx, input),
  'register.terms': (_input, ctx) => listTerms(ctx),
  'register.startNumbers': ({ termId }, ctx) => listStartNumbers(ctx, termId),
  'register.setStartNumber': ({ docType, lastNumber }, ctx) => setStartNumber(ctx, docType, lastNumber),
  'register.setStartNumbers': ({ entries }, ctx) => setStartNumbers(ctx, entries),
  'register.nextNumber': ({ docType }, ctx) => nextNumberOf(ctx, docType),
  'register.takeNumber': (input, ctx) => takeNumber(ctx, input),
  'register.renumber': (input, ctx) => renumberEntry(ctx, input),
  'register.desks': (_input, ctx) => listDesks(ctx),
  'register.setDesk': (input, ctx) => setDesk(ctx, input),
  'conclusions.deleteImported': (input, ctx) => deleteImportedConclusion(ctx, input),
  'register.cancel': (input, ctx) => cancelEntry(ctx, input),
  'register.history': ({ id }, ctx) => registerHistory(ctx, id),
  'register.export': ({ target, ...input }, ctx) => exportRegister(ctx, { ...input, path: writeTarget(ctx, target) }),

  'search.query': ({ q, limit }, ctx) => search(ctx, q, limit),

  'tasks.propose': ({ conclusionId }, ctx) => proposeForConclusion(ctx, conclusionId),
  'tasks.createMany': ({ tasks }, ctx) => createTasks(ctx, tasks),
  'tasks.create': (input, ctx) => createTasks(ctx, [input])[0]!,
  'tasks.update': ({ id, ...input }, ctx) => updateTask(ctx, id, input),
  'tasks.delete': ({ id }, ctx) => deleteTask(ctx, id),
  'tasks.list': (input, ctx) => listTasks(ctx, input),
  'tasks.get': ({ id }, ctx) => {
    const task = getTask(ctx, id);
    return { ...task, progress: listProgress(ctx, id), source: taskSource(ctx, task.conclusionId, task.sourceBlockId) };
  },
  'tasks.recordProgress': ({ evidenceFiles, ...input }, ctx) =>
    recordProgress(ctx, { ...input, evidencePaths: evidenceFiles.map((h) => ctx.files.resolve(h, 'read')) }),
  'tasks.openEvidence': ({ evidenceId }, ctx) => openEvidence(ctx, evidenceId),
  'tasks.evidenceContent': ({ evidenceId }, ctx) => evidenceContent(ctx, evidenceId),
  'tasks.counters': (_input, ctx) => taskCounters(ctx),
  'followup.export': ({ target, ...input }, ctx) => exportFollowUp(ctx, { ...input, path: writeTarget(ctx, target) }),
  'followup.reminderLetter': ({ unitId, target, notDeskConfirmed }, ctx) => writeReminderLetter(ctx, { unitId, notDeskConfirmed, path: writeTarget(ctx, target) }),
  'followup.report': ({ target, ...input }, ctx) => exportImplementationReport(ctx, { ...input, path: writeTarget(ctx, target) }),

  'import.previewFile': ({ file }, ctx) => previewFile(ctx, ctx.files.resolve(file, 'read')),
  'import.previewText': ({ text }, ctx) => previewText(ctx, text),
  'import.save': (input, ctx) => saveImport(ctx, input),
  'import.checkNumber': ({ numberSymbol, issueDate }, ctx) => checkImportedNumber(ctx, numberSymbol, issueDate),
  'import.listFolder': ({ folder }, ctx) => ({
    files: listImportableFiles(ctx.files.resolve(folder, 'folder')).map((p) => ctx.files.grant(p, 'read')),
  }),

  'export.conclusionDocx': ({ id, target }, ctx) => exportConclusionDocx(ctx, id, writeTarget(ctx, target)),
  'export.minutesDocx': ({ meetingId, target }, ctx) => exportMinutesDocx(ctx, meetingId, writeTarget(ctx, target)),

  'exchange.overview': (_input, ctx) => exchangeOverview(ctx),
  'exchange.export': ({ target, ...input }, ctx) => exportPackageToFile(ctx, { ...input, path: writeTarget(ctx, target) }),
  'exchange.preview': ({ file, passphrase }, ctx) => previewPackageFile(ctx, { path: ctx.files.resolve(file, 'read'), passphrase }),
  'exchange.trustSender': ({ file, fingerprint }, ctx) => trustPackageSender(ctx, { path: ctx.files.resolve(file, 'read'), fingerprint }),
  'exchange.forgetInstall': ({ installId }, ctx) => forgetInstall(ctx, installId),
  'exchange.import': ({ file, ...input }, ctx) => importPackageFile(ctx, { ...input, path: ctx.files.resolve(file, 'read') }),
  'exchange.history': ({ limit }, ctx) => packageHistory(ctx, limit),
  'exchange.conflicts': (input, ctx) => listConflicts(ctx, input),
  'exchange.resolveConflict': ({ id, choice }, ctx) => resolveConflict(ctx, id, choice),

  'dialog.saveFile': async (input, ctx) => {
    const path = await ctx.dialogs.saveFile(input);
    return { file: path ? ctx.files.grant(path, 'write') : null };
  },
  'dialog.openFile': async (input, ctx) => ({
    files: (await ctx.dialogs.openFile(input)).map((p) => ctx.files.grant(p, input.directory ? 'folder' : 'read')),
  }),
  'files.takeOpened': (_input, ctx) => ({ files: ctx.openedFiles.take() }),
};
