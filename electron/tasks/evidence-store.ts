/**
 * Evidence files (công văn, báo cáo, ảnh) kept inside the app's data folder, named by their
 * SHA-256 so the same file attached twice is stored once and a changed file is detectable.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';

export const MAX_EVIDENCE_BYTES = 100 * 1024 * 1024;

export interface StoredEvidence {
  fileName: string;
  storedName: string;
  sha256: string;
  size: number;
}

export function evidenceDir(ctx: CoreContext): string {
  return join(ctx.dataDir, 'evidence');
}

export function storeEvidence(ctx: CoreContext, sourcePath: string): StoredEvidence {
  let size: number;
  try {
    const st = statSync(sourcePath);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch (err) {
    throw new AppError('IO', `Không đọc được tệp minh chứng "${basename(sourcePath)}".`, `Evidence ${sourcePath}: ${String(err)}`);
  }
  if (size > MAX_EVIDENCE_BYTES) {
    throw new AppError('BAD_FILE', `Tệp "${basename(sourcePath)}" quá lớn (tối đa 100 MB).`, `Evidence too large: ${size}`);
  }
  const sha256 = createHash('sha256').update(readFileSync(sourcePath)).digest('hex');
  const storedName = `${sha256}${extname(sourcePath).toLowerCase()}`;
  const dir = evidenceDir(ctx);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, storedName);
  if (!existsSync(target)) {
    try {
      copyFileSync(sourcePath, target);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ENOSPC') throw new AppError('DISK_FULL', 'Ổ đĩa đã đầy, không lưu được tệp minh chứng.', String(err));
      throw err;
    }
  }
  return { fileName: basename(sourcePath), storedName, sha256, size };
}

/** Where a kept evidence file is, by its id; the path never leaves the Node side. */
export function evidenceFile(ctx: CoreContext, evidenceId: string): { path: string; fileName: string } {
  const row = ctx.sqlite.prepare('SELECT file_name, stored_name FROM evidence_files WHERE id = ? AND deleted_at IS NULL').get(evidenceId) as
    | { file_name: string; stored_name: string }
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy tệp minh chứng này.', `Evidence ${evidenceId}`);
  const path = join(evidenceDir(ctx), basename(row.stored_name));
  if (!existsSync(path)) {
    throw new AppError('IO', `Tệp minh chứng "${row.file_name}" không còn trong thư mục dữ liệu của phần mềm (có thể đã bị xóa bằng tay).`, `Missing ${path}`);
  }
  return { path, fileName: row.file_name };
}

/** Opens it in the system's viewer when the shell has one; says whether it did. */
export async function openEvidence(ctx: CoreContext, evidenceId: string): Promise<{ opened: boolean }> {
  const { path, fileName } = evidenceFile(ctx, evidenceId);
  if (!ctx.dialogs.openPath) return { opened: false };
  const error = await ctx.dialogs.openPath(path);
  if (error) throw new AppError('IO', `Không mở được tệp "${fileName}": máy chưa có phần mềm xem loại tệp này.`, `openPath: ${error}`);
  return { opened: true };
}

const MAX_DOWNLOAD_BYTES = 25 * 1024 * 1024;

/** The file's bytes for a download (browser transport), base64 in the JSON answer. */
export function evidenceContent(ctx: CoreContext, evidenceId: string): { fileName: string; base64: string } {
  const { path, fileName } = evidenceFile(ctx, evidenceId);
  if (statSync(path).size > MAX_DOWNLOAD_BYTES) {
    throw new AppError('BAD_FILE', `Tệp "${fileName}" quá lớn để tải qua trình duyệt (tối đa 25 MB); hãy mở trong ứng dụng.`, `Download too large: ${path}`);
  }
  return { fileName, base64: readFileSync(path).toString('base64') };
}
