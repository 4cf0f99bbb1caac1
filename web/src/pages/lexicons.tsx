// Lexicons: the words the team adds to the extractor (parties, organisations with members, agencies,
// offices, topic keywords, pledge verbs), kept in the store and read by every later ingest. Anyone
// signed in reads the list; an admin adds a JSON or YAML file (checked by the server like
// `communique lexicon add`) or removes one.
import { useState } from 'preact/hooks'
import { del, messageOf, put } from '../api.js'
import { ColumnHeads, ErrorText, Loading, Notice, When } from '../components/common.js'
import { useApi, useTitle } from '../hooks.js'
import { can, useSession } from '../session.js'
import type { StoredLexiconEntry } from '../types.js'

/** The name a file suggests: its base name in the form lexicon names take. */
function nameFromFile(file: string): string {
  return file
    .replace(/\.(json|ya?ml)$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function LexiconsPage() {
  useTitle('Lexicons')
  const { user } = useSession()
  const admin = can(user, 'admin')
  const list = useApi<{ lexicons: StoredLexiconEntry[] }>('/lexicons')
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [name, setName] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const done = (message: string) => {
    setNotice(message)
    list.reload()
  }
  return (
    <main id="main">
      <h1>Lexicons</h1>
      <p>
        Words the team adds to the extractor: parties, organisations with their members, agencies and offices, topic keywords and pledge verbs. Every statement
        ingested after a change reads them; statements already stored keep their items.
      </p>
      <ErrorText message={list.error ?? error} />
      <Notice message={notice} />
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && list.data.lexicons.length === 0 ? <p>No lexicon is kept yet.</p> : null}
      {list.data && list.data.lexicons.length > 0 ? (
        <div class="table-wrap">
          <table class="lexicons">
            <ColumnHeads names={admin ? ['Name', 'Adds', 'Added by', 'Added', 'Remove'] : ['Name', 'Adds', 'Added by', 'Added']} />
            <tbody>
              {list.data.lexicons.map((l) => (
                <tr key={l.name}>
                  <th scope="row">{l.name}</th>
                  <td>{l.adds}</td>
                  <td>{l.addedBy}</td>
                  <td>
                    <When at={l.addedAt} />
                  </td>
                  {admin ? (
                    <td>
                      <button
                        type="button"
                        class="secondary"
                        onClick={async () => {
                          setError(null)
                          try {
                            await del(`/lexicons/${encodeURIComponent(l.name)}`)
                            done(`Lexicon ${l.name} removed.`)
                          } catch (caught) {
                            setError(messageOf(caught))
                          }
                        }}
                      >
                        Remove {l.name}
                      </button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {admin ? (
        <form
          class="grid-form"
          aria-labelledby="add-lexicon-h"
          onSubmit={async (e) => {
            e.preventDefault()
            setError(null)
            if (!file) {
              setError('choose a lexicon file (JSON or YAML, see schema/lexicon.schema.json)')
              return
            }
            const key = name.trim()
            try {
              const answer = await put<{ adds: string; replaced: boolean }>(`/lexicons/${encodeURIComponent(key)}`, { text: await file.text() })
              done(`Lexicon ${key} ${answer.replaced ? 'replaced' : 'added'}: ${answer.adds}.`)
            } catch (caught) {
              setError(messageOf(caught))
            }
          }}
        >
          <h2 id="add-lexicon-h" class="wide">
            Add or replace a lexicon
          </h2>
          <label>
            Lexicon file
            <input
              type="file"
              required
              accept=".json,.yaml,.yml"
              onChange={(e) => {
                const chosen = e.currentTarget.files?.[0] ?? null
                setFile(chosen)
                if (chosen && !name) setName(nameFromFile(chosen.name))
              }}
            />
          </label>
          <label>
            Name
            <input required value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <p class="muted wide">
            A lexicon of the same name is replaced. The file is checked against schema/lexicon.schema.json; nothing is kept if it is wrong.
          </p>
          <button type="submit">Keep lexicon</button>
        </form>
      ) : null}
    </main>
  )
}
