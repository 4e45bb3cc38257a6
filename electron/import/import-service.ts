/**
 * Import of existing conclusions into the structured model: read and recognise (preview,
 * nothing saved), then save the reviewed result — conclusion, its meeting, its register
 * entry and its accepted tasks — in one transaction, or nothing.
 */
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { defaultSubtitle } from '../../shared/conclusions/drafting-rules';
import type { ConclusionContent, Recipient } from '../../shared/conclusions/schema';
import {
  bodyFromImport,
  encodingLabels,
  type ImportedConclusionFields,
  type ImportPreview,
  type ImportSave,
  type NumberCheck,
} from '../../shared/import/schema';
import type { MeetingBody } from '../../shared/meetings/schema';
import { proposeTasks } from '../../shared/tasks/propose';
import { unmatchedNames } from '../../shared/tasks/unmatched-names';
import { foldForMatching } from '../../shared/text/fold';
import type { UnitRef } from '../../shared/units/types';
import { recordVersion } from '../conclusions/conclusion-versions';
import { contentColumns } from '../conclusions/conclusions-service';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { first } from '../db/query';
import { createMeetingInTransaction } from '../meetings/meetings-service';
import { checkImportedNumber, parseNumberSymbol, termForDate } from '../register/imported-number';
import { changeEntry, insertRegisterEntry } from '../register/register-entries';
import { insertRow } from '../sync/changes';
import { localIsoDate } from '../system/clock';
import { insertTask } from '../tasks/tasks-service';
import { directoryRefs } from '../tasks/unit-names';
import { reviewArchiveLine } from './archive-line';
import { checkGenre, notConclusionMessage } from './genre-check';
import type { ImportedConclusion } from './import-conclusion';
import { IMPORTABLE_EXTENSIONS, textHash } from './read-import-file';
import { ImportFileError } from './import-errors';

/** Proposed tasks with unit names for display; `units` is the directory (or the seed list). */
export function proposeImportTasks(imported: Pick<ImportedConclusionFields, 'outline' | 'issueDate' | 'meeting'>, units: UnitRef[], today: string) {
  const names = new Map(units.map((u) => [u.id, u.shortName]));
  const referenceDate = imported.issueDate ?? imported.meeting.date ?? today;
  return proposeTasks(imported.outline, units, { referenceDate }).map((p) => {
    const byId = p.leadUnitIds.map((id) => names.get(id) ?? id);
    const supportById = p.supportingUnitIds.map((id) => names.get(id) ?? id);
    return {
      content: p.content,
      leadUnitIds: p.leadUnitIds,
      supportingUnitIds: p.supportingUnitIds,
      leadUnits: [...byId, ...unmatchedNames(p.leadUnitNames, p.leadUnitIds, units)],
      supportingUnits: [...supportById, ...unmatchedNames(p.supportingUnitNames, p.supportingUnitIds, units)],
      leadUnitNames: unmatchedNames(p.leadUnitNames, p.leadUnitIds, units),
      supportingUnitNames: unmatchedNames(p.supportingUnitNames, p.supportingUnitIds, units),
      dueDate: p.dueDate,
      dueDatePhrase: p.dueDatePhrase,
      sourceBlockId: p.sourceBlockId,
      sourceSection: p.sourceSection,
      recurrence: p.recurrence,
      dueBeforeIssue: isBeforeIssue(p.dueDate, imported.issueDate),
    };
  });
}

function isBeforeIssue(dueDate: string | null, issueDate: string | null): boolean {
  return dueDate !== null && issueDate !== null && dueDate < issueDate;
}

const short = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
/** "2026-05-15" → "15/05/2026", as the office writes dates. */
const dmy = (iso: string | null): string => (iso ? iso.split('-').reverse().join('/') : '');

/** A deadline before the issue date is a typing slip or a misread date: never saved silently. */
function deadlineWarnings(tasks: ReadonlyArray<{ content: string; dueDate: string | null; dueDatePhrase: string | null; dueBeforeIssue: boolean }>, issueDate: string | null): string[] {
  return tasks
    .filter((t) => t.dueBeforeIssue)
    .map((t) => `Hạn “${t.dueDatePhrase ?? t.dueDate ?? ''}” của nhiệm vụ “${short(t.content)}” trước ngày ban hành (${dmy(issueDate)}); cần sửa hạn trước khi lưu.`);
}

export function findDuplicate(ctx: CoreContext, hash: string, numberSymbol: string | null, issueDate: string | null) {
  const byHash = first(ctx.sqlite, ctx.qb.selectFrom('conclusions').select(['id', 'number_symbol']).where('source_hash', '=', hash).where('deleted_at', 'is', null));
  if (byHash) return { conclusionId: byHash.id, numberSymbol: byHash.number_symbol, reason: 'Cùng nội dung với văn bản đã nhập trước đây.' };
  if (numberSymbol && issueDate) {
    const byNumber = first(
      ctx.sqlite,
      ctx.qb
        .selectFrom('conclusions')
        .select(['id', 'number_symbol'])
        .where('number_symbol', '=', numberSymbol)
        .where('issue_date', '=', issueDate)
        .where('deleted_at', 'is', null),
    );
    if (byNumber) return { conclusionId: byNumber.id, numberSymbol: byNumber.number_symbol, reason: `Đã có văn bản số ${numberSymbol} ngày ${issueDate}.` };
  }
  return null;
}

const NO_NUMBER_CHECK: NumberCheck = { state: 'none', termId: null, docType: null, number: null, lastNumber: null, entry: null, message: null };

export function toPreview(ctx: CoreContext | null, imported: ImportedConclusion, fileName: string | null, units: UnitRef[]): ImportPreview {
  const hash = textHash(imported.text);
  const today = localIsoDate(ctx ? ctx.clock.now() : new Date());
  const fields: ImportedConclusionFields = {
    kind: imported.kind,
    title: imported.title,
    subtitle: imported.subtitle,
    summary: imported.summary,
    superiorCommittee: imported.superiorCommittee,
    committee: imported.committee,
    numberSymbol: imported.numberSymbol,
    place: imported.place,
    issueDate: imported.issueDate,
    urgency: imported.urgency,
    secrecy: imported.secrecy,
    meeting: {
      date: imported.meeting.date,
      body: imported.meeting.body,
      number: imported.meeting.number,
      chair: imported.meeting.chair,
      chairTitle: imported.meeting.chairTitle,
      subject: imported.meeting.subject,
      presentedDocuments: imported.meeting.presentedDocuments.map((d) => ({ numberSymbol: d.numberSymbol, date: d.date })),
    },
    preamble: imported.preamble,
    outline: imported.outline,
    recipients: imported.recipients,
    signature: imported.signature,
  };
  const tasks = proposeImportTasks(fields, units, today);
  const genre = imported.genre;
  const detection = imported.source.detection;
  return {
    ...fields,
    recognition: {
      isConclusion: genre.isConclusion,
      confidence: genre.confidence,
      score: genre.score,
      reasons: genre.reasons,
      otherGenre: genre.otherGenre,
      message: genre.isConclusion ? null : notConclusionMessage(genre),
      encoding: {
        name: imported.source.encoding,
        label: encodingLabels[imported.source.encoding] ?? imported.source.encoding,
        confidence: detection.confidence,
        shares: { ...detection.shares },
      },
      archiveLine: reviewArchiveLine(imported.recipients, imported.committee),
    },
    sections: imported.sections,
    tasks,
    warnings: [...imported.warnings, ...deadlineWarnings(tasks, imported.issueDate)],
    // A Mac names its files decomposed; the review and the saved record show them composed.
    source: { fileName: fileName === null ? null : fileName.normalize('NFC'), format: imported.source.format, encoding: imported.source.encoding, converted: imported.source.converted, hash, text: imported.text },
    duplicateOf: ctx ? findDuplicate(ctx, hash, imported.numberSymbol, imported.issueDate) : null,
    numberCheck: ctx ? checkImportedNumber(ctx, imported.numberSymbol, imported.issueDate) : NO_NUMBER_CHECK,
  };
}

/**
 * Reading and recognising run in a job thread (cancellable: a preview saves nothing); the
 * duplicate check and task proposals here.
 */
export async function previewFile(ctx: CoreContext, path: string): Promise<ImportPreview> {
  return toPreview(ctx, await ctx.jobs.run('import.readFile', { path }, { cancellable: true }), basename(path), directoryRefs(ctx));
}

export async function previewText(ctx: CoreContext, text: string): Promise<ImportPreview> {
  return toPreview(ctx, await ctx.jobs.run('import.readText', { text }), null, directoryRefs(ctx));
}

function bodyOf(fields: ImportedConclusionFields): MeetingBody {
  if (fields.meeting.body) return bodyFromImport[fields.meeting.body];
  const sub = `${fields.subtitle ?? ''} ${fields.signature.onBehalfOf ?? ''}`.toLocaleUpperCase('vi');
  if (sub.includes('BAN CHẤP HÀNH')) return 'executiveCommittee';
  if (sub.includes('THƯỜNG TRỰC')) return 'permanentBoard';
  return 'standingCommittee';
}

function recipientsOf(ctx: CoreContext, lines: string[]): Recipient[] {
  const units = directoryRefs(ctx);
  return lines.map((text) => {
    const folded = foldForMatching(text);
    const unit = units.find((u) => foldForMatching(u.shortName) === folded || foldForMatching(u.fullName) === folded);
    return { unitId: unit?.id ?? null, text, forReport: false };
  });
}

const ORDINAL_WORDS = ['một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
function ordinalNumber(text: string | null): number | null {
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text);
  const i = ORDINAL_WORDS.indexOf(text.trim().toLocaleLowerCase('vi'));
  return i >= 0 ? i + 1 : null;
}

/**
 * What the save refuses, whoever calls it (review screen, folder batch, CLI): a text that is
 * not a conclusion, and a task due before the document was issued.
 */
function assertSavable(input: ImportSave): void {
  const f = input.fields;
  const genre = checkGenre({
    title: f.title,
    subtitle: f.subtitle,
    summary: f.summary,
    numberSymbol: f.numberSymbol,
    committee: f.committee,
    preamble: f.preamble,
    outlineBlocks: f.outline.length,
    recipients: f.recipients,
    signatureAuthority: f.signature.authority,
    meetingDate: f.meeting.date,
    meetingBody: f.meeting.body,
    firstLines: [f.title],
  });
  if (!genre.isConclusion) {
    throw new AppError('VALIDATION', notConclusionMessage(genre), `Not a conclusion (score ${genre.score}): ${genre.reasons.join('; ')}`);
  }
  const fields: Record<string, string> = {};
  input.tasks.forEach((t, i) => {
    if (isBeforeIssue(t.dueDate, f.issueDate)) {
      fields[`tasks.${i}.dueDate`] = `Hạn ${dmy(t.dueDate)} trước ngày ban hành ${dmy(f.issueDate)}.`;
    }
  });
  const late = Object.keys(fields).length;
  if (late > 0) {
    throw new AppError(
      'VALIDATION',
      `${late} nhiệm vụ có hạn trước ngày ban hành văn bản (${dmy(f.issueDate)}); hãy sửa hạn hoặc bỏ hạn rồi lưu lại.`,
      `Task due before the issue date: ${Object.keys(fields).join(', ')}`,
      fields,
    );
  }
}

/**
 * A number already in the register is refused unless the clerk said the document is that
 * entry's; a jump far above the highest number needs the clerk's confirmation.
 */
function assertNumberAccepted(check: NumberCheck, input: ImportSave): NumberCheck {
  if (check.state === 'taken' && check.entry) {
    if (input.correctionOf === check.entry.id) return check;
    throw new AppError('CONFLICT', check.message ?? 'Số này đã có trong sổ văn bản đi.', `Register already holds ${check.entry.numberSymbol} (${check.entry.id})`, {
      numberSymbol: `Số ${check.entry.numberSymbol} đã có trong sổ văn bản đi`,
    });
  }
  if (input.correctionOf) {
    throw new AppError(
      'VALIDATION',
      'Số văn bản không còn trùng với mục đã chọn trong sổ; bỏ đánh dấu “thay cho mục đã có trong sổ” rồi lưu lại.',
      `correctionOf ${input.correctionOf} but number check is ${check.state}`,
      { numberSymbol: 'Không trùng với mục đã chọn trong sổ' },
    );
  }
  if (check.state === 'jump' && !input.confirmNumberJump) {
    throw new AppError('VALIDATION', check.message ?? 'Số văn bản cao bất thường so với sổ.', `Number jump ${check.lastNumber} → ${check.number}`, {
      numberSymbol: `Số cao hơn nhiều so với số lớn nhất đã có (${check.lastNumber}); cần xác nhận`,
    });
  }
  return check;
}

export function saveImport(ctx: CoreContext, input: ImportSave): { conclusionId: string; meetingId: string | null; taskIds: string[]; registered: boolean; warnings: string[] } {
  assertSavable(input);
  const f = input.fields;
  const warnings: string[] = [];
  const conclusionId = newId();
  let meetingId: string | null = null;
  let registered = false;
  const taskIds: string[] = [];
  ctx.sqlite
    .transaction(() => {
      // A document put in place of a register entry may carry the number and date of the
      // conclusion it replaces; the same text imported twice is refused all the same.
      const dup = input.correctionOf ? findDuplicate(ctx, input.sourceHash, null, null) : findDuplicate(ctx, input.sourceHash, f.numberSymbol, f.issueDate);
      if (dup) {
        throw new AppError(
          'CONFLICT',
          `Văn bản này đã có trong dữ liệu${dup.numberSymbol ? ` (số ${dup.numberSymbol})` : ''}: ${dup.reason} Không nhập lại để tránh trùng.`,
          `Duplicate import of ${dup.conclusionId}`,
        );
      }
      const numberCheck = assertNumberAccepted(checkImportedNumber(ctx, f.numberSymbol, f.issueDate), input);
      const body = bodyOf(f);
      if (input.createMeeting && f.meeting.date) {
        meetingId = createMeetingInTransaction(ctx, {
          body,
          kind: body === 'standingCommittee' && f.meeting.number ? 'session' : 'conference',
          sequenceNumber: ordinalNumber(f.meeting.number),
          termId: termForDate(ctx, f.meeting.date),
          subject: f.meeting.subject ?? '',
          date: f.meeting.date,
          startTime: null,
          endTime: null,
          place: '',
          chair: f.meeting.chair ? { name: f.meeting.chair, title: f.meeting.chairTitle ?? '' } : null,
          secretary: null,
          attendanceSummary: '',
          attendees: [],
          invitedDelegates: [],
          presentedDocuments: f.meeting.presentedDocuments.map((d) => ({
            kind: /TTr/.test(d.numberSymbol) ? 'TTr' : /BC/.test(d.numberSymbol) ? 'BC' : '',
            numberSymbol: d.numberSymbol,
            date: d.date,
            presenter: '',
            title: '',
          })),
          agenda: [],
          notes: 'Nhập từ văn bản kết luận đã ban hành.',
        });
      }
      const content: ConclusionContent = {
        kind: f.kind,
        body,
        meetingId,
        templateKey: null,
        subtitle: f.subtitle ?? (f.kind === 'TB' ? defaultSubtitle('TB', body) : null),
        summary: f.summary ?? '',
        preamble: f.preamble,
        outline: f.outline,
        recipients: recipientsOf(ctx, f.recipients),
        signature: {
          authority: f.signature.authority,
          onBehalfOf: f.signature.onBehalfOf ?? '',
          title: f.signature.title ?? '',
          signerName: f.signature.signer ?? '',
          signerId: null,
        },
        urgency: (['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const).find((u) => u === f.urgency) ?? null,
        secrecy: (['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const).find((s) => s === f.secrecy) ?? null,
      };
      const parsedNumber = parseNumberSymbol(f.numberSymbol);
      const termId = termForDate(ctx, f.issueDate);
      insertRow(ctx, 'conclusions', {
        id: conclusionId,
        ...contentColumns(content),
        status: 'issued',
        number: parsedNumber?.number ?? null,
        number_symbol: f.numberSymbol,
        issue_date: f.issueDate,
        term_id: termId,
        replaces_id: null,
        imported: 1,
        source_hash: input.sourceHash,
      });
      // The original number enters the register, so numbering continues after it.
      const entryValues = {
        issue_date: f.issueDate ?? '',
        summary: `${f.kind === 'TB' ? 'Thông báo kết luận' : 'Kết luận'} ${content.summary}`.trim(),
        signer_name: content.signature.signerName,
        recipients_text: f.recipients.join('; '),
        conclusion_id: conclusionId,
      };
      if (numberCheck.state === 'taken' && numberCheck.entry) {
        changeEntry(ctx, numberCheck.entry.id, 'relink', { ...entryValues, cancelled_at: null, cancel_reason: '' }, input.correctionReason || 'Nhập văn bản gốc thay cho mục đã có trong sổ.');
        registered = true;
      } else if (parsedNumber && termId && f.issueDate) {
        insertRegisterEntry(ctx, {
          id: newId(),
          term_id: termId,
          doc_type: parsedNumber.type,
          number: parsedNumber.number,
          number_symbol: f.numberSymbol!,
          ...entryValues,
        });
        registered = true;
      } else if (!f.numberSymbol) {
        warnings.push('Văn bản không có số, ký hiệu; không ghi vào sổ văn bản đi.');
      }
      recordVersion(ctx, conclusionId, 'create', content);
      for (const t of input.tasks) taskIds.push(insertTask(ctx, { ...t, conclusionId }));
    })
    .immediate();
  return { conclusionId, meetingId, taskIds, registered, warnings };
}

/** The importable files of a folder (not recursive), in name order. */
export function listImportableFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new AppError('IO', `Không mở được thư mục "${dir}".`, String(err));
  }
  return names
    .filter((n) => IMPORTABLE_EXTENSIONS.includes(extname(n).toLowerCase()) && !n.startsWith('~$'))
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .map((n) => join(dir, n));
}

export { ImportFileError };
export { MAX_DOCX_BYTES, MAX_TEXT_BYTES, IMPORTABLE_EXTENSIONS, readImportFile, readImportText, textHash } from './read-import-file';
export type { ImportedConclusion };
