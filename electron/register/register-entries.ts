/**
 * Entries of the outgoing register (sổ văn bản đi) and their history. Every way a number enters
 * the register — issuing, "Lấy số", import — writes through `insertRegisterEntry`, which records
 * the install that gave it; every correction after the fact (number corrected, number
 * cancelled, an imported document put in an entry's place, a mistaken import deleted) writes
 * one `register_history` row with the old and new values and the clerk's reason, in the same
 * transaction as the change.
 */
import { AppError } from '../../shared/api/errors';
import type { RegisterHistoryItem } from '../../shared/register/schema';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all, first } from '../db/query';
import type { RegisterHistoryTable } from '../db/schema';
import { insertRow, updateRow, type FieldValue } from '../sync/changes';
import type { RowValues } from '../sync/synced-tables';

export type EntryValues = Omit<RowValues<'register_entries'>, 'issued_by' | 'cancelled_at' | 'cancel_reason'>;

/** A new register entry, given by this install. */
export function insertRegisterEntry(ctx: CoreContext, values: EntryValues): void {
  insertRow(ctx, 'register_entries', { ...values, issued_by: ctx.install.id });
}

export interface HeldEntry {
  id: string;
  termId: string;
  docType: string;
  number: number;
  numberSymbol: string;
  issueDate: string;
  summary: string;
  conclusionId: string | null;
  issuedBy: string;
  cancelled: boolean;
}

function held(r: {
  id: string;
  term_id: string;
  doc_type: string;
  number: number;
  number_symbol: string;
  issue_date: string;
  summary: string;
  conclusion_id: string | null;
  issued_by: string;
  cancelled_at: string | null;
}): HeldEntry {
  return {
    id: r.id,
    termId: r.term_id,
    docType: r.doc_type,
    number: r.number,
    numberSymbol: r.number_symbol,
    issueDate: r.issue_date,
    summary: r.summary,
    conclusionId: r.conclusion_id,
    issuedBy: r.issued_by,
    cancelled: r.cancelled_at !== null,
  };
}

const HELD_COLUMNS = ['id', 'term_id', 'doc_type', 'number', 'number_symbol', 'issue_date', 'summary', 'conclusion_id', 'issued_by', 'cancelled_at'] as const;

export function getEntry(ctx: CoreContext, id: string): HeldEntry {
  const r = first(ctx.sqlite, ctx.qb.selectFrom('register_entries').select(HELD_COLUMNS).where('id', '=', id).where('deleted_at', 'is', null));
  if (!r) throw new AppError('NOT_FOUND', 'Không tìm thấy mục này trong sổ văn bản đi (có thể đã bị xoá).', `No register entry ${id}`);
  return held(r);
}

/**
 * The entries holding a number in a term (a cancelled number stays held: numbers never repeat).
 * More than one only when another install gave the same number: a reported duplicate.
 */
export function entriesWithNumber(ctx: CoreContext, termId: string, docType: string, number: number): HeldEntry[] {
  return all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('register_entries')
      .select(HELD_COLUMNS)
      .where('term_id', '=', termId)
      .where('doc_type', '=', docType)
      .where('number', '=', number)
      .where('deleted_at', 'is', null)
      .orderBy('created_at'),
  ).map(held);
}

type HistoryAction = RegisterHistoryTable['action'];

/** One line of the register's history, in the caller's transaction. */
export function recordHistory(
  ctx: CoreContext,
  entryId: string,
  action: HistoryAction,
  change: { old: Record<string, FieldValue>; new: Record<string, FieldValue>; reason: string },
): void {
  insertRow(ctx, 'register_history', {
    id: newId(),
    entry_id: entryId,
    action,
    old_json: JSON.stringify(change.old),
    new_json: JSON.stringify(change.new),
    reason: change.reason,
    by_install: ctx.install.id,
  });
}

/** Changes an entry and writes its history line: the old values are read from the row. */
export function changeEntry(
  ctx: CoreContext,
  entryId: string,
  action: HistoryAction,
  changes: Partial<Pick<RowValues<'register_entries'>, 'number' | 'number_symbol' | 'issue_date' | 'summary' | 'signer_name' | 'recipients_text' | 'conclusion_id' | 'cancelled_at' | 'cancel_reason'>>,
  reason: string,
): void {
  const row = first(ctx.sqlite, ctx.qb.selectFrom('register_entries').selectAll().where('id', '=', entryId));
  if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy mục này trong sổ văn bản đi (có thể đã bị xoá).', `No register entry ${entryId}`);
  const old: Record<string, FieldValue> = {};
  const now: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(changes) as Array<[keyof typeof changes, FieldValue | undefined]>) {
    if (v === undefined) continue;
    old[k] = (row as unknown as Record<string, FieldValue>)[k] ?? null;
    now[k] = v;
  }
  updateRow(ctx, 'register_entries', entryId, changes);
  recordHistory(ctx, entryId, action, { old, new: now, reason });
}

const ACTION_LABELS: Record<HistoryAction, string> = {
  renumber: 'Sửa số',
  cancel: 'Huỷ số',
  relink: 'Thay bằng văn bản nhập',
  'delete-import': 'Xoá văn bản nhập nhầm',
};

export function installName(ctx: CoreContext, installId: string): string {
  if (installId === '' || installId === ctx.install.id) return ctx.install.name;
  const known = first(ctx.sqlite, ctx.qb.selectFrom('known_installs').select('name').where('install_id', '=', installId));
  if (known) return known.name;
  const desk = first(ctx.sqlite, ctx.qb.selectFrom('register_desks').select('install_name').where('install_id', '=', installId).where('deleted_at', 'is', null));
  return desk?.install_name || `Máy ${installId.slice(-8)}`;
}

export function entryHistory(ctx: CoreContext, entryId: string): RegisterHistoryItem[] {
  return all(ctx.sqlite, ctx.qb.selectFrom('register_history').selectAll().where('entry_id', '=', entryId).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id')).map((h) => ({
    id: h.id,
    entryId: h.entry_id,
    action: h.action,
    actionLabel: ACTION_LABELS[h.action],
    at: h.created_at,
    old: JSON.parse(h.old_json) as Record<string, string | number | null>,
    new: JSON.parse(h.new_json) as Record<string, string | number | null>,
    reason: h.reason,
    byInstall: installName(ctx, h.by_install),
  }));
}
