/**
 * "Huỷ" through the contract (`jobs.cancel`), as the window uses it, on real files: a
 * "Sao lưu ngay" to a USB folder stopped mid-copy leaves nothing there and no failed backup
 * on record; an export stopped mid-write leaves no file; a reminder letter cancelled while it
 * renders takes no number; what the caller writes into the data after a job has returned is
 * not stopped ('finished'); an automatic backup is not offered for cancelling.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupState } from '../../electron/backup';
import { backupsDir } from '../../electron/backup/backup-files';
import { backupDatabase, STEP_COPY } from '../../electron/backup/backup-database';
import { STEP_WRITE_FILE } from '../../electron/jobs/job-list';
import { JobPool } from '../../electron/jobs/job-pool';
import { atomicTempPath } from '../../electron/system/files';
import type { ApiOutput } from '../../shared/api/contract';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

const slowThread = fileURLToPath(new URL('../support/slow-job-thread.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

type Active = ApiOutput<'jobs.active'>['jobs'][number];

describe('cancelling long jobs through the contract', { timeout: 90_000 }, () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  /** A core whose job thread parks (60 s) at `slowStep` once its count has passed 0. */
  async function harness(slowStep: string) {
    const jobs = new JobPool({ size: 1, entry: { file: slowThread, execArgv: ['--import', tsxLoader], workerData: { slowStep, sleepMs: 60_000, fromDone: 1 } } });
    const h = startCore({ jobs });
    cleanups.push(() => {
      h.close();
      jobs.close();
    });
    await h.call('profile.save', sampleProfile);
    return h;
  }

  /** The job of `kind` once it runs (and has reached `step`, when given). */
  async function runningJob(h: CoreHarness, kind: string, step?: string): Promise<Active> {
    let found: Active | undefined;
    await expect
      .poll(
        async () => {
          found = (await h.call('jobs.active', {})).jobs.find((j) => j.kind === kind && j.state === 'running');
          return found !== undefined && (step === undefined || found.step === step);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    return found!;
  }

  it('"Sao lưu ngay" stopped mid-copy: CANCELLED in Vietnamese, nothing left on the stick, no failed backup recorded, the next job runs', async () => {
    const h = await harness(STEP_COPY);
    // A few MB: the copy takes many steps (one step copies a small file whole, without a report between).
    h.core.ctx.sqlite.exec('CREATE TABLE filler(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(2000) FROM n');
    const usb = join(h.dir, 'usb');
    mkdirSync(usb);
    const backup = h.core.dispatch('backup.now', { folder: h.folder(usb) });
    const job = await runningJob(h, 'backup.copyAndSeal', STEP_COPY);
    expect(job).toMatchObject({ step: STEP_COPY, cancellable: true });
    await expect.poll(() => readdirSync(usb).some((n) => n.endsWith('.partial'))).toBe(true);

    expect(await h.call('jobs.cancel', { id: job.id })).toEqual({ outcome: 'cancelled' });
    const r = await backup;
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CANCELLED');
    expect(r.error.message).toMatch(/^Đã huỷ theo yêu cầu/);
    expect(readdirSync(usb)).toEqual([]);
    expect(readBackupState(backupsDir(h.core.ctx)).lastAttempt).toBeNull();
    expect((await h.call('jobs.active', {})).jobs).toEqual([]);
    // The stopped thread is replaced: the full check runs on a new one.
    expect((await h.call('db.integrityCheck', {})).ok).toBe(true);
    expect(await h.call('jobs.cancel', { id: job.id })).toEqual({ outcome: 'finished' });
  });

  it('an automatic backup is not cancellable; a malformed id is refused by the contract', async () => {
    const h = await harness(STEP_COPY);
    h.core.ctx.sqlite.exec('CREATE TABLE filler(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(2000) FROM n');
    const daily = backupDatabase(h.core.ctx, { reason: 'daily' });
    const job = await runningJob(h, 'backup.copyAndSeal');
    expect(job.cancellable).toBe(false);
    expect(await h.call('jobs.cancel', { id: job.id })).toEqual({ outcome: 'not-cancellable' });
    expect((await h.call('jobs.active', {})).jobs).toMatchObject([{ id: job.id, state: 'running' }]);
    for (const id of [0, -1, 1.5, '3']) expect((await h.fail('jobs.cancel', { id })).code).toBe('VALIDATION');
    h.core.ctx.jobs.close();
    await expect(daily).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('the register exported to XLSX, stopped mid-write: no file, no temporary file', async () => {
    const h = await harness(STEP_WRITE_FILE);
    const target = join(h.dir, 'so-van-ban-di.xlsx');
    const exporting = h.core.dispatch('register.export', { format: 'xlsx', target: h.writable(target) });
    const job = await runningJob(h, 'table.writeXlsx', STEP_WRITE_FILE);
    expect(job).toMatchObject({ step: STEP_WRITE_FILE, cancellable: true });
    expect(existsSync(atomicTempPath(target))).toBe(true);
    expect((await h.call('jobs.cancel', { id: job.id })).outcome).toBe('cancelled');
    const r = await exporting;
    expect(r.ok ? null : r.error.code).toBe('CANCELLED');
    expect(existsSync(target)).toBe(false);
    expect(existsSync(atomicTempPath(target))).toBe(false);
  });

  it('a reminder letter cancelled while it renders takes no number; once rendered, its number and file are not stopped', async () => {
    const jobs = new JobPool({ size: 1 });
    const h = startCore({ jobs });
    cleanups.push(() => {
      h.close();
      jobs.close();
    });
    await h.core.clock.setNow(new Date('2026-04-01T09:00:00'));
    await h.call('profile.save', sampleProfile);
    await h.call('tasks.createMany', {
      tasks: [{ conclusionId: null, content: 'Giải phóng mặt bằng tuyến đường liên thôn', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-05-15' }],
    });
    await h.core.clock.setNow(new Date('2026-06-10T09:00:00'));
    const path = join(h.dir, 'cv.docx');

    // The rendered bytes are kept back: the job is still the pool's, so "Huỷ" lands before the number is taken.
    const release = jobs.holdResults('document.renderDocx');
    const letter = h.core.dispatch('followup.reminderLetter', { unitId: 'seed-peoplesCommittee', target: h.writable(path) });
    const job = await runningJob(h, 'document.renderDocx');
    expect(job.cancellable).toBe(true);
    expect((await h.call('jobs.cancel', { id: job.id })).outcome).toBe('cancelled');
    release();
    const r = await letter;
    expect(r.ok ? null : r.error.code).toBe('CANCELLED');
    expect(existsSync(path)).toBe(false);
    expect((await h.call('register.list', { docType: 'CV' })).items).toEqual([]);

    const done = await h.call('followup.reminderLetter', { unitId: 'seed-peoplesCommittee', target: h.writable(path) });
    expect(done.numberSymbol).toMatch(/-CV\/ĐU$/);
    // Its job has returned and the number is taken: a late "Huỷ" changes nothing.
    expect((await h.call('jobs.cancel', { id: job.id + 1 })).outcome).toBe('finished');
    expect((await h.call('register.list', { docType: 'CV' })).items).toHaveLength(1);
    expect(existsSync(path)).toBe(true);
  });
});
