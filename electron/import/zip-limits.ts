/**
 * A .docx is a ZIP; a small one can inflate to gigabytes (a "zip bomb": 2 MB holding a
 * 1.9 GB document.xml took 16 s and 4 GB in mammoth). Before any library opens it, every
 * part is inflated here with a hard output cap and thrown away, and the
 * file is refused as soon as one part or the whole passes a limit far above any real
 * conclusion (a few hundred KB of XML). Declared sizes are checked first but not trusted:
 * the counting is what holds.
 */
import { inflateRawSync } from 'node:zlib';
import { ImportFileError } from './import-errors';

export interface ZipLimits {
  /** Largest inflated part (word/document.xml of a 100-page report is ~5 MB). */
  maxPartBytes: number;
  /** Largest sum of all inflated parts. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DOCX_LIMITS: ZipLimits = { maxPartBytes: 48 * 1024 * 1024, maxTotalBytes: 96 * 1024 * 1024, maxEntries: 2000 };

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

function corrupt(detail: string): ImportFileError {
  return new ImportFileError('corrupt-docx', `ZIP check: ${detail}`);
}

function tooLarge(detail: string): ImportFileError {
  return new ImportFileError('too-large-docx', `ZIP check: ${detail}`);
}

function centralDirectory(buf: Buffer): ZipEntry[] {
  const floor = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= floor; i -= 1) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL_SIG) throw corrupt('bad central directory entry');
    const nameLength = buf.readUInt16LE(at + 28);
    entries.push({
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      declaredSize: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return entries;
}

/** Inflates one part, counting bytes; throws as soon as it passes `budget`. */
function inflatedSize(buf: Buffer, entry: ZipEntry, budget: number): number {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_SIG) throw corrupt(`bad local header for ${entry.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) throw corrupt(`${entry.name} runs past the end of the file`);
  if (entry.method === 0) {
    if (entry.compressedSize > budget) throw tooLarge(`${entry.name} stored with ${entry.compressedSize} bytes`);
    return entry.compressedSize;
  }
  if (entry.method !== 8) throw corrupt(`${entry.name} uses compression method ${entry.method}`);
  // Node's own zlib (native, fast) stops as soon as the output would pass the budget, so a
  // bomb costs at most `budget` bytes of memory for a moment, never its claimed size.
  try {
    return inflateRawSync(buf.subarray(start, end), { maxOutputLength: Math.max(1, budget) }).length;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(`${entry.name} inflates past ${budget} bytes`);
    throw corrupt(`${entry.name} does not inflate: ${String(err)}`);
  }
}

/** Refuses a ZIP whose parts, once inflated, would pass the limits. Holds no inflated data. */
export function checkZipLimits(buf: Buffer, limits: ZipLimits = DOCX_LIMITS): void {
  const entries = centralDirectory(buf);
  if (entries.length > limits.maxEntries) throw tooLarge(`${entries.length} entries`);
  let declared = 0;
  for (const e of entries) {
    declared += e.declaredSize;
    if (e.declaredSize > limits.maxPartBytes) throw tooLarge(`${e.name} declares ${e.declaredSize} bytes`);
  }
  if (declared > limits.maxTotalBytes) throw tooLarge(`parts declare ${declared} bytes in all`);
  let total = 0;
  for (const e of entries) {
    total += inflatedSize(buf, e, Math.min(limits.maxPartBytes, limits.maxTotalBytes - total));
  }
}
