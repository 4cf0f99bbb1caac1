// Accounts of the HTTP server: users, sessions, API tokens and sign-in attempts (migration 0007).
// The store keeps what it is given: hashing passwords and tokens is the caller's job (commands/).
import { CommuniqueError } from '../core/errors.js'
import type { Ctx } from './context.js'

/** The roles a user can have, least to most. */
export type Role = 'viewer' | 'editor' | 'assessor' | 'admin'

/** A user as the server sees it (no password hash). */
export interface UserRecord {
  id: number
  name: string
  role: Role
  /** The party the user speaks for (limits editing and assessing to that party's items), or null. */
  party: string | null
  disabled: boolean
  createdAt: string
}

/** A user with the stored argon2id hash, for checking a password. */
export interface UserWithHash extends UserRecord {
  passwordHash: string
}

/** An API token as listed (its secret is never stored). */
export interface TokenRecord {
  id: number
  createdAt: string
  lastUsedAt: string | null
  revoked: boolean
}

/** A live session with its user. */
export interface SessionRecord {
  id: number
  user: UserRecord
  csrfToken: string
  expiresAt: string
}

/** Changes to a user. */
export interface UserChange {
  role?: Role
  party?: string | null
  disabled?: boolean
  passwordHash?: string
}

/** Reads and writes accounts; every method is one short statement or transaction. */
export interface AccountStore {
  addUser(u: { name: string; role: Role; party: string | null; passwordHash: string; at: string }): Promise<UserRecord>
  getUser(name: string): Promise<UserWithHash | null>
  listUsers(): Promise<UserRecord[]>
  /** @throws CommuniqueError 'not-found' */
  updateUser(name: string, change: UserChange, at: string): Promise<UserRecord>
  createSession(s: { userId: number; tokenHash: string; csrfToken: string; at: string; expiresAt: string }): Promise<void>
  /** The session of this token hash when not revoked, not expired at `now`, and its user not disabled. */
  findSession(tokenHash: string, now: string): Promise<SessionRecord | null>
  revokeSession(tokenHash: string, at: string): Promise<void>
  /** Revokes every session of a user (password change, disabling). */
  revokeSessionsOf(userId: number, at: string): Promise<void>
  createToken(t: { userId: number; tokenHash: string; at: string }): Promise<number>
  /** The user of a live token (and records its use), or null. */
  useToken(tokenHash: string, at: string): Promise<UserRecord | null>
  listTokens(userId: number): Promise<TokenRecord[]>
  /** @returns false when the user has no such token */
  revokeToken(userId: number, tokenId: number): Promise<boolean>
  recordLoginAttempt(a: { username: string; address: string; at: string; success: boolean }): Promise<void>
  /** Failed attempts since `since` from this address, or for this user name after its last success. */
  recentFailures(by: { username: string } | { address: string }, since: string): Promise<number>
  /**
   * Deletes sessions that expired or were revoked before `now`, and sign-in attempts older than
   * `attemptsBefore`; a dead session can never come back, so nothing is lost but rows.
   */
  purgeExpired(now: string, attemptsBefore: string): Promise<{ sessions: number; attempts: number }>
}

type UserRow = { id: number; name: string; role: string; party: string | null; disabled: number; created_at: string }

function toUser(r: UserRow): UserRecord {
  return { id: r.id, name: r.name, role: r.role as Role, party: r.party, disabled: r.disabled !== 0, createdAt: r.created_at }
}

const USER_COLUMNS = ['users.id', 'users.name', 'users.role', 'users.party', 'users.disabled', 'users.created_at'] as const

/** The account methods over one Kysely handle. */
export function createAccountStore(ctx: Ctx): AccountStore {
  const { db } = ctx
  return {
    async addUser(u) {
      const existing = await db.selectFrom('users').select('id').where('name', '=', u.name).executeTakeFirst()
      if (existing)
        throw new CommuniqueError('exists', `a user named "${u.name}" already exists; pick another name or change that user`, { params: { name: u.name } })
      await db
        .insertInto('users')
        .values({
          name: u.name,
          role: u.role,
          party: u.party,
          password_hash: u.passwordHash,
          disabled: 0,
          created_at: u.at,
          updated_at: u.at,
        })
        .execute()
      const added = await this.getUser(u.name)
      if (!added) throw new CommuniqueError('write-failed', `the user "${u.name}" was not saved; try again`)
      const { passwordHash: _hash, ...user } = added
      return user
    },
    async getUser(name) {
      const r = await db
        .selectFrom('users')
        .select([...USER_COLUMNS, 'users.password_hash'])
        .where('name', '=', name)
        .executeTakeFirst()
      return r ? { ...toUser(r), passwordHash: r.password_hash } : null
    },
    async listUsers() {
      return (
        await db
          .selectFrom('users')
          .select([...USER_COLUMNS])
          .orderBy('name')
          .execute()
      ).map(toUser)
    },
    async updateUser(name, change, at) {
      const values: Record<string, unknown> = { updated_at: at }
      if (change.role !== undefined) values.role = change.role
      if (change.party !== undefined) values.party = change.party
      if (change.disabled !== undefined) values.disabled = change.disabled ? 1 : 0
      if (change.passwordHash !== undefined) values.password_hash = change.passwordHash
      const res = await db.updateTable('users').set(values).where('name', '=', name).executeTakeFirst()
      if (Number(res.numUpdatedRows) === 0)
        throw new CommuniqueError('not-found', `no user named "${name}"; run \`communique user list\` to see users`, { params: { name } })
      const u = await this.getUser(name)
      if (!u) throw new CommuniqueError('not-found', `no user named "${name}"`, { params: { name } })
      const { passwordHash: _hash, ...user } = u
      return user
    },
    async createSession(s) {
      await db
        .insertInto('sessions')
        .values({ user_id: s.userId, token_hash: s.tokenHash, csrf_token: s.csrfToken, created_at: s.at, expires_at: s.expiresAt, revoked_at: null })
        .execute()
    },
    async findSession(tokenHash, now) {
      const r = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([...USER_COLUMNS, 'sessions.id as session_id', 'sessions.csrf_token', 'sessions.expires_at'])
        .where('sessions.token_hash', '=', tokenHash)
        .where('sessions.revoked_at', 'is', null)
        .where('sessions.expires_at', '>', now)
        .where('users.disabled', '=', 0)
        .executeTakeFirst()
      return r ? { id: r.session_id, user: toUser(r), csrfToken: r.csrf_token, expiresAt: r.expires_at } : null
    },
    async revokeSession(tokenHash, at) {
      await db.updateTable('sessions').set({ revoked_at: at }).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).execute()
    },
    async revokeSessionsOf(userId, at) {
      await db.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute()
    },
    async createToken(t) {
      const r = await db
        .insertInto('api_tokens')
        .values({ user_id: t.userId, token_hash: t.tokenHash, created_at: t.at, last_used_at: null, revoked: 0 })
        .returning('id')
        .executeTakeFirstOrThrow()
      return Number(r.id)
    },
    async useToken(tokenHash, at) {
      const r = await db
        .selectFrom('api_tokens')
        .innerJoin('users', 'users.id', 'api_tokens.user_id')
        .select([...USER_COLUMNS, 'api_tokens.id as token_id', 'api_tokens.last_used_at'])
        .where('api_tokens.token_hash', '=', tokenHash)
        .where('api_tokens.revoked', '=', 0)
        .where('users.disabled', '=', 0)
        .executeTakeFirst()
      if (!r) return null
      // Note: written at most once a minute per token, so reads do not turn into writes under load.
      if (!r.last_used_at || r.last_used_at.slice(0, 16) !== at.slice(0, 16)) {
        await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', r.token_id).execute()
      }
      return toUser(r)
    },
    async listTokens(userId) {
      const rows = await db
        .selectFrom('api_tokens')
        .select(['id', 'created_at', 'last_used_at', 'revoked'])
        .where('user_id', '=', userId)
        .orderBy('id')
        .execute()
      return rows.map((r) => ({ id: r.id, createdAt: r.created_at, lastUsedAt: r.last_used_at, revoked: r.revoked !== 0 }))
    },
    async revokeToken(userId, tokenId) {
      const res = await db.updateTable('api_tokens').set({ revoked: 1 }).where('user_id', '=', userId).where('id', '=', tokenId).executeTakeFirst()
      return Number(res.numUpdatedRows) > 0
    },
    async recordLoginAttempt(a) {
      await db
        .insertInto('login_attempts')
        .values({ username: a.username, address: a.address, at: a.at, success: a.success ? 1 : 0 })
        .execute()
    },
    async recentFailures(by, since) {
      const col = 'username' in by ? 'username' : 'address'
      const key = 'username' in by ? by.username : by.address
      // Note: a success clears a user name's failures, not an address's (signing in to one's own
      // account must not reset the count of guesses at others').
      const lastOk =
        col === 'username'
          ? await db
              .selectFrom('login_attempts')
              .select((eb) => eb.fn.max('at').as('at'))
              .where(col, '=', key)
              .where('success', '=', 1)
              .executeTakeFirst()
          : undefined
      const from = lastOk?.at && lastOk.at > since ? lastOk.at : since
      const r = await db
        .selectFrom('login_attempts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(col, '=', key)
        .where('success', '=', 0)
        .where('at', '>', from)
        .executeTakeFirst()
      return Number(r?.n ?? 0)
    },
    async purgeExpired(now, attemptsBefore) {
      const sessions = await db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', now), eb('revoked_at', '<=', now)]))
        .executeTakeFirst()
      const attempts = await db.deleteFrom('login_attempts').where('at', '<', attemptsBefore).executeTakeFirst()
      return { sessions: Number(sessions.numDeletedRows), attempts: Number(attempts.numDeletedRows) }
    },
  }
}
