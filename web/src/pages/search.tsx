// Full-text search with highlighted passages (segments as text and <mark>, never HTML) and facets.
import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { ErrorText, Loading, meetingName } from '../components/common.js'
import { useApi, useTitle } from '../hooks.js'
import type { Facet, SearchAnswer } from '../types.js'

const FACETS = ['series', 'meeting', 'type', 'topic', 'party', 'year'] as const

function facetEntries(facet: Facet | undefined): Array<{ value: string; count: number }> {
  if (!facet) return []
  if (Array.isArray(facet)) return facet.map((f) => ({ value: String(f.value), count: f.count }))
  return Object.entries(facet).map(([value, count]) => ({ value, count }))
}

export function SearchPage() {
  const { query, path, route } = useLocation()
  const q = query.q ?? ''
  const [text, setText] = useState(q)
  useTitle(q ? `Search: ${q}` : 'Search')
  const filters: Record<string, string> = {}
  for (const name of FACETS) if (query[name]) filters[name] = query[name]
  const results = useApi<SearchAnswer>(q ? '/search' : null, { q, ...filters })
  const go = (next: Record<string, string>) => {
    const params = new URLSearchParams(next)
    route(`${path}?${params.toString()}`)
  }
  return (
    <main id="main">
      <h1>Search</h1>
      <form
        role="search"
        class="row"
        onSubmit={(e) => {
          e.preventDefault()
          go({ ...filters, q: text.trim() })
        }}
      >
        <label>
          Search the statements
          <input type="search" name="q" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <button type="submit">Search</button>
      </form>
      <ErrorText message={results.error} />
      {results.loading ? <Loading what="Searching" /> : null}
      {results.data ? (
        <div class="search-layout">
          <aside class="facets" aria-label="Facets">
            {FACETS.map((name) => {
              const entries = facetEntries(results.data?.facets?.[name])
              if (entries.length === 0 && !filters[name]) return null
              return (
                <section key={name} aria-labelledby={`facet-${name}`}>
                  <h2 id={`facet-${name}`}>{name}</h2>
                  <ul>
                    {filters[name] ? (
                      <li>
                        <a
                          href="#"
                          onClick={(e) => {
                            e.preventDefault()
                            const next: Record<string, string> = { ...filters, q }
                            delete next[name]
                            go(next)
                          }}
                        >
                          Any {name} (clear “{filters[name]}”)
                        </a>
                      </li>
                    ) : null}
                    {entries.slice(0, 12).map((entry) => (
                      <li key={entry.value}>
                        <a
                          href={`${path}?${new URLSearchParams({ ...filters, q, [name]: entry.value }).toString()}`}
                          aria-current={filters[name] === entry.value ? 'true' : undefined}
                        >
                          {entry.value}
                        </a>{' '}
                        <span class="muted">({entry.count})</span>
                      </li>
                    ))}
                  </ul>
                </section>
              )
            })}
          </aside>
          <section class="hits" aria-labelledby="hits-h">
            <h2 id="hits-h">
              {results.data.hits.length} passage{results.data.hits.length === 1 ? '' : 's'}
            </h2>
            <ol>
              {results.data.hits.map((hit, i) => (
                <li key={`${hit.meetingId}-${hit.paragraph}-${i}`} class="hit">
                  <p class="hit-title">
                    <a href={`/meetings/${hit.meetingId}/statement`}>{meetingName({ title: hit.meetingTitle, slug: hit.meetingSlug, id: hit.meetingId })}</a>{' '}
                    <span class="muted">
                      {hit.meetingDate ?? ''} · ¶{hit.paragraph}
                    </span>
                  </p>
                  <p class="snippet">{hit.segments.map((s, j) => (s.match ? <mark key={j}>{s.text}</mark> : <span key={j}>{s.text}</span>))}</p>
                  {hit.itemIds && hit.itemIds.length ? (
                    <p class="muted">
                      Items:{' '}
                      {hit.itemIds.map((itemId) => (
                        <a key={itemId} href={`/items/${itemId}`} class="pad-right">
                          #{itemId}
                        </a>
                      ))}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
      ) : null}
    </main>
  )
}
