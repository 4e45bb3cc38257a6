/**
 * Start-up on real files: the full check runs only after an unclean shutdown; a corrupt
 * file is refused and left as it was; a file on read-only media opens to look at only.
 */
import BetterSqlite3 from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { databaseSession } from '../../electron/core/database-session';
import { migrations } from '../../electron/db/migrations';
import { openSession, sessionsDir } from '../../electron/db/session-marker';
import { sampleProfile } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

const chattrWorks = (() => {
  const { dir, cleanup } = makeTempDir();
  try {
    writeFileSync(join(dir, 'f'), 'x');
    execFileSync('chattr', ['+i', join(dir, 'f')], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', join(dir, 'f')], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    cleanup();
  }
})();

/** A crashed process: a marker whose pid is not running. */
function leaveStaleMarker(dataDir: string): void {
  mkdirSync(sessionsDir(dataDir), { recursive: true });
  writeFileSync(join(sessionsDir(dataDir), '999999999.open'), '2026-01-01T00:00:00Z');
}

function corruptMiddle(path: string): Buffer {
  const bytes = readFileSync(path);
  // Only the filler table's pages at the end: nothing a start reads besides the full check.
  bytes.fill(0x5a, bytes.length - 4096 * 60, bytes.length - 4096 * 10);
  writeFileSync(path, bytes);
  return bytes;
}

describe('starting on an existing database', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const temp = () => {
    const t = makeTempDir();
    cleanups.push(t.cleanup);
    return t.dir;
  };

  async function officeFile(dir: string): Promise<string> {
    const dbPath = join(dir, 'office.sqlite');
    const core = createCore({ dbPath });
    await core.dispatch('profile.save', sampleProfile);
    core.ctx.sqlite.exec("CREATE TABLE filler(x TEXT); INSERT INTO filler SELECT hex(randomblob(800)) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i < 400) SELECT i FROM c);");
    core.close();
    return dbPath;
  }

  it('skips the full check after a clean shutdown and runs it after an unclean one', async () => {
    const dir = temp();
    const dbPath = await officeFile(dir);
    const clean = createCore({ dbPath });
    expect(databaseSession(clean.ctx)).toMatchObject({ uncleanShutdown: false, startCheckedAt: null });
    clean.close();
    leaveStaleMarker(join(dir, 'vpdu-files'));
    const afterCrash = createCore({ dbPath });
    expect(databaseSession(afterCrash.ctx).uncleanShutdown).toBe(true);
    expect(databaseSession(afterCrash.ctx).startCheckedAt).not.toBeNull();
    afterCrash.close();
    // the stale marker was cleared, and this session's own marker removed at close
    expect(createCore({ dbPath }).ctx.schemaVersion).toBeGreaterThan(0);
  });

  it('refuses a corrupted file after an unclean shutdown in Vietnamese and never writes to it', async () => {
    const dir = temp();
    const dbPath = await officeFile(dir);
    const bytes = corruptMiddle(dbPath);
    leaveStaleMarker(join(dir, 'vpdu-files'));
    let err: { code?: string; userMessage?: string } = {};
    try {
      createCore({ dbPath }).close();
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.code).toBe('DB_CORRUPT');
    expect(err.userMessage).toMatch(/bị hỏng.*không ghi đè/);
    expect(readFileSync(dbPath).equals(bytes)).toBe(true);
  });

  it('a marker of a process still running is not an unclean shutdown', () => {
    const dir = temp();
    const first = openSession(dir);
    const second = openSession(dir, () => true);
    expect(second.uncleanShutdown).toBe(false);
    first.release();
    const crashed = openSession(dir, () => false);
    expect(crashed.uncleanShutdown).toBe(false); // released: nothing left behind
    mkdirSync(sessionsDir(dir), { recursive: true });
    writeFileSync(join(sessionsDir(dir), '4242.open'), '');
    expect(openSession(dir, (pid) => pid !== 4242).uncleanShutdown).toBe(true);
  });

  it.skipIf(!chattrWorks)('opens a file on read-only media to look at, and refuses writes in Vietnamese', async () => {
    const dir = temp();
    const dbPath = await officeFile(dir);
    const before = readFileSync(dbPath);
    execFileSync('chattr', ['+i', dbPath, dir]);
    try {
      const core = createCore({ dbPath, validateOutput: true });
      try {
        expect(databaseSession(core.ctx).readOnly?.reason).toMatch(/không cho ghi/);
        const profile = await core.dispatch('profile.get', {});
        expect(profile.ok && (profile.value as { committee: string }).committee).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
        const write = await core.dispatch('units.create', { shortName: 'Chi bộ 9', fullName: 'Chi bộ thôn 9', category: 'branch' });
        expect(write.ok).toBe(false);
        expect(!write.ok && write.error.code).toBe('READ_ONLY');
        expect(!write.ok && write.error.message).toMatch(/chỉ xem/);
      } finally {
        core.close();
      }
    } finally {
      execFileSync('chattr', ['-i', dbPath, dir]);
    }
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it.skipIf(!chattrWorks)('opens a read-only file of an older schema through a migrated temp copy', () => {
    const dir = temp();
    const dbPath = join(dir, 'old.sqlite');
    const raw = new BetterSqlite3(dbPath);
    raw.pragma('journal_mode = DELETE');
    raw.exec(migrations[0]!.sql);
    raw.pragma('user_version = 1');
    raw.prepare("INSERT INTO meta(key, value) VALUES ('replica_id', 'stick')").run();
    raw.close();
    execFileSync('chattr', ['+i', dbPath, dir]);
    try {
      const core = createCore({ dbPath });
      const copy = databaseSession(core.ctx).readOnly?.workingCopy;
      expect(copy).toBeTruthy();
      expect(core.ctx.install.id).toBe('stick');
      core.close();
      expect(existsSync(copy!)).toBe(false);
    } finally {
      execFileSync('chattr', ['-i', dbPath, dir]);
    }
  });
});
