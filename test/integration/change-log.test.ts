/** The write path and its change log, through the contract on real SQLite files. */
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/create-core';
import { migrations } from '../../electron/db/migrations';
import { applyReceivedChange, changesSince } from '../../electron/sync/changes';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';
import { kienMinhMeeting } from '../support/kien-minh';
import { syncedSnapshot } from '../support/replicas';
import { makeTempDir } from '../support/temp-dir';

describe('change log', () => {
  let h: CoreHarness;
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    h?.close();
    cleanups.splice(0).forEach((c) => c());
  });

  it('records each change with this install, its next sequence number, the HLC and the fields set', async () => {
    h = startCore();
    const before = changesSince(h.core.ctx, 0).length;
    const m = await h.call('meetings.create', kienMinhMeeting);
    await h.call('meetings.update', { id: m.id, ...kienMinhMeeting, place: 'Phòng họp số 2' });
    await h.call('meetings.delete', { id: m.id });
    const mine = changesSince(h.core.ctx, 0).slice(before).filter((c) => c.table === 'meetings');
    expect(mine.map((c) => [c.table, c.op])).toEqual([['meetings', 'insert'], ['meetings', 'update'], ['meetings', 'delete']]);
    expect(new Set(mine.map((c) => c.origin))).toEqual(new Set([h.core.ctx.install.id]));
    expect(mine.map((c) => c.seq - mine[0]!.seq)).toEqual([0, 1, 2]);
    expect([...mine.map((c) => c.hlc)].sort()).toEqual(mine.map((c) => c.hlc));
    expect(mine[0]!.fields).toMatchObject({ id: m.id, place: 'Hội trường Đảng ủy xã', deleted_at: null });
    expect(mine[1]!.fields).toMatchObject({ place: 'Phòng họp số 2' });
    expect(mine[1]!.base).toEqual({ origin: mine[0]!.origin, seq: mine[0]!.seq });
    expect(Object.keys(mine[2]!.fields).sort()).toEqual(['deleted_at', 'updated_at']);
    const row = h.core.ctx.sqlite.prepare('SELECT hlc, replica_id FROM meetings WHERE id = ?').get(m.id);
    expect(row).toEqual({ hlc: mine[2]!.hlc, replica_id: h.core.ctx.install.id });
  });

  it('leaves no log entry for a change that was rolled back', async () => {
    h = startCore();
    const before = changesSince(h.core.ctx, 0).length;
    const failed = await h.fail('units.create', { shortName: 'UBND xã', fullName: 'trùng tên', category: 'other', aliases: [], isSuperior: false, active: true });
    expect(failed.code).toBe('CONFLICT');
    expect(changesSince(h.core.ctx, 0)).toHaveLength(before);
  });

  it('never sends back a received change as new, and refuses a gap in an install\'s sequence', async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
    const other = startCore();
    cleanups.push(() => other.close());
    const log = changesSince(h.core.ctx, 0);
    for (const c of log) applyReceivedChange(other.core.ctx, c);
    const received = changesSince(other.core.ctx, 0).filter((c) => c.origin === h.core.ctx.install.id);
    expect(received).toHaveLength(log.length);
    expect(received.every((c) => c.receivedAt !== null)).toBe(true);
    const gap = { ...log[0]!, seq: log.length + 5 };
    expect(() => applyReceivedChange(other.core.ctx, gap)).toThrow(/không liền mạch|after/);
  });

  it('a later edit made after seeing a change wins over it even when that change carries a far-future clock', async () => {
    h = startCore();
    const m = await h.call('meetings.create', kienMinhMeeting);
    const b = startCore();
    cleanups.push(() => b.close());
    // A's PC clock is years ahead: its stamps are received, not refused, and B's clock is not dragged.
    h.core.clock.setNow(new Date('2031-01-01T00:00:00'));
    await h.call('meetings.update', { id: m.id, ...kienMinhMeeting, place: 'Nhà văn hóa' });
    for (const c of changesSince(h.core.ctx, 0)) applyReceivedChange(b.core.ctx, c);
    await b.call('meetings.update', { id: m.id, ...kienMinhMeeting, place: 'Hội trường UBND xã' });
    const mineOnB = changesSince(b.core.ctx, 0).filter((c) => c.origin === b.core.ctx.install.id && c.table === 'meetings');
    expect(Number(mineOnB.at(-1)!.hlc.slice(0, 15))).toBeLessThan(Date.parse('2030-01-01'));
    for (const c of changesSince(b.core.ctx, 0).filter((c) => c.origin === b.core.ctx.install.id)) applyReceivedChange(h.core.ctx, c);
    expect((await h.call('meetings.get', { id: m.id })).place).toBe('Hội trường UBND xã');
    expect((await b.call('meetings.get', { id: m.id })).place).toBe('Hội trường UBND xã');
  });

  it('logs the rows of a database made before the change log, so another install can rebuild them', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'v6.sqlite');
    // Data written by the version before the change log (schema 6).
    const old = createCore({ dbPath: join(dir, 'seed.sqlite') });
    old.close();
    const raw = new BetterSqlite3(path);
    for (const m of migrations.slice(0, 6)) raw.exec(m.sql);
    raw.pragma('user_version = 6');
    const stamp = "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '001767225600000-00000-old', 'old-install'";
    raw.exec(`INSERT INTO meta (key, value) VALUES ('replica_id', 'old-install'), ('units_seeded', 'x');
      INSERT INTO terms (id, name, start_year, end_year, created_at, updated_at, hlc, replica_id) VALUES ('t1', 'khóa I', 2025, 2030, ${stamp});
      INSERT INTO profile (id, superior_committee, committee, place, issuer_abbreviation, current_term_id, created_at, updated_at, hlc, replica_id)
        VALUES ('office-profile', 'ĐẢNG BỘ TỈNH', 'ĐẢNG ỦY XÃ A', 'A', 'ĐU', 't1', ${stamp});
      INSERT INTO tasks (id, content, created_at, updated_at, hlc, replica_id) VALUES ('k1', 'Rà soát hồ sơ', ${stamp});`);
    raw.close();
    const upgraded = createCore({ dbPath: path });
    cleanups.push(() => upgraded.close());
    const log = changesSince(upgraded.ctx, 0);
    const backfilled = log.slice(0, 3);
    expect(backfilled.map((c) => `${c.table}:${c.rowId}`)).toEqual(['terms:t1', 'profile:office-profile', 'tasks:k1']);
    expect(backfilled.map((c) => [c.origin, c.seq])).toEqual([['old-install', 1], ['old-install', 2], ['old-install', 3]]);
    // Then the units later seed revisions added, as ordinary new changes of this install.
    expect(log.slice(3).map((c) => `${c.table}:${c.op}`)).toEqual(Array.from({ length: log.length - 3 }, () => 'units:insert'));
    const fresh = createCore({ dbPath: join(dir, 'fresh.sqlite'), seedUnits: false });
    cleanups.push(() => fresh.close());
    for (const c of log) applyReceivedChange(fresh.ctx, c);
    expect(syncedSnapshot(fresh.ctx.sqlite)).toEqual(syncedSnapshot(upgraded.ctx.sqlite));
    // The clock resumes past the old stamps.
    expect(upgraded.ctx.hlc.tick() > '001767225600000').toBe(true);
  });

  it('gives a copied database a new install identity, keeping the origin of its past changes', async () => {
    h = startCore();
    await h.call('profile.save', sampleProfile);
    const firstId = h.core.ctx.install.id;
    h.reopen();
    expect(h.core.ctx.install.id).toBe(firstId);
    h.core.close();
    const copy = join(h.dir, 'copy.sqlite');
    copyFileSync(h.dbPath, copy);
    const copied = createCore({ dbPath: copy });
    cleanups.push(() => copied.close());
    expect(copied.ctx.install.id).not.toBe(firstId);
    expect(changesSince(copied.ctx, 0).filter((c) => c.table === 'profile').map((c) => c.origin)).toEqual([firstId]);
    h.core = createCore({ dbPath: h.dbPath });
    expect(h.core.ctx.install.id).toBe(firstId);
  });
});
