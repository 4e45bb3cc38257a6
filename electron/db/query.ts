/**
 * kysely builds typed SQL; better-sqlite3 runs it synchronously. Keeping execution
 * synchronous lets a whole service operation run inside one `BEGIN IMMEDIATE`
 * transaction (numbering, imports) without async interleaving.
 */
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type Compilable,
} from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './schema';

export type QueryBuilder = Kysely<Database>;

export function createQueryBuilder(): QueryBuilder {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new SqliteAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => new SqliteIntrospector(db),
      createQueryCompiler: () => new SqliteQueryCompiler(),
    },
  });
}

type Row<Q> = Q extends Compilable<infer R> ? R : never;

export function all<Q extends Compilable<unknown>>(sqlite: BetterSqlite3.Database, query: Q): Row<Q>[] {
  const c = query.compile();
  return sqlite.prepare(c.sql).all(...(c.parameters as unknown[])) as Row<Q>[];
}

export function first<Q extends Compilable<unknown>>(sqlite: BetterSqlite3.Database, query: Q): Row<Q> | undefined {
  const c = query.compile();
  return sqlite.prepare(c.sql).get(...(c.parameters as unknown[])) as Row<Q> | undefined;
}

export function run(sqlite: BetterSqlite3.Database, query: Compilable<unknown>): BetterSqlite3.RunResult {
  const c = query.compile();
  return sqlite.prepare(c.sql).run(...(c.parameters as unknown[]));
}
