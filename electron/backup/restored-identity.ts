/**
 * A restored database must not speak with the identity of the install it was copied from
 * (other installs have already seen that identity's later changes): the core's install
 * identity gives it a new id and keeps the old one in the history. The staged file is told
 * where it will live, so opening it there keeps this id (not one more renewal).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { renewInstallIdentity } from '../sync/install-identity';

export function giveNewInstallIdentity(sqlite: BetterSqlite3.Database, reason: string, place: { dbPath: string; stagedAt: string }): string {
  return renewInstallIdentity(sqlite, reason, place.dbPath, place.stagedAt).id;
}
