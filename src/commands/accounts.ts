// Account workflows shared by `communique user` and the server: adding users, passwords (argon2id),
// sign-in with lockout, sessions and API tokens. Secrets are random 32-byte values; only their
// sha256 is stored, so a copy of the database signs nobody in.
import { createHash, randomBytes } from 'node:crypto'
import { CommuniqueError } from '../core/errors.js'
import type { Role, UserRecord } from '../store/accounts.js'
import type { Store } from '../store/store.js'
import { canonicalParty } from '../track/index.js'

/** Every role, least to most. */
export const ROLES: readonly Role[] = ['viewer', 'editor', 'assessor', 'admin']

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 10

/** Lockout: this many failed sign-ins for one user name within the window lock it. */
export const USER_FAILURE_LIMIT = 5
/** Lockout: this many failed sign-ins from one address within the window lock it. */
export const ADDRESS_FAILURE_LIMIT = 20
/** Lockout window in minutes. */
export const LOCKOUT_MINUTES = 15

/** How long a session lasts, in hours. */
export const SESSION_HOURS = 12

/** Sign-in attempts are kept this many days, then deleted (the lockout reads only the last LOCKOUT_MINUTES). */
export const ATTEMPT_KEEP_DAYS = 30

/** A user as the API shows it. */
export interface PublicUser {
  name: string
  role: Role
  party: string | null
  disabled: boolean
  createdAt: string
}

/** The API view of a user. */
export function publicUser(u: UserRecord): PublicUser {
  return { name: u.name, role: u.role, party: u.party, disabled: u.disabled, createdAt: u.createdAt }
}

/** sha256 hex of a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** A new random secret (base64url, 43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

async function argon2() {
  return import('@node-rs/argon2')
}

/** @throws CommuniqueError 'usage' */
export function parseRole(value: string): Role {
  const v = value.trim().toLowerCase()
  if ((ROLES as readonly string[]).includes(v)) return v as Role
  throw new CommuniqueError('usage', `role must be one of ${ROLES.join(', ')}, got "${value}"`, { params: { role: value, roles: ROLES } })
}

/** @throws CommuniqueError 'usage' */
export function parseUserName(value: string): string {
  const v = value.trim()
  if (/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/.test(v)) return v
  throw new CommuniqueError('usage', `a user name is 1–64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit; got "${value}"`, {
    params: { name: value },
  })
}

/** @throws CommuniqueError 'usage' for a password shorter than MIN_PASSWORD_LENGTH */
export async function hashPassword(password: string): Promise<string> {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new CommuniqueError('usage', `the password must have at least ${MIN_PASSWORD_LENGTH} characters`, { params: { minLength: MIN_PASSWORD_LENGTH } })
  }
  const { hash } = await argon2()
  // Note: 2 is Algorithm.Argon2id (a const enum, which isolated modules cannot read).
  return hash(password, { algorithm: 2 })
}

/** A password a person can type once and keep: 20 random base64url characters. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url')
}

/** Adds a user. @throws CommuniqueError 'usage' or 'exists' */
export async function addUser(store: Store, u: { name: string; role: string; party?: string | null; password: string }, now: string): Promise<UserRecord> {
  const name = parseUserName(u.name)
  const role = parseRole(u.role)
  const party = u.party?.trim() ? canonicalParty(u.party) : null
  return store.accounts.addUser({ name, role, party, passwordHash: await hashPassword(u.password), at: now })
}

/** Changes a user; a new password or disabling ends the user's sessions. @throws CommuniqueError 'not-found' or 'usage' */
export async function changeUser(
  store: Store,
  name: string,
  c: { role?: string; party?: string | null; disabled?: boolean; password?: string },
  now: string,
): Promise<UserRecord> {
  const change = {
    role: c.role === undefined ? undefined : parseRole(c.role),
    party: c.party === undefined ? undefined : c.party?.trim() ? canonicalParty(c.party) : null,
    disabled: c.disabled,
    passwordHash: c.password === undefined ? undefined : await hashPassword(c.password),
  }
  const user = await store.accounts.updateUser(name, change, now)
  if (change.passwordHash !== undefined || change.disabled) await store.accounts.revokeSessionsOf(user.id, now)
  return user
}

/** Adds an API token for a user; the token is returned once and never stored. */
export async function createApiToken(store: Store, name: string, now: string): Promise<{ id: number; token: string }> {
  const user = await requireUser(store, name)
  const token = `cq_${newSecret()}`
  const id = await store.accounts.createToken({ userId: user.id, tokenHash: hashSecret(token), at: now })
  return { id, token }
}

/** A user that must exist. @throws CommuniqueError 'not-found' */
export async function requireUser(store: Store, name: string): Promise<UserRecord> {
  const u = await store.accounts.getUser(name)
  if (!u) throw new CommuniqueError('not-found', `no user named "${name}"; run \`communique user list\` to see users`, { params: { name } })
  const { passwordHash: _hash, ...user } = u
  return user
}

function minutesBefore(now: string, minutes: number): string {
  return new Date(Date.parse(now) - minutes * 60_000).toISOString()
}

// A fixed hash to verify against when the user does not exist, so that a wrong name takes as long as a wrong password.
let dummyHash: Promise<string> | undefined

/** A new session: the cookie value (secret) and its CSRF token. */
export interface NewSession {
  token: string
  csrfToken: string
  expiresAt: string
  user: UserRecord
}

/**
 * Checks a user name and password and opens a session.
 * @throws CommuniqueError 'locked' (too many failures for this name or address within LOCKOUT_MINUTES),
 *   'unauthenticated' (wrong name or password, or a disabled user: one message for all)
 */
export async function signIn(store: Store, a: { username: string; password: string; address: string }, now: string): Promise<NewSession> {
  // Dead sessions and old attempts go here, at the one moment rows are added, so the tables stay small
  // without a timer.
  await store.accounts.purgeExpired(now, minutesBefore(now, ATTEMPT_KEEP_DAYS * 24 * 60))
  const since = minutesBefore(now, LOCKOUT_MINUTES)
  const [byUser, byAddress] = [
    await store.accounts.recentFailures({ username: a.username }, since),
    await store.accounts.recentFailures({ address: a.address }, since),
  ]
  if (byUser >= USER_FAILURE_LIMIT || byAddress >= ADDRESS_FAILURE_LIMIT) {
    throw new CommuniqueError('locked', `too many failed sign-ins; wait ${LOCKOUT_MINUTES} minutes and try again`, {
      params: { retryAfterSeconds: LOCKOUT_MINUTES * 60 },
    })
  }
  const { verify } = await argon2()
  const u = await store.accounts.getUser(a.username)
  dummyHash ??= hashPassword('not-a-password-of-anyone')
  const ok = await verify(u?.passwordHash ?? (await dummyHash), a.password).catch(() => false)
  const success = Boolean(u && ok && !u.disabled)
  await store.accounts.recordLoginAttempt({ username: a.username, address: a.address, at: now, success })
  if (!u || !success) throw new CommuniqueError('unauthenticated', 'wrong user name or password')
  const token = newSecret()
  const csrfToken = newSecret()
  const expiresAt = new Date(Date.parse(now) + SESSION_HOURS * 3_600_000).toISOString()
  await store.accounts.createSession({ userId: u.id, tokenHash: hashSecret(token), csrfToken, at: now, expiresAt })
  const { passwordHash: _hash, ...user } = u
  return { token, csrfToken, expiresAt, user }
}

/** The session of a cookie value, or null when unknown, expired or revoked. */
export async function sessionOf(store: Store, token: string, now: string) {
  return store.accounts.findSession(hashSecret(token), now)
}

/** Ends a session. */
export async function signOut(store: Store, token: string, now: string): Promise<void> {
  await store.accounts.revokeSession(hashSecret(token), now)
}

/** The user of an API token, or null. */
export async function userOfToken(store: Store, token: string, now: string): Promise<UserRecord | null> {
  return store.accounts.useToken(hashSecret(token), now)
}
