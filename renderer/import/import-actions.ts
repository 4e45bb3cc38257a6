/** Calls to the core for importing: choosing files, reading one, saving one. */
import type { FileRef } from '../../shared/api/file-handle';
import type { ImportPreview } from '../../shared/import/schema';
import { ApiError, callApi, errorMessage, isCancelled } from '../api/client';
import { importedMessage, saveInputFromPreview, type SaveInput } from './import-draft';
import { encodingNote, importFileFilters } from './labels';

export type OutcomeStatus = 'imported' | 'duplicate' | 'skipped' | 'error';

/** What became of one file of a batch. */
export interface FileOutcome {
  /** The file's handle (from the Open dialog): identifies the file within the batch. */
  handle: string;
  fileName: string;
  status: OutcomeStatus;
  message: string;
  /** The saved conclusion, or the one already in the data for a duplicate. */
  conclusionId: string | null;
  /** "Đã chuyển từ bảng mã TCVN3 sang Unicode" when the file was read at all. */
  encoding: string | null;
  /** The core's remarks on a saved document ("… không ghi vào sổ văn bản đi"). */
  notes: string[];
}

export interface SavedImport {
  conclusionId: string;
  numberSymbol: string | null;
  taskCount: number;
  warnings: string[];
}

/** "Chọn tệp": the Open dialog, several .docx/.txt files allowed. */
export async function chooseFiles(): Promise<FileRef[]> {
  const r = await callApi('dialog.openFile', { title: 'Chọn văn bản cần nhập', multiple: true, filters: importFileFilters });
  return r.files;
}

/** "Chọn thư mục": the folder dialog, then the importable files in it (name order). */
export async function chooseFolder(): Promise<{ folder: string; files: FileRef[] } | null> {
  const r = await callApi('dialog.openFile', { title: 'Chọn thư mục chứa văn bản cần nhập', directory: true });
  const folder = r.files[0];
  if (!folder) return null;
  const listed = await callApi('import.listFolder', { folder: folder.handle });
  return { folder: folder.name, files: listed.files };
}

export async function saveImport(input: SaveInput): Promise<SavedImport> {
  const saved = await callApi('import.save', input);
  return {
    conclusionId: saved.conclusionId,
    numberSymbol: input.fields.numberSymbol,
    taskCount: saved.taskIds.length,
    warnings: saved.warnings,
  };
}

export function isConflict(err: unknown): boolean {
  return err instanceof ApiError && err.value.code === 'CONFLICT';
}

/** Field messages of a refused save, keyed as the review form names its fields. */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError) || !err.value.fields) return {};
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(err.value.fields)) out[path.replace(/^fields\./, '')] ??= message;
  return out;
}

function outcome(file: FileRef, status: OutcomeStatus, message: string, extra: Partial<FileOutcome> = {}): FileOutcome {
  return { handle: file.handle, fileName: file.name, status, message, conclusionId: null, encoding: null, notes: [], ...extra };
}

export function previewOutcome(file: FileRef, preview: ImportPreview, status: OutcomeStatus, message: string, conclusionId: string | null): FileOutcome {
  return outcome(file, status, message, { conclusionId, encoding: encodingNote(preview.source) });
}

export function savedOutcome(file: FileRef, preview: ImportPreview, saved: SavedImport): FileOutcome {
  return { ...previewOutcome(file, preview, 'imported', `${importedMessage(saved.numberSymbol, saved.taskCount)}.`, saved.conclusionId), notes: saved.warnings };
}

export function duplicateOutcome(file: FileRef, preview: ImportPreview): FileOutcome {
  const dup = preview.duplicateOf;
  const message = dup ? `${dup.numberSymbol ? `Số ${dup.numberSymbol}: ` : ''}${dup.reason}` : 'Văn bản đã có trong dữ liệu.';
  return previewOutcome(file, preview, 'duplicate', message, dup?.conclusionId ?? null);
}

/** A file that is not a conclusion is never saved; the batch says why. */
export function notConclusionOutcome(file: FileRef, preview: ImportPreview): FileOutcome {
  return previewOutcome(file, preview, 'skipped', preview.recognition.message ?? 'Không phải văn bản kết luận.', null);
}

/** "Nhập ngay" saves without a review: a deadline before the issue date is left for the clerk to set. */
function directSaveInput(preview: ImportPreview): SaveInput {
  const input = saveInputFromPreview(preview);
  return { ...input, tasks: (input.tasks ?? []).map((t, i) => (preview.tasks[i]?.dueBeforeIssue ? { ...t, dueDate: null } : t)) };
}

function lateDeadlineNotes(preview: ImportPreview): string[] {
  return preview.tasks
    .filter((t) => t.dueBeforeIssue)
    .map((t) => `Hạn “${t.dueDatePhrase ?? t.dueDate ?? ''}” trước ngày ban hành nên chưa ghi; cần đặt lại hạn cho nhiệm vụ “${t.content.slice(0, 60)}”.`);
}

export function errorOutcome(file: FileRef, err: unknown): FileOutcome {
  return outcome(file, 'error', errorMessage(err));
}

/**
 * Reads one file; a file that cannot be read becomes an error outcome, never a throw. Its
 * reading cancelled ("Huỷ" on the bar), it is skipped and the batch goes on with the next.
 */
export async function previewChosenFile(file: FileRef): Promise<ImportPreview | FileOutcome> {
  try {
    return await callApi('import.previewFile', { file: file.handle });
  } catch (err) {
    if (isCancelled(err)) return outcome(file, 'skipped', 'Đã huỷ đọc tệp này; tệp chưa được nhập.');
    return errorOutcome(file, err);
  }
}

export function isOutcome(value: ImportPreview | FileOutcome): value is FileOutcome {
  return 'status' in value;
}

/**
 * A number the register already holds is refused in a batch saved without review; a number far
 * above the register's highest waits for the review, where the clerk can confirm it.
 */
function numberOutcome(file: FileRef, preview: ImportPreview): FileOutcome | null {
  const check = preview.numberCheck;
  if (check.state === 'taken') return previewOutcome(file, preview, 'duplicate', check.message ?? 'Số đã có trong sổ văn bản đi.', check.entry?.conclusionId ?? null);
  if (check.state === 'jump') {
    return previewOutcome(file, preview, 'skipped', `${check.message ?? 'Số cao bất thường.'} Chưa nhập: hãy nhập tệp này theo cách “Xem lại từng văn bản” để xác nhận.`, null);
  }
  return null;
}

/** "Nhập ngay": read, then save as read with every proposed task; a duplicate is skipped. */
export async function importDirect(file: FileRef): Promise<FileOutcome> {
  const preview = await previewChosenFile(file);
  if (isOutcome(preview)) return preview;
  if (preview.duplicateOf) return duplicateOutcome(file, preview);
  if (!preview.recognition.isConclusion) return notConclusionOutcome(file, preview);
  const refused = numberOutcome(file, preview);
  if (refused) return refused;
  try {
    const saved = savedOutcome(file, preview, await saveImport(directSaveInput(preview)));
    return { ...saved, notes: [...lateDeadlineNotes(preview), ...saved.notes] };
  } catch (err) {
    if (isConflict(err)) return previewOutcome(file, preview, 'duplicate', errorMessage(err), null);
    return { ...errorOutcome(file, err), encoding: encodingNote(preview.source) };
  }
}
