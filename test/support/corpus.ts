import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The corpus shipped beside the project (../shared/corpus). */
export const corpusDir = resolve(process.cwd(), '../shared/corpus');

export function corpusText(name: string): string {
  return readFileSync(join(corpusDir, name), 'utf8');
}

export const KIEN_MINH_FILE = 'tb-ket-luan-btv-thang-04-2026-kien-minh.txt';
