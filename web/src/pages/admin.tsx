// Admin: users (add, role, party, disable, reset password) and their API tokens (revoke).
import { useEffect, useState } from 'preact/hooks'
import { del, get, messageOf, patch, post } from '../api.js'
import { ColumnHeads, ErrorText, Loading, Notice, When, plainOptions } from '../components/common.js'
import { useApi, useTitle } from '../hooks.js'
import { can, useSession } from '../session.js'
import type { AdminUser, Role, Token } from '../types.js'

const ROLES: Role[] = ['viewer', 'editor', 'assessor', 'admin']

function Tokens({ name, onError }: { name: string; onError: (message: string | null) => void }) {
  const [tokens, setTokens] = useState<Token[] | null>(null)
  const [issued, setIssued] = useState<string | null>(null)
  const load = async () => {
    try {
      setTokens((await get<{ tokens: Token[] }>(`/users/${encodeURIComponent(name)}/tokens`)).tokens)
    } catch (caught) {
      onError(messageOf(caught))
    }
  }
  if (tokens === null)
    return (
      <button type="button" class="secondary" onClick={() => void load()}>
        Tokens of {name}
      </button>
    )
  return (
    <div class="tokens">
      {issued ? (
        <p class="notice" role="status">
          New token (shown once): <code>{issued}</code>
        </p>
      ) : null}
      <ul>
        {tokens.map((t) => (
          <li key={t.id}>
            Token {t.id}, created <When at={t.createdAt} />, last used <When at={t.lastUsedAt} /> {t.revoked ? '(revoked)' : null}
            {!t.revoked ? (
              <button
                type="button"
                class="secondary"
                onClick={async () => {
                  try {
                    await del(`/users/${encodeURIComponent(name)}/tokens/${t.id}`)
                    await load()
                  } catch (caught) {
                    onError(messageOf(caught))
                  }
                }}
              >
                Revoke token {t.id}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <button
        type="button"
        class="secondary"
        onClick={async () => {
          try {
            setIssued((await post<{ token: string }>(`/users/${encodeURIComponent(name)}/tokens`)).token)
            await load()
          } catch (caught) {
            onError(messageOf(caught))
          }
        }}
      >
        New token for {name}
      </button>
    </div>
  )
}

function UserRow({ user, onChanged, onError }: { user: AdminUser; onChanged: (message: string) => void; onError: (message: string | null) => void }) {
  const [party, setParty] = useState(user.party ?? '')
  const [password, setPassword] = useState('')
  // The box shows what was asked at once; a re-render while the change is on its way (the error line
  // being cleared, say) must not flip it back. It follows the server's answer when the list reloads.
  const [disabled, setDisabled] = useState(user.disabled)
  useEffect(() => setDisabled(user.disabled), [user.disabled])
  /** Sends a change; false (with the error shown) when the server refused it. */
  const change = async (body: Record<string, unknown>, done: string): Promise<boolean> => {
    onError(null)
    try {
      await patch(`/users/${encodeURIComponent(user.name)}`, body)
      onChanged(done)
      return true
    } catch (caught) {
      onError(messageOf(caught))
      return false
    }
  }
  return (
    <tr>
      <th scope="row">{user.name}</th>
      <td>
        <select
          aria-label={`Role of ${user.name}`}
          value={user.role}
          onChange={(e) => void change({ role: e.currentTarget.value }, `${user.name} is now ${e.currentTarget.value}.`)}
        >
          {plainOptions(ROLES)}
        </select>
      </td>
      <td>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault()
            void change({ party: party.trim() || null }, `Party of ${user.name} saved.`)
          }}
        >
          <input aria-label={`Party of ${user.name}`} value={party} onInput={(e) => setParty(e.currentTarget.value)} />
          <button type="submit" class="secondary">
            Set
          </button>
        </form>
      </td>
      <td>
        <label class="check">
          <input
            type="checkbox"
            checked={disabled}
            onChange={(e) => {
              const next = e.currentTarget.checked
              setDisabled(next)
              void change({ disabled: next }, `${user.name} ${next ? 'disabled' : 'enabled'}.`).then((ok) => ok || setDisabled(!next))
            }}
          />
          Disabled
        </label>
      </td>
      <td>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault()
            void change({ password }, `Password of ${user.name} reset.`).then(() => setPassword(''))
          }}
        >
          <input
            type="password"
            autocomplete="new-password"
            aria-label={`New password for ${user.name}`}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            required
          />
          <button type="submit" class="secondary">
            Reset
          </button>
        </form>
      </td>
      <td>
        <When at={user.createdAt} />
      </td>
      <td>
        <Tokens name={user.name} onError={onError} />
      </td>
    </tr>
  )
}

export function AdminUsers() {
  useTitle('Users')
  const { user } = useSession()
  const users = useApi<{ users: AdminUser[] }>(can(user, 'admin') ? '/users' : null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [draft, setDraft] = useState({ name: '', role: 'viewer' as Role, party: '', password: '' })
  if (!can(user, 'admin'))
    return (
      <main id="main">
        <h1>Users</h1>
        <p>Only an admin manages users.</p>
      </main>
    )
  const changed = (message: string) => {
    setNotice(message)
    users.reload()
  }
  return (
    <main id="main">
      <h1>Users</h1>
      <ErrorText message={users.error ?? error} />
      <Notice message={notice} />
      {users.loading && !users.data ? <Loading /> : null}
      {users.data ? (
        <div class="table-wrap">
          <table class="users">
            <ColumnHeads names={['Name', 'Role', 'Party', 'Disabled', 'Password', 'Created', 'Tokens']} />
            <tbody>
              {users.data.users.map((u) => (
                <UserRow key={u.name} user={u} onChanged={changed} onError={setError} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <form
        class="grid-form"
        aria-labelledby="add-user-h"
        onSubmit={async (e) => {
          e.preventDefault()
          setError(null)
          try {
            await post('/users', { name: draft.name.trim(), role: draft.role, party: draft.party.trim() || undefined, password: draft.password })
            setDraft({ name: '', role: 'viewer', party: '', password: '' })
            changed(`User ${draft.name.trim()} added.`)
          } catch (caught) {
            setError(messageOf(caught))
          }
        }}
      >
        <h2 id="add-user-h" class="wide">
          Add a user
        </h2>
        <label>
          Name
          <input required value={draft.name} onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
        </label>
        <label>
          Role
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value as Role })}>
            {plainOptions(ROLES)}
          </select>
        </label>
        <label>
          Party
          <input value={draft.party} onInput={(e) => setDraft({ ...draft, party: e.currentTarget.value })} />
        </label>
        <label>
          Initial password
          <input
            type="password"
            autocomplete="new-password"
            required
            value={draft.password}
            onInput={(e) => setDraft({ ...draft, password: e.currentTarget.value })}
          />
        </label>
        <button type="submit">Add user</button>
      </form>
    </main>
  )
}
