/**
 * Keeps the full-text index in step with the records. The index holds folded text
 * (no diacritics, đ→d, lower case) so "dang uy", "Đảng ủy" and "DANG UY" all match;
 * snippets are cut from the original text (see snippet.ts). Each record has a fixed FTS
 * rowid (search_keys), so replacing its entry is an indexed delete, not a table scan. The
 * index is contentless: search_keys says which record a row is, and snippets fold the
 * original text of the few hits shown.
 */
import { prepared } from '../db/query';
import type { SearchEntityType } from '../../shared/search/schema';
import { foldVietnamese } from '../../shared/text/fold';
import type { CoreContext } from '../core/context';

function keyOf(ctx: CoreContext, type: SearchEntityType, id: string): number | undefined {
  const row = prepared(ctx.sqlite, 'SELECT key_id FROM search_keys WHERE entity_type = ? AND entity_id = ?').get(type, id) as { key_id: number } | undefined;
  return row?.key_id;
}

export function indexEntity(ctx: CoreContext, type: SearchEntityType, id: string, title: string, body: string): void {
  let key = keyOf(ctx, type, id);
  if (key === undefined) {
    key = Number(prepared(ctx.sqlite, 'INSERT INTO search_keys (entity_type, entity_id) VALUES (?, ?)').run(type, id).lastInsertRowid);
  } else {
    prepared(ctx.sqlite, 'DELETE FROM search_fts WHERE rowid = ?').run(key);
  }
  prepared(ctx.sqlite, 'INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)').run(key, foldVietnamese(title), foldVietnamese(body));
}

export function unindexEntity(ctx: CoreContext, type: SearchEntityType, id: string): void {
  const key = keyOf(ctx, type, id);
  if (key === undefined) return;
  prepared(ctx.sqlite, 'DELETE FROM search_fts WHERE rowid = ?').run(key);
  prepared(ctx.sqlite, 'DELETE FROM search_keys WHERE key_id = ?').run(key);
}
