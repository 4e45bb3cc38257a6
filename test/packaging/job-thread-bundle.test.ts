/**
 * The job thread as the app ships it: dist-electron/job-thread.cjs (a CommonJS bundle made by
 * scripts/build-electron.mjs), found beside main.cjs by the bundled code, loading the native
 * better-sqlite3 and mammoth from the bundle, and answering jobs. The sources' own thread (tsx)
 * is what the other tests use; this one proves the built layout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobPool } from '../../electron/jobs/job-pool';
import { BUNDLED_THREAD_FILE, threadEntryFor } from '../../electron/jobs/thread-entry';
import { PROJECT_DIR } from '../../scripts/check-packaging';
import { fixtureText, KIEN_MINH_FILE } from '../support/corpus';
import { makeTempDir } from '../support/temp-dir';

const distDir = join(PROJECT_DIR, 'dist-electron');

describe('the bundled job thread (dist-electron/job-thread.cjs)', () => {
  const temp = makeTempDir('vpdu-job-bundle-');
  let pool: JobPool;

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: PROJECT_DIR, stdio: 'pipe' });
    pool = new JobPool({ size: 1, entry: threadEntryFor(join(distDir, 'main.cjs')) });
  }, 120_000);
  afterAll(() => {
    pool?.close();
    temp.cleanup();
  });

  it('is laid out beside main.cjs, and the bundled code looks for it there', async () => {
    expect(existsSync(join(distDir, BUNDLED_THREAD_FILE))).toBe(true);
    expect(readFileSync(join(distDir, 'main.cjs'), 'utf8')).toContain(`"${BUNDLED_THREAD_FILE}"`);
    // The same resolver, bundled to CommonJS the way main.cjs is, run by plain Node.
    const probe = join(distDir, '.thread-entry-probe.cjs');
    try {
      await build({
        stdin: { contents: "import { defaultThreadEntry } from './electron/jobs/thread-entry'; console.log(JSON.stringify(defaultThreadEntry()));", resolveDir: PROJECT_DIR, loader: 'ts' },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: probe,
        define: { 'import.meta.url': 'undefined' },
        logLevel: 'silent',
      });
      const entry = JSON.parse(execFileSync(process.execPath, [probe], { encoding: 'utf8' })) as { file: string; execArgv: string[] };
      expect(entry).toEqual({ file: join(distDir, BUNDLED_THREAD_FILE), execArgv: [] });
    } finally {
      rmSync(probe, { force: true });
    }
  });

  it('checks a database file with the native module loaded inside the thread', async () => {
    const path = join(temp.dir, 'office.sqlite');
    const db = new BetterSqlite3(path);
    db.exec('CREATE TABLE t(x); INSERT INTO t VALUES (1), (2)');
    db.close();
    expect(await pool.run('database.check', { path })).toEqual({ ok: true, messages: [] });
  });

  it('reads a conclusion for import with the bundled recognisers', async () => {
    const path = join(temp.dir, 'tb-62.txt');
    writeFileSync(path, fixtureText(KIEN_MINH_FILE));
    const read = await pool.run('import.readFile', { path });
    expect(read).toMatchObject({ kind: 'TB', numberSymbol: '62-TB/ĐU' });
  });

  it('brings a refusal back as the typed Vietnamese error', async () => {
    const path = join(temp.dir, 'rong.docx');
    writeFileSync(path, '');
    await expect(pool.run('import.readFile', { path })).rejects.toMatchObject({ code: 'BAD_FILE', userMessage: 'Tệp rỗng, không có nội dung để nhập.' });
  });
});
