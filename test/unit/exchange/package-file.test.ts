import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { fingerprintOf, generateInstallKeys } from '../../../electron/exchange/package-crypto';
import { buildPackage, buildPayload, openPayload, readSignedPackage, sealPackage } from '../../../electron/exchange/package-file';
import { PackageError, type PackageRefusal } from '../../../electron/exchange/package-errors';
import type { PackageManifest } from '../../../electron/exchange/package-manifest';
import { readZipStrict } from '../../../electron/exchange/package-zip';
import { formatFingerprint, normalizeFingerprint } from '../../../shared/exchange/fingerprint';
import { forgeZip } from '../../support/zip-forge';

const alice = { installId: 'install-a', name: 'VPĐU Kiến Minh — máy văn thư' };
const bob = { installId: 'install-b', name: 'VPĐU Kiến Minh — máy Chánh VP' };
const aliceKeys = generateInstallKeys();
const bobKeys = generateInstallKeys();

function manifest(overrides: Partial<PackageManifest> = {}): Omit<PackageManifest, 'entries'> {
  return {
    format: 'vpdu-manifest',
    schemaVersion: 7,
    appVersion: '0.1.0',
    packageId: 'pkg-1',
    createdAt: '2026-03-02T08:00:00.000Z',
    sender: alice,
    recipient: bob,
    scope: { kind: 'peer' },
    counts: { changes: 1, files: 0, byTable: { meetings: 1 } },
    ranges: [{ installId: alice.installId, from: 1, to: 1 }],
    acks: [],
    ...overrides,
  };
}

const changes = { name: 'changes.jsonl', data: Buffer.from('{"origin":"install-a","seq":1}\n') };

function pkgFor(recipientKey: string | null, extra: { passphrase?: string } = {}): Uint8Array {
  return buildPackage({
    keys: aliceKeys,
    sender: alice,
    recipient: { ...bob, agreementKey: recipientKey },
    packageId: 'pkg-1',
    createdAt: '2026-03-02T08:00:00.000Z',
    manifest: manifest(),
    entries: [changes],
    ...extra,
  });
}

function refusal(fn: () => unknown): PackageRefusal {
  try {
    fn();
  } catch (err) {
    if (err instanceof PackageError) {
      expect(err.userMessage).toMatch(/[ạảãáàâăđêôơư]/);
      return err.reason;
    }
    throw err;
  }
  throw new Error('expected a refusal');
}

const open = (bytes: Uint8Array, keys = bobKeys, passphrase?: string) =>
  openPayload(readSignedPackage(bytes), { keys, passphrase, schemaVersion: 7 });

describe('fingerprints', () => {
  it('are 30 digits in six groups, stable for the same keys and different for others', () => {
    const fp = fingerprintOf(aliceKeys);
    expect(fp).toMatch(/^\d{30}$/);
    expect(fingerprintOf({ signingKey: aliceKeys.signingKey, agreementKey: aliceKeys.agreementKey })).toBe(fp);
    expect(fingerprintOf(bobKeys)).not.toBe(fp);
    // Swapping only the agreement key changes the fingerprint too.
    expect(fingerprintOf({ signingKey: aliceKeys.signingKey, agreementKey: bobKeys.agreementKey })).not.toBe(fp);
    expect(formatFingerprint(fp).split(' ')).toHaveLength(6);
    expect(normalizeFingerprint(formatFingerprint(fp))).toBe(fp);
    expect(normalizeFingerprint('1234')).toBeNull();
  });
});

describe('package file', () => {
  it('round-trips a package sealed for its recipient; others cannot open it', () => {
    const bytes = pkgFor(bobKeys.agreementKey);
    const signed = readSignedPackage(bytes);
    expect(signed.envelope.sealing.kind).toBe('recipient');
    expect(signed.envelope.sender.installId).toBe(alice.installId);
    // The change text is not readable in the file.
    expect(Buffer.from(bytes).includes(Buffer.from('install-a","seq'))).toBe(false);
    const opened = open(bytes);
    expect(opened.manifest.counts.changes).toBe(1);
    expect(Buffer.from(opened.entries.get('changes.jsonl') ?? []).toString()).toContain('"seq":1');
    expect(refusal(() => open(bytes, generateInstallKeys()))).toBe('no-recipient-key');
  });

  it('seals with a passphrase and refuses a wrong or missing one', () => {
    const bytes = pkgFor(null, { passphrase: 'Kiến Minh 2026' });
    expect(readSignedPackage(bytes).envelope.sealing.kind).toBe('passphrase');
    expect(open(bytes, bobKeys, 'Kiến Minh 2026').manifest.packageId).toBe('pkg-1');
    expect(refusal(() => open(bytes, bobKeys, 'sai mật khẩu'))).toBe('wrong-passphrase');
    expect(refusal(() => open(bytes, bobKeys))).toBe('needs-passphrase');
  });

  it('is plain (but still signed) when no key or passphrase is known', () => {
    const bytes = pkgFor(null);
    expect(readSignedPackage(bytes).envelope.sealing.kind).toBe('none');
    expect(open(bytes).manifest.ranges).toEqual([{ installId: 'install-a', from: 1, to: 1 }]);
  });
});

describe('hostile package files (reader)', () => {
  const good = pkgFor(bobKeys.agreementKey);

  it('refuses a 0-byte file and a renamed non-package file', () => {
    expect(refusal(() => readSignedPackage(new Uint8Array()))).toBe('empty');
    expect(refusal(() => readSignedPackage(Buffer.from('Thông báo kết luận số 62-TB/ĐU\n'.repeat(20))))).toBe('not-package');
    // A DOCX is a zip too, but not ours.
    const docx = zipSync({ '[Content_Types].xml': Buffer.from('<Types/>'), 'word/document.xml': Buffer.from('<w:document/>') });
    expect(refusal(() => readSignedPackage(docx))).toBe('not-package');
  });

  it('refuses a truncated file', () => {
    for (const cut of [1, 100, Math.floor(good.length / 2), good.length - 30]) {
      expect(['truncated', 'not-package', 'damaged']).toContain(refusal(() => readSignedPackage(good.subarray(0, good.length - cut))));
    }
    expect(refusal(() => readSignedPackage(good.subarray(0, good.length - 100)))).toBe('truncated');
  });

  it('refuses every single flipped byte (sampled across the whole file)', () => {
    const step = Math.max(1, Math.floor(good.length / 400));
    for (let i = 0; i < good.length; i += step) {
      const bad = Buffer.from(good);
      bad[i] = (bad[i] ?? 0) ^ 0x01;
      expect(() => open(bad), `byte ${i}`).toThrow(PackageError);
    }
  });

  it('refuses a wrong signature (signed by another key than the one it names)', () => {
    const forged = Buffer.from(good);
    const sig = Buffer.from(sealPackage({ keys: { ...bobKeys, signingKey: aliceKeys.signingKey, agreementKey: aliceKeys.agreementKey }, sender: alice, recipient: null, packageId: 'x', createdAt: 'y', payload: Buffer.from('z') }));
    expect(refusal(() => readSignedPackage(sig))).toBe('bad-signature');
    forged.set(Buffer.alloc(64, 7), forged.length - 64);
    expect(refusal(() => readSignedPackage(forged))).toBe('bad-signature');
  });

  function sealed(payload: Uint8Array): Uint8Array {
    return sealPackage({ keys: aliceKeys, sender: alice, recipient: { ...bob, agreementKey: bobKeys.agreementKey }, packageId: 'pkg-1', createdAt: 'now', payload });
  }
  const manifestEntry = (entries: { name: string; data: Uint8Array }[]) => {
    const m = JSON.parse(Buffer.from(readZipStrict(buildPayload(manifest(), entries), { maxEntries: 100, maxEntrySize: 1e9, maxTotalSize: 1e9, maxRatio: 1e9, ratioFloor: 0 }).get('manifest.json') ?? []).toString()) as unknown;
    return { name: 'manifest.json', data: Buffer.from(JSON.stringify(m)) };
  };

  it('refuses path traversal and absolute paths in attachment names, even in a signed package', () => {
    for (const name of ['files/../../evil.exe', '../evil', '/etc/passwd', 'C:/Windows/evil.dll', 'files\\..\\evil', 'files/./x', 'files/con.']) {
      const payload = forgeZip([manifestEntry([changes]), changes, { name, data: Buffer.from('x') }]);
      expect(refusal(() => open(sealed(payload)))).toBe('zip-unsafe-name');
    }
    expect(refusal(() => readSignedPackage(forgeZip([{ name: '../envelope.json', data: Buffer.from('{}') }])))).toBe('zip-unsafe-name');
  });

  it('refuses duplicate entry names (also differing only in case)', () => {
    expect(refusal(() => open(sealed(forgeZip([manifestEntry([changes]), changes, changes]))))).toBe('zip-duplicate');
    expect(refusal(() => open(sealed(forgeZip([manifestEntry([changes]), changes, { name: 'CHANGES.jsonl', data: changes.data }]))))).toBe('zip-duplicate');
  });

  it('refuses a symbolic-link entry', () => {
    const link = { name: 'files/abc', data: Buffer.from('/etc/passwd'), unixMode: 0o120777 };
    expect(refusal(() => open(sealed(forgeZip([manifestEntry([changes]), changes, link]))))).toBe('zip-symlink');
  });

  it('refuses a zip bomb, by ratio before inflating and by a lying size while inflating', () => {
    const zeros = Buffer.alloc(50 * 1024 * 1024);
    expect(refusal(() => open(sealed(forgeZip([manifestEntry([changes]), { name: 'changes.jsonl', data: zeros, deflate: true }]))))).toBe('zip-bomb');
    // Declares 1 KiB but inflates to 50 MiB: stopped at the declared size.
    expect(refusal(() => open(sealed(forgeZip([manifestEntry([changes]), { name: 'changes.jsonl', data: zeros, deflate: true, declaredSize: 1024 }]))))).toBe('zip-bomb');
    expect(deflateRawSync(zeros).length).toBeLessThan(100_000);
  });

  it('refuses a huge manifest without parsing it', () => {
    const huge = { name: 'manifest.json', data: Buffer.from(`{"x":"${'a'.repeat(17 * 1024 * 1024)}"}`) };
    expect(refusal(() => open(sealed(forgeZip([huge]))))).toBe('manifest-too-large');
  });

  it('refuses a package from a newer schema or a newer format with a clear message', () => {
    const newer = buildPayload(manifest({ schemaVersion: 99 }), [changes]);
    expect(refusal(() => open(sealed(newer)))).toBe('schema-too-new');
    try {
      open(sealed(newer));
    } catch (err) {
      expect((err as PackageError).userMessage).toMatch(/phiên bản mới hơn.*cập nhật ứng dụng/);
    }
    const envelope = { ...readSignedPackage(good).envelope, formatVersion: 2 };
    const zip = forgeZip([{ name: 'envelope.json', data: Buffer.from(JSON.stringify(envelope)) }, { name: 'payload.bin', data: Buffer.from('x') }]);
    zip.writeUInt16LE(72, zip.length - 2);
    const future = Buffer.concat([zip, Buffer.from('VPDUSIG1'), Buffer.alloc(64)]);
    expect(refusal(() => readSignedPackage(future))).toBe('format-too-new');
  });

  it('refuses entries that the manifest does not list, or whose hash differs', () => {
    const payload = forgeZip([manifestEntry([changes]), { name: 'changes.jsonl', data: Buffer.from('{"forged":true}\n') }]);
    expect(refusal(() => open(sealed(payload)))).toBe('damaged');
    const extra = forgeZip([manifestEntry([changes]), changes, { name: 'files/extra', data: Buffer.from('x') }]);
    expect(refusal(() => open(sealed(extra)))).toBe('damaged');
  });
});
