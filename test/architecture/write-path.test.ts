/**
 * One write path: only electron/sync/changes.ts (and the migrations) write synced tables, and
 * only the derivation modules write the derived tables the write path keeps up. Checked on the
 * source, for kysely builders and raw SQL alike.
 */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncedTables } from '../../electron/sync/synced-tables';
import { sourceFiles } from './source-files';

const root = resolve(__dirname, '../..');
const rel = (f: string) => relative(root, f).split('\\').join('/');

const KYSELY_WRITE = /\b(?:insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(\s*['"`](\w+)/g;
const SQL_WRITE = /\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+["`[]?(\w+)/gi;

/** Every table a file writes, by either form. */
export function writtenTables(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(KYSELY_WRITE)) found.add(m[1]!);
  for (const m of text.matchAll(SQL_WRITE)) found.add(m[1]!.toLowerCase());
  return [...found];
}

const derivedOwners: Record<string, string> = {
  task_units: 'electron/tasks/task-units.ts',
  search_fts: 'electron/search/search-index.ts',
  search_keys: 'electron/search/search-index.ts',
  change_log: 'electron/sync/changes.ts',
};

const files = sourceFiles(join(root, 'electron')).filter((f) => !rel(f).startsWith('electron/db/migrations/'));

describe('write path', () => {
  it('finds writes in both forms (the check itself works)', () => {
    expect(writtenTables("ctx.qb.updateTable('tasks').set({})")).toEqual(['tasks']);
    expect(writtenTables("prepared(db, 'INSERT OR IGNORE INTO register_entries (id) VALUES (?)')")).toEqual(['register_entries']);
    expect(writtenTables('`UPDATE conclusions SET status = ?`')).toEqual(['conclusions']);
    expect(writtenTables("'delete from meetings where id = ?'")).toEqual(['meetings']);
  });

  it('only electron/sync/changes.ts writes synced tables', () => {
    const synced = new Set<string>(syncedTables);
    const offenders = files
      .filter((f) => rel(f) !== 'electron/sync/changes.ts')
      .flatMap((f) => writtenTables(readFileSync(f, 'utf8')).filter((t) => synced.has(t)).map((t) => `${rel(f)} writes ${t}`));
    expect(offenders).toEqual([]);
  });

  it('derived tables and the change log are written only by their own module', () => {
    const offenders = files.flatMap((f) =>
      writtenTables(readFileSync(f, 'utf8'))
        .filter((t) => derivedOwners[t] !== undefined && derivedOwners[t] !== rel(f))
        .map((t) => `${rel(f)} writes ${t}`),
    );
    expect(offenders).toEqual([]);
  });
});
