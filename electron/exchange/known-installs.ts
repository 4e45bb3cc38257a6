/**
 * Other installs this one knows, by name and key fingerprint. A package from an unknown
 * install is not applied: its sender is kept as "seen" in a small file beside the database
 * (so refusing the package leaves the database byte-for-byte as it was), and the user trusts
 * it after reading the fingerprint aloud with the sender, on screen or with `cli trust`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/api/errors';
import { formatFingerprint, normalizeFingerprint } from '../../shared/exchange/fingerprint';
import type { CoreContext } from '../core/context';
import type { KnownInstallsTable } from '../db/schema';
import { all, first, run } from '../db/query';
import { fingerprintOf, type PublicKeys } from './package-crypto';

export interface InstallPublicIdentity extends PublicKeys {
  installId: string;
  name: string;
}

export interface KnownInstall extends InstallPublicIdentity {
  fingerprint: string;
  trusted: boolean;
  trustedAt: string | null;
  firstSeenAt: string;
  lastPackageAt: string | null;
}

const seenSchema = z.array(
  z.object({ installId: z.string(), name: z.string(), signingKey: z.string(), agreementKey: z.string(), seenAt: z.string() }),
);

function seenFile(ctx: CoreContext): string {
  return join(ctx.dataDir, 'exchange', 'seen-installs.json');
}

function readSeen(ctx: CoreContext): z.infer<typeof seenSchema> {
  const path = seenFile(ctx);
  if (!existsSync(path)) return [];
  const parsed = seenSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  return parsed.success ? parsed.data : [];
}

/** Remembers an untrusted sender so that `trust FINGERPRINT` can find its keys later. */
export function rememberSeenInstall(ctx: CoreContext, identity: InstallPublicIdentity): void {
  const seen = readSeen(ctx).filter((s) => !(s.installId === identity.installId && s.signingKey === identity.signingKey));
  seen.push({ ...identity, seenAt: ctx.clock.now().toISOString() });
  const path = seenFile(ctx);
  mkdirSync(join(ctx.dataDir, 'exchange'), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify(seen.slice(-50), null, 2));
  renameSync(`${path}.tmp`, path);
}

function toKnown(row: KnownInstallsTable): KnownInstall {
  return {
    installId: row.install_id,
    name: row.name,
    signingKey: row.signing_key,
    agreementKey: row.agreement_key,
    fingerprint: row.fingerprint,
    trusted: row.trusted_at !== null,
    trustedAt: row.trusted_at,
    firstSeenAt: row.first_seen_at,
    lastPackageAt: row.last_package_at,
  };
}

export function findKnownInstall(ctx: CoreContext, installId: string): KnownInstall | null {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('known_installs').selectAll().where('install_id', '=', installId));
  return row ? toKnown(row) : null;
}

export function listKnownInstalls(ctx: CoreContext): KnownInstall[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('known_installs').selectAll().orderBy('name')).map(toKnown);
}

/** Trusts an install whose keys are known (from a package). Re-trusting the same keys is a no-op. */
export function trustInstall(ctx: CoreContext, identity: InstallPublicIdentity): KnownInstall {
  const fingerprint = fingerprintOf(identity);
  const existing = findKnownInstall(ctx, identity.installId);
  const now = ctx.clock.now().toISOString();
  if (existing && existing.signingKey !== identity.signingKey) {
    throw new AppError(
      'CONFLICT',
      `Máy "${existing.name}" đã được tin cậy với một khóa khác (dấu vân tay ${formatFingerprint(existing.fingerprint)}). Nếu máy đó đã cài lại, hãy xóa tin cậy cũ trước.`,
      'install already trusted with another key',
    );
  }
  if (existing) {
    run(ctx.sqlite, ctx.qb.updateTable('known_installs').set({ name: identity.name, trusted_at: existing.trustedAt ?? now }).where('install_id', '=', identity.installId));
  } else {
    run(
      ctx.sqlite,
      ctx.qb.insertInto('known_installs').values({
        install_id: identity.installId,
        name: identity.name,
        signing_key: identity.signingKey,
        agreement_key: identity.agreementKey,
        fingerprint,
        trusted_at: now,
        first_seen_at: now,
        last_package_at: null,
      }),
    );
  }
  return findKnownInstall(ctx, identity.installId) as KnownInstall;
}

/** `trust FINGERPRINT`: finds the seen sender with that fingerprint and trusts it. */
export function trustByFingerprint(ctx: CoreContext, text: string): KnownInstall {
  const digits = normalizeFingerprint(text);
  if (!digits) {
    throw new AppError('VALIDATION', 'Dấu vân tay phải gồm đúng 30 chữ số (có thể cách nhau bằng dấu cách).', 'fingerprint is not 30 digits');
  }
  const known = all(ctx.sqlite, ctx.qb.selectFrom('known_installs').selectAll().where('fingerprint', '=', digits)).map(toKnown)[0];
  if (known) return trustInstall(ctx, known);
  const seen = readSeen(ctx).find((s) => fingerprintOf(s) === digits);
  if (!seen) {
    throw new AppError(
      'NOT_FOUND',
      `Chưa thấy máy nào có dấu vân tay ${formatFingerprint(digits)}. Hãy nhận (xem trước) gói dữ liệu của máy đó một lần rồi tin cậy.`,
      'no seen install with this fingerprint',
    );
  }
  return trustInstall(ctx, seen);
}

export function untrustInstall(ctx: CoreContext, installId: string): void {
  run(ctx.sqlite, ctx.qb.deleteFrom('known_installs').where('install_id', '=', installId));
}

export function markPackageSeen(ctx: CoreContext, installId: string, name: string): void {
  run(ctx.sqlite, ctx.qb.updateTable('known_installs').set({ last_package_at: ctx.clock.now().toISOString(), name }).where('install_id', '=', installId));
}
