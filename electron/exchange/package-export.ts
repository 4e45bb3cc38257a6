/**
 * "Tạo gói dữ liệu": every change the destination has not acknowledged (or every change, for
 * "tất cả dữ liệu"), the evidence files those changes mention, a manifest, a signature, and
 * sealing for the recipient whenever its key is known.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all } from '../db/query';
import { changesSince, type Change } from '../sync/changes';
import { evidenceDir } from '../tasks/evidence-store';
import { encodeChangeLine, encodeChanges, encodeSnapshots } from './change-record';
import { collectUnitScope } from './unit-scope';
import { localInstall } from './install-keys';
import { findKnownInstall, type KnownInstall } from './known-installs';
import { buildPackage, PAYLOAD_LIMITS, type BuildPackageInput } from './package-file';
import { PartSlicer, type FileNeed, type PartSlice, type SliceLimits } from './package-parts';
import { CHANGES_NAME, FILES_PREFIX, SNAPSHOTS_NAME, type PackageManifest, type PackageScope } from './package-manifest';
import { MAX_PART_BYTES } from './package-zip';

export interface ExportRequest {
  /**
   * 'peer': what that install lacks; 'all': everything ("tất cả dữ liệu"); 'unit': row
   * snapshots of what concerns one unit (`unitId`), for the install given or for anyone.
   */
  scope: 'peer' | 'all' | 'unit';
  peerInstallId?: string | null;
  unitId?: string | null;
  passphrase?: string | null;
  /** The largest a package file may be (bytes); MAX_PART_BYTES when absent, never above it. */
  partBytes?: number | null;
}

/** One part, read from the database; the zipping, sealing and signing are left to do. */
export interface PreparedPart {
  build: BuildPackageInput;
  manifest: Omit<PackageManifest, 'entries'>;
}

/**
 * An export decided: who for, how sealed, and where it is cut into parts. Only boundaries and
 * file lists are held; each part's changes are read again by `preparePart`.
 */
export interface ExportPlan {
  request: ExportRequest;
  recipient: KnownInstall | null;
  sealed: 'recipient' | 'passphrase' | 'none';
  setId: string;
  parts: PartSlice[];
  /** Every change and distinct evidence file of the whole export. */
  totals: { changes: number; files: number; byTable: Record<string, number> };
  partBytes: number;
  /** Prepares part `index` (0-based). */
  preparePart(index: number): PreparedPart;
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

interface EvidenceOnDisk extends FileNeed {
  path: string;
}

/** The evidence file an evidence row needs, when this PC holds it. */
function evidenceNeed(ctx: CoreContext, c: Pick<Change, 'table' | 'fields'> & { op?: Change['op'] }): EvidenceOnDisk | null {
  if (c.table !== 'evidence_files' || (c.op !== undefined && c.op !== 'insert')) return null;
  const sha = c.fields.sha256;
  const stored = c.fields.stored_name;
  if (typeof sha !== 'string' || typeof stored !== 'string' || !/^[0-9a-f]{64}$/.test(sha)) return null;
  const path = join(evidenceDir(ctx), stored);
  // A file lost on this PC: the row still travels, the receiver shows it missing.
  if (!existsSync(path)) return null;
  const fileName = typeof c.fields.file_name === 'string' ? c.fields.file_name : stored;
  return { sha256: sha, size: statSync(path).size, fileName, path };
}

/** The part limit asked for, never above MAX_PART_BYTES. */
export function partLimit(ctx: CoreContext, request: ExportRequest): number {
  return Math.min(request.partBytes ?? ctx.packagePartBytes ?? MAX_PART_BYTES, MAX_PART_BYTES);
}

/** A whole package in memory (the bench); an export that would need parts is refused. */
export function makePackage(ctx: CoreContext, request: ExportRequest, progress?: ProgressReport): MadePackage {
  const plan = planExport(ctx, { ...request, partBytes: MAX_PART_BYTES }, progress);
  if (plan.parts.length !== 1) throw new Error(`makePackage: ${plan.parts.length} parts`);
  const { build, manifest } = plan.preparePart(0);
  return { bytes: buildPackage(build), manifest, packageId: manifest.packageId, recipient: plan.recipient, sealed: plan.sealed };
}

function checkRecipient(ctx: CoreContext, request: ExportRequest): KnownInstall | null {
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
  return recipient;
}

function sliceLimits(partBytes: number, origins: number): SliceLimits {
  return { partBytes, origins, maxEntryBytes: PAYLOAD_LIMITS.maxEntrySize, maxEntries: PAYLOAD_LIMITS.maxEntries };
}

/**
 * Decides an export: reads the change log once in local order (keeping only where each part
 * starts and ends, and the files it needs), so a large export is never held in memory whole.
 */
export function planExport(ctx: CoreContext, request: ExportRequest, progress?: ProgressReport): ExportPlan {
  const local = localInstall(ctx);
  const recipient = checkRecipient(ctx, request);
  const partBytes = partLimit(ctx, request);
  if (request.scope === 'unit') return planUnitExport(ctx, request, local, recipient, partBytes, progress);
  const acks = request.scope === 'peer' && recipient ? peerAcks(ctx, recipient.installId) : new Map<string, number>();
  // The recipient holds its own changes, and those it acknowledged.
  const wanted = (c: Change) => !(recipient && c.origin === recipient.installId) && c.seq > (acks.get(c.origin) ?? 0);
  const total = (ctx.sqlite.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;
  const held = ownAcks(ctx);
  const slicer = new PartSlicer(sliceLimits(partBytes, held.length));
  const paths = new Map<string, string>();
  const byTable: Record<string, number> = {};
  let changes = 0;
  let cursor = 0;
  let read = 0;
  for (;;) {
    const batch = changesSince(ctx, cursor, BATCH);
    if (batch.length === 0) break;
    for (const c of batch) {
      cursor = c.localSeq;
      if (!wanted(c)) continue;
      const need = evidenceNeed(ctx, c);
      if (need) paths.set(need.sha256, need.path);
      slicer.add({ key: c.localSeq, bytes: Buffer.byteLength(encodeChangeLine(c)) + 1, files: need ? [need] : [] });
      byTable[c.table] = (byTable[c.table] ?? 0) + 1;
      changes += 1;
    }
    read += batch.length;
    progress?.(read, total, 'Đang đọc các thay đổi');
  }
  const parts = slicer.finish();
  const setId = newId();
  const createdAt = ctx.clock.now().toISOString();
  const scope: PackageScope = request.scope === 'all' ? { kind: 'all' } : { kind: 'peer' };
  const passphrase = request.passphrase?.trim() ? request.passphrase : null;
  const sealed = passphrase ? 'passphrase' : recipient ? 'recipient' : 'none';

  const preparePart = (index: number): PreparedPart => {
    const slice = parts[index];
    if (!slice) throw new Error(`no part ${index}`);
    const carried: Change[] = [];
    let at = slice.firstKey - 1;
    while (slice.changes > 0 && at < slice.lastKey) {
      const batch = changesSince(ctx, at, BATCH);
      if (batch.length === 0) break;
      for (const c of batch) {
        at = c.localSeq;
        if (at > slice.lastKey) break;
        if (wanted(c)) carried.push({ origin: c.origin, seq: c.seq, hlc: c.hlc, table: c.table, rowId: c.rowId, op: c.op, fields: c.fields, base: c.base, order: c.order });
      }
    }
    const ranges = new Map<string, { from: number; to: number }>();
    const partTables: Record<string, number> = {};
    for (const c of carried) {
      const r = ranges.get(c.origin);
      ranges.set(c.origin, r ? { from: Math.min(r.from, c.seq), to: Math.max(r.to, c.seq) } : { from: c.seq, to: c.seq });
      partTables[c.table] = (partTables[c.table] ?? 0) + 1;
    }
    const part = parts.length > 1 ? { index: index + 1, count: parts.length, setId } : undefined;
    const packageId = newId();
    const manifest: Omit<PackageManifest, 'entries'> = {
      ...manifestHead(ctx, local, recipient, packageId, createdAt),
      scope,
      counts: { changes: carried.length, files: slice.files.length, byTable: partTables },
      ranges: [...ranges].map(([installId, r]) => ({ installId, ...r })),
      acks: held,
      ...(part ? { part } : {}),
    };
    const build: BuildPackageInput = {
      ...buildBase(local, recipient, passphrase),
      packageId,
      createdAt,
      manifest,
      entries: [{ name: CHANGES_NAME, data: encodeChanges(carried) }],
      files: slice.files.map((f) => ({ name: `${FILES_PREFIX}${f.sha256}`, path: paths.get(f.sha256) as string })),
      maxBytes: partBytes,
      ...(part ? { part } : {}),
    };
    return { build, manifest };
  };
  progress?.(total, total, 'Đang nén và ký gói');
  return { request, recipient, sealed, setId, parts, totals: { changes, files: paths.size, byTable }, partBytes, preparePart };
}

/** What every manifest (a part, a whole, a unit's package) says of who made it, when and for whom. */
function manifestHead(ctx: CoreContext, local: ReturnType<typeof localInstall>, recipient: KnownInstall | null, packageId: string, createdAt: string) {
  return {
    format: 'vpdu-manifest' as const,
    schemaVersion: ctx.schemaVersion,
    appVersion: ctx.appVersion,
    packageId,
    createdAt,
    sender: { installId: local.installId, name: local.name },
    recipient: recipient ? { installId: recipient.installId, name: recipient.name } : null,
  };
}

function buildBase(local: ReturnType<typeof localInstall>, recipient: KnownInstall | null, passphrase: string | null): Pick<BuildPackageInput, 'keys' | 'sender' | 'recipient' | 'passphrase'> {
  return {
    keys: local.keys,
    sender: { installId: local.installId, name: local.name },
    recipient: recipient ? { installId: recipient.installId, name: recipient.name, agreementKey: recipient.agreementKey } : null,
    passphrase,
  };
}

/**
 * A scoped package: row snapshots of what concerns one unit, no changes, no sequence ranges.
 * The acknowledgements still travel (they say what this install holds, whatever the scope).
 * It is never split (its snapshots have no sequence to cut along): one larger than a part is
 * refused, and the ordinary package, which splits, carries the same rows.
 */
function planUnitExport(
  ctx: CoreContext,
  request: ExportRequest,
  local: ReturnType<typeof localInstall>,
  recipient: KnownInstall | null,
  partBytes: number,
  progress?: ProgressReport,
): ExportPlan {
  if (!request.unitId) throw new AppError('VALIDATION', 'Hãy chọn đơn vị.', 'unit scope without a unit');
  progress?.(0, 1, 'Đang đọc dữ liệu của đơn vị');
  const scoped = collectUnitScope(ctx, request.unitId);
  const byTable: Record<string, number> = {};
  for (const s of scoped.snapshots) byTable[s.table] = (byTable[s.table] ?? 0) + 1;
  const files = new Map<string, EvidenceOnDisk>();
  for (const s of scoped.snapshots) {
    const need = evidenceNeed(ctx, { table: s.table, fields: s.values });
    if (need) files.set(need.sha256, need);
  }
  const snapshots = encodeSnapshots(scoped.snapshots);
  const held = ownAcks(ctx);
  // The same counting as a part of an ordinary package, in one piece.
  const slicer = new PartSlicer(sliceLimits(partBytes, held.length));
  slicer.add({ key: 1, bytes: snapshots.length, files: [...files.values()] });
  const [slice] = slicer.finish();
  if (!slice || slice.changes !== 1) {
    throw new AppError(
      'VALIDATION',
      `Gói của đơn vị "${scoped.unitName}" lớn hơn giới hạn một tệp gói dữ liệu, và gói theo đơn vị không chia được thành nhiều phần. Hãy tạo gói cho máy của đơn vị (gói thông thường tự chia thành nhiều tệp).`,
      'unit package exceeds one part',
    );
  }
  const packageId = newId();
  const createdAt = ctx.clock.now().toISOString();
  const manifest: Omit<PackageManifest, 'entries'> = {
    ...manifestHead(ctx, local, recipient, packageId, createdAt),
    scope: { kind: 'unit', unitId: scoped.unitId, unitName: scoped.unitName },
    // For a scoped package, `changes` counts the row snapshots it carries.
    counts: { changes: scoped.snapshots.length, files: files.size, byTable },
    ranges: [],
    acks: held,
  };
  progress?.(1, 1, 'Đang nén và ký gói');
  const passphrase = request.passphrase?.trim() ? request.passphrase : null;
  const build: BuildPackageInput = {
    ...buildBase(local, recipient, passphrase),
    packageId,
    createdAt,
    manifest,
    entries: [{ name: CHANGES_NAME, data: encodeChanges([]) }, { name: SNAPSHOTS_NAME, data: snapshots }],
    files: [...files.values()].map((f) => ({ name: `${FILES_PREFIX}${f.sha256}`, path: f.path })),
    maxBytes: partBytes,
  };
  return {
    request,
    recipient,
    sealed: passphrase ? 'passphrase' : recipient ? 'recipient' : 'none',
    setId: packageId,
    parts: [slice],
    totals: { changes: scoped.snapshots.length, files: files.size, byTable },
    partBytes,
    preparePart: () => ({ build, manifest }),
  };
}
