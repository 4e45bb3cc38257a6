/**
 * Reads an import file into a recognised conclusion: the work of the import preview that runs
 * in a job thread (size limits, decoding, the DOCX zip limits and mammoth, the recognisers).
 * It needs no database: the duplicate check and the task proposals happen afterwards, in
 * import-service.ts, on the main thread.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { importConclusionFile, type ImportedConclusion } from './import-conclusion';

/** A conclusion is a few pages; anything far larger is not one (and would freeze the review). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCX_BYTES = 30 * 1024 * 1024;
export const IMPORTABLE_EXTENSIONS = ['.txt', '.docx', '.doc'];

export function textHash(text: string): string {
  const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normal).digest('hex');
}

export async function readImportFile(path: string): Promise<ImportedConclusion> {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new Error('not a file');
    size = st.size;
  } catch (err) {
    throw new AppError('IO', `Không đọc được tệp "${basename(path)}".`, `${path}: ${String(err)}`);
  }
  const isDocx = /\.docx?$/i.test(path);
  const limit = isDocx ? MAX_DOCX_BYTES : MAX_TEXT_BYTES;
  if (size > limit) {
    throw new AppError(
      'BAD_FILE',
      `Tệp "${basename(path)}" quá lớn (${Math.round(size / 1024 / 1024)} MB) để là một văn bản kết luận; không có gì được nhập.`,
      `Import file too large: ${size} bytes`,
    );
  }
  return importConclusionFile(readFileSync(path), { fileName: basename(path) });
}

export function readImportText(text: string): Promise<ImportedConclusion> {
  if (Buffer.byteLength(text) > MAX_TEXT_BYTES) {
    throw new AppError('BAD_FILE', 'Văn bản dán vào quá dài để là một kết luận; không có gì được nhập.', 'Pasted text too large');
  }
  return importConclusionFile(Buffer.from(text, 'utf8'), {});
}

