/**
 * Start-up on a large database: open → home summary through the core, beside a raw
 * better-sqlite3 open and first query of the same file in the same run, and the full check
 * the start no longer pays for (only after an unclean shutdown).
 */
import BetterSqlite3 from 'better-sqlite3';
import { statSync } from 'node:fs';
import { createCore } from '../../electron/core/create-core';
import { time } from './measure';

export async function benchStartup(dbPath: string): Promise<Record<string, unknown>> {
  const rawOpenAndCount = await time(() => {
    const db = new BetterSqlite3(dbPath);
    db.prepare('SELECT count(*) FROM conclusions').pluck().get();
    db.close();
  }, 5);
  const openToHomeSummary = await time(async () => {
    const core = createCore({ dbPath });
    const r = await core.dispatch('home.summary', {});
    core.close();
    if (!r.ok) throw new Error(r.error.detail);
  }, 5);
  const fullCheckAfterUncleanShutdown = await time(() => {
    const db = new BetterSqlite3(dbPath, { readonly: true });
    db.pragma('integrity_check');
    db.close();
  }, 1, false);
  return { fileMiB: Math.round(statSync(dbPath).size / 1048576), rawOpenAndCount, openToHomeSummary, fullCheckAfterUncleanShutdown };
}
