/**
 * Every job that runs off the main thread, by name. A job is plain work over plain values —
 * read and recognise a document, check or copy a database file — with no CoreContext: a job
 * thread holds no open database of the app and never writes a synced table. What a job
 * returns is written, where anything is written, by the main thread through the one write
 * path (electron/sync/changes.ts), inside the transaction the service already holds.
 *
 * Inputs and outputs cross threads by structured clone: plain objects, arrays, strings,
 * numbers, Uint8Array, Map.
 */
import { dirname, join } from 'node:path';
import { BACKUP_EVIDENCE_FOLDER, type BackupReason } from '../backup/backup-files';
import type { InstallKeyPair } from '../exchange/package-crypto';
import type { BuildPackageInput, SignedPackage } from '../exchange/package-file';
import type { XlsxTable } from '../export/xlsx-table';
import type { FollowUpWorkbookInput } from '../followup/followup-xlsx';
import { durableTempPath } from '../exchange/durable-file';
import { atomicTempPath, atomicTempPathsIn, writeFileAtomic } from '../system/files';
import { reportProgress } from './job-progress';
import type { PartyDocument } from '../../shared/document/model';

// Each job loads its modules when first run: a thread that only checks databases never loads
// mammoth or the recognisers (a thread starts faster, and the CLI's one job pays for itself).
const backupContents = () => import('../backup/backup-contents');
const readImport = () => import('../import/read-import-file');
const docx = () => import('../export/docx/render-party-document');

export const STEP_WRITE_FILE = 'Đang ghi tệp';

/** A file written whole or not at all (a temporary name, flushed, renamed), bytes counted. */
function writeWhole(path: string, data: Buffer): { bytes: number } {
  reportProgress(STEP_WRITE_FILE, 0, data.length);
  writeFileAtomic(path, data, (written, total) => reportProgress(STEP_WRITE_FILE, written, total));
  return { bytes: data.length };
}

export const jobList = {
  /** A .txt/.docx conclusion: zip limits, mammoth, decoding, recognition (import preview). */
  'import.readFile': async ({ path }: { path: string }) => (await readImport()).readImportFile(path),
  'import.readText': async ({ text }: { text: string }) => (await readImport()).readImportText(text),
  /** integrity_check + foreign_key_check of a database file ("Kiểm tra dữ liệu"). */
  'database.check': async ({ path }: { path: string }) => (await backupContents()).checkDatabaseFile(path),
  /** Online backup into a temporary file, stamped and checked in full; its evidence files copied beside the backup. */
  'backup.copyAndSeal': async (input: { sourcePath: string; tmpPath: string; takenAt: string; reason: BackupReason; finalPath?: string; evidenceDir?: string }) =>
    (await import('../backup/backup-database')).copyAndSealDatabase(input),
  /** What a backup file holds, after its full check (restore preview). */
  'backup.inspect': async ({ path, evidenceDir }: { path: string; evidenceDir: string | null }) => (await backupContents()).inspectDatabaseFile(path, evidenceDir),
  /** The newest backup of the data folder that passes its full check. */
  'backup.newestGood': async ({ dataDir }: { dataDir: string }) => (await import('../backup/recover')).newestGoodBackup(dataDir),
  /** A checked backup copied beside the database with a new install identity. */
  'backup.stageRestore': async ({ backupPath, stagingPath, restoredAt, dbPath }: { backupPath: string; stagingPath: string; restoredAt: string; dbPath: string }) =>
    (await import('../backup/restore-database')).stageRestore(backupPath, stagingPath, restoredAt, dbPath),
  /** An official document as DOCX bytes (the reminder letter writes them once its number is taken). */
  'document.renderDocx': async ({ doc }: { doc: PartyDocument }): Promise<Uint8Array> => new Uint8Array(await (await docx()).renderPartyDocumentDocx(doc)),
  /** An official document rendered and written to the file the user chose. */
  'document.writeDocx': async ({ doc, path }: { doc: PartyDocument; path: string }) => writeWhole(path, await (await docx()).renderPartyDocumentDocx(doc)),
  /** The follow-up sheet (Bảng theo dõi) as XLSX, written to its file. */
  'followup.writeXlsx': async ({ sheet, path }: { sheet: FollowUpWorkbookInput; path: string }) =>
    writeWhole(path, await (await import('../followup/followup-xlsx')).followUpWorkbook(sheet)),
  /** A table (the outgoing register) as XLSX, written to its file. */
  'table.writeXlsx': async ({ table, path }: { table: XlsxTable; path: string }) => writeWhole(path, await (await import('../export/xlsx-table')).tableWorkbook(table)),
  /** A package zipped, sealed (X25519 or scrypt), signed and written durably. */
  'exchange.writePackage': async ({ build, path }: { build: BuildPackageInput; path: string }) => {
    const [{ buildPackage }, { writeDurably }, { sha256Hex }] = await Promise.all([
      import('../exchange/package-file'),
      import('../exchange/durable-file'),
      import('../exchange/package-crypto'),
    ]);
    reportProgress('Đang nén, mã hóa và ký gói dữ liệu');
    const bytes = buildPackage(build);
    reportProgress('Đang ghi tệp gói dữ liệu');
    writeDurably(path, bytes);
    return { size: bytes.length, sha256: sha256Hex(bytes) };
  },
  /** A package file read, its structure, hashes and signature checked (not yet trusted or opened). */
  'exchange.readSigned': async ({ path }: { path: string }): Promise<SignedPackage> => {
    const [{ readPackageBytes }, { readSignedPackage }] = await Promise.all([import('../exchange/package-bytes'), import('../exchange/package-file')]);
    reportProgress('Đang đọc tệp gói dữ liệu');
    const bytes = readPackageBytes(path);
    reportProgress('Đang kiểm tra chữ ký gói dữ liệu');
    return readSignedPackage(bytes);
  },
  /** A trusted package's payload decrypted and checked against its manifest. */
  'exchange.openPayload': async ({ signed, keys, passphrase, schemaVersion }: { signed: SignedPackage; keys: InstallKeyPair; passphrase: string | null; schemaVersion: number }) =>
    (await import('../exchange/package-file')).openPayload(signed, { keys, passphrase, schemaVersion }),
} as const;

export type JobList = typeof jobList;
export type JobKind = keyof JobList;
export type JobInput<K extends JobKind> = Parameters<JobList[K]>[0];
export type JobOutput<K extends JobKind> = Awaited<ReturnType<JobList[K]>>;

/**
 * The files a job's thread may leave half-written when it is stopped in the middle (a cancel
 * from the window): the temporary names of its atomic writes. The pool removes them once the
 * thread has stopped, so a cancelled export leaves nothing beside the file the user chose.
 * (A backup's temporary copy is removed by the backup itself, which named it; it is listed
 * here too so that a thread stopped between the copy and the rename leaves nothing either.)
 */
export const partialFiles: { [K in JobKind]?: (input: JobInput<K>) => string[] } = {
  'document.writeDocx': ({ path }) => [atomicTempPath(path)],
  'followup.writeXlsx': ({ path }) => [atomicTempPath(path)],
  'table.writeXlsx': ({ path }) => [atomicTempPath(path)],
  'exchange.writePackage': ({ path }) => [durableTempPath(path)],
  'backup.copyAndSeal': ({ tmpPath, finalPath }) => [
    tmpPath,
    `${tmpPath}-journal`,
    // An evidence file being copied beside the backup (whole ones already copied stay: they are checked and the next backup reuses them).
    ...(finalPath ? atomicTempPathsIn(join(dirname(finalPath), BACKUP_EVIDENCE_FOLDER)) : []),
  ],
};

/** The partial files of a job by its name (a kind the list does not have leaves none). */
export function partialFilesOf(kind: string, input: unknown): string[] {
  if (!isJobKind(kind)) return [];
  const of = partialFiles[kind] as ((input: unknown) => string[]) | undefined;
  return of ? of(input) : [];
}

export function isJobKind(kind: unknown): kind is JobKind {
  return typeof kind === 'string' && Object.hasOwn(jobList, kind);
}
