/**
 * "Tạo gói dữ liệu": every change the destination has not acknowledged (or every change, for
 * "tất cả dữ liệu"), the evidence files those changes mention, a manifest, a signature, and
 * sealing for the recipient whenever its key is known.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all } from '../db/query';
import { changesSince, type Change } from '../sync/changes';
import { evidenceDir } from '../tasks/evidence-store';
import { encodeChanges, encodeSnapshots } from './change-record';
import { collectUnitScope } from './unit-scope';
import { localInstall } from './install-keys';
import { findKnownInstall, type KnownInstall } from './known-installs';
import { buildPackage, type BuildPackageInput } from './package-file';
import { CHANGES_NAME, FILES_PREFIX, SNAPSHOTS_NAME, type PackageManifest, type PackageScope } from './package-manifest';
import type { ZipEntry } from './package-zip';

export interface ExportRequest {
  /**
   * 'peer': what that install lacks; 'all': everything ("tất cả dữ liệu"); 'unit': row
   * snapshots of what concerns one unit (`unitId`), for the install given or for anyone.
   */
  scope: 'peer' | 'all' | 'unit';
  peerInstallId?: string | null;
  unitId?: string | null;
  passphrase?: string | null;
}

/** Everything a package holds, read from the database; the zipping and sealing are left to do. */
export interface PreparedPackage {
  build: BuildPackageInput;
  manifest: Omit<PackageManifest, 'entries'>;
  packageId: string;
  recipient: KnownInstall | null;
  sealed: 'recipient' | 'passphrase' | 'none';
}

export interface MadePackage {
  bytes: Uint8Array;
  manifest: Omit<PackageManifest, 'entries'>;
  packageId: string;
  recipient: KnownInstall | null;
  sealed: 'recipient' | 'passphrase' | 'none';
}

export type ProgressReport = (done: number, total: number, stage: string) => void;

const BATCH = 5_000;

/** What a peer has told us it holds, per origin install (from the acknowledgements in its packages). */
export function peerAcks(ctx: CoreContext, peerInstallId: string): Map<string, number> {
  const rows = all(ctx.sqlite, ctx.qb.selectFrom('exchange_peer_acks').select(['origin_install_id', 'seq']).where('peer_install_id', '=', peerInstallId));
  return new Map(rows.map((r) => [r.origin_install_id, r.seq]));
}

/** What this install holds, per origin: its changes arrive in order, so the highest is contiguous. */
export function ownAcks(ctx: CoreContext): Array<{ installId: string; seq: number }> {
  return ctx.sqlite
    .prepare('SELECT origin_install AS installId, max(origin_seq) AS seq FROM change_log GROUP BY origin_install ORDER BY origin_install')
    .all() as Array<{ installId: string; seq: number }>;
}

function evidenceEntries(ctx: CoreContext, changes: ReadonlyArray<Pick<Change, 'table' | 'fields'> & { op?: Change['op'] }>): ZipEntry[] {
  const out: ZipEntry[] = [];
  const seen = new Set<string>();
  for (const c of changes) {
    if (c.table !== 'evidence_files' || (c.op !== undefined && c.op !== 'insert')) continue;
    const sha = c.fields.sha256;
    const stored = c.fields.stored_name;
    if (typeof sha !== 'string' || typeof stored !== 'string' || seen.has(sha) || !/^[0-9a-f]{64}$/.test(sha)) continue;
    const path = join(evidenceDir(ctx), stored);
    if (!existsSync(path)) continue; // a file lost on this PC: the row still travels, the receiver shows it missing
    seen.add(sha);
    out.push({ name: `${FILES_PREFIX}${sha}`, data: readFileSync(path) });
  }
  return out;
}

export function makePackage(ctx: CoreContext, request: ExportRequest, progress?: ProgressReport): MadePackage {
  const { build, ...prepared } = preparePackage(ctx, request, progress);
  return { ...prepared, bytes: buildPackage(build) };
}

/** The database part of making a package (the app then zips, seals and signs it in a job thread). */
export function preparePackage(ctx: CoreContext, request: ExportRequest, progress?: ProgressReport): PreparedPackage {
  const local = localInstall(ctx);
  let recipient: KnownInstall | null = null;
  if (request.peerInstallId) {
    recipient = findKnownInstall(ctx, request.peerInstallId);
    if (!recipient || !recipient.trusted) {
      throw new AppError('NOT_FOUND', 'Máy nhận chưa được tin cậy trên máy này. Hãy nhận một gói của máy đó và tin cậy nó trước.', `unknown peer ${request.peerInstallId}`);
    }
  }
  if (request.scope === 'peer' && !recipient) {
    throw new AppError('VALIDATION', 'Hãy chọn máy nhận, hoặc chọn "Tất cả dữ liệu".', 'peer scope without a peer');
  }
  if (request.scope === 'unit') return prepareUnitPackage(ctx, request, local, recipient, progress);
  const acks = request.scope === 'peer' && recipient ? peerAcks(ctx, recipient.installId) : new Map<string, number>();
  const total = (ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;

  const changes: Change[] = [];
  let cursor = 0;
  let read = 0;
  for (;;) {
    const batch = changesSince(ctx, cursor, BATCH);
    if (batch.length === 0) break;
    for (const c of batch) {
      cursor = c.localSeq;
      // The recipient holds its own changes, and those it acknowledged.
      if (recipient && c.origin === recipient.installId) continue;
      if (c.seq <= (acks.get(c.origin) ?? 0)) continue;
      changes.push({ origin: c.origin, seq: c.seq, hlc: c.hlc, table: c.table, rowId: c.rowId, op: c.op, fields: c.fields, base: c.base, order: c.order });
    }
    read += batch.length;
    progress?.(read, total, 'Đang đọc các thay đổi');
  }

  const ranges = new Map<string, { from: number; to: number }>();
  const byTable: Record<string, number> = {};
  for (const c of changes) {
    const r = ranges.get(c.origin);
    ranges.set(c.origin, r ? { from: Math.min(r.from, c.seq), to: Math.max(r.to, c.seq) } : { from: c.seq, to: c.seq });
    byTable[c.table] = (byTable[c.table] ?? 0) + 1;
  }
  const files = evidenceEntries(ctx, changes);
  const packageId = newId();
  const createdAt = ctx.clock.now().toISOString();
  const scope: PackageScope = request.scope === 'all' ? { kind: 'all' } : { kind: 'peer' };
  const manifest: Omit<PackageManifest, 'entries'> = {
    format: 'vpdu-manifest',
    schemaVersion: ctx.schemaVersion,
    appVersion: ctx.appVersion,
    packageId,
    createdAt,
    sender: { installId: local.installId, name: local.name },
    recipient: recipient ? { installId: recipient.installId, name: recipient.name } : null,
    scope,
    counts: { changes: changes.length, files: files.length, byTable },
    ranges: [...ranges].map(([installId, r]) => ({ installId, ...r })),
    acks: ownAcks(ctx),
  };
  progress?.(total, total, 'Đang nén và ký gói');
  const passphrase = request.passphrase?.trim() ? request.passphrase : null;
  const build: BuildPackageInput = {
    keys: local.keys,
    sender: { installId: local.installId, name: local.name },
    recipient: recipient ? { installId: recipient.installId, name: recipient.name, agreementKey: recipient.agreementKey } : null,
    passphrase,
    packageId,
    createdAt,
    manifest,
    entries: [{ name: CHANGES_NAME, data: encodeChanges(changes) }, ...files],
  };
  return { build, manifest, packageId, recipient, sealed: passphrase ? 'passphrase' : recipient ? 'recipient' : 'none' };
}

/**
 * A scoped package: row snapshots of what concerns one unit, no changes, no sequence ranges.
 * The acknowledgements still travel (they say what this install holds, whatever the scope).
 */
function prepareUnitPackage(ctx: CoreContext, request: ExportRequest, local: ReturnType<typeof localInstall>, recipient: KnownInstall | null, progress?: ProgressReport): PreparedPackage {
  if (!request.unitId) throw new AppError('VALIDATION', 'Hãy chọn đơn vị.', 'unit scope without a unit');
  progress?.(0, 1, 'Đang đọc dữ liệu của đơn vị');
  const scoped = collectUnitScope(ctx, request.unitId);
  const byTable: Record<string, number> = {};
  for (const s of scoped.snapshots) byTable[s.table] = (byTable[s.table] ?? 0) + 1;
  const files = evidenceEntries(ctx, scoped.snapshots.map((s) => ({ table: s.table, fields: s.values })));
  const packageId = newId();
  const createdAt = ctx.clock.now().toISOString();
  const manifest: Omit<PackageManifest, 'entries'> = {
    format: 'vpdu-manifest',
    schemaVersion: ctx.schemaVersion,
    appVersion: ctx.appVersion,
    packageId,
    createdAt,
    sender: { installId: local.installId, name: local.name },
    recipient: recipient ? { installId: recipient.installId, name: recipient.name } : null,
    scope: { kind: 'unit', unitId: scoped.unitId, unitName: scoped.unitName },
    // For a scoped package, `changes` counts the row snapshots it carries.
    counts: { changes: scoped.snapshots.length, files: files.length, byTable },
    ranges: [],
    acks: ownAcks(ctx),
  };
  progress?.(1, 1, 'Đang nén và ký gói');
  const passphrase = request.passphrase?.trim() ? request.passphrase : null;
  const build: BuildPackageInput = {
    keys: local.keys,
    sender: { installId: local.installId, name: local.name },
    recipient: recipient ? { installId: recipient.installId, name: recipient.name, agreementKey: recipient.agreementKey } : null,
    passphrase,
    packageId,
    createdAt,
    manifest,
    entries: [{ name: CHANGES_NAME, data: encodeChanges([]) }, { name: SNAPSHOTS_NAME, data: encodeSnapshots(scoped.snapshots) }, ...files],
  };
  return { build, manifest, packageId, recipient, sealed: passphrase ? 'passphrase' : recipient ? 'recipient' : 'none' };
}
