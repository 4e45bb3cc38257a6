import { afterEach, describe, expect, it } from 'vitest';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';

describe('the install’s human name', () => {
  const offices: Office[] = [];
  afterEach(() => offices.splice(0).forEach((o) => o.close()));
  const office = (label: string) => {
    const o = startOffice(label);
    offices.push(o);
    return o;
  };

  it('is shown, renamed (composed, spaces tidied) and kept after reopening; the id does not change', async () => {
    const a = office('vpdu');
    const before = await a.call('install.identity', {});
    expect(before.name).toMatch(/^Máy /);
    expect(before.installId).toBe(a.installId());
    const renamed = await a.call('install.rename', { name: '  VPĐU Kiến Minh —   máy Chánh VP '.normalize('NFD') });
    expect(renamed).toEqual({ installId: before.installId, name: 'VPĐU Kiến Minh — máy Chánh VP' });
    a.reopen();
    expect(await a.call('install.identity', {})).toEqual(renamed);
    expect((await a.call('exchange.overview', {})).identity.name).toBe('VPĐU Kiến Minh — máy Chánh VP');
  });

  it('refuses an empty name, a too long one or one with a control character with a Vietnamese message and keeps the old one', async () => {
    const a = office('vpdu');
    const before = await a.call('install.identity', {});
    const empty = await a.fail('install.rename', { name: '   ' });
    expect(empty.code).toBe('VALIDATION');
    expect(empty.fields?.name).toBe('Tên máy cần ít nhất 3 ký tự, ví dụ "VPĐU Kiến Minh — máy Chánh VP".');
    expect((await a.fail('install.rename', { name: 'x'.repeat(81) })).fields?.name).toBe('Tên máy dài tối đa 80 ký tự.');
    expect((await a.fail('install.rename', { name: 'máy\u0007chuông' })).fields?.name).toBe('Tên máy không được chứa ký tự điều khiển.');
    expect(await a.call('install.identity', {})).toEqual(before);
  });

  it('travels on the next package: the receiver sees the sender by its new name', async () => {
    const a = office('vpdu');
    const b = office('ubnd');
    await withProfile(a);
    await a.call('install.rename', { name: 'VPĐU Kiến Minh — máy Chánh VP' });
    const preview = await b.call('exchange.preview', { file: b.readable(await a.exportFor(null)), passphrase: null });
    expect(preview.sender.name).toBe('VPĐU Kiến Minh — máy Chánh VP');
  });
});
