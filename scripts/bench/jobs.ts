/**
 * The main thread's longest stall while long jobs run: a full data check, a backup and a
 * folder import, each run through the contract (the work in a job thread) beside the same
 * work called on the main thread, on the same files in the same run. The stall is the longest
 * gap between ticks of a 1 ms timer: what a window would feel as a freeze.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkDatabaseFile } from '../../electron/backup/backup-contents';
import { sealBackupCopy } from '../../electron/backup/backup-database';
import { createCore, type Core } from '../../electron/core/create-core';
import { readImportFile } from '../../electron/import/read-import-file';
import { AppError } from '../../shared/api/errors';
import { sampleProfile } from '../../test/support/core-harness';
import { makeTempDir } from '../../test/support/temp-dir';
import { benchTexts } from './corpus-models';
import { writeArchive } from './import';

interface Stall {
  totalMs: number;
  longestStallMs: number;
}

async function stallDuring(work: () => Promise<unknown>): Promise<Stall> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  await work();
  const totalMs = performance.now() - t0;
  clearInterval(timer);
  longest = Math.max(longest, performance.now() - last);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { totalMs: round(totalMs), longestStallMs: round(longest) };
}

async function call(core: Core, method: string, input: unknown): Promise<unknown> {
  const r = await core.dispatch(method, input);
  if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.detail);
  return r.value;
}

const FILLER_MB = 200;
const FILES = 30;

export async function benchJobs(): Promise<Record<string, unknown>> {
  const { dir, cleanup } = makeTempDir('vpdu-bench-jobs-');
  const core = createCore({ dbPath: join(dir, 'office.sqlite') });
  try {
    await call(core, 'profile.save', sampleProfile);
    // Bulk pages for the check and the copy to read (a scratch table: only the size matters).
    core.ctx.sqlite.exec(
      `CREATE TABLE bench_filler(x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${FILLER_MB * 256}) INSERT INTO bench_filler SELECT randomblob(4000) FROM n`,
    );
    const folder = join(dir, 'luu-tru');
    mkdirSync(folder);
    const { source, texts } = benchTexts();
    const kinds = await writeArchive(folder, texts, FILES);
    const files = readdirSync(folder).sort().map((n) => join(folder, n));
    // Warm the thread once: its start-up is paid once per process, not per job.
    await call(core, 'import.previewText', { text: texts[0]!.text });

    const check = {
      onMainThread: await stallDuring(async () => checkDatabaseFile(core.ctx.sqlite.name)),
      inJobThread: await stallDuring(() => call(core, 'db.integrityCheck', {})),
    };
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const backup = {
      onMainThread: await stallDuring(async () => {
        // What backupDatabase did before the job threads: the copy from the app's own connection, then the seal.
        const tmp = join(usb, 'main-thread.partial');
        await core.ctx.sqlite.backup(tmp);
        sealBackupCopy(tmp, new Date().toISOString(), 'manual');
      }),
      inJobThread: await stallDuring(() => call(core, 'backup.now', { folder: core.ctx.files.grant(usb, 'folder').handle })),
    };
    const folderImport = {
      onMainThread: await stallDuring(async () => {
        for (const f of files) await readImportFile(f).catch(() => null);
      }),
      inJobThread: await stallDuring(async () => {
        for (const f of files) await core.dispatch('import.previewFile', { file: core.ctx.files.grant(f, 'read').handle });
      }),
    };
    return {
      data: { databaseMb: Math.round(core.ctx.sqlite.prepare('SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()').pluck().get() as number / 1048576), folder: { files: FILES, ...kinds, texts: source } },
      note: 'longestStallMs: the longest the main thread did not answer (a 1 ms timer\'s largest gap); the same work on the main thread beside it',
      fullCheck: check,
      backup,
      folderImportPreview: folderImport,
    };
  } finally {
    core.close();
    cleanup();
  }
}
