/**
 * The contract's exchange methods: identity and trust, making a package into a file, preview
 * and import of a package file (after a backup), history, conflicts and the backlog.
 */
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { formatFingerprint } from '../../shared/exchange/fingerprint';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all, run } from '../db/query';
import { backupBeforeImport } from './import-backup';
import { fieldLabel, recordLabel } from './conflicts-service';
import { localInstall } from './install-keys';
import { findKnownInstall, listKnownInstalls, trustInstall, untrustInstall } from './known-installs';
import { partLimit, planExport, type ExportPlan, type ExportRequest } from './package-export';
import { partFileName } from './package-parts';
import { importPackage, previewPackage, readPackageInThreads } from './package-import';


export function exchangeOverview(ctx: CoreContext) {
  const local = localInstall(ctx);
  const backlog = (ctx.sqlite.prepare('SELECT count(*) AS n FROM exchange_backlog').get() as { n: number }).n;
  const openConflicts = (ctx.sqlite.prepare('SELECT count(*) AS n FROM exchange_conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
  return {
    identity: { installId: local.installId, name: local.name, fingerprint: formatFingerprint(local.fingerprint) },
    installs: listKnownInstalls(ctx).map((k) => ({
      installId: k.installId,
      name: k.name,
      fingerprint: formatFingerprint(k.fingerprint),
      trusted: k.trusted,
      trustedAt: k.trustedAt,
      lastPackageAt: k.lastPackageAt,
    })),
    backlog,
    waitingSets: waitingSets(ctx),
    openConflicts,
  };
}

/** Split packages some of whose changes wait in the backlog, with the parts not yet received. */
function waitingSets(ctx: CoreContext) {
  const sets = ctx.sqlite
    .prepare(
      `SELECT json_extract(h.counts_json, '$.part.setId') AS setId, max(json_extract(h.counts_json, '$.part.count')) AS count, max(h.peer_name) AS senderName, count(*) AS waiting
       FROM exchange_backlog b JOIN exchange_history h ON h.package_id = b.package_id AND h.direction = 'import' AND h.result = 'applied'
       WHERE json_extract(h.counts_json, '$.part.setId') IS NOT NULL
       GROUP BY 1 ORDER BY min(b.received_at)`,
    )
    .all() as Array<{ setId: string; count: number; senderName: string; waiting: number }>;
  const receivedOf = ctx.sqlite
    .prepare(`SELECT DISTINCT json_extract(counts_json, '$.part.index') FROM exchange_history WHERE direction = 'import' AND result = 'applied' AND json_extract(counts_json, '$.part.setId') = ?`)
    .pluck();
  return sets.map((set) => {
    const received = new Set(receivedOf.all(set.setId) as number[]);
    const missing: number[] = [];
    for (let i = 1; i <= set.count; i++) if (!received.has(i)) missing.push(i);
    return { ...set, missing };
  });
}

function safeFilePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

export function suggestedPackageName(ctx: CoreContext, recipientName: string | null): string {
  const d = ctx.clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  return `goi-du-lieu-${recipientName ? safeFilePart(recipientName) : 'tat-ca'}-${stamp}.vpdu`;
}

function sealedText(sealed: ExportPlan['sealed']): string {
  return sealed === 'recipient' ? ', mã hóa cho máy nhận' : sealed === 'passphrase' ? ', bảo vệ bằng mật khẩu' : '';
}

/**
 * Writes an export as one file, or as parts `…-phan-k-tren-n.vpdu` beside the chosen name when
 * it would pass the part limit. Each part is prepared here (its changes read from the
 * database), then zipped, sealed, signed and written in a job thread before the next is read,
 * and gets its own history row: a stick pulled at part 3 leaves parts 1–2 written and logged.
 */
export async function exportPackageToFile(ctx: CoreContext, input: ExportRequest & { path?: string | undefined }) {
  const recipient = input.peerInstallId ? findKnownInstall(ctx, input.peerInstallId) : null;
  const unitName = input.scope === 'unit' && input.unitId ? (ctx.sqlite.prepare('SELECT short_name FROM units WHERE id = ?').pluck().get(input.unitId) as string | undefined) : undefined;
  const fileName = suggestedPackageName(ctx, unitName ? `don-vi-${unitName}` : (recipient?.name ?? null));
  const target = input.path ?? (await ctx.dialogs.saveFile({ title: 'Lưu gói dữ liệu', defaultName: fileName, filters: [{ name: 'Gói dữ liệu Văn phòng Đảng ủy', extensions: ['vpdu'] }] }));
  if (!target) return { path: null, fileName, bytes: 0, changes: 0, files: 0, sealed: 'none' as const, recipientName: recipient?.name ?? null, partBytes: partLimit(ctx, input), parts: [] };
  const plan = planExport(ctx, input);
  const count = plan.parts.length;
  const written: Array<{ path: string; fileName: string; bytes: number; changes: number; files: number }> = [];
  for (let i = 0; i < count; i++) {
    const { build, manifest } = plan.preparePart(i);
    const path = join(dirname(target), partFileName(basename(target), i + 1, count));
    // Zipped, sealed, signed and written in a job thread (a passphrase costs an scrypt). The
    // clerk may cancel it: a part's history row is written only after its thread returns.
    const out = await ctx.jobs.run('exchange.writePackage', { build, path }, { cancellable: true });
    const what = manifest.scope.kind === 'unit' ? `bản ghi liên quan đến đơn vị ${manifest.scope.unitName}` : 'thay đổi';
    run(
      ctx.sqlite,
      ctx.qb.insertInto('exchange_history').values({
        id: newId(),
        direction: 'export',
        at: ctx.clock.now().toISOString(),
        package_id: manifest.packageId,
        peer_install_id: plan.recipient?.installId ?? null,
        peer_name: plan.recipient?.name ?? (manifest.scope.kind === 'unit' ? `Đơn vị ${manifest.scope.unitName}` : 'Tất cả dữ liệu'),
        scope: input.scope,
        file_name: basename(path),
        file_sha256: out.sha256,
        size: out.size,
        counts_json: JSON.stringify({ changes: manifest.counts.changes, files: manifest.counts.files, byTable: manifest.counts.byTable, ...(manifest.part ? { part: manifest.part } : {}) }),
        result: 'made',
        message:
          count > 1
            ? `Đã tạo phần ${i + 1}/${count} của gói: ${manifest.counts.changes} ${what}, ${manifest.counts.files} tệp minh chứng${sealedText(plan.sealed)}.`
            : `Đã tạo gói ${manifest.counts.changes} ${what}${sealedText(plan.sealed)}.`,
      }),
    );
    written.push({ path, fileName: basename(path), bytes: out.size, changes: manifest.counts.changes, files: manifest.counts.files });
  }
  const [firstPart] = written;
  return {
    path: firstPart?.path ?? null,
    fileName: firstPart?.fileName ?? basename(target),
    bytes: written.reduce((n, w) => n + w.bytes, 0),
    changes: plan.totals.changes,
    files: plan.totals.files,
    sealed: plan.sealed,
    recipientName: plan.recipient?.name ?? null,
    partBytes: plan.partBytes,
    parts: written,
  };
}

export async function previewPackageFile(ctx: CoreContext, input: { path: string; passphrase?: string | null }) {
  const read = await readPackageInThreads(ctx, input.path, input.passphrase ?? null);
  const preview = previewPackage(ctx, read, { fileName: input.path, passphrase: input.passphrase ?? null });
  return {
    ...preview,
    conflicts: preview.conflicts.map((c) => ({
      recordLabel: recordLabel(ctx, c.table, c.rowId),
      fieldLabel: fieldLabel(c.field),
      kept: c.kept,
      other: c.other,
      incomingWins: c.incomingWins,
      numbering: c.field.startsWith('number:'),
    })),
  };
}

/** Trusts the sender of a package file after the user compared the fingerprint it was shown. */
export async function trustPackageSender(ctx: CoreContext, input: { path: string; fingerprint: string }) {
  const read = await readPackageInThreads(ctx, input.path, null);
  if (read.sender.fingerprint.replace(/\s/g, '') !== input.fingerprint.replace(/\s/g, '')) {
    throw new AppError('CONFLICT', 'Dấu vân tay của gói đã thay đổi so với lúc xem. Hãy mở lại gói.', 'fingerprint differs from the one shown');
  }
  const e = read.signed.envelope.sender;
  const known = trustInstall(ctx, { installId: e.installId, name: e.name, signingKey: e.signingKey, agreementKey: e.agreementKey });
  return { installId: known.installId, name: known.name, fingerprint: formatFingerprint(known.fingerprint), trusted: known.trusted, trustedAt: known.trustedAt, lastPackageAt: known.lastPackageAt };
}

export function forgetInstall(ctx: CoreContext, installId: string) {
  untrustInstall(ctx, installId);
  return { installId };
}

export async function importPackageFile(ctx: CoreContext, input: { path: string; passphrase?: string | null; expectSha256?: string | null }) {
  let backupPath: string | null = null;
  const outcome = await importPackage(ctx, await readPackageInThreads(ctx, input.path, input.passphrase ?? null), {
    fileName: input.path,
    passphrase: input.passphrase ?? null,
    expectSha256: input.expectSha256 ?? null,
    beforeApply: async () => {
      backupPath = await backupBeforeImport(ctx);
    },
  });
  return { ...outcome, backupPath };
}

export function packageHistory(ctx: CoreContext, limit: number) {
  return all(ctx.sqlite, ctx.qb.selectFrom('exchange_history').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit)).map((h) => {
    const counts = JSON.parse(h.counts_json) as { changes?: number; applied?: number };
    return {
      id: h.id,
      direction: h.direction,
      at: h.at,
      peerName: h.peer_name,
      scope: h.scope,
      fileName: h.file_name,
      fileSha256: h.file_sha256,
      size: h.size,
      changes: h.direction === 'import' ? (counts.applied ?? 0) : (counts.changes ?? 0),
      result: h.result,
      message: h.message,
    };
  });
}
