/**
 * Evidence files (công văn, báo cáo, ảnh) kept inside the app's data folder, named by their
 * SHA-256 so the same file attached twice is stored once and a changed file is detectable.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { copyIntoStore } from '../system/content-store';

export const MAX_EVIDENCE_BYTES = 100 * 1024 * 1024;

export interface StoredEvidence {
  fileName: string;
  storedName: string;
  sha256: string;
  size: number;
}

export function evidenceDirOf(dataDir: string): string {
  return join(dataDir, 'evidence');
}

export function evidenceDir(ctx: CoreContext): string {
  return evidenceDirOf(ctx.dataDir);
}

/**
 * Copies an attached file into the data folder (see `system/content-store.ts`: through a
 * temporary file, never through a symbolic link, an existing copy checked before it counts).
 */
export function storeEvidence(ctx: CoreContext, sourcePath: string): StoredEvidence {
  const ext = evidenceExtension(sourcePath);
  const copy = copyIntoStore(sourcePath, evidenceDir(ctx), (sha) => `${sha}${ext}`, MAX_EVIDENCE_BYTES);
  // A Mac names its files decomposed; the office sees (and searches) them composed.
  return { fileName: basename(sourcePath).normalize('NFC'), storedName: copy.storedName, sha256: copy.sha256, size: copy.size };
}

/** The kept copy's extension: lower case, letters and digits only (it becomes part of a path). */
function evidenceExtension(path: string): string {
  const ext = extname(path).toLowerCase();
  return /^\.[a-z0-9]{1,10}$/.test(ext) ? ext : '';
}

/**
 * Attaching the same file twice to one report (picked twice, or under two names) keeps it
 * once, under the name it was first given.
 */
export function distinctEvidence(stored: StoredEvidence[]): StoredEvidence[] {
  const seen = new Set<string>();
  return stored.filter((e) => !seen.has(e.sha256) && seen.add(e.sha256));
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
