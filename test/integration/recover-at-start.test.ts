/** The shell's start on a damaged file, with the Electron dialogs played by the test. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../electron/backup/backup-database';
import { createCore } from '../../electron/core/create-core';
import { openCoreOrRecover, type StartDialogs } from '../../electron/shell/recover-at-start';
import { sampleProfile } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

function dialogsAnswering(choice: number) {
  const asked: string[] = [];
  const errors: string[] = [];
  const dialogs: StartDialogs = {
    ask: (o) => {
      asked.push(`${o.message}\n${o.detail}`);
      return choice;
    },
    error: (m) => errors.push(m),
  };
  return { dialogs, asked, errors };
}

describe('start on a damaged database', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  async function damagedWithBackup(): Promise<{ dbPath: string; broken: Buffer; dir: string }> {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const dbPath = join(dir, 'office.sqlite');
    const core = createCore({ dbPath });
    await core.dispatch('profile.save', sampleProfile);
    await backupDatabase(core.ctx, { reason: 'daily' });
    core.close();
    const broken = readFileSync(dbPath);
    broken.fill(0x41, 0, 64);
    writeFileSync(dbPath, broken);
    return { dbPath, broken, dir };
  }

  it('offers the newest good backup in Vietnamese and restores it when accepted, keeping the broken file', async () => {
    const { dbPath, broken, dir } = await damagedWithBackup();
    const d = dialogsAnswering(0);
    const core = openCoreOrRecover({ dbPath }, d.dialogs);
    expect(d.asked[0]).toMatch(/bị hỏng.*không ghi đè/s);
    expect(d.asked[0]).toMatch(/Bản sao lưu gần nhất còn tốt/);
    expect(core).not.toBeNull();
    const profile = await core!.dispatch('profile.get', {});
    expect(profile.ok && (profile.value as { committee: string }).committee).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
    core!.close();
    const aside = readdirSync(dir).find((n) => n.includes('.hong-'));
    expect(aside && readFileSync(join(dir, aside)).equals(broken)).toBe(true);
  });

  it('changes nothing when the user declines', async () => {
    const { dbPath, broken } = await damagedWithBackup();
    const d = dialogsAnswering(1);
    expect(openCoreOrRecover({ dbPath }, d.dialogs)).toBeNull();
    expect(readFileSync(dbPath).equals(broken)).toBe(true);
  });

  it('says there is no good backup when none exists', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const dbPath = join(dir, 'office.sqlite');
    writeFileSync(dbPath, Buffer.alloc(8192, 0x41));
    const d = dialogsAnswering(0);
    expect(openCoreOrRecover({ dbPath }, d.dialogs)).toBeNull();
    expect(d.errors[0]).toMatch(/Không tìm thấy bản sao lưu nào còn tốt/);
    expect(existsSync(dbPath)).toBe(true);
  });
});
