// Kysely's SQLite dialect, except that transactions start with BEGIN IMMEDIATE: a writer takes the
// write lock up front, so two processes never deadlock upgrading read locks (busy_timeout waits).
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type SqliteDialectConfig,
} from 'kysely'

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'))
  }
}

/** A SQLite dialect whose transactions are BEGIN IMMEDIATE. */
export class ImmediateSqliteDialect implements Dialect {
  readonly #config: SqliteDialectConfig

  /** @param config as for Kysely's SqliteDialect */
  constructor(config: SqliteDialectConfig) {
    this.#config = config
  }

  createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config)
  }
  createQueryCompiler(): SqliteQueryCompiler {
    return new SqliteQueryCompiler()
  }
  createAdapter(): SqliteAdapter {
    return new SqliteAdapter()
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own Dialect signature
  createIntrospector(db: Kysely<any>): SqliteIntrospector {
    return new SqliteIntrospector(db)
  }
}
