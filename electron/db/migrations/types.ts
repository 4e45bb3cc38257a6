export interface Migration {
  /** Forward-only, consecutive from 1; also written to PRAGMA user_version. */
  version: number;
  /** Zero-padded so that name order is version order ("0001_init"). */
  name: string;
  sql: string;
}
