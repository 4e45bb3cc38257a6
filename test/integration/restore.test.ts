/** Restore through the contract on real files: preview, safety backup, new identity, reopen. */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { newestGoodBackup, restoreOverUnopenable } from '../../electron/backup/recover';
import { startCore, sampleProfile, type CoreHarness } from '../support/core-harness';
import { kienMinhMeeting } from '../support/kien-minh';
import { makeTempDir } from '../support/temp-dir';

describe('restore', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const harness = () => {
    const h = startCore();
    cleanups.push(() => h.close());
    return h;
  };

  async function issueOne(h: CoreHarness, date: string) {
    const m = await h.call('meetings.create', { ...kienMinhMeeting, date });
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: m.id, templateKey: 'blank', summary: 'về công tác tháng', signerId: 'signer-bi-thu' });
    return h.call('conclusions.issue', { id: c.id, issueDate: date });
  }

  it('previews a backup, restores it after backing up the current state, and renews the install identity', async () => {
    const h = harness();
    await h.call('profile.save', sampleProfile);
    await issueOne(h, '2026-05-08');
    const usb = join(h.dir, 'usb');
    const backup = await h.call('backup.now', { folder: h.folder(usb) });
    await issueOne(h, '2026-05-20');
    await issueOne(h, '2026-06-02');
    const before = await h.call('app.info', {});

    const preview = await h.call('backup.preview', { file: h.readable(backup.path) });
    expect(preview.counts).toMatchObject({ meetings: 1, conclusions: 1, issuedConclusions: 1 });
    expect(preview.lastNumbers).toEqual([{ docType: 'TB', lastNumber: 1, termName: 'khóa I' }]);
    expect(preview.takenAt).toBe(backup.takenAt);

    const result = await h.call('backup.restore', { file: h.readable(backup.path) });
    expect(result.restored.counts.meetings).toBe(1);
    // the state replaced is itself a backup holding the three conclusions
    expect((await h.call('backup.preview', { file: h.readable(result.safetyBackup) })).counts.conclusions).toBe(3);
    // the open core now serves the restored file, under a new identity
    expect((await h.call('conclusions.list', {})).items.length).toBe(1);
    const after = await h.call('app.info', {});
    expect(after.replicaId).not.toBe(before.replicaId);
    expect(result.replicaId).toBe(after.replicaId);
    // numbering goes on from the restored register
    expect((await issueOne(h, '2026-06-10')).numberSymbol).toBe('02-TB/ĐU');
    // and it survives a restart
    h.reopen();
    expect((await h.call('conclusions.list', {})).items.length).toBe(2);
    expect((await h.call('app.info', {})).replicaId).toBe(after.replicaId);
    const status = await h.call('data.status', {});
    expect(status.lastSuccess?.reason).toBe('before-restore');
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const h = harness();
    await issueOne(h, '2026-05-08');
    const bogus = join(h.dir, 'bogus.sqlite');
    writeFileSync(bogus, 'không phải cơ sở dữ liệu'.repeat(100));
    const e = await h.fail('backup.restore', { file: h.readable(bogus) });
    expect(e.code).toBe('BAD_FILE');
    expect(e.message).toMatch(/không phải bản sao lưu/);
    expect((await h.call('conclusions.list', {})).items.length).toBe(1);
    // a path instead of a handle is refused at the boundary
    expect((await h.fail('backup.restore', { file: bogus })).code).toBe('VALIDATION');
    const missing = await h.fail('backup.preview', { file: h.readable(join(h.dir, 'nope.sqlite')) });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('puts the newest good backup in place of a corrupt file, keeping the broken one aside', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const dbPath = join(dir, 'office.sqlite');
    const h = { core: createCore({ dbPath }) };
    await h.core.dispatch('profile.save', sampleProfile);
    const { backupDatabase } = await import('../../electron/backup/backup-database');
    await backupDatabase(h.core.ctx, { reason: 'daily' });
    h.core.close();
    const broken = readFileSync(dbPath);
    broken.fill(0, 0, 100); // header gone
    writeFileSync(dbPath, broken);
    expect(() => createCore({ dbPath })).toThrow(expect.objectContaining({ code: 'DB_CORRUPT', userMessage: expect.stringMatching(/bị hỏng/) }));

    const good = newestGoodBackup(join(dir, 'vpdu-files'));
    expect(good?.committee).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
    const { keptAside } = restoreOverUnopenable(dbPath, good!.path, new Date());
    expect(keptAside && readFileSync(keptAside).equals(broken)).toBe(true);
    const reopened = createCore({ dbPath });
    const raw = new BetterSqlite3(good!.path, { readonly: true });
    const oldId = raw.prepare("SELECT value FROM meta WHERE key = 'replica_id'").pluck().get();
    raw.close();
    expect(reopened.ctx.install.id).not.toBe(oldId);
    reopened.close();
    expect(existsSync(`${dbPath}.restoring`)).toBe(false);
  });
});
