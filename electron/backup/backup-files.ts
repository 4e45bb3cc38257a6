/**
 * Where backups live and how they are named. The name carries the moment and the reason,
 * so the folder reads like a log and rotation needs no index file.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CoreContext } from '../core/context';

export const backupReasons = ['daily', 'before-import', 'before-migration', 'before-restore', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

export const reasonLabels: Record<BackupReason, string> = {
  daily: 'Tự động hằng ngày',
  'before-import': 'Trước khi nhập gói dữ liệu',
  'before-migration': 'Trước khi nâng cấp dữ liệu',
  'before-restore': 'Trước khi khôi phục',
  manual: 'Sao lưu ngay',
};

/** The folder beside a backup that holds the evidence files it names (content-addressed). */
export const BACKUP_EVIDENCE_FOLDER = 'vpdu-minh-chung';

const NAME = /^vpdu-(\d{8})-(\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite$/;

/** The folder beside the database for the app's own files (evidence, backups, markers). */
export function dataDirForDatabase(dbPath: string): string {
  return join(dirname(dbPath), 'vpdu-files');
}

/** The data folder's own backups (rotated), beside the evidence files. */
export function backupsDirOf(dataDir: string): string {
  return join(dataDir, 'backups');
}

export function backupsDir(ctx: Pick<CoreContext, 'dataDir'>): string {
  return backupsDirOf(ctx.dataDir);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Local wall-clock time in the name: the office reads it as "the backup of 14:05". */
export function backupFileName(at: Date, reason: BackupReason, serial = 0): string {
  const day = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `vpdu-${day}-${time}${serial ? `-${serial}` : ''}-${reason}.sqlite`;
}

export interface BackupFileEntry {
  name: string;
  path: string;
  /** Local time parsed from the name. */
  at: Date;
  reason: BackupReason;
  sizeBytes: number;
}

export function parseBackupName(name: string): { at: Date; reason: BackupReason } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, d, t, , reason] = m as unknown as [string, string, string, string | undefined, string];
  if (!(backupReasons as readonly string[]).includes(reason)) return null;
  const at = new Date(
    Number(d.slice(0, 4)),
    Number(d.slice(4, 6)) - 1,
    Number(d.slice(6, 8)),
    Number(t.slice(0, 2)),
    Number(t.slice(2, 4)),
    Number(t.slice(4, 6)),
  );
  return Number.isNaN(at.getTime()) ? null : { at, reason: reason as BackupReason };
}

/** Finished backups in a folder, newest first. Partial files (".…partial") are not listed. */
export function listBackupFiles(dir: string): BackupFileEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: BackupFileEntry[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const path = join(dir, name);
    try {
      out.push({ name, path, ...parsed, sizeBytes: statSync(path).size });
    } catch {
      // vanished between listing and stat (rotation in another process): skip it
    }
  }
  return out.sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
}
