import type { SearchEntityType, SearchHit } from '../../shared/search/schema';
import { foldVietnamese } from '../../shared/text/fold';
import type { CoreContext } from '../core/context';
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

interface Source {
  title: string;
  text: string;
}

type Loader = (ctx: CoreContext, ids: string[]) => Map<string, Source>;
const loaders = new Map<SearchEntityType, Loader>();

/** Each feature tells search how to show its records (title and full original text). */
export function registerSearchSource(type: SearchEntityType, loader: Loader): void {
  loaders.set(type, loader);
}

export function search(ctx: CoreContext, q: string, limit: number): SearchHit[] {
  const words = queryWords(q);
  if (words.length === 0) return [];
  // Every word must match; the last one as a prefix, because the user is still typing it.
  const match = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
  const rows = ctx.sqlite
    .prepare(
      `SELECT entity_type AS type, entity_id AS id, body AS folded FROM search_fts WHERE search_fts MATCH ?
       ORDER BY bm25(search_fts, 4.0, 1.0) LIMIT ?`,
    )
    .all(match, limit) as Array<{ type: SearchEntityType; id: string; folded: string }>;

  const byType = new Map<SearchEntityType, string[]>();
  for (const r of rows) byType.set(r.type, [...(byType.get(r.type) ?? []), r.id]);
  const sources = new Map<string, Source>();
  for (const [type, ids] of byType) {
    const loader = loaders.get(type);
    if (!loader) continue;
    for (const [id, src] of loader(ctx, ids)) sources.set(`${type}:${id}`, src);
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
      snippet: snippetAround(src.text, words, 180, r.folded),
    });
  }
  return hits;
}
