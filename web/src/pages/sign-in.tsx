// Sign in with a username and password; the session cookie is set by the server.
import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { messageOf, post } from '../api.js'
import { ErrorText } from '../components/common.js'
import { useTitle } from '../hooks.js'
import { useSession } from '../session.js'
import type { SessionAnswer } from '../types.js'

export function SignIn() {
  useTitle('Sign in')
  const { signedIn } = useSession()
  const { path, route } = useLocation()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const answer = await post<SessionAnswer>('/session', { username, password })
      signedIn(answer.user, answer.csrfToken)
      if (path === '/signin') route('/')
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }
  return (
    <main id="main" class="narrow">
      <h1>Sign in</h1>
      <form class="stack" onSubmit={(event) => void submit(event)}>
        <label>
          Username
          <input name="username" autocomplete="username" required value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autocomplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <ErrorText message={error} />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  )
}
