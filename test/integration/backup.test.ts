/** Backups on real files: online copy, sealed and checked, rotated, recorded. */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase, backupIfDue, inspectDatabaseFile, listBackupFiles, readBackupState, rotateBackups } from '../../electron/backup';
import { backupFileName } from '../../electron/backup/backup-files';
import { sealBackupCopy } from '../../electron/backup/backup-database';
import { migrations } from '../../electron/db/migrations';
import { createCore } from '../../electron/core/create-core';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';
import { kienMinhMeeting } from '../support/kien-minh';
import { makeTempDir } from '../support/temp-dir';

async function officeWithData(h: CoreHarness): Promise<void> {
  await h.call('profile.save', sampleProfile);
  const meeting = await h.call('meetings.create', kienMinhMeeting);
  const c = await h.call('conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank', summary: 'về giải phóng mặt bằng', signerId: 'signer-bi-thu' });
  await h.call('conclusions.issue', { id: c.id, issueDate: '2026-05-08' });
  await h.call('conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank' });
}

describe('backups', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const harness = () => {
    const h = startCore();
    cleanups.push(() => h.close());
    return h;
  };

  it('copies the open database into the data folder, checked, stamped and self-contained', async () => {
    const h = harness();
    await officeWithData(h);
    const result = await backupDatabase(h.core.ctx, { reason: 'before-import' });
    expect(result.path.startsWith(join(h.dir, 'vpdu-files', 'backups'))).toBe(true);
    expect(result.contents.counts).toEqual({ meetings: 1, conclusions: 2, issuedConclusions: 1, tasks: 0 });
    expect(result.contents.lastNumbers).toEqual([{ docType: 'TB', lastNumber: 1, termName: 'khóa I' }]);
    // one file, no -wal/-shm or partial beside it
    expect(readdirSync(join(h.dir, 'vpdu-files', 'backups')).filter((n) => n.endsWith('.sqlite') || n.includes('partial') || n.endsWith('-wal'))).toEqual([
      result.path.split(/[\\/]/).pop(),
    ]);
    const inspected = inspectDatabaseFile(result.path);
    expect(inspected.reason).toBe('before-import');
    expect(inspected.takenAt).toBe(result.takenAt);
    expect(inspected.committee).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
    const copy = new BetterSqlite3(result.path, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    const state = readBackupState(join(h.dir, 'vpdu-files', 'backups'));
    expect(state.lastSuccess?.path).toBe(result.path);
    expect(state.lastAutomatic?.reason).toBe('before-import');
  });

  it('keeps working while the backup runs and the copy holds what was there when it started', async () => {
    const h = harness();
    await officeWithData(h);
    const pending = backupDatabase(h.core.ctx, { reason: 'manual', toDir: join(h.dir, 'usb') });
    await h.call('meetings.create', { ...kienMinhMeeting, date: '2026-06-01' });
    const result = await pending;
    expect(result.contents.counts.meetings).toBeGreaterThanOrEqual(1);
    expect(result.rotatedAway).toEqual([]);
    expect(existsSync(result.path)).toBe(true);
  });

  it('reports a folder it cannot write to in Vietnamese, leaves nothing behind and records the failure', async () => {
    const h = harness();
    const blocker = join(h.dir, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const err = await backupDatabase(h.core.ctx, { reason: 'manual', toDir: join(blocker, 'sub') }).catch((e: unknown) => e);
    expect((err as { userMessage: string }).userMessage).toMatch(/Không ghi được|không tồn tại|Sao lưu không thành công/);
    const state = readBackupState(join(h.dir, 'vpdu-files', 'backups'));
    expect(state.lastAttempt?.ok).toBe(false);
    expect(state.lastAttempt?.message).toMatch(/Sao lưu ngay/);
    expect(state.lastSuccess).toBeNull();
  });

  it('refuses to count a copy that fails its integrity check', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const path = join(dir, '.copy.partial');
    const raw = new BetterSqlite3(path);
    raw.exec(migrations[0]!.sql);
    raw.exec("CREATE TABLE filler(x TEXT); INSERT INTO filler SELECT hex(randomblob(500)) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i < 300) SELECT i FROM c);");
    raw.close();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 4096 * 4, 4096 * 20);
    writeFileSync(path, bytes);
    let code = '';
    try {
      sealBackupCopy(path, new Date().toISOString(), 'daily');
    } catch (err) {
      code = (err as { code: string }).code;
    }
    expect(code).toBe('DB_CORRUPT');
  });

  it('takes the start-of-day backup at most once a day', async () => {
    const h = harness();
    h.core.clock.setNow(new Date(2026, 10, 27, 8, 0, 0));
    expect(await backupIfDue(h.core.ctx)).not.toBeNull();
    h.core.clock.setNow(new Date(2026, 10, 27, 15, 0, 0));
    expect(await backupIfDue(h.core.ctx)).toBeNull();
    h.core.clock.setNow(new Date(2026, 10, 28, 7, 30, 0));
    expect((await backupIfDue(h.core.ctx))?.reason).toBe('daily');
    expect(listBackupFiles(join(h.dir, 'vpdu-files', 'backups'))).toHaveLength(2);
  });

  it('rotates the data folder to 7 daily, 4 weekly and 12 monthly backups, never touching manual ones', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    for (let i = 0; i < 400; i += 1) {
      writeFileSync(join(dir, backupFileName(new Date(2025, 10, 1 + i, 9, 0, 0), 'daily')), '');
    }
    writeFileSync(join(dir, backupFileName(new Date(2024, 0, 1, 9, 0, 0), 'manual')), '');
    const removed = rotateBackups(dir);
    const left = listBackupFiles(dir);
    expect(removed.length).toBe(400 - (left.length - 1));
    expect(left.length - 1).toBeLessThanOrEqual(23);
    expect(left.some((f) => f.reason === 'manual')).toBe(true);
  });

  it('backs up an existing file before a migration upgrades it', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'old.sqlite');
    const raw = new BetterSqlite3(path);
    for (const m of migrations.slice(0, 3)) {
      raw.exec(m.sql);
      raw.pragma(`user_version = ${m.version}`);
    }
    raw.prepare("INSERT INTO meta(key, value) VALUES ('replica_id', 'old-replica')").run();
    raw.close();
    const core = createCore({ dbPath: path });
    core.close();
    const backups = listBackupFiles(join(dir, 'vpdu-files', 'backups'));
    expect(backups.map((b) => b.reason)).toEqual(['before-migration']);
    expect(inspectDatabaseFile(backups[0]!.path).schemaVersion).toBe(3);
    // a fresh file and an already current one are not backed up
    createCore({ dbPath: path }).close();
    createCore({ dbPath: join(dir, 'fresh.sqlite') }).close();
    expect(listBackupFiles(join(dir, 'vpdu-files', 'backups'))).toHaveLength(1);
  });
});
