// Meetings grouped by series, each series with a timeline of its meetings.
import { ErrorText, Loading, meetingName } from '../components/common.js'
import { useApi, useTitle } from '../hooks.js'
import type { MeetingReview, StoredMeeting, StoredSeries } from '../types.js'

type ListedMeeting = StoredMeeting & { review?: MeetingReview }

/** Where a date sits between the first and last date of a series, from 0 to 100. */
function position(date: string | null, first: number, last: number): number {
  if (!date || last <= first) return 50
  const t = Date.parse(date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date)
  return Number.isNaN(t) ? 50 : Math.round(((t - first) / (last - first)) * 100)
}

function Timeline({ meetings }: { meetings: ListedMeeting[] }) {
  const times = meetings.map((m) => (m.date ? Date.parse(m.date.padEnd(10, '-01').slice(0, 10)) : Number.NaN)).filter((t) => !Number.isNaN(t))
  const first = Math.min(...times)
  const last = Math.max(...times)
  return (
    <div class="timeline" aria-hidden="true">
      <div class="line" />
      {meetings.map((m) => (
        <span key={m.id} class="tick" style={{ left: `${position(m.date, first, last)}%` }} title={`${m.date ?? ''} ${meetingName(m)}`}>
          <span class="tick-label">{m.date?.slice(0, 4) ?? '?'}</span>
        </span>
      ))}
    </div>
  )
}

function MeetingList({ meetings }: { meetings: ListedMeeting[] }) {
  return (
    <ol class="meeting-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <time dateTime={m.date ?? undefined}>{m.date ?? 'undated'}</time> <a href={`/meetings/${m.id}`}>{meetingName(m)}</a>
          <span class="muted">
            {' '}
            · {m.trackableCount} tracked of {m.itemCount} items{m.place ? ` · ${m.place}` : ''}
            {m.review ? ` · ${m.review.state}` : ''}
          </span>
        </li>
      ))}
    </ol>
  )
}

export function Meetings() {
  useTitle('Meetings')
  const series = useApi<{ series: StoredSeries[] }>('/series')
  const meetings = useApi<{ meetings: ListedMeeting[] }>('/meetings')
  const all = meetings.data?.meetings ?? []
  const bySeries = new Map<string, ListedMeeting[]>()
  for (const m of all) {
    const key = m.series ?? ''
    bySeries.set(key, [...(bySeries.get(key) ?? []), m])
  }
  const named = (series.data?.series ?? []).filter((s) => bySeries.has(s.name))
  const loose = bySeries.get('') ?? []
  return (
    <main id="main">
      <h1>Meetings</h1>
      <ErrorText message={series.error ?? meetings.error} />
      {meetings.loading && !meetings.data ? <Loading /> : null}
      {named.map((s) => {
        const list = [...(bySeries.get(s.name) ?? [])].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))
        return (
          <section key={s.slug} class="section series" aria-labelledby={`series-${s.id}`}>
            <h2 id={`series-${s.id}`}>{s.name}</h2>
            <p class="muted">
              {s.meetingCount} meetings, {s.firstDate ?? '?'} to {s.lastDate ?? '?'}
            </p>
            <Timeline meetings={list} />
            <MeetingList meetings={list} />
          </section>
        )
      })}
      {loose.length > 0 ? (
        <section class="section" aria-labelledby="series-none">
          <h2 id="series-none">Not in a series</h2>
          <MeetingList meetings={loose} />
        </section>
      ) : null}
      {meetings.data && all.length === 0 ? <p class="muted">No meetings in the store yet.</p> : null}
    </main>
  )
}
