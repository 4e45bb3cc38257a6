/**
 * Each kind of searchable record says how it is shown (title and full original text) and which
 * synced table it lives in. The list is made explicitly in createCore; the same description
 * feeds the index (kept up by the write path as a derived table) and the snippets of hits.
 */
import type { SearchEntityType } from '../../shared/search/schema';
import type { CoreContext } from '../core/context';
import { prepared } from '../db/query';
import type { Derivation } from '../sync/derived';
import type { SyncedTable } from '../sync/synced-tables';
import { indexEntity, unindexEntity } from './search-index';

export interface SearchText {
  title: string;
  text: string;
  /** Where the record belongs, shown under its title (a task's conclusion). */
  context?: string | null;
}

export interface SearchSource {
  type: SearchEntityType;
  table: SyncedTable;
  /** Title and text of the records with these ids (tombstones included). */
  describe(ctx: CoreContext, ids: string[]): Map<string, SearchText>;
}

export type SearchSources = ReadonlyMap<SearchEntityType, SearchSource>;

export function searchSourcesByType(list: readonly SearchSource[]): SearchSources {
  return new Map(list.map((s) => [s.type, s]));
}

/** The search index as a derived table of each source's synced table. */
export function searchIndexDerivation(source: SearchSource): Derivation {
  return {
    table: source.table,
    refresh(ctx, rowId) {
      const row = prepared(ctx.sqlite, `SELECT deleted_at FROM ${source.table} WHERE id = ?`).get(rowId) as { deleted_at: string | null } | undefined;
      const shown = row && row.deleted_at === null ? source.describe(ctx, [rowId]).get(rowId) : undefined;
      if (shown) indexEntity(ctx, source.type, rowId, shown.title, shown.text);
      else unindexEntity(ctx, source.type, rowId);
    },
  };
}
