/**
 * What the core knows about how its database was opened: read-only or not, whether the
 * last session ended cleanly, and how to swap the file under an open core (restore). Kept
 * beside the context, keyed by it, so services that never need it do not see it.
 */
import type { ReadOnlyState } from '../db/connection';
import type { CoreContext } from './context';

export interface DatabaseSession {
  readOnly: ReadOnlyState | null;
  /** The previous session did not close the database (crash, power cut). */
  uncleanShutdown: boolean;
  /** When uncleanShutdown: the full check ran at this open and passed. */
  startCheckedAt: string | null;
  /**
   * Closes the database, runs `swap` (which may replace the file), and opens it again in
   * the same context: every service holding the context sees the new file.
   */
  reopen(swap: () => void): void;
}

const sessions = new WeakMap<CoreContext, DatabaseSession>();

export function setDatabaseSession(ctx: CoreContext, session: DatabaseSession): void {
  sessions.set(ctx, session);
}

export function databaseSession(ctx: CoreContext): DatabaseSession {
  const s = sessions.get(ctx);
  if (!s) throw new Error('database session missing: contexts are made by createCore');
  return s;
}
