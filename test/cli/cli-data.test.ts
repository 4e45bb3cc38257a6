import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { sampleProfile } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

describe('CLI: backup, restore, check', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const dir = () => {
    const t = makeTempDir();
    cleanups.push(t.cleanup);
    return t.dir;
  };

  it('backs up to a folder, checks, and restores over a changed and over a corrupt database', async () => {
    const d = dir();
    const db = join(d, 'o.sqlite');
    const profile = join(d, 'profile.json');
    writeFileSync(profile, JSON.stringify(sampleProfile));
    expect((await cli(['profile', '--db', db, '--set', profile])).code).toBe(0);

    const backup = await cli(['backup', '--db', db, '--to', join(d, 'usb'), '--json']);
    expect(backup.code).toBe(0);
    const backupPath = (JSON.parse(backup.out) as { path: string }).path;
    expect(backupPath.startsWith(join(d, 'usb'))).toBe(true);

    const check = await cli(['check', '--db', db]);
    expect(check).toMatchObject({ code: 0 });
    expect(check.out).toMatch(/toàn vẹn/);

    writeFileSync(profile, JSON.stringify({ ...sampleProfile, committee: 'ĐẢNG ỦY XÃ KHÁC' }));
    await cli(['profile', '--db', db, '--set', profile]);
    const restored = await cli(['restore', '--db', db, backupPath]);
    expect(restored.code).toBe(0);
    expect(restored.out).toMatch(/Đã khôi phục/);
    expect(restored.out).toMatch(/Dữ liệu trước khi khôi phục được lưu tại/);
    expect((await cli(['profile', '--db', db, '--json'])).out).toMatch(/KIẾN MINH/);

    const bytes = readFileSync(db);
    bytes.fill(0, 0, 100);
    writeFileSync(db, bytes);
    const bad = await cli(['check', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bị hỏng/);
    const overCorrupt = await cli(['restore', '--db', db, backupPath]);
    expect(overCorrupt.code).toBe(0);
    expect(overCorrupt.out).toMatch(/đã giữ lại tại: .*\.hong-/);
    expect((await cli(['profile', '--db', db, '--json'])).out).toMatch(/KIẾN MINH/);
  });

  it('refuses a missing argument with usage, and a non-backup file in Vietnamese', async () => {
    const d = dir();
    expect((await cli(['backup', '--db', join(d, 'o.sqlite')])).code).toBe(2);
    const notBackup = join(d, 'x.sqlite');
    writeFileSync(notBackup, 'xin chào'.repeat(20));
    const r = await cli(['restore', '--db', join(d, 'o.sqlite'), notBackup]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/không phải bản sao lưu/);
  });
});
