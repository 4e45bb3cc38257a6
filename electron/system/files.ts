import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';

const WRITE_SLICE = 1 << 20;

/**
 * The temporary name writeFileAtomic writes before its rename: a job thread stopped mid-write
 * (cancelled, see electron/jobs/job-pool.ts) leaves it behind, and the pool removes it by this name.
 */
export function atomicTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Every temporary name of writeFileAtomic by this process in `dir` (none when there is no such folder). */
export function atomicTempPathsIn(dir: string): string[] {
  const suffix = `.${process.pid}.tmp`;
  try {
    return readdirSync(dir)
      .filter((name) => name.startsWith('.') && name.endsWith(suffix))
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/**
 * Writes a whole file or nothing: to a temporary name beside it, then renamed over the
 * target, so a full disk or a pulled USB stick never leaves half a document behind. The data
 * is flushed before the rename: otherwise a USB stick pulled right after "Đã lưu" can hold a
 * complete-looking name over missing bytes.
 */
export function writeFileAtomic(path: string, data: Buffer | string, onProgress?: (written: number, total: number) => void): void {
  const tmp = atomicTempPath(path);
  try {
    const fd = openSync(tmp, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let offset = 0;
      // In slices: a large export to a slow USB stick reports how far it has got.
      while (offset < bytes.length) {
        offset += writeSync(fd, bytes, offset, Math.min(WRITE_SLICE, bytes.length - offset));
        onProgress?.(offset, bytes.length);
      }
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
