/**
 * The number of an imported document against the register, before anything is saved:
 * - already held by an entry (in force or cancelled — a cancelled number is never given again):
 *   refused, unless the clerk says the import is that entry's document ("correction");
 * - far above the highest number of its type (6200-TB/ĐU typed for 62-TB/ĐU): every number given
 *   after it would continue from it, so the clerk confirms it first.
 * The review screen shows the same check as the save enforces (`import.checkNumber`).
 */
import type { NumberCheck } from '../../shared/import/schema';
import { formatShortDate } from '../../shared/text/party-date';
import type { CoreContext } from '../core/context';
import { first } from '../db/query';
import { currentTermId } from '../profile/profile-service';
import { nextNumber } from './numbering';
import { entriesWithNumber } from './register-entries';

/**
 * How far above the highest number an imported number may be without a question. Importing the
 * older conclusions of a term in file-name order leaves small gaps (a document not imported
 * yet); a slip of the keyboard (an extra digit) jumps by tens or thousands.
 */
export const NUMBER_JUMP_LIMIT = 20;

/** Party form "62-TB/ĐU" or state form "127/BC-ĐU" → number and type. */
export function parseNumberSymbol(symbol: string | null): { number: number; type: string } | null {
  if (!symbol) return null;
  const party = /^(\d{1,5})-([\p{L}]+)\/[\p{L}\p{N}-]+$/u.exec(symbol.trim());
  if (party) return { number: Number(party[1]), type: party[2]! };
  const state = /^(\d{1,5})\/([\p{L}]+)-[\p{L}\p{N}-]+$/u.exec(symbol.trim());
  if (state) return { number: Number(state[1]), type: state[2]! };
  return null;
}

/** The term whose years hold a date (the current term when it does). */
export function termForDate(ctx: CoreContext, isoDate: string | null): string | null {
  if (!isoDate) return null;
  const year = Number(isoDate.slice(0, 4));
  const term = first(
    ctx.sqlite,
    ctx.qb.selectFrom('terms').select('id').where('start_year', '<=', year).where('end_year', '>=', year).where('deleted_at', 'is', null).orderBy('start_year', 'desc'),
  );
  if (term) return term.id;
  const current = currentTermId(ctx);
  const row = first(ctx.sqlite, ctx.qb.selectFrom('terms').select(['id', 'start_year', 'end_year']).where('id', '=', current));
  return row && row.start_year <= year && year <= row.end_year ? row.id : null;
}

const short = (text: string): string => (text.length > 70 ? `${text.slice(0, 70)}…` : text);

export function checkImportedNumber(ctx: CoreContext, numberSymbol: string | null, issueDate: string | null): NumberCheck {
  const parsed = parseNumberSymbol(numberSymbol);
  const none: NumberCheck = { state: 'none', termId: null, docType: parsed?.type ?? null, number: parsed?.number ?? null, lastNumber: null, entry: null, message: null };
  if (!parsed || !issueDate) return none;
  const termId = termForDate(ctx, issueDate);
  if (!termId) return none;
  const base = { termId, docType: parsed.type, number: parsed.number };
  const holder = entriesWithNumber(ctx, termId, parsed.type, parsed.number)[0];
  if (holder) {
    return {
      ...base,
      state: 'taken',
      lastNumber: null,
      entry: { id: holder.id, numberSymbol: holder.numberSymbol, issueDate: holder.issueDate, summary: holder.summary, conclusionId: holder.conclusionId, cancelled: holder.cancelled },
      message:
        `Số ${holder.numberSymbol} đã có trong sổ văn bản đi${holder.cancelled ? ' (số đã huỷ)' : ''}: ngày ${formatShortDate(holder.issueDate)}, “${short(holder.summary)}”. ` +
        'Một số chỉ cấp một lần. Hãy sửa số cho đúng văn bản gốc, hoặc đánh dấu văn bản này thay cho mục đã có trong sổ nếu đó chính là văn bản ấy.',
    };
  }
  const last = nextNumber(ctx, termId, parsed.type) - 1;
  if (last > 0 && parsed.number - last > NUMBER_JUMP_LIMIT) {
    return {
      ...base,
      state: 'jump',
      lastNumber: last,
      entry: null,
      message:
        `Số ${parsed.number} cao hơn nhiều so với số lớn nhất đã có của loại ${parsed.type} (${last}). ` +
        `Nếu gõ nhầm, mọi số cấp sau sẽ tiếp theo số ${parsed.number}. Hãy kiểm tra lại với văn bản gốc, rồi xác nhận nếu số này đúng.`,
    };
  }
  return { ...base, state: 'free', lastNumber: last, entry: null, message: null };
}
