/** The app lock through the contract on a real data folder. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newRecoveryCode } from '../../electron/app-lock/app-lock';
import { startCore, type CoreHarness } from '../support/core-harness';

describe('app lock', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));
  const harness = () => {
    const h = startCore();
    cleanups.push(() => h.close());
    return h;
  };
  const lockFile = (h: CoreHarness) => join(h.dir, 'vpdu-files', 'app-lock.json');

  it('keeps only scrypt keys, locks at the next start and refuses every other call until unlocked', async () => {
    const h = harness();
    expect(await h.call('lock.status', {})).toEqual({ enabled: false, locked: false, idleMinutes: 0 });
    const { recoveryCode } = await h.call('lock.enable', { password: 'Kiến Minh 2026', idleMinutes: 10 });
    expect(recoveryCode).toMatch(/^[A-Z2-9]{5}(-[A-Z2-9]{5}){3}$/);
    const stored = readFileSync(lockFile(h), 'utf8');
    expect(stored).not.toContain('Kiến Minh 2026');
    expect(stored).not.toContain(recoveryCode);
    expect(stored.replace(/-/g, '')).not.toContain(recoveryCode.replace(/-/g, ''));
    expect(JSON.parse(stored)).toMatchObject({ scrypt: { N: 32768, r: 8, p: 1 } });

    h.reopen();
    expect((await h.call('lock.status', {})).locked).toBe(true);
    const refused = await h.fail('meetings.list', {});
    expect(refused.code).toBe('LOCKED');
    expect(refused.message).toMatch(/đang khóa/);
    const wrong = await h.fail('lock.unlock', { password: 'sai mật khẩu' });
    expect(wrong.fields?.password).toBe('Mật khẩu không đúng.');
    // the password is compared after NFC: the same text typed in decomposed form unlocks
    expect((await h.call('lock.unlock', { password: 'Kiến Minh 2026'.normalize('NFD') })).locked).toBe(false);
    expect((await h.call('meetings.list', {})).items).toEqual([]);
  });

  it('locks by itself after the chosen inactivity', async () => {
    const h = harness();
    await h.call('lock.enable', { password: 'mật khẩu 1', idleMinutes: 5 });
    h.core.clock.setNow(new Date(Date.now() + 4 * 60_000));
    expect((await h.call('meetings.list', {})).items.length).toBe(0);
    h.core.clock.setNow(new Date(Date.now() + 10 * 60_000));
    expect((await h.fail('meetings.list', {})).code).toBe('LOCKED');
    await h.call('lock.unlock', { password: 'mật khẩu 1' });
    await h.call('lock.lockNow', {});
    expect((await h.fail('home.summary', {})).code).toBe('LOCKED');
  });

  it('resets the password only with the recovery code, which then is used up', async () => {
    const h = harness();
    const { recoveryCode } = await h.call('lock.enable', { password: 'mật khẩu cũ', idleMinutes: 0 });
    await h.call('lock.lockNow', {});
    expect((await h.fail('lock.resetWithCode', { recoveryCode: newRecoveryCode(), newPassword: 'mật khẩu mới' })).fields?.recoveryCode).toBe('Mã khôi phục không đúng.');
    const next = await h.call('lock.resetWithCode', { recoveryCode: recoveryCode.toLowerCase().replace(/-/g, ' '), newPassword: 'mật khẩu mới' });
    expect(next.recoveryCode).not.toBe(recoveryCode);
    expect((await h.call('lock.status', {})).locked).toBe(false);
    await h.call('lock.lockNow', {});
    expect((await h.fail('lock.resetWithCode', { recoveryCode, newPassword: 'lần nữa thôi' })).code).toBe('VALIDATION');
    expect((await h.fail('lock.unlock', { password: 'mật khẩu cũ' })).code).toBe('VALIDATION');
    expect((await h.call('lock.unlock', { password: 'mật khẩu mới' })).locked).toBe(false);
  });

  it('pauses after five wrong passwords, and turning the lock off needs the password', async () => {
    const h = harness();
    await h.call('lock.enable', { password: 'đúng rồi', idleMinutes: 0 });
    await h.call('lock.lockNow', {});
    for (let i = 0; i < 5; i += 1) await h.fail('lock.unlock', { password: `sai ${i}` });
    const paused = await h.fail('lock.unlock', { password: 'đúng rồi' });
    expect(paused.message).toMatch(/chờ \d+ giây/);
    h.core.clock.setNow(new Date(Date.now() + 31_000));
    await h.call('lock.unlock', { password: 'đúng rồi' });
    expect((await h.fail('lock.disable', { password: 'sai' })).code).toBe('VALIDATION');
    expect((await h.call('lock.disable', { password: 'đúng rồi' })).enabled).toBe(false);
    expect((await h.fail('lock.enable', { password: 'ngắn', idleMinutes: 0 })).fields?.password).toMatch(/ít nhất 6/);
  });
});
