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

export type Row<Q> = Q extends Compilable<infer R> ? R : never;

const statementCache = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();
const STATEMENT_CACHE_SIZE = 500;

/**
 * A prepared statement for the SQL, reused across calls: preparing costs more than running
 * most of the app's small queries. Oldest statements are dropped past the cache size.
 */
export function prepared(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statementCache.get(sqlite);
  if (!cache) {
    cache = new Map();
    statementCache.set(sqlite, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = sqlite.prepare(sql);
    if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(sql, stmt);
  }
  return stmt;
}

export function all<Q extends Compilable<unknown>>(sqlite: BetterSqlite3.Database, query: Q): Row<Q>[] {
  const c = query.compile();
  return prepared(sqlite, c.sql).all(...(c.parameters as unknown[])) as Row<Q>[];
}

export function first<Q extends Compilable<unknown>>(sqlite: BetterSqlite3.Database, query: Q): Row<Q> | undefined {
  const c = query.compile();
  return prepared(sqlite, c.sql).get(...(c.parameters as unknown[])) as Row<Q> | undefined;
}

export function run(sqlite: BetterSqlite3.Database, query: Compilable<unknown>): BetterSqlite3.RunResult {
  const c = query.compile();
  return prepared(sqlite, c.sql).run(...(c.parameters as unknown[]));
}
