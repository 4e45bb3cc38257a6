/** Backups: the one entry other features call (the exchange import backs up through it). */
export { backupDatabase, backupIfDue, backupBeforeMigration, rotateBackups, type BackupOptions, type BackupResult } from './backup-database';
export { inspectDatabaseFile, type BackupContents } from './backup-contents';
export { backupsDir, listBackupFiles, reasonLabels, type BackupReason } from './backup-files';
export { readBackupState, type BackupState } from './backup-state';
