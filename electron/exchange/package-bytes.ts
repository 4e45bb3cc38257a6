/** A package file's bytes, refused before reading when it cannot be one part (MAX_PART_BYTES). */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { packageErrors } from './package-errors';
import { MAX_PART_BYTES } from './package-zip';

export function readPackageBytes(path: string): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('NOT_FOUND', `Không tìm thấy tệp "${basename(path)}" (USB đã được rút ra?).`, `stat ${path} failed`);
  }
  if (size > MAX_PART_BYTES) throw packageErrors.tooLarge(`${size} bytes`);
  return readFileSync(path);
}
