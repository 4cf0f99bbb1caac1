// Every item of the store, a page at a time (the server pages with a cursor), with the same filters
// as a meeting's report, kept in the URL. Pages stay small, so scrolling never waits on rendering.
import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { ErrorText, ItemTable, Loading } from '../components/common.js'
import { useApi, useTitle } from '../hooks.js'
import type { ApiItem } from '../types.js'
import { FILTERS, FilterForm, type FilterName } from './meeting.js'

const PAGE = 100

export function ItemsPage() {
  useTitle('Items')
  const { query, path, route } = useLocation()
  const filters: Record<string, string> = {}
  for (const name of [...FILTERS, 'meeting', 'series'] as const) if (query[name]) filters[name] = query[name]
  const cursor = query.cursor ?? ''
  const [previous, setPrevious] = useState<string[]>([])
  const page = useApi<{ items: ApiItem[]; nextCursor: string | null }>('/items', { ...filters, limit: PAGE, cursor })
  const go = (next: Record<string, string>) => {
    const qs = new URLSearchParams(next).toString()
    route(`${path}${qs ? `?${qs}` : ''}`)
  }
  const setFilter = (name: FilterName, value: string) => {
    const next = { ...filters }
    if (value) next[name] = value
    else delete next[name]
    setPrevious([])
    go(next)
  }
  return (
    <main id="main">
      <h1>Items</h1>
      <FilterForm values={filters} onChange={setFilter} parties={[]} topics={[]} />
      <ErrorText message={page.error} />
      {page.loading && !page.data ? <Loading what="Loading the items" /> : null}
      {page.data ? (
        <>
          <p class="muted" role="status">
            Items {previous.length * PAGE + 1}–{previous.length * PAGE + page.data.items.length}
            {page.data.nextCursor ? ' (more on the next page)' : ''}.
          </p>
          <ItemTable items={page.data.items} empty="No item matches." />
          <nav class="row" aria-label="Pages">
            <button
              type="button"
              class="secondary"
              disabled={previous.length === 0}
              onClick={() => {
                const back = previous.slice(0, -1)
                const to = previous[previous.length - 1] ?? ''
                setPrevious(back)
                go(to ? { ...filters, cursor: to } : filters)
              }}
            >
              Previous page
            </button>
            <button
              type="button"
              class="secondary"
              disabled={!page.data.nextCursor}
              onClick={() => {
                setPrevious([...previous, cursor])
                go({ ...filters, cursor: page.data!.nextCursor! })
                window.scrollTo(0, 0)
              }}
            >
              Next page
            </button>
          </nav>
        </>
      ) : null}
    </main>
  )
}
