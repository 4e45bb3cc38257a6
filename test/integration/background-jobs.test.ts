/**
 * Long jobs run in job threads (electron/jobs/), through the contract on real files: the main
 * thread keeps answering while they run, their errors come back typed and in Vietnamese, and a
 * thread that dies loses nothing.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupState } from '../../electron/backup';
import { createCore, type Core } from '../../electron/core/create-core';
import { PackageError } from '../../electron/exchange/package-errors';
import { ImportFileError } from '../../electron/import/import-errors';
import { JobPool } from '../../electron/jobs/job-pool';
import { fixtureText, KIEN_MINH_FILE } from '../support/corpus';
import { kienMinhMeeting } from '../support/kien-minh';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';
import { zipBombDocx } from '../support/zip-bomb';

const crashingThread = fileURLToPath(new URL('../support/crashing-job-thread.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** A long conclusion as Word saves it: the 62-TB/ĐU text, its body repeated into many pages. */
async function longConclusionDocx(path: string, repeats: number): Promise<void> {
  const lines = fixtureText(KIEN_MINH_FILE).split('\n');
  const body = lines.slice(12, lines.length - 12);
  const all = [...lines.slice(0, 12), ...Array.from({ length: repeats }, () => body).flat(), ...lines.slice(lines.length - 12)];
  const doc = new Document({ sections: [{ children: all.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
  writeFileSync(path, await Packer.toBuffer(doc));
}

/** Resolves when a thread of `core` starts a job of `kind`. */
function started(core: Core, kind: string): Promise<'started'> {
  return new Promise((resolve) => {
    const stop = core.ctx.jobs.onStart((k) => {
      if (k !== kind) return;
      stop();
      resolve('started');
    });
  });
}

describe('long jobs off the main thread', { timeout: 60_000 }, () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const harness = async () => {
    const h = startCore();
    cleanups.push(() => h.close());
    await h.call('profile.save', sampleProfile);
    return h;
  };

  /**
   * While `heavy` runs in its thread: a timer keeps ticking and a cheap call is answered, both
   * before the heavy call settles. Run on the main thread instead, the heavy call would settle
   * first (the check is one synchronous call) and the race below would say 'finished'.
   */
  async function expectMainThreadFree(h: CoreHarness, kind: string, heavy: () => Promise<unknown>) {
    const events: string[] = [];
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    cleanups.push(() => clearInterval(timer));
    const begun = started(h.core, kind);
    const done = heavy().then((r) => {
      events.push('heavy settled');
      return r;
    });
    expect(await Promise.race([begun, done.then(() => 'finished')])).toBe('started');
    const info = await h.core.dispatch('app.info', {});
    expect(info.ok).toBe(true);
    events.push('cheap answered');
    const ticksBefore = ticks;
    await new Promise((r) => setTimeout(r, 0));
    events.push(ticks > ticksBefore ? 'timer ticked' : 'timer stalled');
    const result = await done;
    expect(events).toEqual(['cheap answered', 'timer ticked', 'heavy settled']);
    return result;
  }

  it('answers other calls while "Kiểm tra dữ liệu" checks a large database in full', async () => {
    const h = await harness();
    // ~25 MB of pages for integrity_check to read (a scratch table beside the app's own).
    h.core.ctx.sqlite.exec(
      'CREATE TABLE filler(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000) INSERT INTO filler SELECT randomblob(2000) FROM n',
    );
    const r = (await expectMainThreadFree(h, 'database.check', () => h.core.dispatch('db.integrityCheck', {}))) as { ok: boolean; value: { ok: boolean } };
    expect(r.ok).toBe(true);
    expect(r.value.ok).toBe(true);
  });

  it('answers other calls while a long DOCX is read for import, then previews it', async () => {
    const h = await harness();
    const path = join(h.dir, 'tb-62-dai.docx');
    await longConclusionDocx(path, 25);
    const r = (await expectMainThreadFree(h, 'import.readFile', () => h.core.dispatch('import.previewFile', { file: h.readable(path) }))) as {
      ok: boolean;
      value: { numberSymbol: string; tasks: unknown[] };
    };
    expect(r.ok).toBe(true);
    expect(r.value.numberSymbol).toBe('62-TB/ĐU');
    expect(r.value.tasks.length).toBeGreaterThan(0);
  });

  it('answers other calls while a backup is copied and checked', async () => {
    const h = await harness();
    h.core.ctx.sqlite.exec('CREATE TABLE filler(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000) INSERT INTO filler SELECT randomblob(2000) FROM n');
    const r = (await expectMainThreadFree(h, 'backup.copyAndSeal', () => h.core.dispatch('backup.now', { folder: h.folder(h.dir) }))) as { ok: boolean; value: { path: string } };
    expect(r.ok).toBe(true);
    expect(existsSync(r.value.path)).toBe(true);
  });

  it('answers other calls while a DOCX export is rendered and written', async () => {
    const h = await harness();
    const meeting = await h.call('meetings.create', kienMinhMeeting);
    const c = await h.call('conclusions.create', { kind: 'TB', meetingId: meeting.id, templateKey: 'blank', summary: 'về giải phóng mặt bằng', signerId: 'signer-bi-thu' });
    const out = join(h.dir, 'tb.docx');
    const r = (await expectMainThreadFree(h, 'document.writeDocx', () => h.core.dispatch('export.conclusionDocx', { id: c.id, target: h.writable(out) }))) as { ok: boolean; value: { bytes: number } };
    expect(r.ok).toBe(true);
    expect(readFileSync(out).length).toBe(r.value.bytes);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('seals a package behind a passphrase (scrypt) in a thread, and reads it back in threads', async () => {
    const h = await harness();
    await h.call('meetings.create', kienMinhMeeting);
    const out = join(h.dir, 'goi.vpdu');
    const made = (await expectMainThreadFree(h, 'exchange.writePackage', () =>
      h.core.dispatch('exchange.export', { scope: 'all', passphrase: 'mật khẩu gói', target: h.writable(out) }),
    )) as { ok: boolean; value: { bytes: number; sealed: string } };
    expect(made).toMatchObject({ ok: true, value: { sealed: 'passphrase' } });
    expect(readFileSync(out).length).toBe(made.value.bytes);
    // Read back in a thread: the signature holds; this install is the sender, so it is refused here.
    expect(await h.fail('exchange.preview', { file: h.readable(out), passphrase: 'mật khẩu gói' })).toMatchObject({ code: 'BAD_FILE', message: expect.stringMatching(/máy này/) });
    expect((await h.call('exchange.history', {}))[0]).toMatchObject({ direction: 'export', size: made.value.bytes });
  });

  it('brings errors from a thread back typed, in Vietnamese, with their English detail', async () => {
    const h = await harness();
    const bomb = join(h.dir, 'bom.docx');
    writeFileSync(bomb, zipBombDocx({ inflatedMiB: 200 }));
    const refused = await h.fail('import.previewFile', { file: h.readable(bomb) });
    expect(refused).toMatchObject({ code: 'BAD_FILE', message: expect.stringMatching(/nội dung nén quá lớn/) });
    expect(refused.detail).toMatch(/ZIP check/);
    // The service sees the import's own error class, reason included, as if it had run here.
    const thrown = await h.core.ctx.jobs.run('import.readFile', { path: bomb }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ImportFileError);
    expect((thrown as ImportFileError).reason).toBe('too-large-docx');

    const cut = join(h.dir, 'cat-ngang.vpdu');
    writeFileSync(cut, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    const damaged = await h.core.ctx.jobs.run('exchange.readSigned', { path: cut }).catch((e: unknown) => e);
    expect(damaged).toBeInstanceOf(PackageError);
    expect(await h.fail('exchange.preview', { file: h.readable(cut) })).toMatchObject({ code: 'BAD_FILE', message: (damaged as PackageError).userMessage });

    const notBackup = join(h.dir, 'khong-phai.sqlite');
    writeFileSync(notBackup, 'SQLite format 3\0 but nothing after the header');
    expect(await h.fail('backup.preview', { file: h.readable(notBackup) })).toMatchObject({ code: 'BAD_FILE', message: expect.stringMatching(/không phải bản sao lưu/) });
  });
});

describe('a job thread that dies', { timeout: 60_000 }, () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  function coreWithThreads(orders: { crashOn?: string; throwOn?: string }) {
    const { dir, cleanup } = makeTempDir();
    const jobs = new JobPool({ size: 1, entry: { file: crashingThread, execArgv: ['--import', tsxLoader], workerData: orders } });
    const core = createCore({ dbPath: join(dir, 'office.sqlite'), validateOutput: true, jobs });
    cleanups.push(() => {
      core.close();
      jobs.close();
      cleanup();
    });
    return { core, dir };
  }

  it('fails the backup it held with a Vietnamese message, leaves no partial copy, and the next job gets a new thread', async () => {
    const { core, dir } = coreWithThreads({ crashOn: 'backup.copyAndSeal' });
    await core.dispatch('profile.save', sampleProfile);
    const r = await core.dispatch('backup.now', { folder: core.ctx.files.grant(dir, 'folder').handle });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/bị dừng đột ngột nên chưa hoàn thành\. Dữ liệu không bị thay đổi/) } });
    expect(!r.ok && r.error.detail).toMatch(/worker thread lost/);
    expect(readdirSync(dir).filter((n) => n.includes('partial') || /^vpdu-.*\.sqlite$/.test(n))).toEqual([]);
    expect(readBackupState(join(dir, 'vpdu-files', 'backups')).lastAttempt).toMatchObject({ ok: false, message: expect.stringMatching(/^Sao lưu ngay: Công việc chạy nền bị dừng/) });
    // The database is as it was and answers; a later job runs on a fresh thread.
    expect(await core.dispatch('profile.get', {})).toMatchObject({ ok: true, value: { committee: sampleProfile.committee } });
    expect(await core.dispatch('db.integrityCheck', {})).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('saves nothing from an import whose reading thread crashed, and the batch goes on', async () => {
    const { core, dir } = coreWithThreads({ throwOn: 'import.readFile' });
    await core.dispatch('profile.save', sampleProfile);
    const file = join(dir, 'tb-62.txt');
    writeFileSync(file, fixtureText(KIEN_MINH_FILE));
    const r = await core.dispatch('import.previewFile', { file: core.ctx.files.grant(file, 'read').handle });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/Công việc chạy nền bị dừng đột ngột.*Dữ liệu không bị thay đổi/) } });
    expect(await core.dispatch('conclusions.list', {})).toMatchObject({ ok: true, value: { items: [], total: 0 } });
    // Pasted text is read by another job kind on the new thread: the import goes on.
    const pasted = await core.dispatch('import.previewText', { text: fixtureText(KIEN_MINH_FILE) });
    expect(pasted).toMatchObject({ ok: true, value: { numberSymbol: '62-TB/ĐU' } });
  });
});
