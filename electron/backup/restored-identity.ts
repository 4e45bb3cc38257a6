/**
 * A restored database must not speak with the identity of the install it was copied from
 * (other installs have already seen that identity's later changes). A minimal seam until the
 * core's install identity lands: a new id in meta, the old one kept in the history.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { newId } from '../db/ids';

export function giveNewInstallIdentity(sqlite: BetterSqlite3.Database, reason: string): string {
  const id = newId();
  sqlite.transaction(() => {
    const previous = sqlite.prepare("SELECT value FROM meta WHERE key = 'replica_id'").pluck().get() as string | undefined;
    sqlite.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('replica_id', ?)").run(id);
    if (previous) {
      const history = JSON.parse((sqlite.prepare("SELECT value FROM meta WHERE key = 'install_history'").pluck().get() as string | undefined) ?? '[]') as unknown[];
      history.push({ id: previous, until: new Date().toISOString(), reason });
      sqlite.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('install_history', ?)").run(JSON.stringify(history));
    }
  })();
  return id;
}
