/**
 * The app's log file in the data folder (`logs/vpdu.log`), rotated by size: when it passes
 * `maxBytes` it becomes `vpdu.1.log` (and so on up to `keep` files; the oldest goes). It holds
 * errors with their stack traces and a few lifecycle lines — never document contents: callers
 * pass an error or a short English phrase, not user data.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface LogFile {
  readonly path: string;
  info(message: string): void;
  error(message: string, err?: unknown): void;
}

/** A long error message is cut: a runaway message must not fill the disk or carry a document. */
const MAX_ENTRY = 8 * 1024;

export function describeError(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    const head = `${err.name}${typeof code === 'string' ? ` [${code}]` : ''}: ${err.message}`;
    return err.stack && err.stack.includes(err.message) ? err.stack.replace(/^[^\n]*/, head) : `${head}\n${err.stack ?? ''}`.trimEnd();
  }
  return String(err);
}

export function openLogFile(dir: string, options: { maxBytes?: number; keep?: number; now?: () => Date } = {}): LogFile {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 5;
  const now = options.now ?? (() => new Date());
  const path = join(dir, 'vpdu.log');
  const rotated = (i: number) => join(dir, `vpdu.${i}.log`);

  function rotateIfNeeded(): void {
    if (!existsSync(path) || statSync(path).size < maxBytes) return;
    rmSync(rotated(keep - 1), { force: true });
    for (let i = keep - 2; i >= 1; i -= 1) if (existsSync(rotated(i))) renameSync(rotated(i), rotated(i + 1));
    renameSync(path, rotated(1));
  }

  function write(level: 'INFO' | 'ERROR', text: string): void {
    const entry = text.length > MAX_ENTRY ? `${text.slice(0, MAX_ENTRY)} …(cut)` : text;
    try {
      mkdirSync(dir, { recursive: true });
      rotateIfNeeded();
      appendFileSync(path, `${now().toISOString()} ${level} ${entry.replace(/\n/g, '\n    ')}\n`);
    } catch {
      // A full disk or a read-only data folder must not turn logging into a second failure.
    }
  }

  return {
    path,
    info: (message) => write('INFO', message),
    error: (message, err) => write('ERROR', err === undefined ? message : `${message}: ${describeError(err)}`),
  };
}
