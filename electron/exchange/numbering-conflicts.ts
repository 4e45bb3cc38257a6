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
import type { Change } from '../sync/changes';
import type { DetectedConflict } from './merge-conflicts';
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
       -- CROSS JOIN keeps this order (SQLite's rule), so b is found through register_by_number
       -- rather than scanned: the planner has no statistics to know that.
       CROSS JOIN terms ta ON ta.id = a.term_id
       CROSS JOIN terms tb ON tb.start_year = ta.start_year AND tb.end_year = ta.end_year
       CROSS JOIN register_entries b ON b.term_id = tb.id AND b.doc_type = a.doc_type AND b.number = a.number AND b.id <> a.id
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

/**
 * For the package preview: the register entries a package brings that would share a number
 * with an entry in force here (the conflicts `recordNumberingConflicts` will report once it is
 * applied), so the clerk sees "Trùng số" before accepting. Entries in the same package are
 * checked against each other too. Only new entries count: a change to an entry already here is
 * a correction or a cancellation, which settles rather than makes a duplicate.
 */
export function predictNumberingConflicts(ctx: CoreContext, changes: readonly Change[]): DetectedConflict[] {
  const exists = prepared(ctx.sqlite, 'SELECT 1 FROM register_entries WHERE id = ?');
  const termYears = prepared(ctx.sqlite, 'SELECT start_year AS startYear, end_year AS endYear FROM terms WHERE id = ?');
  // Terms the package itself brings (a term made on the other install before the first exchange).
  const incomingTerms = new Map<string, string>();
  for (const c of changes) {
    if (c.table === 'terms' && typeof c.fields.start_year === 'number' && typeof c.fields.end_year === 'number') {
      incomingTerms.set(c.rowId, `${c.fields.start_year}-${c.fields.end_year}`);
    }
  }
  const yearsOf = (termId: string): string | null => {
    const here = termYears.get(termId) as { startYear: number; endYear: number } | undefined;
    return here ? `${here.startYear}-${here.endYear}` : (incomingTerms.get(termId) ?? null);
  };
  const inForce = prepared(
    ctx.sqlite,
    `SELECT r.id AS id, r.number_symbol AS symbol, r.summary AS summary, r.issued_by AS issuedBy
       FROM register_entries r JOIN terms t ON t.id = r.term_id
      WHERE r.doc_type = ? AND r.number = ? AND t.start_year || '-' || t.end_year = ?
        AND r.deleted_at IS NULL AND r.cancelled_at IS NULL`,
  );
  const out: DetectedConflict[] = [];
  const seenInPackage = new Map<string, { rowId: string; symbol: string; summary: string; origin: string }>();
  for (const c of changes) {
    if (c.table !== 'register_entries' || c.op !== 'insert' || exists.get(c.rowId)) continue;
    const f = c.fields;
    if (f.deleted_at || f.cancelled_at || typeof f.number !== 'number' || typeof f.doc_type !== 'string' || typeof f.term_id !== 'string') continue;
    const years = yearsOf(f.term_id);
    if (!years) continue;
    const symbol = String(f.number_symbol ?? '');
    const summary = String(f.summary ?? '');
    const incoming = describe(symbol, summary);
    for (const here of inForce.all(f.doc_type, f.number, years) as Array<{ id: string; symbol: string; summary: string; issuedBy: string }>) {
      out.push({
        table: 'register_entries',
        rowId: here.id,
        field: `number:${c.rowId}`,
        kept: describe(here.symbol, here.summary),
        other: incoming,
        keptOrigin: here.issuedBy || ctx.install.id,
        otherOrigin: typeof f.issued_by === 'string' && f.issued_by ? f.issued_by : c.origin,
        incomingWins: false,
      });
    }
    const key = `${years}|${f.doc_type}|${f.number}`;
    const earlier = seenInPackage.get(key);
    if (earlier) {
      out.push({
        table: 'register_entries',
        rowId: earlier.rowId,
        field: `number:${c.rowId}`,
        kept: describe(earlier.symbol, earlier.summary),
        other: incoming,
        keptOrigin: earlier.origin,
        otherOrigin: c.origin,
        incomingWins: false,
      });
    } else seenInPackage.set(key, { rowId: c.rowId, symbol, summary, origin: c.origin });
  }
  return out;
}
