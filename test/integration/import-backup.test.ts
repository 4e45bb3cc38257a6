/** A package is applied only after the receiving database was backed up (backupDatabase, "before-import"). */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kienMinhMeeting } from '../support/kien-minh';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

describe('exchange import backs up first', () => {
  const offices: Office[] = [];
  afterEach(() => offices.splice(0).forEach((o) => o.close()));
  const office = (label: string) => {
    const o = startOffice(label);
    offices.push(o);
    return o;
  };

  async function twoOffices() {
    const a = office('vpdu');
    const b = office('ubnd');
    await withProfile(a);
    await b.core.clock.setNow(new Date('2026-05-08T10:00:00'));
    await b.call('meetings.create', { ...kienMinhMeeting, subject: 'họp riêng của máy nhận', date: '2026-05-02' });
    await a.call('meetings.create', kienMinhMeeting);
    return { a, b, pkg: await a.exportFor(null) };
  }

  it('the backup holds the state just before the package, and is named in the outcome', async () => {
    const { b, pkg } = await twoOffices();
    const outcome = await b.receive(pkg);
    expect(outcome.backupPath).toMatch(/-before-import\.sqlite$/);
    const backup = await b.call('backup.preview', { file: b.readable(outcome.backupPath!) });
    expect(backup.reason).toBe('before-import');
    expect(backup.counts.meetings).toBe(1);
    expect((await b.call('meetings.list', {})).items).toHaveLength(2);
    expect((await b.call('data.status', {})).lastAttempt).toMatchObject({ ok: true, reason: 'before-import', path: outcome.backupPath });
  });

  it('a package is not applied when the backup cannot be taken, and the database stays byte for byte', async () => {
    const { b, pkg } = await twoOffices();
    const file = b.readable(pkg);
    const preview = await b.call('exchange.preview', { file, passphrase: null });
    await b.call('exchange.trustSender', { file, fingerprint: preview.sender.fingerprint });
    // Something in the way of the backups folder: the backup fails before anything is applied.
    const backups = join(b.core.ctx.dataDir, 'backups');
    rmSync(backups, { recursive: true, force: true });
    mkdirSync(b.core.ctx.dataDir, { recursive: true });
    writeFileSync(backups, 'không phải thư mục');
    const before = b.dbBytes();
    const error = await b.fail('exchange.import', { file, passphrase: null, expectSha256: null });
    expect(error.code).toBe('IO');
    expect(error.message).toBe('Gói chưa được nhận vì chưa sao lưu được dữ liệu trước khi nhận. Sao lưu không thành công. Dữ liệu hiện tại không bị ảnh hưởng.');
    expect(b.dbBytes().equals(before)).toBe(true);
    expect((await b.call('meetings.list', {})).items).toHaveLength(1);
  });
});
