/**
 * Progress of long jobs, seen through the contract as the window sees it (`jobs.active`): a
 * backup of a database of many pages reports its copy page by page, then its check, then its
 * evidence files, which the job thread copies and verifies beside the backup.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_EVIDENCE_FOLDER } from '../../electron/backup/backup-evidence';
import { STEP_CHECK, STEP_COPY, STEP_EVIDENCE } from '../../electron/backup/backup-database';
import type { ApiOutput } from '../../shared/api/contract';
import { JobPool } from '../../electron/jobs/job-pool';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

const slowThread = fileURLToPath(new URL('../support/slow-job-thread.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

type Active = ApiOutput<'jobs.active'>['jobs'][number];
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('progress of long jobs through the contract', { timeout: 120_000 }, () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  /** A core whose job thread sleeps 40 ms at each page step of a backup copy (test/support/slow-job-thread.ts). */
  const harness = async () => {
    const jobs = new JobPool({ size: 1, entry: { file: slowThread, execArgv: ['--import', tsxLoader], workerData: { slowStep: STEP_COPY, sleepMs: 40 } } });
    const h = startCore({ jobs });
    cleanups.push(() => {
      h.close();
      jobs.close();
    });
    await h.call('profile.save', sampleProfile);
    return h;
  };

  /** Calls `jobs.active` over and over until `until` settles; the distinct states of `kind` seen. */
  async function watch(h: CoreHarness, kind: string, until: Promise<unknown>): Promise<Active[]> {
    let settled = false;
    void until.finally(() => (settled = true)).catch(() => undefined);
    const seen: Active[] = [];
    while (!settled) {
      const r = await h.core.dispatch('jobs.active', {});
      expect(r.ok).toBe(true);
      for (const job of (r as { value: ApiOutput<'jobs.active'> }).value.jobs) {
        const lastSeen = seen.at(-1);
        if (job.kind === kind && (!lastSeen || lastSeen.step !== job.step || lastSeen.done !== job.done || lastSeen.total !== job.total)) seen.push(job);
      }
      await new Promise((r) => setTimeout(r, 2));
    }
    return seen;
  }

  it('a backup reports pages copied, its check and its evidence files while it runs; the thread copies the evidence', async () => {
    const h = await harness();
    // ~8 MB of pages: twenty steps of 100 pages, each slowed by the test thread.
    h.core.ctx.sqlite.exec(
      'CREATE TABLE filler(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) INSERT INTO filler SELECT randomblob(2000) FROM n',
    );
    const [task] = await h.call('tasks.createMany', { tasks: [{ conclusionId: null, content: 'Báo cáo kết quả kiểm tra an toàn thực phẩm', leadUnitIds: ['seed-peoplesCommittee'], dueDate: '2026-06-30' }] });
    const pdf = Buffer.from('%PDF-1.4 Biên bản kiểm tra bếp ăn '.repeat(300));
    const photo = Buffer.from(Array.from({ length: 9000 }, (_, i) => (i * 13) % 251));
    const handles = [['bien-ban.pdf', pdf], ['anh.jpg', photo]].map(([name, bytes]) => {
      const path = join(h.dir, name as string);
      writeFileSync(path, bytes as Buffer);
      return h.readable(path);
    });
    await h.call('tasks.recordProgress', { taskId: task!.id, status: 'inProgress', note: 'Đã gửi', reportDate: '2026-05-10', evidenceFiles: handles });
    const usb = join(h.dir, 'usb');
    mkdirSync(usb);
    const beside = join(usb, BACKUP_EVIDENCE_FOLDER);

    // The thread's result is kept back until the evidence is looked at: by then only the thread can have copied it.
    const release = h.core.ctx.jobs.holdResults('backup.copyAndSeal');
    const backup = h.core.dispatch('backup.now', { folder: h.folder(usb) });
    const watching = watch(h, 'backup.copyAndSeal', backup);
    await expect.poll(() => existsSync(join(beside, `${sha256(photo)}.jpg`)) && existsSync(join(beside, `${sha256(pdf)}.pdf`)), { timeout: 60_000 }).toBe(true);
    const last = ((await h.call('jobs.active', {})).jobs).find((j) => j.kind === 'backup.copyAndSeal');
    expect(last).toMatchObject({ state: 'running', step: STEP_EVIDENCE, done: 2, total: 2 });
    release();
    const r = (await backup) as { ok: boolean; value: ApiOutput<'backup.now'> };
    const seen = await watching;

    expect(r.ok).toBe(true);
    expect(r.value.contents.evidence).toEqual({ files: 2, missing: 0, missingNames: [] });
    expect(readFileSync(join(beside, `${sha256(pdf)}.pdf`)).equals(pdf)).toBe(true);
    expect(readFileSync(join(beside, `${sha256(photo)}.jpg`)).equals(photo)).toBe(true);

    const copying = seen.filter((j) => j.step === STEP_COPY && j.total !== null && j.total > 0);
    expect(new Set(copying.map((j) => j.done)).size, JSON.stringify(seen)).toBeGreaterThanOrEqual(3);
    const counts = copying.map((j) => j.done!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(copying.every((j) => j.total === copying[0]!.total && j.done! <= j.total!)).toBe(true);
    const steps = [...new Set(seen.map((j) => j.step))];
    expect(steps.indexOf(STEP_COPY)).toBeLessThan(steps.indexOf(STEP_EVIDENCE));
    if (steps.includes(STEP_CHECK)) expect(steps.indexOf(STEP_CHECK)).toBeGreaterThan(steps.indexOf(STEP_COPY));
    expect((await h.call('jobs.active', {})).jobs).toEqual([]);
  });

  it('"Kiểm tra dữ liệu" shows its step while the full check runs (indeterminate)', async () => {
    const h = await harness();
    const release = h.core.ctx.jobs.holdResults('database.check');
    const check = h.core.dispatch('db.integrityCheck', {});
    await expect
      .poll(async () => (await h.call('jobs.active', {})).jobs.find((j) => j.kind === 'database.check')?.step, { timeout: 30_000 })
      .toBe('Đang kiểm tra liên kết giữa các bảng');
    const job = (await h.call('jobs.active', {})).jobs[0]!;
    expect(job).toMatchObject({ done: null, total: null, state: 'running' });
    release();
    expect((await check).ok).toBe(true);
  });
});
