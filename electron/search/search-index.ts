/**
 * Keeps the full-text index in step with the records. The index holds folded text
 * (no diacritics, đ→d, lower case) so "dang uy", "Đảng ủy" and "DANG UY" all match;
 * snippets are cut from the original text (see snippet.ts).
 */
import type { SearchEntityType } from '../../shared/search/schema';
import { foldVietnamese } from '../../shared/text/fold';
import type { CoreContext } from '../core/context';

export function indexEntity(ctx: CoreContext, type: SearchEntityType, id: string, title: string, body: string): void {
  ctx.sqlite.prepare('DELETE FROM search_fts WHERE entity_type = ? AND entity_id = ?').run(type, id);
  ctx.sqlite
    .prepare('INSERT INTO search_fts (title, body, entity_type, entity_id) VALUES (?, ?, ?, ?)')
    .run(foldVietnamese(title), foldVietnamese(body), type, id);
}

export function unindexEntity(ctx: CoreContext, type: SearchEntityType, id: string): void {
  ctx.sqlite.prepare('DELETE FROM search_fts WHERE entity_type = ? AND entity_id = ?').run(type, id);
}
