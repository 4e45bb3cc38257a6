/**
 * The handle table behind `shared/api/file-handle.ts`. Only the Node side grants handles:
 * the dialog handlers (native dialogs in Electron, the dialog double in the loopback
 * transport), the CLI for its own arguments, the shell for a file the OS opened with the app.
 * A handle is a random 128-bit token, valid for this process only, for the access it was
 * granted with; a handle for one file never reaches another.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { FileAccess, FileHandle, FileRef } from '../../shared/api/file-handle';

interface Grant {
  path: string;
  access: FileAccess;
}

/** Enough for a folder import of a few years of documents; the oldest grants go first. */
const MAX_GRANTS = 5000;

export class FileHandles {
  private readonly grants = new Map<FileHandle, Grant>();

  /** Grants access to an absolute path the Node side chose (never one the renderer sent). */
  grant(path: string, access: FileAccess): FileRef {
    const handle = `fh_${randomBytes(16).toString('hex')}`;
    if (this.grants.size >= MAX_GRANTS) {
      const oldest = this.grants.keys().next().value;
      if (oldest !== undefined) this.grants.delete(oldest);
    }
    this.grants.set(handle, { path: resolve(path), access });
    return { handle, name: basename(path) };
  }

  /** The path behind a handle, if it was granted with this access; otherwise a refusal. */
  resolve(handle: string, access: FileAccess): string {
    const grant = this.grants.get(handle);
    if (!grant) {
      throw new AppError('FILE_DENIED', 'Tệp chưa được chọn qua hộp thoại của phần mềm (hoặc phần mềm đã khởi động lại). Hãy chọn lại tệp.', `Unknown file handle ${handle.slice(0, 12)}…`);
    }
    if (grant.access !== access) {
      throw new AppError('FILE_DENIED', 'Tệp đã chọn không dùng được cho việc này. Hãy chọn lại tệp.', `File handle granted for ${grant.access}, used for ${access}`);
    }
    return grant.path;
  }

  /** A path of a file directly inside a folder handle (for the files a folder import lists, or a backup written there). */
  childOf(folderHandle: string, name: string): string {
    const folder = this.resolve(folderHandle, 'folder');
    const child = resolve(join(folder, name));
    if (dirname(child) !== folder || name.includes(sep) || name.includes('/')) {
      throw new AppError('FILE_DENIED', 'Tên tệp không hợp lệ.', `Name ${JSON.stringify(name)} escapes its folder`);
    }
    return child;
  }

  revoke(handle: string): void {
    this.grants.delete(handle);
  }
}

export type OpenedFile = FileRef & { kind: 'package' | 'document' };

/**
 * Files the operating system handed to the app (double-click on a .vpdu package, "Open
 * with"), waiting for the window to take them. The shell adds; `files.takeOpened` takes.
 */
export class OpenedFiles {
  private queue: OpenedFile[] = [];

  constructor(private readonly handles: FileHandles) {}

  add(path: string): OpenedFile {
    const kind = path.toLowerCase().endsWith('.vpdu') ? 'package' : 'document';
    const opened = { ...this.handles.grant(path, 'read'), kind } as const;
    this.queue.push(opened);
    return opened;
  }

  take(): OpenedFile[] {
    const taken = this.queue;
    this.queue = [];
    return taken;
  }
}
