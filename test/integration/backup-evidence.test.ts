/** Evidence files travel with backups: copied beside them, checked, and brought back by a restore. */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../electron/backup/backup-database';
import { restoreOverUnopenable } from '../../electron/backup/recover';
import { BACKUP_EVIDENCE_FOLDER } from '../../electron/backup/backup-evidence';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('evidence files in backups', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const harness = async () => {
    const h = startCore();
    cleanups.push(() => h.close());
    await h.core.clock.setNow(new Date('2026-05-08T09:00:00'));
    await h.call('profile.save', sampleProfile);
    return h;
  };

  /** A task with one progress report carrying the given files; returns the task id. */
  async function reportWith(h: CoreHarness, files: Array<[string, Buffer]>): Promise<string> {
    const [task] = await h.call('tasks.createMany', { tasks: [{ conclusionId: null, content: 'Báo cáo kết quả kiểm tra an toàn thực phẩm', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-30' }] });
    const handles = files.map(([name, bytes]) => {
      const path = join(h.dir, name);
      writeFileSync(path, bytes);
      return h.readable(path);
    });
    await h.call('tasks.recordProgress', { taskId: task!.id, status: 'inProgress', note: 'Đã gửi kết quả', reportDate: '2026-05-10', evidenceFiles: handles });
    return task!.id;
  }

  const pdf = Buffer.from('%PDF-1.4 Biên bản kiểm tra an toàn thực phẩm bếp ăn trường mầm non '.repeat(150));
  const photo = Buffer.from(Array.from({ length: 9000 }, (_, i) => (i * 13) % 251));

  it('a backup to a USB folder carries the evidence beside it, once for every backup there', async () => {
    const h = await harness();
    await reportWith(h, [['bien-ban.pdf', pdf], ['anh-bep-an.jpg', photo]]);
    const usb = join(h.dir, 'usb');
    mkdirSync(usb);
    const first = await h.call('backup.now', { folder: h.folder(usb) });
    expect(first.contents.evidence).toEqual({ files: 2, missing: 0, missingNames: [] });
    const beside = join(usb, BACKUP_EVIDENCE_FOLDER);
    expect(readFileSync(join(beside, `${sha256(pdf)}.pdf`)).equals(pdf)).toBe(true);
    expect(readFileSync(join(beside, `${sha256(photo)}.jpg`)).equals(photo)).toBe(true);
    const inode = statSync(join(beside, `${sha256(pdf)}.pdf`)).ino;

    await h.core.clock.setNow(new Date('2026-05-09T09:00:00'));
    const second = await h.call('backup.now', { folder: h.folder(usb) });
    expect(second.contents.evidence.files).toBe(2);
    expect(statSync(join(beside, `${sha256(pdf)}.pdf`)).ino).toBe(inode);
    expect(readdirSync(beside).sort()).toEqual([`${sha256(photo)}.jpg`, `${sha256(pdf)}.pdf`].sort());
    // Automatic backups keep theirs beside them, in the data folder's backups.
    const daily = await backupDatabase(h.core.ctx, { reason: 'daily' });
    expect(daily.contents.evidence.missing).toBe(0);
    expect(readFileSync(join(h.core.ctx.dataDir, 'backups', BACKUP_EVIDENCE_FOLDER, `${sha256(pdf)}.pdf`)).equals(pdf)).toBe(true);
  });

  it('a restore on another PC brings the evidence back, and it opens', async () => {
    const office = await harness();
    const taskId = await reportWith(office, [['bien-ban.pdf', pdf]]);
    const usb = join(office.dir, 'usb');
    const backup = await office.call('backup.now', { folder: office.folder(usb) });

    const newPc = startCore();
    cleanups.push(() => newPc.close());
    const preview = await newPc.call('backup.preview', { file: newPc.readable(backup.path) });
    expect(preview.evidence).toEqual({ files: 1, missing: 0, missingNames: [] });
    const result = await newPc.call('backup.restore', { file: newPc.readable(backup.path) });
    expect(result.evidence).toEqual({ files: 1, missing: 0, missingNames: [], restored: 1 });
    const stored = join(newPc.core.ctx.dataDir, 'evidence', `${sha256(pdf)}.pdf`);
    expect(readFileSync(stored).equals(pdf)).toBe(true);
    const evidence = (await newPc.call('tasks.get', { id: taskId })).progress[0]!.evidence[0]!;
    const content = await newPc.call('tasks.evidenceContent', { evidenceId: evidence.id });
    expect(Buffer.from(content.base64, 'base64').equals(pdf)).toBe(true);
  });

  it('a restore replaces a copy cut short that an older version left in the data folder', async () => {
    const h = await harness();
    await reportWith(h, [['bien-ban.pdf', pdf]]);
    const backup = await h.call('backup.now', { folder: h.folder(join(h.dir, 'usb')) });
    const stored = join(h.core.ctx.dataDir, 'evidence', `${sha256(pdf)}.pdf`);
    writeFileSync(stored, pdf.subarray(0, 300));
    const result = await h.call('backup.restore', { file: h.readable(backup.path) });
    expect(result.evidence.restored).toBe(1);
    expect(readFileSync(stored).equals(pdf)).toBe(true);
  });

  it('never spreads a damaged copy: a file beside the backup that fails its hash is reported missing, not restored', async () => {
    const office = await harness();
    await reportWith(office, [['bien-ban-kiem-tra.pdf', pdf]]);
    const usb = join(office.dir, 'usb');
    const backup = await office.call('backup.now', { folder: office.folder(usb) });
    const beside = join(usb, BACKUP_EVIDENCE_FOLDER, `${sha256(pdf)}.pdf`);
    const damaged = Buffer.from(pdf);
    damaged[10] = damaged[10]! ^ 0x20;
    writeFileSync(beside, damaged);

    const newPc = startCore();
    cleanups.push(() => newPc.close());
    const result = await newPc.call('backup.restore', { file: newPc.readable(backup.path) });
    expect(result.evidence).toEqual({ files: 1, missing: 1, missingNames: ['bien-ban-kiem-tra.pdf'], restored: 0 });
    expect(existsSync(join(newPc.core.ctx.dataDir, 'evidence', `${sha256(pdf)}.pdf`))).toBe(false);
  });

  it('the preview names evidence found neither beside the backup nor in the data folder', async () => {
    const office = await harness();
    await reportWith(office, [['cong-van-15.pdf', pdf]]);
    const usb = join(office.dir, 'usb');
    const backup = await office.call('backup.now', { folder: office.folder(usb) });
    rmSync(join(usb, BACKUP_EVIDENCE_FOLDER), { recursive: true });
    // Here the data folder still has it: a restore loses nothing.
    expect((await office.call('backup.preview', { file: office.readable(backup.path) })).evidence.missing).toBe(0);
    const newPc = startCore();
    cleanups.push(() => newPc.close());
    expect((await newPc.call('backup.preview', { file: newPc.readable(backup.path) })).evidence).toEqual({ files: 1, missing: 1, missingNames: ['cong-van-15.pdf'] });
  });

  it('a backup still counts when an evidence file was deleted by hand from the data folder, and says so', async () => {
    const h = await harness();
    await reportWith(h, [['bien-ban.pdf', pdf], ['anh-bep-an.jpg', photo]]);
    rmSync(join(h.core.ctx.dataDir, 'evidence', `${sha256(photo)}.jpg`));
    const backup = await h.call('backup.now', { folder: h.folder(join(h.dir, 'usb')) });
    expect(backup.contents.evidence).toEqual({ files: 2, missing: 1, missingNames: ['anh-bep-an.jpg'] });
    const status = await h.call('data.status', {});
    expect(status.lastAttempt).toMatchObject({ ok: true, message: 'Thiếu 1 tệp minh chứng không còn trong thư mục dữ liệu: anh-bep-an.jpg' });
  });

  it('a backup whose evidence cannot be written does not count and leaves no backup file', async () => {
    const h = await harness();
    await reportWith(h, [['bien-ban.pdf', pdf]]);
    const usb = join(h.dir, 'usb');
    mkdirSync(usb);
    writeFileSync(join(usb, BACKUP_EVIDENCE_FOLDER), 'một tệp chắn đúng tên thư mục');
    const error = await h.fail('backup.now', { folder: h.folder(usb) });
    expect(error.code).toBe('IO');
    expect(error.message).toBe('Không chép được tệp minh chứng "bien-ban.pdf" vào nơi sao lưu (thiếu quyền ghi hoặc USB đã bị rút), chưa sao lưu được.');
    expect(readdirSync(usb)).toEqual([BACKUP_EVIDENCE_FOLDER]);
    expect((await h.call('data.status', {})).lastAttempt?.ok).toBe(false);
  });

  it('restoring over a database that will not open (CLI, start-up) brings the evidence back too', async () => {
    const office = await harness();
    await reportWith(office, [['bien-ban.pdf', pdf]]);
    const backup = await office.call('backup.now', { folder: office.folder(join(office.dir, 'usb')) });
    const newPc = startCore();
    cleanups.push(() => newPc.close());
    newPc.core.close();
    writeFileSync(newPc.dbPath, 'hỏng');
    const { evidence } = restoreOverUnopenable(newPc.dbPath, backup.path, new Date());
    expect(evidence.restored).toBe(1);
    expect(readFileSync(join(newPc.dir, 'vpdu-files', 'evidence', `${sha256(pdf)}.pdf`)).equals(pdf)).toBe(true);
    newPc.reopen();
  });
});
