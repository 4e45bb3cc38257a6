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
import type { BackupReason } from '../backup/backup-files';
import type { InstallKeyPair } from '../exchange/package-crypto';
import type { BuildPackageInput, SignedPackage } from '../exchange/package-file';
import type { XlsxTable } from '../export/xlsx-table';
import type { FollowUpWorkbookInput } from '../followup/followup-xlsx';
import { writeFileAtomic } from '../system/files';
import { reportProgress } from './job-progress';
import type { PartyDocument } from '../../shared/document/model';

// Each job loads its modules when first run: a thread that only checks databases never loads
// mammoth or the recognisers (a thread starts faster, and the CLI's one job pays for itself).
const backupContents = () => import('../backup/backup-contents');
const readImport = () => import('../import/read-import-file');
const docx = () => import('../export/docx/render-party-document');

/** A file written whole or not at all (a temporary name, flushed, renamed). */
function writeWhole(path: string, data: Buffer): { bytes: number } {
  reportProgress('Đang ghi tệp');
  writeFileAtomic(path, data);
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

export function isJobKind(kind: unknown): kind is JobKind {
  return typeof kind === 'string' && Object.hasOwn(jobList, kind);
}
