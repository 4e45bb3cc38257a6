import type { Migration } from './types';

/**
 * The search index kept its own copy of every record's folded text (a third of a 10-year
 * database) and positions it never used (snippets are cut from the original text, and no
 * query is a multi-word phrase). It becomes contentless with per-column detail, and gains
 * prefix indexes for one to three letters, which is what the Ctrl+K box sends while the user
 * types ("d", "da", "dan"): without them a one-letter prefix merged the lists of every word
 * starting with that letter. Which record a row belongs to is in search_keys (key_id = rowid).
 */
export const migration0007: Migration = {
  version: 7,
  name: '0007_search_contentless',
  sql: `
CREATE VIRTUAL TABLE search_fts_v7 USING fts5(
  title, body,
  content = '', contentless_delete = 1, detail = column, prefix = '1 2 3',
  tokenize = 'unicode61 remove_diacritics 0'
);
INSERT INTO search_fts_v7 (rowid, title, body) SELECT rowid, title, body FROM search_fts;
DROP TABLE search_fts;
ALTER TABLE search_fts_v7 RENAME TO search_fts;
`,
};
