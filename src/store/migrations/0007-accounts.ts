// Migration 0007: accounts for the HTTP server: users with a role, sign-in sessions and API tokens
// (only hashes of their secrets are stored), and sign-in attempts (for lockout).
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import { withId, type Migration } from './migration.js'

/** The `users`, `sessions`, `api_tokens` and `login_attempts` tables. */
export const accountTables: Migration = {
  id: '0007-accounts',
  async up(db: Kysely<Database>, backend) {
    const s = db.schema
    await withId(s.createTable('users'), backend)
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull().check(sql<boolean>`role in ('viewer', 'editor', 'assessor', 'admin')`))
      .addColumn('party', 'text')
      // argon2id PHC string.
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute()
    await withId(s.createTable('sessions'), backend)
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      // sha256 hex of the cookie value; the value itself is never stored.
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('csrf_token', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute()
    await s.createIndex('sessions_user').on('sessions').column('user_id').execute()
    await withId(s.createTable('api_tokens'), backend)
      .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked', 'integer', (c) => c.notNull().defaultTo(0))
      .execute()
    await s.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute()
    await withId(s.createTable('login_attempts'), backend)
      .addColumn('username', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('success', 'integer', (c) => c.notNull())
      .execute()
    await s.createIndex('login_attempts_user').on('login_attempts').columns(['username', 'at']).execute()
    await s.createIndex('login_attempts_address').on('login_attempts').columns(['address', 'at']).execute()
  },
}
