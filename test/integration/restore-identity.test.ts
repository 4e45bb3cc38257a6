/** A restored database speaks with a new install identity, made once, by the core's renewal. */
import BetterSqlite3 from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreOverUnopenable } from '../../electron/backup/recover';
import { sampleProfile, startCore } from '../support/core-harness';

function history(dbPath: string): Array<{ id: string; reason: string }> {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  try {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'install_history'").get() as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as Array<{ id: string; reason: string }>) : [];
  } finally {
    db.close();
  }
}

function installId(dbPath: string): string {
  const db = new BetterSqlite3(dbPath, { readonly: true });
  try {
    return (db.prepare("SELECT value FROM meta WHERE key = 'replica_id'").get() as { value: string }).value;
  } finally {
    db.close();
  }
}

describe('the install identity of a restored database', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('is renewed once by the restore, and the reopened core keeps that id through restarts', async () => {
    const h = startCore();
    cleanups.push(() => h.close());
    await h.call('profile.save', sampleProfile);
    const before = h.core.ctx.install.id;
    const backup = await h.call('backup.now', { folder: h.folder(join(h.dir, 'usb')) });
    const result = await h.call('backup.restore', { file: h.readable(backup.path) });
    expect(result.replicaId).not.toBe(before);
    h.reopen();
    expect(h.core.ctx.install.id).toBe(result.replicaId);
    h.core.close();
    expect(history(h.dbPath)).toEqual([{ id: before, until: expect.any(String), reason: 'restored from backup' }]);
    h.reopen();
  });

  it('is renewed once when a backup replaces a database that would not open', async () => {
    const h = startCore();
    cleanups.push(() => h.close());
    await h.call('profile.save', sampleProfile);
    const original = h.core.ctx.install.id;
    const backup = await h.call('backup.now', { folder: h.folder(join(h.dir, 'usb')) });
    h.core.close();
    writeFileSync(h.dbPath, 'tệp hỏng');
    restoreOverUnopenable(h.dbPath, backup.path, new Date());
    const renewed = installId(h.dbPath);
    expect(renewed).not.toBe(original);
    h.reopen();
    expect(h.core.ctx.install.id).toBe(renewed);
    h.core.close();
    expect(history(h.dbPath).map((e) => e.reason)).toEqual(['restored from backup']);
    h.reopen();
  });
});
