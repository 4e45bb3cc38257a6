/**
 * Folders of content-addressed files (evidence, and its copies beside backups): a file is
 * named by the SHA-256 of its bytes, so the name is a promise about the content. A copy cut
 * short (the app killed, a full disk, a USB stick pulled) must never sit under the full
 * file's name: bytes go to a temporary file, are flushed, and only then renamed into place;
 * a file already there under the name is trusted only after its size and hash are checked.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { writeFileAtomic } from './files';

export interface ContentFile {
  sha256: string;
  size: number;
}

const CHUNK = 1024 * 1024;

function hashOfOpenFile(fd: number): ContentFile {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK);
  let size = 0;
  for (let n = readSync(fd, buffer, 0, CHUNK, null); n > 0; n = readSync(fd, buffer, 0, CHUNK, null)) {
    hash.update(buffer.subarray(0, n));
    size += n;
  }
  return { sha256: hash.digest('hex'), size };
}

/** Whether `path` is a regular file holding exactly this content (size first: it is free). */
export function holdsContent(path: string, expected: ContentFile): boolean {
  try {
    const st = lstatSync(path);
    if (!st.isFile() || st.size !== expected.size) return false;
    const fd = openSync(path, 'r');
    try {
      return hashOfOpenFile(fd).sha256 === expected.sha256;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Makes a rename inside `dir` survive a power cut (POSIX; Windows has no directory handles). */
function flushFolder(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // the rename itself is done; only its durability against a power cut is unconfirmed
  }
}

function writeFailure(err: unknown, name: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  if (code === 'ENOSPC') return new AppError('DISK_FULL', `Ổ đĩa đã đầy, không lưu được tệp "${name}". Không có tệp dở dang nào được giữ lại.`, String(err));
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError('IO', `Không có quyền ghi tệp "${name}" vào thư mục dữ liệu.`, String(err));
  }
  return new AppError('IO', `Không sao chép được tệp "${name}". Hãy thử lại.`, String(err));
}

/**
 * Opens a file the user chose, refusing a symbolic link: its target could be any file of the
 * machine (or change between the check and the copy), so only the file itself is taken.
 */
function openRegularFile(path: string, maxBytes: number): { fd: number; size: number } {
  const name = basename(path);
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    throw new AppError('IO', `Không đọc được tệp "${name}" (tệp không còn ở chỗ cũ?).`, `lstat ${path}: ${String(err)}`);
  }
  if (st.isSymbolicLink()) {
    throw new AppError('BAD_FILE', `"${name}" là một lối tắt (liên kết) tới tệp khác, không phải tệp thật. Hãy chọn chính tệp gốc.`, `Refused symbolic link ${path}`);
  }
  if (!st.isFile()) throw new AppError('BAD_FILE', `"${name}" không phải là một tệp.`, `Not a regular file: ${path}`);
  if (st.size > maxBytes) {
    throw new AppError('BAD_FILE', `Tệp "${name}" quá lớn (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB).`, `Too large: ${st.size} > ${maxBytes}`);
  }
  let fd: number;
  try {
    // O_NOFOLLOW closes the gap between the check above and the open (POSIX only).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ELOOP') throw new AppError('BAD_FILE', `"${name}" là một lối tắt (liên kết) tới tệp khác, không phải tệp thật. Hãy chọn chính tệp gốc.`, `Symbolic link at open: ${path}`);
    throw new AppError('IO', `Không đọc được tệp "${name}".`, `open ${path}: ${String(err)}`);
  }
  const opened = fstatSync(fd);
  if (!opened.isFile() || opened.ino !== st.ino || opened.dev !== st.dev) {
    closeSync(fd);
    throw new AppError('BAD_FILE', `Tệp "${name}" vừa bị thay đổi trong lúc chọn. Hãy chọn lại.`, `File changed between lstat and open: ${path}`);
  }
  return { fd, size: opened.size };
}

export interface StoredCopy extends ContentFile {
  storedName: string;
  /** False when a sound copy was already there (nothing written). */
  written: boolean;
}

/**
 * Copies a file the user chose into `dir`, named by `nameFor(sha256)`: streamed through a
 * temporary file while hashing, flushed, renamed into place. A file already under that name
 * is kept when its size and hash match, replaced when they do not.
 */
export function copyIntoStore(sourcePath: string, dir: string, nameFor: (sha256: string) => string, maxBytes: number): StoredCopy {
  const copy = streamIntoStore(sourcePath, dir, nameFor, maxBytes, null);
  if (!copy) throw new Error('unreachable: no expected content was given');
  return copy;
}

/**
 * The copy itself. With `expected`, bytes that turn out different (a damaged source) are
 * never renamed into place: the temporary file goes and the answer is null.
 */
function streamIntoStore(sourcePath: string, dir: string, nameFor: (sha256: string) => string, maxBytes: number, expected: ContentFile | null): StoredCopy | null {
  const { fd: source } = openRegularFile(sourcePath, maxBytes);
  const name = basename(sourcePath);
  let tmp: string | null = null;
  try {
    mkdirSync(dir, { recursive: true });
    tmp = join(dir, `.incoming-${randomBytes(8).toString('hex')}.tmp`);
    const out = openSync(tmp, 'wx');
    const hash = createHash('sha256');
    let size = 0;
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (let n = readSync(source, buffer, 0, CHUNK, null); n > 0; n = readSync(source, buffer, 0, CHUNK, null)) {
        size += n;
        // The file may still be growing (a scan being saved): never keep more than allowed.
        if (size > maxBytes) throw new AppError('BAD_FILE', `Tệp "${name}" quá lớn (tối đa ${Math.round(maxBytes / 1024 / 1024)} MB).`, `Grew past ${maxBytes} while copying`);
        hash.update(buffer.subarray(0, n));
        for (let off = 0; off < n; ) off += writeSync(out, buffer, off, n - off);
      }
      fsyncSync(out);
    } finally {
      closeSync(out);
    }
    const content = { sha256: hash.digest('hex'), size };
    if (expected && (content.sha256 !== expected.sha256 || content.size !== expected.size)) {
      rmSync(tmp, { force: true });
      tmp = null;
      return null;
    }
    const storedName = nameFor(content.sha256);
    const target = join(dir, storedName);
    if (holdsContent(target, content)) {
      rmSync(tmp, { force: true });
      tmp = null;
      return { ...content, storedName, written: false };
    }
    renameSync(tmp, target);
    tmp = null;
    flushFolder(dir);
    return { ...content, storedName, written: true };
  } catch (err) {
    if (tmp) rmSync(tmp, { force: true });
    throw writeFailure(err, name);
  } finally {
    closeSync(source);
  }
}

/**
 * Puts bytes already in memory (an evidence file received in a package) under `name` in
 * `dir`, unless a sound copy is there; a damaged or cut one is replaced. Says whether it wrote.
 */
export function writeIntoStore(dir: string, name: string, bytes: Uint8Array, expected: ContentFile): boolean {
  const target = join(dir, name);
  if (holdsContent(target, expected)) return false;
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(target, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  flushFolder(dir);
  return true;
}

/**
 * Copies a file of one store into another (evidence beside a backup, and back at a restore)
 * when the target lacks it. The bytes are checked against the expected hash while they are
 * copied, so a damaged source is never spread. A file already in the target counts when its
 * size is right if `trustSize` (files this app wrote there, through a temporary name and
 * checked as they were written), otherwise only after its hash is checked too.
 */
export function copyBetweenStores(
  fromPath: string,
  toDir: string,
  name: string,
  expected: ContentFile,
  options: { trustSize?: boolean } = {},
): 'copied' | 'present' | 'bad-source' {
  const target = join(toDir, name);
  const present = options.trustSize ? sizeOf(target) === expected.size : holdsContent(target, expected);
  if (present) return 'present';
  if (sizeOf(fromPath) !== expected.size) return 'bad-source';
  try {
    return streamIntoStore(fromPath, toDir, () => name, Math.max(expected.size, 1), expected) ? 'copied' : 'bad-source';
  } catch (err) {
    // A source that cannot be read is as good as missing; a target that cannot be written is the caller's failure.
    if (err instanceof AppError && err.code === 'BAD_FILE') return 'bad-source';
    throw err;
  }
}

/** The size of a regular file (not a link), or null when there is none. */
function sizeOf(path: string): number | null {
  try {
    const st = lstatSync(path);
    return st.isFile() ? st.size : null;
  } catch {
    return null;
  }
}
