/**
 * Party numbering: per document type, through the whole term of the committee (it does not
 * restart each year). Called inside the issuing transaction (BEGIN IMMEDIATE), so two
 * issues — in two windows or two processes — are serialised by SQLite and get consecutive
 * numbers; a failure rolls the whole issue back, so a number is never skipped or reused.
 */
import { formatNumberSymbol } from '../../shared/register/schema';
import type { CoreContext } from '../core/context';
import { first } from '../db/query';

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
