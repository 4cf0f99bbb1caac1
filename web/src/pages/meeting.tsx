// A meeting's follow-up report, live: summary figures and charts from the server's report, the
// items by topic with filters kept in the URL, and a download button for every report format.
import { Component } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { get, messageOf } from '../api.js'
import { ColumnHeads, ErrorText, Loading, ReviewBadge, STATUSES, STATUS_LABEL, StatusBadge, TYPES, TypeBadge, When, meetingName } from '../components/common.js'
import { useApi, useTitle } from '../hooks.js'
import { can, useSession } from '../session.js'
import type { ApiItem, Chart, MeetingAnswer, Status } from '../types.js'

export const FILTERS = ['status', 'party', 'topic', 'type', 'owner', 'overdue', 'review'] as const
export type FilterName = (typeof FILTERS)[number]

const FORMATS = [
  { ext: 'html', label: 'HTML' },
  { ext: 'pdf', label: 'PDF' },
  { ext: 'md', label: 'Markdown' },
  { ext: 'csv', label: 'CSV' },
  { ext: 'json', label: 'JSON' },
  { ext: 'ics', label: 'Calendar (ics)' },
]

interface ReportSummary {
  trackable: number
  commitments: number
  directives: number
  untracked: number
  byStatus: Array<{ status: Status; count: number }>
  overdue: number
  dueSoon: number
  dueSoonLabel: string
  undated: number
  compliance: Array<{ party: string; percent: number | null; scored: number }>
  byTopic?: Array<{ topic: string; label: string }>
}

interface ReportJson {
  cover: { asOf: string; parties: string[]; nextMeetingDate: string | null; seriesName: string | null }
  summary: ReportSummary
}

/**
 * Every page of the meeting's items matching the filters (the server pages by 200), shown as the
 * pages arrive; `complete` once the last page is in.
 */
function useAllItems(meetingId: string, filters: Record<string, string>) {
  const [items, setItems] = useState<ApiItem[] | null>(null)
  const [complete, setComplete] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const key = JSON.stringify(filters)
  useEffect(() => {
    const controller = new AbortController()
    setItems(null)
    setComplete(false)
    setError(null)
    ;(async () => {
      const all: ApiItem[] = []
      let cursor: string | null = null
      do {
        // Note: like the report, the page leaves rejected items out unless the review filter asks for them.
        const page: { items: ApiItem[]; nextCursor: string | null } = await get(
          '/items',
          { meeting: meetingId, limit: 200, cursor, review: 'proposed,accepted', ...filters },
          controller.signal,
        )
        all.push(...page.items)
        cursor = page.nextCursor
        setItems([...all])
      } while (cursor)
      setComplete(true)
    })().catch((caught: unknown) => {
      if (!controller.signal.aborted) setError(messageOf(caught))
    })
    return () => controller.abort()
  }, [meetingId, key])
  return { items, complete, error }
}

function Summary({ report }: { report: ReportJson }) {
  const s = report.summary
  return (
    <div class="figures">
      <dl class="figure-grid">
        <div>
          <dt>Tracked items</dt>
          <dd>{s.trackable}</dd>
        </div>
        <div>
          <dt>Overdue</dt>
          <dd>{s.overdue}</dd>
        </div>
        <div>
          <dt>{s.dueSoonLabel || 'Due soon'}</dt>
          <dd>{s.dueSoon}</dd>
        </div>
        <div>
          <dt>Undated</dt>
          <dd>{s.undated}</dd>
        </div>
        {s.byStatus.map((entry) => (
          <div key={entry.status}>
            <dt>{STATUS_LABEL[entry.status] ?? entry.status}</dt>
            <dd>{entry.count}</dd>
          </div>
        ))}
      </dl>
      {s.compliance.some((c) => c.scored > 0) ? (
        <table class="compliance">
          <caption>Compliance by party</caption>
          <ColumnHeads names={['Party', 'Compliance', 'Items scored']} />
          <tbody>
            {s.compliance.map((c) => (
              <tr key={c.party}>
                <th scope="row">{c.party}</th>
                <td>{c.percent === null ? '—' : `${Math.round(c.percent)} %`}</td>
                <td>{c.scored}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p class="muted">As of {report.cover.asOf}.</p>
    </div>
  )
}

/** The chart's SVG as a data: URL; an SVG shown as an image needs its namespace, which Vega's string renderer leaves out. */
function svgUrl(svg: string): string {
  let text = svg.trim()
  if (!/^<svg[^>]*\sxmlns=/.test(text)) text = text.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"')
  if (text.includes('xlink:') && !/^<svg[^>]*xmlns:xlink=/.test(text)) text = text.replace(/^<svg/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"')
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`
}

function Charts({ id }: { id: string }) {
  const charts = useApi<{ charts: Chart[] }>(`/meetings/${id}/charts`)
  if (charts.error) return <ErrorText message={`Charts: ${charts.error}`} />
  if (!charts.data) return <Loading what="Drawing the charts" />
  return (
    <div class="charts">
      {charts.data.charts.map((chart) => (
        <figure key={chart.id} class="chart">
          {/* The server's SVG is shown as an image: scripts inside an <img> never run. */}
          <img src={svgUrl(chart.svg)} alt={chart.title} />
          <figcaption>{chart.title}</figcaption>
        </figure>
      ))}
    </div>
  )
}

export function FilterForm({
  values,
  onChange,
  parties,
  topics,
  topicLabels = new Map(),
}: {
  values: Record<string, string>
  onChange: (name: FilterName, value: string) => void
  parties: string[]
  topics: string[]
  topicLabels?: Map<string, string>
}) {
  const select = (name: FilterName, label: string, options: Array<[string, string]>) => (
    <label>
      {label}
      <select value={values[name] ?? ''} onChange={(e) => onChange(name, e.currentTarget.value)}>
        <option value="">any</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <form class="filters" role="search" aria-label="Filter items" onSubmit={(e) => e.preventDefault()}>
      {select(
        'status',
        'Status',
        STATUSES.map((s) => [s, STATUS_LABEL[s]]),
      )}
      {select(
        'type',
        'Type',
        TYPES.map((t) => [t, t]),
      )}
      {select(
        'party',
        'Party',
        parties.map((p) => [p, p]),
      )}
      {select(
        'topic',
        'Topic',
        topics.map((t) => [t, topicLabels.get(t) ?? t]),
      )}
      {select('review', 'Review', [
        ['proposed', 'proposed'],
        ['accepted', 'accepted'],
        ['rejected', 'rejected'],
      ])}
      <label>
        Owner
        <input value={values.owner ?? ''} onChange={(e) => onChange('owner', e.currentTarget.value.trim())} />
      </label>
      <label class="check">
        <input type="checkbox" checked={values.overdue === 'true'} onChange={(e) => onChange('overdue', e.currentTarget.checked ? 'true' : '')} />
        Overdue only
      </label>
    </form>
  )
}

/** One item of the report; rendered again only when the item itself changes (the list grows page by page). */
class ItemRow extends Component<{ item: ApiItem }> {
  override shouldComponentUpdate(next: { item: ApiItem }): boolean {
    return next.item !== this.props.item
  }
  override render() {
    const { item } = this.props
    return (
      <li class="item-row">
        <a href={`/items/${item.id}`} class="quote">
          {item.text}
        </a>
        <span class="tags">
          <span class="muted">¶{item.paragraph}</span> <TypeBadge type={item.type} /> <StatusBadge status={item.tracking?.status} /> <ReviewBadge item={item} />
          {item.tracking?.due ? (
            <>
              {' '}
              due <When at={item.tracking.due} />
            </>
          ) : null}
          {item.tracking?.owner ? ` · ${item.tracking.owner}` : ''}
          {item.actors.length ? ` · ${item.actors.join(', ')}` : ''}
        </span>
      </li>
    )
  }
}

export function MeetingPage() {
  const { params } = useRoute()
  const id = params.id ?? ''
  const { user } = useSession()
  const { query, path, route } = useLocation()
  const meeting = useApi<MeetingAnswer>(`/meetings/${id}`)
  const filters: Record<string, string> = {}
  for (const name of FILTERS) if (query[name]) filters[name] = query[name]
  const { items, complete, error } = useAllItems(id, filters)
  // The server answers one request at a time per process: the report and charts wait for the first items.
  const started = items !== null || error !== null
  const report = useApi<ReportJson>(started ? `/meetings/${id}/report.json` : null)
  const title = meeting.data ? meetingName(meeting.data.meeting) : 'Meeting'
  useTitle(title)
  const setFilter = (name: FilterName, value: string) => {
    const next = new URLSearchParams(query)
    if (value) next.set(name, value)
    else next.delete(name)
    const qs = next.toString()
    route(`${path}${qs ? `?${qs}` : ''}`, true)
  }
  const parties = meeting.data?.meeting.parties ?? []
  const topicSet = new Set<string>()
  for (const item of items ?? []) for (const topic of item.topics) topicSet.add(topic)
  if (filters.topic) topicSet.add(filters.topic)
  const byTopic = new Map<string, ApiItem[]>()
  for (const item of items ?? []) {
    const topic = item.topics[0] ?? 'other'
    const list = byTopic.get(topic)
    if (list) list.push(item)
    else byTopic.set(topic, [item])
  }
  const topicLabel = new Map((report.data?.summary.byTopic ?? []).map((t) => [t.topic, t.label]))
  const m = meeting.data?.meeting
  return (
    <main id="main">
      <ErrorText message={meeting.error} />
      <h1>{title}</h1>
      {m ? (
        <p class="meta">
          {m.date ?? 'undated'}
          {m.place ? ` · ${m.place}` : ''}
          {m.series ? ` · ${m.series}` : ''}
          {m.parties.length ? ` · ${m.parties.join(', ')}` : ''}
          {meeting.data?.review ? ` · review: ${meeting.data.review.state}` : ''}
        </p>
      ) : null}
      <nav class="actions" aria-label="Meeting">
        <a class="button" href={`/meetings/${id}/statement`}>
          Statement
        </a>
        {can(user, 'edit') ? (
          <a class="button" href={`/meetings/${id}/review`}>
            Review mode
          </a>
        ) : null}
      </nav>
      <section class="section downloads" aria-labelledby="dl-h">
        <h2 id="dl-h">Download the report</h2>
        <ul class="inline">
          {FORMATS.map((f) => (
            <li key={f.ext}>
              <a class="button" href={`/api/meetings/${id}/report.${f.ext}`} download>
                {f.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section class="section" aria-labelledby="summary-h">
        <h2 id="summary-h">Summary</h2>
        <ErrorText message={report.error} />
        {report.data ? <Summary report={report.data} /> : report.loading ? <Loading /> : null}
        {report.data || report.error ? <Charts id={id} /> : null}
      </section>
      <section class="section" aria-labelledby="items-h">
        <h2 id="items-h">Items by topic</h2>
        <FilterForm values={filters} onChange={setFilter} parties={parties} topics={[...topicSet].sort()} topicLabels={topicLabel} />
        <ErrorText message={error} />
        {items === null && !error ? <Loading what="Loading the items" /> : null}
        {items ? (
          <p class="muted" role="status">
            {complete ? `${items.length} items match.` : `${items.length} items so far, loading more…`}
          </p>
        ) : null}
        {[...byTopic.entries()].map(([topic, list]) => (
          <section key={topic} class="topic" aria-labelledby={`topic-${topic}`}>
            <h3 id={`topic-${topic}`}>
              {topicLabel.get(topic) ?? topic} <span class="muted">({list.length})</span>
            </h3>
            <ul class="item-list">
              {list.map((item) => (
                <ItemRow key={item.id} item={item} />
              ))}
            </ul>
          </section>
        ))}
      </section>
    </main>
  )
}
