import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';

/**
 * Writes a whole file or nothing: to a temporary name beside it, then renamed over the
 * target, so a full disk or a pulled USB stick never leaves half a document behind. The data
 * is flushed before the rename: otherwise a USB stick pulled right after "Đã lưu" can hold a
 * complete-looking name over missing bytes.
 */
export function writeFileAtomic(path: string, data: Buffer | string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
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
    if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') {
      throw new AppError('IO', `Đã có một thư mục tên "${basename(path)}" ở nơi lưu. Hãy đặt tên tệp khác.`, String(err));
    }
    throw err;
  }
}
