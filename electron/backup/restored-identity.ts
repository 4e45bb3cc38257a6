/**
 * A restored database must not speak with the identity of the install it was copied from
 * (other installs have already seen that identity's later changes): the core's install
 * identity gives it a new id and keeps the old one in the history.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { renewInstallIdentity } from '../sync/install-identity';

export function giveNewInstallIdentity(sqlite: BetterSqlite3.Database, reason: string): string {
  return renewInstallIdentity(sqlite, reason).id;
}
