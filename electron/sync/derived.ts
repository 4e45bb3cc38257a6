/**
 * Derived tables (task_units, the search index) are rebuilt from a synced row by the write
 * path after every change to that row — a local edit or a change received from another
 * install alike — so no feature keeps them up by hand and both kinds of change leave them
 * the same. The derivations are listed explicitly in createCore.
 */
import type { CoreContext } from '../core/context';
import type { SyncedTable } from './synced-tables';

export interface Derivation {
  /** The synced table whose rows this derivation follows. */
  table: SyncedTable;
  /** Brings the derived rows of one synced row up to date (the row may be a tombstone). */
  refresh(ctx: CoreContext, rowId: string): void;
}

export type Derivations = ReadonlyMap<SyncedTable, readonly Derivation[]>;

export function derivationsByTable(list: readonly Derivation[]): Derivations {
  const map = new Map<SyncedTable, Derivation[]>();
  for (const d of list) map.set(d.table, [...(map.get(d.table) ?? []), d]);
  return map;
}

export function refreshDerived(ctx: CoreContext, table: SyncedTable, rowId: string): void {
  for (const d of ctx.derivations.get(table) ?? []) d.refresh(ctx, rowId);
}
