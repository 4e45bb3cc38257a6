/**
 * The same number given on two installs ("Trùng số văn bản"). Both register entries are kept
 * as they are: each is a document that went out under that number, so neither may be merged
 * away, and a package that brings one never fails for it. The pair is reported in "Xung đột dữ
 * liệu" and marked "Trùng số" in the register, where the clerk settles it with "Sửa số" or
 * "Huỷ số" on one of them (ordinary edits through the write path, which travel).
 *
 * Entries match on type, number and the term's years rather than the term's row id: two
 * installs that each saved the office profile before exchanging hold the same term twice.
 */
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { prepared, run } from '../db/query';

interface Pair {
  id: string;
  symbol: string;
  summary: string;
  issuedBy: string;
  otherId: string;
  otherSymbol: string;
  otherSummary: string;
  otherIssuedBy: string;
}

/** The entries in force that share a number with the given one (another install's, by construction). */
function pairsOf(ctx: CoreContext, entryId: string): Pair[] {
  return prepared(
    ctx.sqlite,
    `SELECT a.id AS id, a.number_symbol AS symbol, a.summary AS summary, a.issued_by AS issuedBy,
            b.id AS otherId, b.number_symbol AS otherSymbol, b.summary AS otherSummary, b.issued_by AS otherIssuedBy
       FROM register_entries a
       JOIN terms ta ON ta.id = a.term_id
       JOIN register_entries b ON b.doc_type = a.doc_type AND b.number = a.number AND b.id <> a.id
       JOIN terms tb ON tb.id = b.term_id AND tb.start_year = ta.start_year AND tb.end_year = ta.end_year
      WHERE a.id = ? AND a.deleted_at IS NULL AND b.deleted_at IS NULL AND a.cancelled_at IS NULL AND b.cancelled_at IS NULL`,
  ).all(entryId) as Pair[];
}

const describe = (symbol: string, summary: string) => `${symbol} — ${summary.length > 100 ? `${summary.slice(0, 100)}…` : summary}`;

/**
 * Records one open numbering conflict per pair of entries that hold the same number after a
 * package was applied (a pair already reported is not reported again). Returns how many are new.
 */
export function recordNumberingConflicts(ctx: CoreContext, entryIds: readonly string[], packageId: string): number {
  const now = ctx.clock.now().toISOString();
  const reported = prepared(
    ctx.sqlite,
    `SELECT 1 FROM exchange_conflicts WHERE kind = 'numbering' AND resolved_at IS NULL
       AND ((row_id = ? AND field = ?) OR (row_id = ? AND field = ?))`,
  );
  let added = 0;
  for (const entryId of new Set(entryIds)) {
    for (const p of pairsOf(ctx, entryId)) {
      // The field names the other entry, so the pair is found from either side.
      if (reported.get(p.id, `number:${p.otherId}`, p.otherId, `number:${p.id}`)) continue;
      run(
        ctx.sqlite,
        ctx.qb.insertInto('exchange_conflicts').values({
          id: newId(),
          kind: 'numbering',
          detected_at: now,
          table_name: 'register_entries',
          row_id: p.id,
          field: `number:${p.otherId}`,
          kept_value: JSON.stringify(describe(p.otherSymbol, p.otherSummary)),
          other_value: JSON.stringify(describe(p.symbol, p.summary)),
          kept_origin: p.otherIssuedBy || ctx.install.id,
          other_origin: p.issuedBy || ctx.install.id,
          package_id: packageId,
          resolved_at: null,
          resolution: null,
        }),
      );
      added += 1;
    }
  }
  return added;
}

/** A numbering conflict whose pair no longer holds one number (one was corrected or cancelled) is settled. */
function numberingConflictSettled(ctx: CoreContext, rowId: string, field: string): boolean {
  const otherId = field.startsWith('number:') ? field.slice('number:'.length) : '';
  return !pairsOf(ctx, rowId).some((p) => p.otherId === otherId);
}

/**
 * Marks settled the open numbering conflicts whose entries no longer share a number, after a
 * "Sửa số" or "Huỷ số" here or one that arrived in a package.
 */
export function settleNumberingConflicts(ctx: CoreContext): number {
  const open = prepared(ctx.sqlite, "SELECT id, row_id, field FROM exchange_conflicts WHERE kind = 'numbering' AND resolved_at IS NULL").all() as Array<{
    id: string;
    row_id: string;
    field: string;
  }>;
  let settled = 0;
  for (const c of open) {
    if (!numberingConflictSettled(ctx, c.row_id, c.field)) continue;
    run(
      ctx.sqlite,
      ctx.qb
        .updateTable('exchange_conflicts')
        .set({ resolved_at: ctx.clock.now().toISOString(), resolution: 'Đã xử lý trong Sổ văn bản đi (sửa số hoặc huỷ số)' })
        .where('id', '=', c.id),
    );
    settled += 1;
  }
  return settled;
}
