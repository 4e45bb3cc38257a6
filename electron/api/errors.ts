import type { z } from 'zod';
import { AppError, type AppErrorValue } from '../../shared/api/errors';

export function validationError(method: string, error: z.ZodError): AppErrorValue {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  const firstMessage = error.issues[0]?.message ?? '';
  return {
    code: 'VALIDATION',
    message: `Dữ liệu nhập chưa hợp lệ: ${firstMessage}`,
    detail: `Invalid input for ${method}: ${error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; ')}`,
    fields,
  };
}

/** Turns anything thrown by a service into a typed value; unknown errors never leak raw. */
export function toAppErrorValue(err: unknown): AppErrorValue {
  if (err instanceof AppError) return err.toValue();
  const code = (err as { code?: unknown }).code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return {
      code: 'DISK_FULL',
      message: 'Ổ đĩa đã đầy, không ghi được dữ liệu. Thao tác đã được hủy, dữ liệu cũ không bị mất. Hãy giải phóng dung lượng rồi thử lại.',
      detail: String(err),
    };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
    return {
      code: 'BUSY',
      message: 'Dữ liệu đang được một cửa sổ hoặc chương trình khác ghi. Thao tác chưa được thực hiện; hãy thử lại sau giây lát.',
      detail: String(err),
    };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return {
      code: 'READ_ONLY',
      message: 'Dữ liệu đang mở ở chế độ chỉ xem (tệp nằm trên ổ không cho ghi), nên không lưu được thay đổi này. Hãy chép tệp vào máy rồi mở lại nếu cần sửa.',
      detail: String(err),
    };
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return {
      code: 'DB_CORRUPT',
      message: 'Tệp dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu.',
      detail: String(err),
    };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'ENOENT' || code === 'EISDIR') {
    return { code: 'IO', message: 'Không đọc hoặc ghi được tệp (thiếu quyền hoặc tệp không tồn tại).', detail: String(err) };
  }
  return {
    code: 'INTERNAL',
    message: 'Đã xảy ra lỗi không mong muốn. Thao tác đã được hủy; dữ liệu không bị thay đổi.',
    // The stack goes to the log file (dispatch logs it), never over the transport to the page.
    detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
  };
}
