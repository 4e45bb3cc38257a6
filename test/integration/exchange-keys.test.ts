import { afterEach, describe, expect, it } from 'vitest';
import { ensureInstallKeys, localInstall } from '../../electron/exchange/install-keys';
import { findKnownInstall, listKnownInstalls, rememberSeenInstall, trustByFingerprint } from '../../electron/exchange/known-installs';
import { AppError } from '../../shared/api/errors';
import { startCore, type CoreHarness } from '../support/core-harness';

function userMessageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.userMessage;
    throw err;
  }
  throw new Error('expected an error');
}

describe('install keys and trust', () => {
  const open: CoreHarness[] = [];
  afterEach(() => open.splice(0).forEach((h) => h.close()));

  it('makes a key pair at first start and keeps it across restarts', () => {
    const h = startCore();
    open.push(h);
    const first = localInstall(h.core.ctx);
    expect(first.fingerprint).toMatch(/^\d{30}$/);
    h.reopen();
    expect(ensureInstallKeys(h.core.ctx).fingerprint).toBe(first.fingerprint);
    expect(ensureInstallKeys(h.core.ctx).keys.signingPrivate).toBe(first.keys.signingPrivate);
  });

  it('trusts a seen install by its fingerprint (typed with spaces) and refuses an unknown one', () => {
    const a = startCore();
    const b = startCore();
    open.push(a, b);
    const other = localInstall(b.core.ctx);
    expect(userMessageOf(() => trustByFingerprint(a.core.ctx, other.fingerprint))).toMatch(/Chưa thấy máy nào/);
    rememberSeenInstall(a.core.ctx, { installId: other.installId, name: other.name, signingKey: other.keys.signingKey, agreementKey: other.keys.agreementKey });
    expect(findKnownInstall(a.core.ctx, other.installId)).toBeNull();
    const spaced = other.fingerprint.replace(/(\d{5})/g, '$1 ').trim();
    const trusted = trustByFingerprint(a.core.ctx, spaced);
    expect(trusted).toMatchObject({ installId: other.installId, trusted: true, fingerprint: other.fingerprint });
    expect(listKnownInstalls(a.core.ctx)).toHaveLength(1);
    expect(userMessageOf(() => trustByFingerprint(a.core.ctx, '123'))).toMatch(/30 chữ số/);
  });
});
