/**
 * Tells a clean start from one after a crash or a power cut: each process that opens the
 * database leaves a marker in the data folder and removes it when it closes. A marker left
 * by a process that is no longer running means the last session did not end cleanly, and
 * only then does the start pay for the full integrity check.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SessionMarker {
  /** A previous session on this data folder ended without closing the database. */
  uncleanShutdown: boolean;
  /** Removes this session's marker (on a clean close). */
  release(): void;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else
    return (err as { code?: string }).code === 'EPERM';
  }
}

export function sessionsDir(dataDir: string): string {
  return join(dataDir, 'sessions');
}

/** `pidAlive` is for tests that play a crashed process. */
export function openSession(dataDir: string, pidAlive: (pid: number) => boolean = isRunning): SessionMarker {
  const dir = sessionsDir(dataDir);
  let uncleanShutdown = false;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  for (const name of names) {
    const pid = Number(/^(\d+)\.open$/.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pidAlive(pid)) continue;
    uncleanShutdown = true;
    rmSync(join(dir, name), { force: true });
  }
  const mine = join(dir, `${process.pid}.open`);
  let written = false;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(mine, new Date().toISOString());
    written = true;
  } catch {
    // a read-only data folder: nothing is written, so nothing can be left unclean
  }
  return {
    uncleanShutdown,
    release: () => {
      if (written) rmSync(mine, { force: true });
    },
  };
}
