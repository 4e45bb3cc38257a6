/**
 * Party numbering: per document type, through the whole term of the committee (it does not
 * restart each year). Called inside the issuing transaction (BEGIN IMMEDIATE), so two
 * issues — in two windows or two processes — are serialised by SQLite and get consecutive
 * numbers; a failure rolls the whole issue back, so a number is never skipped or reused.
 */
import { AppError } from '../../shared/api/errors';
import { formatNumberSymbol } from '../../shared/register/schema';
import type { CoreContext } from '../core/context';
import { first } from '../db/query';

/** SQLite's `synchronous` level FULL: the WAL is synced to disk at every commit. */
export const SYNCHRONOUS_FULL = 2;

/**
 * The transaction a number is issued in (BEGIN IMMEDIATE), made durable: the connection runs
 * at synchronous=NORMAL, where a commit survives a crash of the app but the last ones may be
 * lost to a power cut, so a number already shown could be given again. For this commit the
 * level is FULL. SQLite refuses to change it inside a transaction: an issue nested in a
 * caller's transaction relies on that caller having opened it here.
 */
export function issuingTransaction<T>(ctx: CoreContext, fn: () => T): T {
  if (ctx.sqlite.inTransaction) {
    if (Number(ctx.sqlite.pragma('synchronous', { simple: true })) < SYNCHRONOUS_FULL) {
      throw new AppError('INTERNAL', 'Lỗi nội bộ khi cấp số; chưa cấp số nào.', 'A number was issued inside a transaction not opened by issuingTransaction');
    }
    return ctx.sqlite.transaction(fn)();
  }
  const before = Number(ctx.sqlite.pragma('synchronous', { simple: true }));
  ctx.sqlite.pragma(`synchronous = ${Math.max(before, SYNCHRONOUS_FULL)}`);
  try {
    return ctx.sqlite.transaction(fn).immediate();
  } finally {
    ctx.sqlite.pragma(`synchronous = ${before}`);
  }
}

export function nextNumber(ctx: CoreContext, termId: string, docType: string): number {
  const used = first(
    ctx.sqlite,
    ctx.qb
      .selectFrom('register_entries')
      .select((eb) => eb.fn.max('number').as('n'))
      .where('term_id', '=', termId)
      .where('doc_type', '=', docType),
  );
  const start = first(
    ctx.sqlite,
    ctx.qb
      .selectFrom('register_start_numbers')
      .select('last_number')
      .where('term_id', '=', termId)
      .where('doc_type', '=', docType)
      .where('deleted_at', 'is', null),
  );
  return Math.max(Number(used?.n ?? 0), start?.last_number ?? 0) + 1;
}

export function numberSymbolFor(number: number, docType: string, issuer: string): string {
  return formatNumberSymbol(number, docType, issuer);
}

/** What the next issue of a type would take now — shown before "Ban hành" or "Lấy số". */
export function previewNextNumber(ctx: CoreContext, termId: string, docType: string, issuer: string): { number: number; numberSymbol: string } {
  const number = nextNumber(ctx, termId, docType);
  return { number, numberSymbol: numberSymbolFor(number, docType, issuer) };
}
