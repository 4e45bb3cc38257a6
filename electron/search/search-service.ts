import type { SearchEntityType, SearchHit } from '../../shared/search/schema';
import { foldVietnamese } from '../../shared/text/fold';
import type { CoreContext } from '../core/context';
import { prepared } from '../db/query';
import type { SearchText } from './search-sources';
import { markMatches, snippetAround } from './snippet';

/** Query words, folded; FTS5 syntax characters are dropped so any typing is safe. */
export function queryWords(q: string): string[] {
  return foldVietnamese(q)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

export function search(ctx: CoreContext, q: string, limit: number): SearchHit[] {
  const words = queryWords(q);
  if (words.length === 0) return [];
  // Every word must match; the last one as a prefix, because the user is still typing it.
  const match = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
  // Records whose title matches come first, then the others; newest first within each.
  // Ordering by the FTS rowid lets SQLite walk the index backwards and stop at the limit,
  // where ranking by relevance would score every matching record (all 12,000 conclusions
  // of a commune contain "Đảng ủy").
  const select = 'SELECT rowid AS key FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?';
  const inTitle = (prepared(ctx.sqlite, select).all(`title : (${match})`, limit) as Array<{ key: number }>).map((r) => r.key);
  const seen = new Set(inTitle);
  const rest = (prepared(ctx.sqlite, select).all(match, limit + inTitle.length) as Array<{ key: number }>).map((r) => r.key).filter((k) => !seen.has(k));
  const keyOf = prepared(ctx.sqlite, 'SELECT entity_type AS type, entity_id AS id FROM search_keys WHERE key_id = ?');
  type Row = { type: SearchEntityType; id: string };
  const rows = [...inTitle, ...rest]
    .slice(0, limit)
    .map((key) => keyOf.get(key) as Row | undefined)
    .filter((r): r is Row => r !== undefined);

  const byType = new Map<SearchEntityType, string[]>();
  for (const r of rows) byType.set(r.type, [...(byType.get(r.type) ?? []), r.id]);
  const sources = new Map<string, SearchText>();
  for (const [type, ids] of byType) {
    const source = ctx.searchSources.get(type);
    if (!source) continue;
    for (const [id, src] of source.describe(ctx, ids)) sources.set(`${type}:${id}`, src);
  }
  const hits: SearchHit[] = [];
  for (const r of rows) {
    const src = sources.get(`${r.type}:${r.id}`);
    if (!src) continue;
    hits.push({
      entityType: r.type,
      entityId: r.id,
      title: src.title,
      titleParts: markMatches(src.title, words),
      context: src.context ?? null,
      snippet: snippetAround(src.text, words, 180),
    });
  }
  return hits;
}
