/**
 * "Nhận gói dữ liệu": verify, preview, back up, apply in one transaction or nothing.
 *
 * Reading a package never writes the database: every refusal (damaged file, unknown sender,
 * another recipient, a replay, nothing new) leaves it byte-for-byte as it was. Applying runs
 * the received changes through the core's write path (applyReceivedChange), each origin in its
 * sequence order; a change whose predecessors have not arrived waits in `exchange_backlog`
 * until a later package fills the gap. Values that lose a merge are kept in the conflicts list.
 */
import { basename } from 'node:path';
import { formatFingerprint } from '../../shared/exchange/fingerprint';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all, first, run } from '../db/query';
import { changeReceiver, coveredBySnapshot, lastSeqOf, snapshotReceiver, snapshotWrites, type Change, type RowSnapshot } from '../sync/changes';
import { decodeChanges, decodeSnapshots } from './change-record';
import { guardConclusionChange, keepDraftBeforeIssue, keepLosingDraftText } from './conclusion-guard';
import { detectConflicts, recordConflicts, type DetectedConflict } from './merge-conflicts';
import { predictNumberingConflicts, recordNumberingConflicts, settleNumberingConflicts } from './numbering-conflicts';
import { storeEvidenceFiles } from './evidence-transfer';
import { localInstall } from './install-keys';
import { findKnownInstall, markPackageSeen, rememberSeenInstall } from './known-installs';
import { fingerprintOf, type InstallKeyPair } from './package-crypto';
import { packageErrors } from './package-errors';
import { openPayload, readSignedPackage, type OpenedPayload, type SignedPackage } from './package-file';
import { CHANGES_NAME, SNAPSHOTS_NAME, type PackageManifest } from './package-manifest';
import { describeChanges, type KindSummary } from './preview-kinds';

export interface PackageSender {
  installId: string;
  name: string;
  fingerprint: string;
  trusted: boolean;
}

export interface ReadPackage {
  signed: SignedPackage;
  sender: PackageSender;
  opened: OpenedPayload | null;
}

/** Structure, signature, sender, recipient; the payload only once the sender is trusted. */
export function readPackage(ctx: CoreContext, bytes: Uint8Array, passphrase: string | null | undefined): ReadPackage {
  const signed = readSignedPackage(bytes);
  const { sender, keys } = checkSender(ctx, signed);
  if (!sender.trusted) return { signed, sender, opened: null };
  return { signed, sender, opened: openPayload(signed, { keys, passphrase, schemaVersion: ctx.schemaVersion }) };
}

/**
 * The same reading of a package file, with the file's reading, zip and signature checks and
 * the decryption (scrypt for a passphrase) in job threads; the trust checks here.
 */
export async function readPackageInThreads(ctx: CoreContext, path: string, passphrase: string | null): Promise<ReadPackage> {
  // Both cancellable: they only read, and the apply (the one write) comes after both.
  const signed = await ctx.jobs.run('exchange.readSigned', { path }, { cancellable: true });
  const { sender, keys } = checkSender(ctx, signed);
  if (!sender.trusted) return { signed, sender, opened: null };
  return { signed, sender, opened: await ctx.jobs.run('exchange.openPayload', { signed, keys, passphrase, schemaVersion: ctx.schemaVersion }, { cancellable: true }) };
}

function checkSender(ctx: CoreContext, signed: SignedPackage): { sender: PackageSender; keys: InstallKeyPair } {
  const { envelope } = signed;
  const local = localInstall(ctx);
  if (envelope.sender.installId === local.installId) throw packageErrors.ownPackage();
  if (envelope.recipient && envelope.recipient.installId !== local.installId) throw packageErrors.otherRecipient(envelope.recipient.name);
  const known = findKnownInstall(ctx, envelope.sender.installId);
  if (known && (known.signingKey !== envelope.sender.signingKey || known.agreementKey !== envelope.sender.agreementKey)) {
    throw packageErrors.keyMismatch(known.name);
  }
  const sender: PackageSender = {
    installId: envelope.sender.installId,
    name: envelope.sender.name,
    fingerprint: formatFingerprint(fingerprintOf(envelope.sender)),
    trusted: known?.trusted ?? false,
  };
  return { sender, keys: local.keys };
}

export type PreviewStatus = 'needs-trust' | 'ready' | 'nothing-new';

export interface PackagePreview {
  status: PreviewStatus;
  message: string;
  fileName: string;
  fileSha256: string;
  size: number;
  packageId: string;
  createdAt: string;
  sender: PackageSender;
  sealed: 'recipient' | 'passphrase' | 'none';
  scope: PackageManifest['scope']['kind'] | null;
  part: PartView | null;
  kinds: KindSummary[];
  conflicts: DetectedConflict[];
  counts: { changes: number; new: number; held: number; waiting: number; fromBacklog: number; files: number };
}

interface Plan {
  /** In the order they will be applied (each origin in sequence order). */
  apply: Change[];
  wait: Change[];
  held: number;
  fromBacklog: number;
  /** `origin#seq` of the changes in `apply` that come from the backlog. */
  fromBacklogKeys: string[];
}

function backlogChanges(ctx: CoreContext): Change[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('exchange_backlog').select('change_json').orderBy('origin_install_id').orderBy('seq')).map((r) => JSON.parse(r.change_json) as Change);
}

const foreignKeys = new WeakMap<object, Map<string, Array<{ from: string; table: string; to: string }>>>();

/** The foreign keys of a table (synced tables point at each other by id). */
function foreignKeysOf(ctx: CoreContext, table: string): Array<{ from: string; table: string; to: string }> {
  let byTable = foreignKeys.get(ctx.sqlite);
  if (!byTable) foreignKeys.set(ctx.sqlite, (byTable = new Map()));
  let list = byTable.get(table);
  if (!list) {
    const rows = ctx.sqlite.prepare(`SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)`).all(table) as Array<{ from: string; table: string; to: string | null }>;
    list = rows.map((r) => ({ from: r.from, table: r.table, to: r.to ?? 'id' }));
    byTable.set(table, list);
  }
  return list;
}

/** Whether the rows a change points at exist here or are inserted by a change planned before it. */
function parentCheck(ctx: CoreContext): { ready(c: Change): boolean; planned(c: Change): void } {
  const present = new Set<string>();
  const lookups = new Map<string, ReturnType<CoreContext['sqlite']['prepare']>>();
  const exists = (table: string, column: string, value: string | number) => {
    let stmt = lookups.get(`${table}.${column}`);
    if (!stmt) lookups.set(`${table}.${column}`, (stmt = ctx.sqlite.prepare(`SELECT 1 FROM "${table}" WHERE "${column}" = ?`).pluck()));
    return stmt.get(value) !== undefined;
  };
  return {
    ready(c) {
      for (const fk of foreignKeysOf(ctx, c.table)) {
        const value = c.fields[fk.from];
        if (value === null || value === undefined) continue;
        const key = `${fk.table}/${value}`;
        if (present.has(key)) continue;
        if (!exists(fk.table, fk.to, value)) return false;
        present.add(key);
      }
      return true;
    },
    planned(c) {
      if (c.op === 'insert') present.add(`${c.table}/${c.rowId}`);
    },
  };
}

/** Which changes can apply now, which wait for a gap to fill, and which are already held. */
function planChanges(ctx: CoreContext, incoming: readonly Change[]): Plan {
  const backlog = backlogChanges(ctx);
  const expected = new Map<string, number>();
  const next = (origin: string) => {
    if (!expected.has(origin)) expected.set(origin, lastSeqOf(ctx, origin) + 1);
    return expected.get(origin) as number;
  };
  const candidates = new Map<string, Change & { fromBacklog: boolean }>();
  let held = 0;
  for (const [list, fromBacklog] of [[incoming, false], [backlog, true]] as const) {
    for (const c of list) {
      const key = `${c.origin}#${c.seq}`;
      if (c.seq < next(c.origin)) {
        if (!fromBacklog) held += 1;
        continue;
      }
      if (!candidates.has(key)) candidates.set(key, { ...c, fromBacklog });
    }
  }
  // Package order first (it respects the dependencies between rows), each origin in sequence,
  // and a row only once the rows it points at are here or planned: another origin's parent may
  // still be missing (parts of a split package in reverse order, a lost package), and then the
  // child waits with it instead of failing the foreign key.
  const parentReady = parentCheck(ctx);
  let pending = [...candidates.values()];
  const apply: Change[] = [];
  const fromBacklogKeys: string[] = [];
  let fromBacklog = 0;
  let progress = true;
  while (progress) {
    progress = false;
    const left: typeof pending = [];
    for (const c of pending) {
      if (c.seq !== next(c.origin) || !parentReady.ready(c)) {
        left.push(c);
        continue;
      }
      parentReady.planned(c);
      const { fromBacklog: wasWaiting, ...change } = c;
      apply.push(change);
      if (wasWaiting) {
        fromBacklog += 1;
        fromBacklogKeys.push(`${c.origin}#${c.seq}`);
      }
      expected.set(c.origin, c.seq + 1);
      progress = true;
    }
    pending = left;
  }
  return { apply, wait: pending.map(({ fromBacklog: _waiting, ...change }) => change), held, fromBacklog, fromBacklogKeys };
}

function alreadyImported(ctx: CoreContext, packageId: string): { at: string } | undefined {
  return first(
    ctx.sqlite,
    ctx.qb.selectFrom('exchange_history').select('at').where('direction', '=', 'import').where('package_id', '=', packageId).where('result', '=', 'applied'),
  );
}

export interface PartView {
  index: number;
  count: number;
  setId: string;
  received: number[];
}

/** Part k of n of a split package, with the parts of its set already received here. */
function partView(ctx: CoreContext, signed: SignedPackage): PartView | null {
  const { part, packageId } = signed.envelope;
  if (part.count <= 1 || !part.setId) return null;
  const received = ctx.sqlite
    .prepare(
      `SELECT DISTINCT json_extract(counts_json, '$.part.index') FROM exchange_history
       WHERE direction = 'import' AND result = 'applied' AND json_extract(counts_json, '$.part.setId') = ? AND package_id <> ?`,
    )
    .pluck()
    .all(part.setId, packageId) as number[];
  return { index: part.index, count: part.count, setId: part.setId, received: received.filter((n) => typeof n === 'number').sort((a, b) => a - b) };
}

/** The parts of its set not yet here, besides this one: what the waiting changes wait for. */
function missingParts(part: PartView): number[] {
  const out: number[] = [];
  for (let i = 1; i <= part.count; i++) if (i !== part.index && !part.received.includes(i)) out.push(i);
  return out;
}

function waitingFor(part: PartView | null): string {
  const missing = part ? missingParts(part) : [];
  return missing.length > 0 ? `các phần còn thiếu của gói (phần ${missing.join(', ')} trên ${part?.count ?? 0})` : 'gói trước đó';
}

function dateVi(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())} ngày ${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** `source`: the file's bytes, or the package already read (readPackageInThreads). */
export function previewPackage(ctx: CoreContext, source: Uint8Array | ReadPackage, options: { fileName: string; passphrase?: string | null }): PackagePreview {
  const read = source instanceof Uint8Array ? readPackage(ctx, source, options.passphrase) : source;
  const { signed, sender, opened } = read;
  const part = partView(ctx, signed);
  const partLabel = part ? `Phần ${part.index}/${part.count} của một gói được chia nhiều phần. ` : '';
  const base = {
    part,
    fileName: basename(options.fileName),
    fileSha256: signed.fileSha256,
    size: signed.size,
    packageId: signed.envelope.packageId,
    createdAt: signed.envelope.createdAt,
    sender,
    sealed: signed.envelope.sealing.kind,
  };
  if (!opened) {
    // Remembered outside the database, so that `trust FINGERPRINT` can find the keys later.
    rememberSeenInstall(ctx, { installId: sender.installId, name: sender.name, signingKey: signed.envelope.sender.signingKey, agreementKey: signed.envelope.sender.agreementKey });
    return {
      ...base,
      status: 'needs-trust',
      message: `Gói này từ máy chưa được tin cậy: "${sender.name}". Hãy gọi điện cho người gửi và đọc đối chiếu dấu vân tay ${sender.fingerprint} trước khi tin cậy.`,
      scope: null,
      kinds: [],
      conflicts: [],
      counts: { changes: 0, new: 0, held: 0, waiting: 0, fromBacklog: 0, files: 0 },
    };
  }
  if (opened.manifest.scope.kind === 'unit') return previewSnapshots(ctx, base, opened, alreadyImported(ctx, signed.envelope.packageId));
  const changes = decodeChanges(opened.entries.get(CHANGES_NAME));
  const plan = planChanges(ctx, changes);
  const imported = alreadyImported(ctx, signed.envelope.packageId);
  const nothingNew = plan.apply.length === 0 && plan.wait.length === plan.fromBacklog;
  const conflicts = plan.apply.flatMap((c) => {
    const covered = coveredBySnapshot(ctx, c);
    if (fullyCovered(c, covered)) return [];
    const guard = guardConclusionChange(ctx, c);
    const merged = detectConflicts(ctx, [c]);
    return (guard ? [...merged.filter((m) => !guard.skip.has(m.field) && !guard.force.has(m.field)), ...guard.conflicts] : merged).filter((m) => !covered.has(m.field));
  });
  conflicts.push(...predictNumberingConflicts(ctx, plan.apply));
  const counts = {
    changes: changes.length,
    new: plan.apply.length,
    held: plan.held,
    waiting: plan.wait.filter((c) => !backlogHas(ctx, c)).length,
    fromBacklog: plan.fromBacklog,
    files: opened.manifest.counts.files,
  };
  let message: string;
  if (imported) message = `${partLabel}Gói này đã được nhận lúc ${dateVi(imported.at)}. Nhận lại không thay đổi gì.`;
  else if (nothingNew) message = `${partLabel}Gói này không có gì mới: máy này đã có mọi thay đổi trong gói (có thể là gói cũ hơn gói đã nhận).`;
  else if (counts.new === 0) message = `${partLabel}${counts.waiting} thay đổi trong gói sẽ được giữ lại chờ ${waitingFor(part)}, rồi tự áp dụng khi nhận đủ.`;
  else message = `${partLabel}Sẽ nhận ${counts.new} thay đổi${counts.waiting ? `, ${counts.waiting} thay đổi phải chờ ${waitingFor(part)}` : ''}${conflicts.length ? `; ${conflicts.length} xung đột sẽ được ghi lại để xem xét` : ''}.`;
  return {
    ...base,
    status: imported || nothingNew ? 'nothing-new' : 'ready',
    message,
    scope: opened.manifest.scope.kind,
    kinds: describeChanges(ctx, plan.apply),
    conflicts,
    counts,
  };
}

/** Every field of the change is already held here through a scoped package's snapshot. */
function fullyCovered(change: Change, covered: ReadonlySet<string>): boolean {
  return covered.size > 0 && Object.keys(change.fields).every((f) => covered.has(f));
}

/** What a snapshot would do here, as a change-shaped record for the preview's table (null: nothing). */
function snapshotEffect(ctx: CoreContext, snap: RowSnapshot): Change | null {
  const { row, writes } = snapshotWrites(ctx, snap);
  if (row && writes.length === 0) return null;
  const op = !row ? 'insert' : writes.some(([f, v]) => f === 'deleted_at' && v !== null) ? 'delete' : 'update';
  return { origin: snap.head.origin, seq: snap.head.seq, hlc: snap.head.order, order: snap.head.order, table: snap.table, rowId: snap.rowId, op, fields: Object.fromEntries(writes), base: null };
}

function previewSnapshots(
  ctx: CoreContext,
  base: Pick<PackagePreview, 'part' | 'fileName' | 'fileSha256' | 'size' | 'packageId' | 'createdAt' | 'sender' | 'sealed'>,
  opened: OpenedPayload,
  imported: { at: string } | undefined,
): PackagePreview {
  const snapshots = decodeSnapshots(opened.entries.get(SNAPSHOTS_NAME));
  const effects = snapshots.map((s) => snapshotEffect(ctx, s)).filter((c): c is Change => c !== null);
  const scope = opened.manifest.scope;
  const unitName = scope.kind === 'unit' ? scope.unitName : '';
  let message: string;
  if (imported) message = `Gói này đã được nhận lúc ${dateVi(imported.at)}. Nhận lại không thay đổi gì.`;
  else if (effects.length === 0) message = `Gói này không có gì mới: máy này đã có mọi dữ liệu của đơn vị "${unitName}" trong gói.`;
  else message = `Gói chỉ gồm những gì liên quan đến đơn vị "${unitName}": sẽ nhận ${effects.length} bản ghi.`;
  return {
    ...base,
    status: imported || effects.length === 0 ? 'nothing-new' : 'ready',
    message,
    scope: 'unit',
    kinds: describeChanges(ctx, effects),
    conflicts: [],
    counts: { changes: snapshots.length, new: effects.length, held: snapshots.length - effects.length, waiting: 0, fromBacklog: 0, files: opened.manifest.counts.files },
  };
}

/** What the sender holds from each install (its acknowledgements), kept so the next package to it skips that. */
function recordSenderAcks(ctx: CoreContext, sender: { installId: string; name: string }, acks: ReadonlyArray<{ installId: string; seq: number }>): void {
  const upsert = ctx.sqlite.prepare(
    `INSERT INTO exchange_peer_acks (peer_install_id, origin_install_id, seq) VALUES (?, ?, ?)
     ON CONFLICT (peer_install_id, origin_install_id) DO UPDATE SET seq = max(seq, excluded.seq)`,
  );
  for (const ack of acks) upsert.run(sender.installId, ack.installId, ack.seq);
  markPackageSeen(ctx, sender.installId, sender.name);
}

/** A scoped package: its snapshots in one transaction; no change logged, no watermark moved. */
async function importSnapshots(
  ctx: CoreContext,
  read: ReadPackage & { opened: OpenedPayload },
  options: { fileName: string; beforeApply?: () => Promise<void> },
): Promise<ImportOutcome> {
  const { signed, sender, opened } = read;
  const packageId = signed.envelope.packageId;
  const snapshots = decodeSnapshots(opened.entries.get(SNAPSHOTS_NAME));
  if (!snapshots.some((s) => snapshotEffect(ctx, s) !== null)) throw packageErrors.nothingNew();
  await options.beforeApply?.();
  const files = storeEvidenceFiles(ctx, opened.entries);
  const now = ctx.clock.now().toISOString();
  let applied = 0;
  const scope = opened.manifest.scope;
  const unitName = scope.kind === 'unit' ? scope.unitName : '';
  ctx.sqlite.transaction(() => {
    const receiver = snapshotReceiver(ctx, packageId);
    for (const snap of snapshots) if (receiver.apply(snap) === 'applied') applied += 1;
    receiver.finish();
    // What the sender holds (its acknowledgements) is true whatever the scope.
    recordSenderAcks(ctx, sender, opened.manifest.acks);
    run(
      ctx.sqlite,
      ctx.qb.insertInto('exchange_history').values({
        id: newId(),
        direction: 'import',
        at: now,
        package_id: packageId,
        peer_install_id: sender.installId,
        peer_name: sender.name,
        scope: 'unit',
        file_name: basename(options.fileName),
        file_sha256: signed.fileSha256,
        size: signed.size,
        counts_json: JSON.stringify({ changes: snapshots.length, applied, superseded: snapshots.length - applied, held: 0, waiting: 0, fromBacklog: 0, conflicts: 0, files }),
        result: 'applied',
        message: `Đã nhận ${applied} bản ghi liên quan đến đơn vị "${unitName}".`,
      }),
    );
  }).immediate();
  return {
    packageId,
    sender,
    applied,
    superseded: snapshots.length - applied,
    held: 0,
    waiting: 0,
    fromBacklog: 0,
    conflicts: 0,
    files,
    message: `Đã nhận ${applied} bản ghi liên quan đến đơn vị "${unitName}" từ "${sender.name}".`,
  };
}

function backlogHas(ctx: CoreContext, c: Change): boolean {
  return first(ctx.sqlite, ctx.qb.selectFrom('exchange_backlog').select('seq').where('origin_install_id', '=', c.origin).where('seq', '=', c.seq)) !== undefined;
}

export interface ImportOutcome {
  packageId: string;
  sender: PackageSender;
  applied: number;
  superseded: number;
  held: number;
  waiting: number;
  fromBacklog: number;
  conflicts: number;
  files: number;
  message: string;
}

/**
 * Applies a package. The caller backs the database up first (`beforeApply`), after every check
 * has passed and before the first write.
 */
export async function importPackage(
  ctx: CoreContext,
  source: Uint8Array | ReadPackage,
  options: { fileName: string; passphrase?: string | null; expectSha256?: string | null; beforeApply?: () => Promise<void> },
): Promise<ImportOutcome> {
  const read = source instanceof Uint8Array ? readPackage(ctx, source, options.passphrase) : source;
  const { signed, sender, opened } = read;
  if (!opened) {
    rememberSeenInstall(ctx, { installId: sender.installId, name: sender.name, signingKey: signed.envelope.sender.signingKey, agreementKey: signed.envelope.sender.agreementKey });
    throw packageErrors.unknownSender(sender.name, sender.fingerprint);
  }
  if (options.expectSha256 && options.expectSha256 !== signed.fileSha256) {
    throw packageErrors.damaged('the file changed between preview and import');
  }
  const imported = alreadyImported(ctx, signed.envelope.packageId);
  if (imported) {
    const part = partView(ctx, signed);
    throw packageErrors.replayed(dateVi(imported.at), part ? `Phần ${part.index}/${part.count} này` : undefined);
  }
  if (opened.manifest.scope.kind === 'unit') return importSnapshots(ctx, { signed, sender, opened }, options);
  const changes = decodeChanges(opened.entries.get(CHANGES_NAME));
  const planned = planChanges(ctx, changes);
  const newWaiting = planned.wait.filter((c) => !backlogHas(ctx, c));
  if (planned.apply.length === 0 && newWaiting.length === 0) {
    throw packageErrors.nothingNew();
  }

  // Read before this part's own history row exists: what else of its set is here.
  const part = partView(ctx, signed);
  const partPrefix = part ? `Phần ${part.index}/${part.count}: ` : '';
  await options.beforeApply?.();
  // Content-addressed files first: harmless if the transaction then fails, needed by it if not.
  const files = storeEvidenceFiles(ctx, opened.entries);
  const now = ctx.clock.now().toISOString();
  const packageId = signed.envelope.packageId;
  let applied = 0;
  let superseded = 0;
  let conflicts = 0;
  let fromBacklog = 0;
  let waiting = 0;

  ctx.sqlite.transaction(() => {
    // Planned again inside the write lock: another process may have applied something meanwhile.
    const plan = planChanges(ctx, changes);
    // Derived tables (search index, task_units) are brought up to date once per touched row
    // after the batch, by the same derivations the write path runs, rather than after each of
    // a row's changes.
    const receiver = changeReceiver(ctx, { deferDerived: true });
    const unbacklog = ctx.sqlite.prepare('DELETE FROM exchange_backlog WHERE origin_install_id = ? AND seq = ?');
    // A row only one install ever changed cannot conflict: skip reading its history then.
    const originsOfRow = ctx.sqlite.prepare('SELECT DISTINCT origin_install AS origin FROM change_log WHERE table_name = ? AND row_id = ?').pluck();
    const origins = new Map<string, Set<string>>();
    const backlogged = new Set(plan.fromBacklogKeys);
    const registerTouched = new Set<string>();
    for (const change of plan.apply) {
      const key = `${change.table}/${change.rowId}`;
      // Fields a scoped package's snapshot already brought: logged, not applied again, no conflict.
      const covered = coveredBySnapshot(ctx, change);
      if (fullyCovered(change, covered)) {
        const outcome = receiver.apply(change, { skip: new Set(Object.keys(change.fields)) });
        if (outcome === 'applied') applied += 1;
        else if (outcome === 'superseded') superseded += 1;
        origins.get(key)?.add(change.origin);
        if (backlogged.has(`${change.origin}#${change.seq}`)) unbacklog.run(change.origin, change.seq);
        continue;
      }
      let seen = origins.get(key);
      if (!seen) origins.set(key, (seen = new Set(originsOfRow.all(change.table, change.rowId) as string[])));
      const merged = seen.size === 0 || (seen.size === 1 && seen.has(change.origin)) ? [] : detectConflicts(ctx, [change]);
      seen.add(change.origin);
      const guarded = guardConclusionChange(ctx, change);
      const guard = guarded && covered.size > 0 ? { ...guarded, skip: new Set([...guarded.skip, ...covered]), force: new Set([...guarded.force].filter((f) => !covered.has(f))), conflicts: guarded.conflicts.filter((c) => !covered.has(c.field)) } : guarded ?? (covered.size > 0 ? { skip: covered, force: new Set<string>(), conflicts: [], replacesDraft: false } : null);
      // A field the guard decides is shown as its conflict ('issued'), not as an ordinary one.
      const found = (guard ? merged.filter((c) => !guard.skip.has(c.field) && !guard.force.has(c.field)) : merged).filter((c) => !covered.has(c.field));
      if (found.length > 0) keepLosingDraftText(ctx, change, found);
      if (guard?.replacesDraft) keepDraftBeforeIssue(ctx, change);
      const outcome = receiver.apply(change, guard ?? undefined);
      if (outcome === 'applied') {
        applied += 1;
        if (change.table === 'register_entries') registerTouched.add(change.rowId);
      } else if (outcome === 'superseded') superseded += 1;
      if (found.length > 0) conflicts += recordConflicts(ctx, found, packageId);
      if (guard && guard.conflicts.length > 0) conflicts += recordConflicts(ctx, guard.conflicts, packageId, 'issued');
      if (backlogged.has(`${change.origin}#${change.seq}`)) unbacklog.run(change.origin, change.seq);
    }
    receiver.finish();
    // A number given on both installs: both entries stay, the pair is reported.
    conflicts += recordNumberingConflicts(ctx, [...registerTouched], packageId);
    settleNumberingConflicts(ctx);
    fromBacklog = plan.fromBacklog;
    for (const change of plan.wait) {
      ctx.sqlite
        .prepare('INSERT OR IGNORE INTO exchange_backlog (origin_install_id, seq, change_json, package_id, received_at) VALUES (?, ?, ?, ?, ?)')
        .run(change.origin, change.seq, JSON.stringify(change), packageId, now);
    }
    // A waiting change may have come again in this package and applied from it (a whole package
    // after one of its parts): it is held now, so it waits no more.
    ctx.sqlite
      .prepare('DELETE FROM exchange_backlog WHERE seq <= (SELECT max(origin_seq) FROM change_log WHERE origin_install = exchange_backlog.origin_install_id)')
      .run();
    waiting = (ctx.sqlite.prepare('SELECT count(*) AS n FROM exchange_backlog').get() as { n: number }).n;
    recordSenderAcks(ctx, sender, opened.manifest.acks);
    const message = `${partPrefix}Đã nhận ${applied} thay đổi${superseded ? ` (${superseded} thay đổi cũ hơn dữ liệu đã có)` : ''}${waiting ? `; ${waiting} thay đổi đang chờ ${waitingFor(part)}` : ''}${conflicts ? `; ${conflicts} xung đột cần xem` : ''}.`;
    run(
      ctx.sqlite,
      ctx.qb.insertInto('exchange_history').values({
        id: newId(),
        direction: 'import',
        at: now,
        package_id: packageId,
        peer_install_id: sender.installId,
        peer_name: sender.name,
        scope: opened.manifest.scope.kind,
        file_name: basename(options.fileName),
        file_sha256: signed.fileSha256,
        size: signed.size,
        counts_json: JSON.stringify({ changes: changes.length, applied, superseded, held: plan.held, waiting, fromBacklog, conflicts, files, ...(part ? { part: { index: part.index, count: part.count, setId: part.setId } } : {}) }),
        result: 'applied',
        message,
      }),
    );
  }).immediate();

  return {
    packageId,
    sender,
    applied,
    superseded,
    held: planned.held,
    waiting,
    fromBacklog,
    conflicts,
    files,
    message:
      applied === 0 && superseded === 0 && waiting > 0
        ? `${partPrefix}Đã giữ lại các thay đổi của gói từ "${sender.name}"; ${waiting} thay đổi đang chờ ${waitingFor(part)}, sẽ tự áp dụng khi nhận đủ.`
        : `${partPrefix}Đã nhận ${applied} thay đổi từ "${sender.name}"${waiting ? `; ${waiting} thay đổi đang chờ ${waitingFor(part)}` : ''}${conflicts ? `; ${conflicts} xung đột cần xem trong "Xung đột dữ liệu"` : ''}.`,
  };
}
