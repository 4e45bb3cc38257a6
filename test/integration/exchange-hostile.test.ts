/**
 * The hostile-package suite through the contract: every case is refused with a clear
 * Vietnamese message, and the receiving database stays byte-for-byte as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localInstall } from '../../electron/exchange/install-keys';
import { buildPayload, sealPackage } from '../../electron/exchange/package-file';
import type { PackageManifest } from '../../electron/exchange/package-manifest';
import { kienMinhMeeting } from '../support/kien-minh';
import { startOffice, withProfile, type Office } from '../support/exchange-offices';
import { forgeZip } from '../support/zip-forge';

describe('hostile packages leave the receiving database unchanged', () => {
  let a: Office;
  let b: Office;
  let c: Office;
  let good: string;
  let older: string;

  beforeAll(async () => {
    a = startOffice('a');
    b = startOffice('b');
    c = startOffice('c');
    await withProfile(a);
    await b.receive(await a.exportFor(null));
    await a.receive(await b.exportFor(a));
    await c.receive(await a.exportFor(null));
    await a.receive(await c.exportFor(a));
    await a.call('meetings.create', kienMinhMeeting);
    older = await a.exportFor(b);
    await a.call('meetings.create', { ...kienMinhMeeting, subject: 'sơ kết 6 tháng đầu năm 2026' });
    good = await a.exportFor(b);
  }, 120_000);
  afterAll(() => [a, b, c].forEach((o) => o.close()));

  function file(name: string, bytes: Uint8Array): string {
    const path = join(a.dir, name);
    writeFileSync(path, bytes);
    return path;
  }

  /** A package signed with A's real key around any payload: what a stolen or buggy sender could make. */
  function signedByA(name: string, payload: Uint8Array): string {
    const local = localInstall(a.core.ctx);
    const keys = localInstall(b.core.ctx);
    return file(name, sealPackage({ keys: local.keys, sender: { installId: local.installId, name: local.name }, recipient: { installId: keys.installId, name: keys.name, agreementKey: keys.keys.agreementKey }, packageId: `forged-${name}`, createdAt: '2026-05-08T10:00:00.000Z', payload }));
  }

  function manifest(overrides: Partial<PackageManifest> = {}): Omit<PackageManifest, 'entries'> {
    return {
      format: 'vpdu-manifest',
      schemaVersion: a.core.ctx.schemaVersion,
      appVersion: '0.1.0',
      packageId: 'x',
      createdAt: '2026-05-08T10:00:00.000Z',
      sender: { installId: a.installId(), name: 'A' },
      recipient: null,
      scope: { kind: 'peer' },
      counts: { changes: 0, files: 0, byTable: {} },
      ranges: [],
      acks: [],
      ...overrides,
    };
  }
  const changes = { name: 'changes.jsonl', data: Buffer.from('') };
  const manifestEntry = (m = manifest()) => ({ name: 'manifest.json', data: Buffer.from(JSON.stringify({ ...m, entries: [{ name: 'changes.jsonl', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', size: 0 }] })) });

  const cases: Array<[string, () => string, RegExp]> = [
    ['a 0-byte file', () => file('empty.vpdu', new Uint8Array()), /0 byte/],
    ['a renamed non-package file', () => file('renamed.vpdu', zipSync({ 'word/document.xml': Buffer.from('<w:document/>') })), /không phải gói dữ liệu/],
    ['a truncated file', () => file('cut.vpdu', readFileSync(good).subarray(0, 900)), /cắt cụt/],
    [
      'one flipped byte',
      () => {
        const bytes = Buffer.from(readFileSync(good));
        const i = Math.floor(bytes.length / 2);
        bytes[i] = (bytes[i] ?? 0) ^ 0x10;
        return file('flipped.vpdu', bytes);
      },
      /hỏng|đã bị sửa|không đúng/,
    ],
    [
      'a wrong signature',
      () => {
        const bytes = Buffer.from(readFileSync(good));
        bytes.set(Buffer.alloc(64, 1), bytes.length - 64);
        return file('badsig.vpdu', bytes);
      },
      /Chữ ký/,
    ],
    ['an unknown sender (until trusted)', () => c.exportFor(null) as unknown as string, /chưa được tin cậy/],
    ['a package for another recipient', () => a.exportFor(c) as unknown as string, /dành cho máy khác|cho máy khác/],
    ['path traversal in an attachment name', () => signedByA('traversal.vpdu', forgeZip([manifestEntry(), changes, { name: 'files/../../../evil.exe', data: Buffer.from('MZ') }])), /tên tệp không hợp lệ/],
    ['an absolute path in an attachment name', () => signedByA('absolute.vpdu', forgeZip([manifestEntry(), changes, { name: '/etc/cron.d/evil', data: Buffer.from('x') }])), /tên tệp không hợp lệ/],
    ['duplicate entry names', () => signedByA('dup.vpdu', forgeZip([manifestEntry(), changes, changes])), /trùng tên/],
    ['a symbolic-link entry', () => signedByA('link.vpdu', forgeZip([manifestEntry(), changes, { name: 'files/x', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }])), /liên kết tượng trưng/],
    ['a zip bomb', () => signedByA('bomb.vpdu', forgeZip([manifestEntry(), { name: 'changes.jsonl', data: Buffer.alloc(64 * 1024 * 1024), deflate: true }])), /bom nén/],
    ['a huge manifest', () => signedByA('huge.vpdu', forgeZip([{ name: 'manifest.json', data: Buffer.alloc(17 * 1024 * 1024, 0x20) }])), /manifest/],
    ['a package from a newer schema', () => signedByA('newer.vpdu', buildPayload(manifest({ schemaVersion: 999 }), [changes])), /phiên bản mới hơn/],
  ];

  for (const [name, make, message] of cases) {
    it(`refuses ${name}`, async () => {
      const path = await Promise.resolve(make());
      const before = b.dbBytes();
      const preview = await b.core.dispatch('exchange.preview', { file: b.readable(path), passphrase: null });
      const imported = await b.core.dispatch('exchange.import', { file: b.readable(path), passphrase: null, expectSha256: null });
      expect(imported.ok).toBe(false);
      if (!imported.ok) expect(imported.error.message).toMatch(message);
      if (!preview.ok) expect(preview.error.message).toMatch(message);
      else expect((preview.value as { status: string }).status).toBe('needs-trust');
      expect(b.dbBytes().equals(before)).toBe(true);
    });
  }

  it('refuses a replayed package and an older package after a newer one, saying nothing changed', async () => {
    await b.receive(good);
    const before = b.dbBytes();
    const replay = await b.core.dispatch('exchange.import', { file: b.readable(good), passphrase: null, expectSha256: null });
    expect(!replay.ok && replay.error.message).toMatch(/đã được nhận/);
    const old = await b.core.dispatch('exchange.import', { file: b.readable(older), passphrase: null, expectSha256: null });
    expect(!old.ok && old.error.message).toMatch(/không có gì mới/);
    const preview = await b.call('exchange.preview', { file: b.readable(older), passphrase: null });
    expect(preview.status).toBe('nothing-new');
    expect(b.dbBytes().equals(before)).toBe(true);
  });
});
