/**
 * Files the exchange writes (a package on a USB stick, a received evidence file): to a
 * temporary name beside the target, flushed, then renamed, so a pulled stick or a full disk
 * never leaves a half file under the real name.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';

/** The temporary name before the rename (the job pool removes it after stopping a writing thread). */
export function durableTempPath(path: string): string {
  return `${path}.tmp-${process.pid}`;
}

export function writeDurably(path: string, bytes: Uint8Array): void {
  const tmp = durableTempPath(path);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    const code = (err as { code?: string }).code;
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', 'Ổ đĩa (USB) đã đầy, không ghi được gói dữ liệu. Hãy giải phóng chỗ trống hoặc chọn ổ khác.', `ENOSPC writing ${path}`);
    throw new AppError('IO', `Không ghi được gói dữ liệu vào "${basename(path)}". Hãy kiểm tra USB và thử lại.`, `write ${path}: ${String(err)}`);
  }
}

