/**
 * The last backup attempt and the last good one, kept as a small JSON file in the backups
 * folder (not in the database: it must describe the database even when that is broken,
 * and a restore must not bring back an old "last backup").
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../system/files';
import type { BackupReason } from './backup-files';

export interface BackupAttempt {
  at: string;
  reason: BackupReason;
  ok: boolean;
  path: string | null;
  sizeBytes: number | null;
  /** Vietnamese, for the data page, when it failed. */
  message: string | null;
}

export interface BackupState {
  lastAttempt: BackupAttempt | null;
  lastSuccess: BackupAttempt | null;
  /** Newest good automatic backup in the data folder (the daily rule reads it). */
  lastAutomatic: BackupAttempt | null;
}

const EMPTY: BackupState = { lastAttempt: null, lastSuccess: null, lastAutomatic: null };

function stateFile(backupsDir: string): string {
  return join(backupsDir, 'backup-state.json');
}

export function readBackupState(backupsDir: string): BackupState {
  try {
    const parsed = JSON.parse(readFileSync(stateFile(backupsDir), 'utf8')) as Partial<BackupState>;
    return { ...EMPTY, ...parsed };
  } catch {
    return { ...EMPTY };
  }
}

export function recordBackupAttempt(backupsDir: string, attempt: BackupAttempt, automatic: boolean): BackupState {
  const state = readBackupState(backupsDir);
  const next: BackupState = {
    lastAttempt: attempt,
    lastSuccess: attempt.ok ? attempt : state.lastSuccess,
    lastAutomatic: attempt.ok && automatic ? attempt : state.lastAutomatic,
  };
  try {
    mkdirSync(backupsDir, { recursive: true });
    writeFileAtomic(stateFile(backupsDir), JSON.stringify(next, null, 2));
  } catch {
    // a read-only data folder cannot remember; the backup itself already succeeded or failed
  }
  return next;
}
