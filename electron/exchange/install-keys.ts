/**
 * This install's key pairs, made at first start and kept in `install_keys` under the install
 * id. A database copied to another PC gets a new install id from the core, and with it new
 * keys: two PCs never sign with one key.
 *
 * The private keys sit in the database file, which is as well protected as the records it
 * holds (the user's profile folder); the shell may later wrap them with the OS key store.
 */
import { hostname } from 'node:os';
import type { CoreContext } from '../core/context';
import { first, run } from '../db/query';
import { fingerprintOf, generateInstallKeys, type InstallKeyPair } from './package-crypto';

export interface LocalInstall {
  installId: string;
  name: string;
  keys: InstallKeyPair;
  fingerprint: string;
}

export function ensureInstallKeys(ctx: CoreContext): { keys: InstallKeyPair; fingerprint: string } {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('install_keys').selectAll().where('install_id', '=', ctx.install.id));
  if (row) {
    return {
      keys: {
        signingKey: row.signing_key,
        agreementKey: row.agreement_key,
        signingPrivate: row.signing_private,
        agreementPrivate: row.agreement_private,
      },
      fingerprint: row.fingerprint,
    };
  }
  const keys = generateInstallKeys();
  const fingerprint = fingerprintOf(keys);
  run(
    ctx.sqlite,
    ctx.qb.insertInto('install_keys').values({
      install_id: ctx.install.id,
      signing_key: keys.signingKey,
      agreement_key: keys.agreementKey,
      signing_private: keys.signingPrivate,
      agreement_private: keys.agreementPrivate,
      fingerprint,
      created_at: ctx.clock.now().toISOString(),
    }),
  );
  return { keys, fingerprint };
}

/**
 * The name others see for this install. The core's install identity names it once it has one
 * (`meta.install_name`); until then: the committee and the computer's name.
 */
export function installName(ctx: CoreContext): string {
  const named = first(ctx.sqlite, ctx.qb.selectFrom('meta').select('value').where('key', '=', 'install_name'));
  if (named?.value) return named.value;
  const profile = first(ctx.sqlite, ctx.qb.selectFrom('profile').select('committee').where('deleted_at', 'is', null));
  const office = profile?.committee ? profile.committee : 'Văn phòng Đảng ủy';
  return `${office} — máy ${hostname()}`;
}

export function localInstall(ctx: CoreContext): LocalInstall {
  const { keys, fingerprint } = ensureInstallKeys(ctx);
  return { installId: ctx.install.id, name: installName(ctx), keys, fingerprint };
}
