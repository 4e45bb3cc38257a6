/** backup, restore and check: the data-safety commands, over the same core as the app. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/api/errors';
import { inspectDatabaseFile } from '../../backup/backup-contents';
import { restoreOverUnopenable } from '../../backup/recover';
import { createCore } from '../../core/create-core';
import { call, fileHandle, openCore, printJson, UsageError, type CliIo } from '../cli-context';

function describeCounts(c: {
  counts: { meetings: number; conclusions: number; issuedConclusions: number; tasks: number };
  lastNumbers: { docType: string; lastNumber: number }[];
  evidence: { files: number; missing: number; missingNames: string[] };
}): string {
  const numbers = c.lastNumbers.map((n) => `${n.docType} số ${n.lastNumber}`).join(', ') || 'chưa cấp số';
  const missing = c.evidence.missing > 0 ? ` (thiếu ${c.evidence.missing}: ${c.evidence.missingNames.join(', ')})` : '';
  return `${c.counts.meetings} hội nghị, ${c.counts.conclusions} kết luận (${c.counts.issuedConclusions} đã ban hành), ${c.counts.tasks} nhiệm vụ, ${c.evidence.files} tệp minh chứng${missing}; số cuối: ${numbers}`;
}

/** backup --db DB --to DIR */
export async function backupCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } } });
  if (!values.to) throw new UsageError('Thiếu --to DIR (thư mục đặt bản sao lưu).');
  const core = openCore(values.db);
  try {
    const result = await call(core, 'backup.now', { folder: fileHandle(core, values.to, 'folder') });
    if (values.json) printJson(io, result);
    else io.out(`Đã sao lưu và kiểm tra: ${result.path}\n  ${describeCounts(result.contents)}`);
  } finally {
    core.close();
  }
}

/**
 * restore --db DB FILE. A database that opens is backed up first; one that does not (corrupt)
 * is kept aside under a new name, never overwritten.
 */
export async function restoreCommand(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
  const file = positionals[0];
  if (!values.db) throw new UsageError('Thiếu --db FILE (đường dẫn tệp dữ liệu).');
  if (!file) throw new UsageError('Thiếu tệp sao lưu cần khôi phục.');
  const dbPath = resolve(values.db);
  const backupPath = resolve(file);
  inspectDatabaseFile(backupPath);
  let core;
  try {
    core = createCore({ dbPath });
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'DB_CORRUPT') throw err;
    const { keptAside, restored } = restoreOverUnopenable(dbPath, backupPath, new Date());
    if (values.json) printJson(io, { restored, keptAside });
    else io.out(`Tệp dữ liệu cũ bị hỏng, đã giữ lại tại: ${keptAside}\nĐã khôi phục từ ${backupPath}\n  ${describeCounts(restored)}`);
    return;
  }
  try {
    const result = await call(core, 'backup.restore', { file: fileHandle(core, backupPath, 'read') });
    if (values.json) printJson(io, result);
    else io.out(`Đã khôi phục từ ${backupPath}\n  ${describeCounts(result.restored)}\nDữ liệu trước khi khôi phục được lưu tại: ${result.safetyBackup}`);
  } finally {
    core.close();
  }
}

/** check --db DB: the full integrity check; exit code 1 when damaged. */
export async function checkCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, json: { type: 'boolean' } } });
  const core = openCore(values.db);
  try {
    const report = await call(core, 'db.integrityCheck', {});
    if (values.json) printJson(io, report);
    else if (report.ok) io.out('Dữ liệu toàn vẹn: không phát hiện lỗi nào.');
    else io.out(`Phát hiện lỗi dữ liệu:\n${report.messages.map((m) => `  - ${m}`).join('\n')}`);
    if (!report.ok) throw new AppError('DB_CORRUPT', 'Dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu (lệnh restore).', 'integrity check failed');
  } finally {
    core.close();
  }
}
