/**
 * The zip layer of a package, read strictly. A package comes from a USB stick, so its zip
 * structure is hostile until proved otherwise: the central directory is parsed here before
 * anything is inflated, so entry count, names, duplicates, symbolic links and declared sizes
 * are checked first, and every entry is then inflated with a hard output cap (node:zlib
 * `maxOutputLength`), so no zip bomb can exhaust memory. Writing uses fflate.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';
import { packageErrors } from './package-errors';

export interface ZipLimits {
  maxEntries: number;
  /** Largest inflated size of one entry. */
  maxEntrySize: number;
  /** Largest inflated size of all entries together. */
  maxTotalSize: number;
  /** Inflated / compressed, checked for entries larger than `ratioFloor`. */
  maxRatio: number;
  ratioFloor: number;
  /** Per-entry caps by exact name (e.g. the manifest). */
  namedMaxSize?: Record<string, number>;
}

/**
 * The largest package file (one part). FAT32 holds files under 4 GiB, but node:crypto refuses
 * more than 2 GiB − 1 in one call to a cipher's update, to Ed25519 sign/verify and to a hash's
 * update (ERR_OUT_OF_RANGE, measured on Node 22), and a package is sealed, signed and hashed
 * whole: so a part stays under 2 GiB, less a margin for the zip structure and the envelope.
 * An export larger than this is split into parts (package-parts.ts).
 */
export const MAX_PART_BYTES = 2 * 1024 ** 3 - 64 * 1024 ** 2;

export interface ZipEntry {
  name: string;
  data: Uint8Array;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Names are relative, forward-slash, without `.`/`..` segments, drive letters or control characters. */
export function isSafeEntryName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f:*?"<>|]/.test(name)) return false;
  return name.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..' && !seg.endsWith('.') && !seg.endsWith(' '));
}

function findEndOfCentralDirectory(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes.
  const stop = Math.max(0, buf.length - 22 - 65535);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG && i + 22 + buf.readUInt16LE(i + 20) === buf.length) return i;
  }
  return -1;
}

function readCentralDirectory(buf: Buffer, limits: ZipLimits): CentralEntry[] {
  if (buf.length < 22) throw packageErrors.notPackage('shorter than an empty zip');
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) {
    // A zip cut short loses its end record; anything else is not a zip at all.
    if (buf.readUInt32LE(0) === LOC_SIG) throw packageErrors.truncated('no end-of-central-directory record');
    throw packageErrors.notPackage('no zip structure');
  }
  const diskEntries = buf.readUInt16LE(eocd + 8);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (buf.readUInt16LE(eocd + 4) !== 0 || diskEntries !== count) throw packageErrors.damaged('multi-disk zip');
  if (count === 0xffff || cdOffset === 0xffffffff) throw packageErrors.tooLarge('zip64 not used by packages');
  if (count > limits.maxEntries) throw packageErrors.tooMany(count);
  if (cdOffset + cdSize > eocd) throw packageErrors.truncated('central directory past end');

  const entries: CentralEntry[] = [];
  const seen = new Set<string>();
  let p = cdOffset;
  let declaredTotal = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CEN_SIG) throw packageErrors.damaged(`central entry ${i} malformed`);
    const madeBy = buf.readUInt16LE(p + 4);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const external = buf.readUInt32LE(p + 38);
    const localOffset = buf.readUInt32LE(p + 42);
    const end = p + 46 + nameLen + extraLen + commentLen;
    if (end > eocd) throw packageErrors.damaged(`central entry ${i} overruns`);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p = end;

    if (!isSafeEntryName(name)) throw packageErrors.unsafeName(name);
    const mode = (external >>> 16) & S_IFMT;
    if (madeBy >> 8 === 3 && mode === S_IFLNK) throw packageErrors.symlink(name);
    if ((madeBy >> 8 === 3 && mode === S_IFDIR) || (external & 0x10) !== 0) throw packageErrors.unsafeName(name);
    // Windows folds case and Unicode forms: two names that collide there are duplicates.
    const key = name.normalize('NFC').toLowerCase();
    if (seen.has(key)) throw packageErrors.duplicate(name);
    seen.add(key);
    if ((flags & 0x1) !== 0) throw packageErrors.notPackage(`zip-encrypted entry ${name}`);
    if (method !== 0 && method !== 8) throw packageErrors.notPackage(`compression method ${method}`);
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw packageErrors.tooLarge('zip64 entry');
    const cap = limits.namedMaxSize?.[name] ?? limits.maxEntrySize;
    if (size > cap) {
      if (limits.namedMaxSize?.[name] !== undefined) throw packageErrors.manifestTooLarge(size);
      throw packageErrors.tooLarge(`entry ${name} declares ${size} bytes`);
    }
    if (size > limits.ratioFloor && size / Math.max(1, compressedSize) > limits.maxRatio) {
      throw packageErrors.bomb(`entry ${name}: ${size} from ${compressedSize} bytes`);
    }
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalSize) throw packageErrors.bomb(`declared total ${declaredTotal} bytes`);
    entries.push({ name, method, flags, crc, compressedSize, size, localOffset });
  }
  return entries;
}

function inflateEntry(buf: Buffer, e: CentralEntry, limits: ZipLimits): Uint8Array {
  const h = e.localOffset;
  if (h + 30 > buf.length) throw packageErrors.truncated(`local header of ${e.name} past end`);
  if (buf.readUInt32LE(h) !== LOC_SIG) throw packageErrors.damaged(`local header of ${e.name} missing`);
  const nameLen = buf.readUInt16LE(h + 26);
  const extraLen = buf.readUInt16LE(h + 28);
  const localName = buf.subarray(h + 30, h + 30 + nameLen).toString('utf8');
  if (localName !== e.name) throw packageErrors.damaged(`local name ${JSON.stringify(localName)} differs from ${JSON.stringify(e.name)}`);
  const start = h + 30 + nameLen + extraLen;
  const end = start + e.compressedSize;
  if (end > buf.length) throw packageErrors.truncated(`data of ${e.name} past end`);
  const raw = buf.subarray(start, end);
  let data: Buffer;
  if (e.method === 0) {
    data = raw;
  } else {
    try {
      // The cap is the declared size: a stream that inflates past it is lying about itself.
      data = inflateRawSync(raw, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw packageErrors.bomb(`entry ${e.name} inflates past ${e.size} bytes`);
      }
      throw packageErrors.damaged(`inflate ${e.name}: ${String(err)}`);
    }
  }
  if (data.length !== e.size) throw packageErrors.damaged(`entry ${e.name} has ${data.length} bytes, declared ${e.size}`);
  if (data.length > (limits.namedMaxSize?.[e.name] ?? limits.maxEntrySize)) throw packageErrors.tooLarge(e.name);
  if (crc32(data) >>> 0 !== e.crc) throw packageErrors.damaged(`CRC of ${e.name}`);
  return data;
}

/** Reads every entry of a zip after checking its whole structure against the limits. */
export function readZipStrict(bytes: Uint8Array, limits: ZipLimits): Map<string, Uint8Array> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readCentralDirectory(buf, limits);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const e of entries) {
    const data = inflateEntry(buf, e, limits);
    total += data.length;
    if (total > limits.maxTotalSize) throw packageErrors.bomb(`total ${total} bytes`);
    out.set(e.name, data);
  }
  return out;
}

/** Writes entries as a zip; `store` entries (already compressed or encrypted) are not deflated again. */
export function writeZip(entries: ZipEntry[], options: { store?: (name: string) => boolean } = {}): Uint8Array {
  const zippable: Zippable = {};
  for (const e of entries) {
    if (!isSafeEntryName(e.name)) throw new Error(`unsafe entry name ${e.name}`);
    zippable[e.name] = [e.data, { level: options.store?.(e.name) ? 0 : 6 }];
  }
  // A fixed time keeps the bytes of a package a function of its content.
  return zipSync(zippable, { mtime: new Date('2020-01-01T00:00:00Z') });
}

/** 2020-01-01 00:00 as a DOS date and time: a fixed stamp keeps a package's bytes a function of its content. */
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/**
 * A zip written straight into one buffer of its final size, with `commentLength` bytes left
 * at the end for the caller to fill (the package signature). The outer zip of a package holds
 * the payload, which may be gigabytes: this copies it once, where fflate would need the
 * output plus a copy to append the comment. `deflate` entries are compressed (they are small).
 */
export type WrittenEntry = (ZipEntry & { deflate?: boolean }) | FileEntry;

/** A file read from disk straight into its place in the zip, and checked there against its hash. */
export interface FileEntry {
  name: string;
  path: string;
  size: number;
  sha256: string;
}

function readInto(out: Buffer, at: number, e: FileEntry): void {
  const fd = openSync(e.path, 'r');
  try {
    let done = 0;
    while (done < e.size) {
      const n = readSync(fd, out, at + done, e.size - done, done);
      if (n === 0) break;
      done += n;
    }
    if (done !== e.size || fstatSync(fd).size !== e.size) throw new Error(`${e.path} changed size while the package was made`);
  } finally {
    closeSync(fd);
  }
  if (createHash('sha256').update(out.subarray(at, at + e.size)).digest('hex') !== e.sha256) throw new Error(`${e.path} changed while the package was made`);
}

export function writeZipWithComment(entries: WrittenEntry[], commentLength: number): Buffer {
  const prepared = entries.map((e) => {
    if (!isSafeEntryName(e.name)) throw new Error(`unsafe entry name ${e.name}`);
    const name = Buffer.from(e.name, 'utf8');
    const flags = /[^\x20-\x7e]/.test(e.name) ? 0x800 : 0;
    if ('path' in e) return { name, body: null, file: e, size: e.size, crc: 0, method: 0, flags };
    const body = e.deflate ? deflateRawSync(e.data, { level: 6 }) : e.data;
    return { name, body, file: null, size: e.data.length, crc: crc32(e.data) >>> 0, method: e.deflate ? 8 : 0, flags };
  });
  const bodyLength = (e: (typeof prepared)[number]) => e.body?.length ?? e.size;
  const localSize = prepared.reduce((n, e) => n + 30 + e.name.length + bodyLength(e), 0);
  const centralSize = prepared.reduce((n, e) => n + 46 + e.name.length, 0);
  if (localSize + centralSize > 0xfffffffe) throw new Error('zip32 cannot hold this part');
  const out = Buffer.allocUnsafe(localSize + centralSize + 22 + commentLength);
  let at = 0;
  const offsets: number[] = [];
  for (const e of prepared) {
    offsets.push(at);
    const dataAt = at + 30 + e.name.length;
    if (e.file) {
      readInto(out, dataAt, e.file);
      e.crc = crc32(out.subarray(dataAt, dataAt + e.size)) >>> 0;
    } else if (e.body) {
      out.set(e.body, dataAt);
    }
    out.writeUInt32LE(LOC_SIG, at);
    out.writeUInt16LE(20, at + 4);
    out.writeUInt16LE(e.flags, at + 6);
    out.writeUInt16LE(e.method, at + 8);
    out.writeUInt16LE(DOS_TIME, at + 10);
    out.writeUInt16LE(DOS_DATE, at + 12);
    out.writeUInt32LE(e.crc, at + 14);
    out.writeUInt32LE(bodyLength(e), at + 18);
    out.writeUInt32LE(e.size, at + 22);
    out.writeUInt16LE(e.name.length, at + 26);
    out.writeUInt16LE(0, at + 28);
    e.name.copy(out, at + 30);
    at = dataAt + bodyLength(e);
  }
  const cdOffset = at;
  prepared.forEach((e, i) => {
    out.writeUInt32LE(CEN_SIG, at);
    out.writeUInt16LE(20, at + 4); // made by: MS-DOS, zip 2.0 (no Unix mode bits)
    out.writeUInt16LE(20, at + 6);
    out.writeUInt16LE(e.flags, at + 8);
    out.writeUInt16LE(e.method, at + 10);
    out.writeUInt16LE(DOS_TIME, at + 12);
    out.writeUInt16LE(DOS_DATE, at + 14);
    out.writeUInt32LE(e.crc, at + 16);
    out.writeUInt32LE(bodyLength(e), at + 20);
    out.writeUInt32LE(e.size, at + 24);
    out.writeUInt16LE(e.name.length, at + 28);
    out.fill(0, at + 30, at + 42); // extra, comment, disk, internal and external attributes
    out.writeUInt32LE(offsets[i] as number, at + 42);
    e.name.copy(out, at + 46);
    at += 46 + e.name.length;
  });
  out.writeUInt32LE(EOCD_SIG, at);
  out.writeUInt16LE(0, at + 4);
  out.writeUInt16LE(0, at + 6);
  out.writeUInt16LE(prepared.length, at + 8);
  out.writeUInt16LE(prepared.length, at + 10);
  out.writeUInt32LE(at - cdOffset, at + 12);
  out.writeUInt32LE(cdOffset, at + 16);
  out.writeUInt16LE(commentLength, at + 20);
  return out;
}
