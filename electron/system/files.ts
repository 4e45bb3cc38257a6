import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';

/**
 * Writes a whole file or nothing: to a temporary name beside it, then renamed over the
 * target, so a full disk or a pulled USB stick never leaves half a document behind.
 */
export function writeFileAtomic(path: string, data: Buffer | string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    const code = (err as { code?: string }).code;
    if (code === 'ENOSPC') {
      throw new AppError('DISK_FULL', `Ổ đĩa đã đầy, không ghi được tệp "${basename(path)}". Không có tệp dở dang nào được để lại.`, String(err));
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new AppError('IO', `Không có quyền ghi vào thư mục "${dirname(path)}". Hãy chọn thư mục khác.`, String(err));
    }
    if (code === 'ENOENT') {
      throw new AppError('IO', `Thư mục "${dirname(path)}" không tồn tại (có thể USB đã bị rút ra).`, String(err));
    }
    throw err;
  }
}
