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
