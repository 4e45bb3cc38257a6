/**
 * Errors cross the thread boundary as plain values and are rebuilt on the calling side, so a
 * service awaiting a job sees the same typed error it would have seen running the code itself:
 * an AppError keeps its Vietnamese message, and the import's and the exchange's refusals keep
 * their class and `reason`; any other error keeps its name, message, stack and `code`
 * (SQLITE_FULL, ENOSPC… which the backup and the dispatcher turn into Vietnamese).
 */
import { AppError, errorCodes, type ErrorCode } from '../../shared/api/errors';
import { ImportFileError, type ImportFailure } from '../import/import-errors';
import { PackageError, type PackageRefusal } from '../exchange/package-errors';

export type ThreadError =
  | { kind: 'app'; code: ErrorCode; message: string; detail: string; fields?: Record<string, string>; importReason?: ImportFailure; packageReason?: PackageRefusal }
  | { kind: 'other'; name: string; message: string; stack: string | null; code: string | null };

export function toThreadError(err: unknown): ThreadError {
  if (err instanceof AppError) {
    return {
      kind: 'app',
      code: err.code,
      message: err.userMessage,
      detail: err.message,
      ...(err.fields ? { fields: err.fields } : {}),
      ...(err instanceof ImportFileError ? { importReason: err.reason } : {}),
      ...(err instanceof PackageError ? { packageReason: err.reason } : {}),
    };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (err as { code?: unknown } | null)?.code;
  return { kind: 'other', name: e.name, message: e.message, stack: e.stack ?? null, code: typeof code === 'string' ? code : null };
}

export function fromThreadError(value: ThreadError): Error {
  if (value.kind === 'app') {
    if (value.importReason) return new ImportFileError(value.importReason, value.detail);
    if (value.packageReason) return Object.assign(new PackageError(value.packageReason, value.message, ''), { message: value.detail });
    const code = (errorCodes as readonly string[]).includes(value.code) ? value.code : 'INTERNAL';
    return new AppError(code, value.message, value.detail, value.fields);
  }
  const err = new Error(value.message);
  err.name = value.name;
  if (value.stack) err.stack = value.stack;
  return value.code ? Object.assign(err, { code: value.code }) : err;
}

/** The worker thread died (crashed, ran out of memory, was stopped) while holding the job. */
export function threadLost(kind: string, detail: string): AppError {
  return new AppError(
    'INTERNAL',
    'Công việc chạy nền bị dừng đột ngột nên chưa hoàn thành. Dữ liệu không bị thay đổi; hãy thử lại.',
    `job ${kind}: worker thread lost (${detail})`,
  );
}

export function jobCancelled(kind: string, why: string): AppError {
  return new AppError('CANCELLED', 'Công việc đã được dừng; không có gì được lưu.', `job ${kind} cancelled: ${why}`);
}

/**
 * The user pressed "Huỷ" on a job of the window. Not a failure: the window says "Đã huỷ".
 * Thrown only once the job's thread has stopped and its partial files are removed.
 */
export function cancelledByUser(kind: string): AppError {
  return new AppError('CANCELLED', 'Đã huỷ theo yêu cầu. Dữ liệu không thay đổi và không có tệp dở dang nào được để lại.', `job ${kind} cancelled by the user`);
}
