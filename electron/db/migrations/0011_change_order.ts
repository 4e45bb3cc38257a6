import type { Migration } from './types';

/**
 * The merge order of the exchange (see "Clock rule" in docs/ARCHITECTURE.md). A change is
 * ordered by its HLC stamp, or by the stamp just past the newest change of its row that its
 * install held when it made it, whichever is later: so a change made after seeing another
 * always orders after it, even when the other came from a PC whose clock is a year ahead
 * (whose stamps do not move this install's clock). `order_hlc` keeps that stamp when it differs
 * from the change's own (NULL: the same, as for every change logged before this version).
 * Each synced row's `hlc` column already holds the stamp of its newest change; from this
 * version on it is that change's order stamp, so a received change is compared with the row
 * itself rather than with the row's whole log.
 */
export const migration0011: Migration = {
  version: 11,
  name: '0011_change_order',
  sql: `
ALTER TABLE change_log ADD COLUMN order_hlc TEXT;
`,
};
