/**
 * "Huỷ" in the job pool (electron/jobs/job-pool.ts `cancelById`): a queued job leaves the
 * queue without starting; a running one has its thread stopped, its partial file removed, and
 * the next job runs on a fresh thread. The slow test thread (test/support/slow-job-thread.ts)
 * parks a file write after its first slice, its temporary file on disk, until it is stopped.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import type { XlsxTable } from '../../../electron/export/xlsx-table';
import { STEP_WRITE_FILE } from '../../../electron/jobs/job-list';
import { JobPool } from '../../../electron/jobs/job-pool';
import { atomicTempPath } from '../../../electron/system/files';
import { makeTempDir } from '../../support/temp-dir';

const slowThread = fileURLToPath(new URL('../../support/slow-job-thread.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const table: XlsxTable = {
  sheetName: 'Sổ văn bản đi',
  titleLines: [{ text: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', sizePt: 14, bold: true }],
  columns: [
    { header: 'Số', width: 10 },
    { header: 'Trích yếu', width: 60 },
  ],
  rows: Array.from({ length: 50 }, (_, i) => [`${i + 1}-TB/ĐU`, `Thông báo kết luận số ${i + 1} của Ban Thường vụ`]),
  createdOn: '2026-05-10',
};

describe('cancelling a job from the window', { timeout: 60_000 }, () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  /** One thread; a write parks (60 s) once its first slice is on disk. */
  function setup() {
    const pool = new JobPool({ size: 1, entry: { file: slowThread, execArgv: ['--import', tsxLoader], workerData: { slowStep: STEP_WRITE_FILE, sleepMs: 60_000, fromDone: 1 } } });
    const { dir, cleanup } = makeTempDir('vpdu-cancel-');
    cleanups.push(() => {
      pool.close();
      cleanup();
    });
    const started: string[] = [];
    pool.onStart((kind) => started.push(kind));
    return { pool, dir, started };
  }

  const idOf = (pool: JobPool, kind: string) => pool.active().find((j) => j.kind === kind)!.id;

  it('stops a running write: the caller gets CANCELLED, no file is left, and the next job runs on a new thread', async () => {
    const { pool, dir, started } = setup();
    const target = join(dir, 'so-van-ban-di.xlsx');
    const writing = pool.run('table.writeXlsx', { table, path: target }, { cancellable: true });
    const failed = writing.then(
      () => null,
      (err: unknown) => err,
    );
    // Parked in the middle of its write: the temporary file is there, the real name not yet.
    await expect.poll(() => existsSync(atomicTempPath(target)), { timeout: 30_000 }).toBe(true);
    expect(pool.active()).toMatchObject([{ kind: 'table.writeXlsx', state: 'running', cancellable: true, step: STEP_WRITE_FILE }]);
    const next = pool.run('import.readText', { text: 'ĐẢNG ỦY XÃ KIẾN MINH\nSố 62-TB/ĐU' });

    expect(await pool.cancelById(idOf(pool, 'table.writeXlsx'))).toBe('cancelled');
    const err = await failed;
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('CANCELLED');
    expect((err as AppError).userMessage).toMatch(/^Đã huỷ theo yêu cầu/);
    expect(readdirSync(dir)).toEqual([]);

    // The stopped thread held the only slot; the queued job got a fresh one.
    await expect(next).resolves.toBeTruthy();
    expect(started).toEqual(['table.writeXlsx', 'import.readText']);
    expect(pool.pending).toBe(0);
  });

  it('takes a queued job out of the queue before it starts; the running one goes on', async () => {
    const { pool, dir, started } = setup();
    const first = join(dir, 'dau.xlsx');
    const running = pool.run('table.writeXlsx', { table, path: first }, { cancellable: true });
    void running.catch(() => undefined);
    await expect.poll(() => existsSync(atomicTempPath(first)), { timeout: 30_000 }).toBe(true);
    const second = join(dir, 'sau.xlsx');
    const queued = pool.run('table.writeXlsx', { table, path: second }, { cancellable: true });
    const queuedJob = pool.active().find((j) => j.state === 'queued')!;
    expect(queuedJob).toMatchObject({ kind: 'table.writeXlsx', cancellable: true });

    expect(await pool.cancelById(queuedJob.id)).toBe('cancelled');
    await expect(queued).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(pool.active()).toMatchObject([{ state: 'running' }]);
    expect(started).toEqual(['table.writeXlsx']);

    expect(await pool.cancelById(pool.active()[0]!.id)).toBe('cancelled');
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a job its caller did not mark cancellable, and answers "finished" for one that is over', async () => {
    const { pool, dir } = setup();
    const target = join(dir, 'bang.xlsx');
    const writing = pool.run('table.writeXlsx', { table, path: target });
    await expect.poll(() => existsSync(atomicTempPath(target)), { timeout: 30_000 }).toBe(true);
    const id = idOf(pool, 'table.writeXlsx');
    expect(pool.active()[0]!.cancellable).toBe(false);
    expect(await pool.cancelById(id)).toBe('not-cancellable');
    expect(pool.active()).toMatchObject([{ id, state: 'running' }]);
    pool.close();
    await expect(writing).rejects.toMatchObject({ code: 'CANCELLED' });

    const quick = new JobPool({ size: 1 });
    cleanups.push(() => quick.close());
    await quick.run('import.readText', { text: 'Số 62-TB/ĐU' }, { cancellable: true });
    expect(await quick.cancelById(1)).toBe('finished');
    expect(await quick.cancelById(999)).toBe('finished');
  });
});
