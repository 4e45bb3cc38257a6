/**
 * Splitting one export into parts that each fit a FAT32 stick ("Packages stay under 4 GB") and
 * node:crypto's one-call limit (MAX_PART_BYTES, under 2 GiB).
 *
 * The export walks the change log in local order and hands each change here with the size of
 * its line in `changes.jsonl` and the evidence files it needs. A part is a contiguous run of
 * that order — so, for each origin install, a contiguous range of its sequence — plus every
 * evidence file its changes need (a file needed by changes of two parts travels in both, so each
 * part is whole on its own). Sizes are counted uncompressed: a part may come out smaller than
 * it could be, never larger than the limit.
 *
 * The slicer keeps only the boundaries and the files of each part, never the changes: the
 * export reads each part's changes again when it builds that part.
 */
import { AppError } from '../../shared/api/errors';

/** A file on its own: zip headers (local + central) and its line in the manifest. */
export const PER_FILE_OVERHEAD = 512;
/** The outer zip, the envelope, the signature and the fixed part of the manifest. */
export const PER_PART_OVERHEAD = 8 * 1024;
/** The manifest's range and acknowledgement of one origin install. */
export const PER_ORIGIN_OVERHEAD = 256;

export interface FileNeed {
  sha256: string;
  size: number;
  /** As the user attached it, for the refusal message. */
  fileName: string;
}

export interface SliceItem {
  /** Where the change is in the local log (its `local_seq`). */
  key: number;
  /** Bytes of its line in `changes.jsonl`, newline included. */
  bytes: number;
  files: readonly FileNeed[];
}

export interface PartSlice {
  firstKey: number;
  lastKey: number;
  changes: number;
  /** Uncompressed bytes of the part's changes and files. */
  bytes: number;
  files: FileNeed[];
}

export interface SliceLimits {
  /** The largest a part's file may be. */
  partBytes: number;
  /** Origin installs named in every manifest (its ranges and acknowledgements). */
  origins: number;
  /** The reader's caps: one entry (changes.jsonl or a file) and the entries of one payload. */
  maxEntryBytes: number;
  maxEntries: number;
}

function mb(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1).replace('.', ',')} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const partErrors = {
  evidenceTooLarge: (file: FileNeed, limit: number) =>
    new AppError(
      'VALIDATION',
      `Tệp minh chứng "${file.fileName}" (${mb(file.size)}) lớn hơn giới hạn một tệp gói dữ liệu (${mb(limit)}), nên không thể chia vào gói để chép sang USB. Hãy nén hoặc thu nhỏ tệp đó (chẳng hạn quét lại với độ phân giải thấp hơn), đính kèm lại, rồi tạo gói.`,
      `evidence ${file.sha256} of ${file.size} bytes exceeds the part budget ${limit}`,
    ),
  changeTooLarge: (bytes: number, limit: number) =>
    new AppError(
      'VALIDATION',
      `Một thay đổi (${mb(bytes)}) lớn hơn giới hạn một tệp gói dữ liệu (${mb(limit)}). Hãy chọn giới hạn lớn hơn.`,
      `change line of ${bytes} bytes exceeds the part budget ${limit}`,
    ),
  limitTooSmall: (limit: number) =>
    new AppError('VALIDATION', `Giới hạn một phần gói (${mb(limit)}) quá nhỏ.`, `part limit ${limit} leaves no room for content`),
};

/** Content bytes a part may hold once its fixed overhead is set aside. */
export function partBudget(limits: SliceLimits): number {
  return limits.partBytes - PER_PART_OVERHEAD - PER_ORIGIN_OVERHEAD * limits.origins;
}

/** Cuts a stream of changes into parts; `add` in local order, then `finish`. */
export class PartSlicer {
  private readonly parts: PartSlice[] = [];
  private current: PartSlice | null = null;
  private changeBytes = 0;
  private readonly budget: number;

  constructor(private readonly limits: SliceLimits) {
    this.budget = partBudget(limits);
    if (this.budget < 1024) throw partErrors.limitTooSmall(limits.partBytes);
  }

  add(item: SliceItem): void {
    const maxFile = Math.min(this.budget - PER_FILE_OVERHEAD, this.limits.maxEntryBytes);
    for (const f of item.files) if (f.size > maxFile) throw partErrors.evidenceTooLarge(f, maxFile);
    if (item.bytes > Math.min(this.budget, this.limits.maxEntryBytes)) throw partErrors.changeTooLarge(item.bytes, Math.min(this.budget, this.limits.maxEntryBytes));
    if (this.current && !this.fits(this.current, item)) this.close();
    if (!this.current) this.current = { firstKey: item.key, lastKey: item.key, changes: 0, bytes: 0, files: [] };
    if (!this.fits(this.current, item)) {
      // Alone in a part and still too large: its files together exceed one part.
      throw partErrors.evidenceTooLarge({ sha256: '', fileName: item.files.map((f) => f.fileName).join('", "'), size: item.files.reduce((n, f) => n + f.size, 0) }, maxFile);
    }
    const part = this.current;
    for (const f of this.newFiles(part, item)) {
      part.files.push(f);
      part.bytes += f.size + PER_FILE_OVERHEAD;
    }
    part.bytes += item.bytes;
    part.changes += 1;
    part.lastKey = item.key;
    this.changeBytes += item.bytes;
  }

  /** The parts, at least one (an export with no change still carries the acknowledgements). */
  finish(): PartSlice[] {
    this.close();
    if (this.parts.length === 0) this.parts.push({ firstKey: 0, lastKey: 0, changes: 0, bytes: 0, files: [] });
    return this.parts;
  }

  private newFiles(part: PartSlice, item: SliceItem): FileNeed[] {
    const out: FileNeed[] = [];
    for (const f of item.files) if (!part.files.some((p) => p.sha256 === f.sha256) && !out.some((o) => o.sha256 === f.sha256)) out.push(f);
    return out;
  }

  private fits(part: PartSlice, item: SliceItem): boolean {
    const files = this.newFiles(part, item);
    const bytes = part.bytes + item.bytes + files.reduce((n, f) => n + f.size + PER_FILE_OVERHEAD, 0);
    return bytes <= this.budget && this.changeBytes + item.bytes <= this.limits.maxEntryBytes && part.files.length + files.length <= this.limits.maxEntries - 2;
  }

  private close(): void {
    if (this.current && this.current.changes > 0) this.parts.push(this.current);
    this.current = null;
    this.changeBytes = 0;
  }
}

/** `goi-du-lieu-….vpdu` → `goi-du-lieu-…-phan-2-tren-3.vpdu` (ASCII: safe on FAT32 and in any unzip tool). */
export function partFileName(fileName: string, index: number, count: number): string {
  if (count === 1) return fileName;
  const dot = fileName.toLowerCase().endsWith('.vpdu') ? fileName.length - 5 : fileName.length;
  return `${fileName.slice(0, dot)}-phan-${index}-tren-${count}${fileName.slice(dot) || '.vpdu'}`;
}
