import { AppError } from '../../shared/api/errors';
import type { PageOf, PageRequest } from '../../shared/api/paging';
import type { CancelEntryInput, RegisterEntry, RenumberInput, TakeNumberInput } from '../../shared/register/schema';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { decodeCursor, pageOf } from '../db/keyset';
import { all, first, prepared, type Row } from '../db/query';
import { insertRow, updateRow } from '../sync/changes';
import { currentTermId, issuerAbbreviation, requireProfile } from '../profile/profile-service';
import { checkIssueDate } from './issue-date';
import { issuingTransaction, nextNumber, numberSymbolFor, previewNextNumber } from './numbering';
import { settleNumberingConflicts } from '../exchange/numbering-conflicts';
import { assertDeskOrConfirmed, notDeskWarning } from './numbering-desk';
import { changeEntry, entriesWithNumber, entryHistory, getEntry, insertRegisterEntry, installName } from './register-entries';

export interface RegisterFilter {
  termId?: string;
  year?: number;
  docType?: string;
  id?: string;
}

function filteredRegister(ctx: CoreContext, filter: RegisterFilter) {
  let q = ctx.qb.selectFrom('register_entries as r').where('r.deleted_at', 'is', null);
  if (filter.id) q = q.where('r.id', '=', filter.id);
  if (filter.termId) q = q.where('r.term_id', '=', filter.termId);
  if (filter.docType) q = q.where('r.doc_type', '=', filter.docType);
  if (filter.year) q = q.where('r.issue_date', '>=', `${filter.year}-01-01`).where('r.issue_date', '<=', `${filter.year}-12-31`);
  return q;
}

/** Latest issue first, the higher number first on one day; the id orders what is left. */
function registerRows(ctx: CoreContext, filter: RegisterFilter) {
  return filteredRegister(ctx, filter)
    .innerJoin('terms as t', 't.id', 'r.term_id')
    .select([
      'r.id',
      'r.term_id',
      't.name as term_name',
      'r.doc_type',
      'r.number',
      'r.number_symbol',
      'r.issue_date',
      'r.summary',
      'r.signer_name',
      'r.recipients_text',
      'r.conclusion_id',
      'r.issued_by',
      'r.cancelled_at',
      'r.cancel_reason',
    ])
    .select((eb) =>
      eb
        .selectFrom('register_history as h')
        .select((h) => h.fn.countAll<number>().as('n'))
        .whereRef('h.entry_id', '=', 'r.id')
        .where('h.deleted_at', 'is', null)
        .as('history_count'),
    )
    .orderBy('r.issue_date', 'desc')
    .orderBy('r.number', 'desc')
    .orderBy('r.id', 'desc');
}

function toEntry(ctx: CoreContext, duplicates: Map<string, RegisterEntry['duplicateOf']>, r: Row<ReturnType<typeof registerRows>>): RegisterEntry {
  return {
    id: r.id,
    termId: r.term_id,
    termName: r.term_name,
    docType: r.doc_type,
    number: r.number,
    numberSymbol: r.number_symbol,
    issueDate: r.issue_date,
    summary: r.summary,
    signerName: r.signer_name,
    recipientsText: r.recipients_text,
    conclusionId: r.conclusion_id,
    issuedElsewhere: r.issued_by !== '' && r.issued_by !== ctx.install.id ? installName(ctx, r.issued_by) : null,
    cancelled: r.cancelled_at !== null,
    cancelReason: r.cancel_reason,
    duplicateOf: duplicates.get(r.id) ?? [],
    historyCount: Number(r.history_count ?? 0),
  };
}

/** Every matching entry: the export and the printed register take them all. */
export function listRegister(ctx: CoreContext, filter: RegisterFilter): RegisterEntry[] {
  const duplicates = numberingDuplicates(ctx);
  return all(ctx.sqlite, registerRows(ctx, filter)).map((r) => toEntry(ctx, duplicates, r));
}

/** "Sổ văn bản đi" on screen: one page and the count of all entries that match. */
export function pageRegister(ctx: CoreContext, input: RegisterFilter & PageRequest): PageOf<RegisterEntry> {
  const after = decodeCursor(input.cursor, ['string', 'number', 'string'] as const);
  let q = registerRows(ctx, input);
  if (after) q = q.where((eb) => eb(eb.refTuple('r.issue_date', 'r.number', 'r.id'), '<', eb.tuple(after[0], after[1], after[2])));
  const rows = all(ctx.sqlite, q.limit(input.limit + 1));
  const total = first(ctx.sqlite, filteredRegister(ctx, input).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  // Only the page's own entries: the whole register's self-join cost ~15 ms a page at 10 years.
  const duplicates = numberingDuplicates(ctx, rows.map((r) => r.id));
  return pageOf(rows, input.limit, Number(total), (r) => [r.issue_date, r.number, r.id], (r) => toEntry(ctx, duplicates, r));
}

/**
 * Numbers held by two entries that are both in force: only possible when two installs gave the
 * same number (matched on the term's years, as in electron/exchange/numbering-conflicts.ts). Settled when one of them is corrected ("Sửa số") or cancelled ("Huỷ số").
 */
export function numberingDuplicates(ctx: CoreContext, entryIds?: readonly string[]): Map<string, RegisterEntry['duplicateOf']> {
  type Pair = { id: string; other_id: string; other_symbol: string; other_by: string; other_summary: string };
  if (entryIds?.length === 0) return new Map();
  const only = entryIds ? ' AND a.id IN (SELECT value FROM json_each(?))' : '';
  const statement = prepared(
    ctx.sqlite,
    `SELECT a.id AS id, b.id AS other_id, b.number_symbol AS other_symbol, b.issued_by AS other_by, b.summary AS other_summary
       FROM register_entries a
       -- CROSS JOIN keeps this order (SQLite's rule), so b is found through register_by_number
       -- rather than scanned: the planner has no statistics to know that.
       CROSS JOIN terms ta ON ta.id = a.term_id
       CROSS JOIN terms tb ON tb.start_year = ta.start_year AND tb.end_year = ta.end_year
       CROSS JOIN register_entries b ON b.term_id = tb.id AND b.doc_type = a.doc_type AND b.number = a.number AND b.id <> a.id
      WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL AND a.cancelled_at IS NULL AND b.cancelled_at IS NULL${only}`,
  );
  const rows = (entryIds ? statement.all(JSON.stringify(entryIds)) : statement.all()) as Pair[];
  const out = new Map<string, RegisterEntry['duplicateOf']>();
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push({ id: r.other_id, numberSymbol: r.other_symbol, issuedBy: installName(ctx, r.other_by), summary: r.other_summary });
    out.set(r.id, list);
  }
  return out;
}

export function listTerms(ctx: CoreContext) {
  const current = currentTermId(ctx);
  return all(ctx.sqlite, ctx.qb.selectFrom('terms').selectAll().where('deleted_at', 'is', null).orderBy('start_year', 'desc')).map((t) => ({
    id: t.id,
    name: t.name,
    startYear: t.start_year,
    endYear: t.end_year,
    current: t.id === current,
  }));
}

export function listStartNumbers(ctx: CoreContext, termId?: string): Array<{ docType: string; lastNumber: number }> {
  const term = termId ?? currentTermId(ctx);
  return all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('register_start_numbers')
      .select(['doc_type', 'last_number'])
      .where('term_id', '=', term)
      .where('deleted_at', 'is', null)
      .orderBy('doc_type'),
  ).map((r) => ({ docType: r.doc_type, lastNumber: r.last_number }));
}

/** For an office adopting the app mid-term: the last number already used for a type. */
export function setStartNumber(ctx: CoreContext, docType: string, lastNumber: number) {
  const term = currentTermId(ctx);
  ctx.sqlite
    .transaction(() => {
      const existing = first(
        ctx.sqlite,
        ctx.qb.selectFrom('register_start_numbers').select('id').where('term_id', '=', term).where('doc_type', '=', docType),
      );
      if (existing) {
        updateRow(ctx, 'register_start_numbers', existing.id, { last_number: lastNumber, deleted_at: null });
      } else {
        insertRow(ctx, 'register_start_numbers', { id: newId(), term_id: term, doc_type: docType, last_number: lastNumber });
      }
    })
    .immediate();
  return listStartNumbers(ctx, term);
}

/** Sets several "last numbers used" at once (the first-run question), all or nothing. */
export function setStartNumbers(ctx: CoreContext, entries: ReadonlyArray<{ docType: string; lastNumber: number }>) {
  ctx.sqlite.transaction(() => entries.forEach((e) => setStartNumber(ctx, e.docType, e.lastNumber))).immediate();
  return listStartNumbers(ctx);
}

export function nextNumberOf(ctx: CoreContext, docType: string) {
  return { ...previewNextNumber(ctx, currentTermId(ctx), docType, issuerAbbreviation(ctx)), deskWarning: notDeskWarning(ctx, docType) };
}

/**
 * "Lấy số văn bản": a document drafted outside the app (a Báo cáo in Word) takes the next
 * number of its type in the term. Same transaction discipline as issuing a conclusion: the
 * read of the highest number and the insert are one BEGIN IMMEDIATE, so two clerks at once get
 * consecutive numbers and a failure uses none.
 */
export function takeNumber(ctx: CoreContext, input: TakeNumberInput): RegisterEntry {
  requireProfile(ctx);
  const id = newId();
  issuingTransaction(ctx, () => {
    assertDeskOrConfirmed(ctx, input.docType, input.notDeskConfirmed);
    const termId = currentTermId(ctx);
    const number = nextNumber(ctx, termId, input.docType);
    const numberSymbol = numberSymbolFor(number, input.docType, issuerAbbreviation(ctx));
    checkIssueDate(ctx, { termId, docType: input.docType, issueDate: input.issueDate, label: 'Ngày văn bản', confirmEarlier: input.confirmEarlierDate, numberSymbol });
    insertRegisterEntry(ctx, {
      id,
      term_id: termId,
      doc_type: input.docType,
      number,
      number_symbol: numberSymbol,
      issue_date: input.issueDate,
      summary: input.summary,
      signer_name: input.signerName,
      recipients_text: input.recipientsText,
      conclusion_id: null,
    });
  });
  return listRegister(ctx, { id })[0]!;
}

/** "12-TB/ĐU" with another number, in the entry's own form (Party or state style, same issuer). */
function withNumber(numberSymbol: string, number: number): string {
  return numberSymbol.replace(/^\d+/u, number < 10 ? `0${number}` : String(number));
}

/**
 * "Sửa số": the number of an entry was wrong (an import read 6200-TB/ĐU for 62-TB/ĐU). The
 * entry and its document take the right number; the history keeps the old one and the reason.
 * The wrong number was never a document's, so it is not kept as used: numbering continues
 * after the highest number the register now holds.
 */
export function renumberEntry(ctx: CoreContext, input: RenumberInput): RegisterEntry {
  ctx.sqlite
    .transaction(() => {
      const entry = getEntry(ctx, input.id);
      if (entry.cancelled) {
        throw new AppError('CONFLICT', `Số ${entry.numberSymbol} đã huỷ nên không sửa được.`, `Entry ${entry.id} is cancelled`);
      }
      if (entry.number === input.number) {
        throw new AppError('VALIDATION', 'Số mới giống số đang ghi trong sổ.', 'Same number', { number: 'Nhập số khác số đang ghi' });
      }
      const holder = entriesWithNumber(ctx, entry.termId, entry.docType, input.number).find((e) => e.id !== entry.id);
      if (holder) {
        throw new AppError(
          'CONFLICT',
          `Số ${holder.numberSymbol} đã có trong sổ văn bản đi${holder.cancelled ? ' (số đã huỷ)' : ''}; một số chỉ cấp một lần.`,
          `Number ${input.number} held by ${holder.id}`,
          { number: `Số ${holder.numberSymbol} đã có trong sổ` },
        );
      }
      const numberSymbol = withNumber(entry.numberSymbol, input.number);
      changeEntry(ctx, entry.id, 'renumber', { number: input.number, number_symbol: numberSymbol }, input.reason);
      if (entry.conclusionId) updateRow(ctx, 'conclusions', entry.conclusionId, { number: input.number, number_symbol: numberSymbol });
      settleNumberingConflicts(ctx);
    })
    .immediate();
  return listRegister(ctx, { id: input.id })[0]!;
}

/**
 * "Huỷ số": a number given to a document that will not go out (or recorded by mistake). The
 * entry stays in the register, shown as "đã huỷ" with the reason, and its number stays used:
 * numbers never repeat, so the next number is never the cancelled one, even when it was the last.
 */
export function cancelEntry(ctx: CoreContext, input: CancelEntryInput): RegisterEntry {
  ctx.sqlite
    .transaction(() => {
      const entry = getEntry(ctx, input.id);
      if (entry.cancelled) throw new AppError('CONFLICT', `Số ${entry.numberSymbol} đã huỷ trước đó.`, `Entry ${entry.id} already cancelled`);
      changeEntry(ctx, entry.id, 'cancel', { cancelled_at: ctx.clock.now().toISOString(), cancel_reason: input.reason }, input.reason);
      settleNumberingConflicts(ctx);
    })
    .immediate();
  return listRegister(ctx, { id: input.id })[0]!;
}

export function registerHistory(ctx: CoreContext, id: string) {
  getEntry(ctx, id);
  return entryHistory(ctx, id);
}
