// What the query modules share: a Kysely handle (the database or an open transaction) and the back-end.
import type { Kysely } from 'kysely'
import type { Database } from './schema.js'
import type { Backend } from './types.js'

/** A Kysely handle plus which back-end it talks to. */
export interface Ctx {
  db: Kysely<Database>
  backend: Backend
}
