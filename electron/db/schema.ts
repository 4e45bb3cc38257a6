/** Table types for kysely, in one place. Column names are the SQL ones (snake_case). */
import type { Generated } from 'kysely';

/** Columns every synced table carries. */
export interface SyncColumns {
  created_at: string;
  updated_at: string;
  hlc: string;
  replica_id: string;
  deleted_at: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface TermsTable extends SyncColumns {
  id: string;
  name: string;
  start_year: number;
  end_year: number;
}

export interface ProfileTable extends SyncColumns {
  id: string;
  superior_committee: string;
  committee: string;
  place: string;
  issuer_abbreviation: string;
  current_term_id: string;
}

export interface SignersTable extends SyncColumns {
  id: string;
  name: string;
  title: string;
  sort_order: Generated<number>;
}

export interface UnitsTable extends SyncColumns {
  id: string;
  short_name: string;
  full_name: string;
  category: string;
  aliases_json: string;
  is_superior: number;
  active: number;
  sort_order: number;
}

export interface Database {
  meta: MetaTable;
  terms: TermsTable;
  profile: ProfileTable;
  signers: SignersTable;
  units: UnitsTable;
}
