// The web workspace: session, header and routes. Everything shown comes from the API.
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { LocationProvider, Route, Router, useLocation } from 'preact-iso'
import { ApiError, del, get, messageOf, setCsrfToken, whenSignedOut } from './api.js'
import { ErrorText, Loading } from './components/common.js'
import { SessionContext, can, useSession } from './session.js'
import type { SessionAnswer, User } from './types.js'
import { SignIn } from './pages/sign-in.js'
import { Home } from './pages/home.js'
import { Meetings } from './pages/meetings.js'
import { MeetingPage } from './pages/meeting.js'
import { StatementPage } from './pages/statement.js'
import { ReviewPage } from './pages/review.js'
import { ItemPage } from './pages/item.js'
import { ItemsPage } from './pages/items.js'
import { SearchPage } from './pages/search.js'
import { UploadPage } from './pages/upload.js'
import { AdminUsers } from './pages/admin.js'
import { LexiconsPage } from './pages/lexicons.js'
import './styles.css'

function Header() {
  const { user, signOut } = useSession()
  const { path } = useLocation()
  const link = (href: string, label: string) => (
    <li>
      <a href={href} aria-current={path === href || (href !== '/' && path.startsWith(href)) ? 'page' : undefined}>
        {label}
      </a>
    </li>
  )
  return (
    <header class="top">
      <a class="brand" href="/">
        Communiqué
      </a>
      {user ? (
        <nav aria-label="Main">
          <ul>
            {link('/', 'My work')}
            {link('/meetings', 'Meetings')}
            {link('/items', 'Items')}
            {link('/search', 'Search')}
            {can(user, 'admin') ? link('/upload', 'Upload') : null}
            {can(user, 'admin') ? link('/admin/users', 'Users') : null}
            {link('/lexicons', 'Lexicons')}
          </ul>
        </nav>
      ) : null}
      {user ? (
        <div class="who">
          <span class="user" data-testid="user">
            {user.name}
          </span>
          <span class="role" data-testid="role">
            {user.role}
          </span>
          <span class="party" data-testid="party">
            {user.party ?? 'no party'}
          </span>
          <button type="button" class="link-button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      ) : null}
    </header>
  )
}

function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. Go to <a href="/">my work</a>.
      </p>
    </main>
  )
}

function Routes() {
  return (
    <Router>
      <Route path="/" component={Home} />
      <Route path="/signin" component={SignIn} />
      <Route path="/meetings" component={Meetings} />
      <Route path="/meetings/:id" component={MeetingPage} />
      <Route path="/meetings/:id/statement" component={StatementPage} />
      <Route path="/meetings/:id/review" component={ReviewPage} />
      <Route path="/items" component={ItemsPage} />
      <Route path="/items/:id" component={ItemPage} />
      <Route path="/search" component={SearchPage} />
      <Route path="/upload" component={UploadPage} />
      <Route path="/admin/users" component={AdminUsers} />
      <Route path="/lexicons" component={LexiconsPage} />
      <Route default component={NotFound} />
    </Router>
  )
}

function App() {
  const [user, setUser] = useState<User | null>(null)
  const [ready, setReady] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    whenSignedOut(() => {
      setCsrfToken(null)
      setUser(null)
      setError('Your session ended; sign in again.')
    })
    get<SessionAnswer>('/session')
      .then((answer) => {
        setCsrfToken(answer.csrfToken)
        setUser(answer.user)
      })
      .catch((caught: unknown) => {
        if (!(caught instanceof ApiError && caught.status === 401)) setError(messageOf(caught))
      })
      .finally(() => setReady(true))
  }, [])
  const session = {
    user,
    signedIn: (next: User, token: string) => {
      setCsrfToken(token)
      setError(null)
      setUser(next)
    },
    signOut: async () => {
      try {
        await del('/session')
      } catch {
        // Signed out on this side either way; the session expires on the server.
      }
      setCsrfToken(null)
      setUser(null)
    },
  }
  return (
    <SessionContext.Provider value={session}>
      <LocationProvider>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <Header />
        <ErrorText message={error} />
        {!ready ? (
          <main id="main">
            <Loading />
          </main>
        ) : user ? (
          <Routes />
        ) : (
          <SignIn />
        )}
      </LocationProvider>
    </SessionContext.Provider>
  )
}

const root = document.getElementById('app')
if (root) render(<App />, root)
