// Review mode for a meeting: keyboard-driven (j/k move, a accept, r reject with a reason, e edit),
// a progress bar and "Mark reviewed", through the review routes of the API (docs/api-contract.md).
import { useEffect, useRef, useState } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { ApiError, get, messageOf, post, put, request } from '../api.js'
import { ErrorText, Loading, Notice, ReviewBadge, TypeBadge, meetingName } from '../components/common.js'
import { EditForm, RejectForm } from '../components/review-forms.js'
import type { FieldEdit } from '../components/review-forms.js'
import { useApi, useTitle } from '../hooks.js'
import { can, useSession } from '../session.js'
import type { ApiItem, MeetingAnswer } from '../types.js'

interface ReviewSummary {
  counts?: Record<string, number>
  state?: string
  next?: { id: number } | number | null
}

export function ReviewPage() {
  const { params } = useRoute()
  const id = params.id ?? ''
  const { user } = useSession()
  const meeting = useApi<MeetingAnswer>(`/meetings/${id}`)
  const summary = useApi<ReviewSummary>(`/meetings/${id}/review`)
  const [items, setItems] = useState<ApiItem[] | null>(null)
  const [index, setIndex] = useState(0)
  const [mode, setMode] = useState<'browse' | 'reject' | 'edit' | 'split'>('browse')
  const [parts, setParts] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const onKeyRef = useRef<((event: KeyboardEvent) => void) | null>(null)
  const [tick, setTick] = useState(0)
  useTitle(`Review: ${meeting.data ? meetingName(meeting.data.meeting) : id}`)

  useEffect(() => {
    const controller = new AbortController()
    ;(async () => {
      const all: ApiItem[] = []
      let cursor: string | null = null
      do {
        const page: { items: ApiItem[]; nextCursor: string | null } = await get('/items', { meeting: id, limit: 200, cursor }, controller.signal)
        all.push(...page.items)
        cursor = page.nextCursor
      } while (cursor)
      setItems(all.sort((a, b) => a.start - b.start))
    })().catch((caught: unknown) => {
      if (!controller.signal.aborted) setError(messageOf(caught))
    })
    return () => controller.abort()
  }, [id, tick])

  const current = items?.[index] ?? null
  const reviewed = items ? items.filter((i) => i.review && i.review.state !== 'proposed').length : 0
  const total = items?.length ?? 0

  const replace = (item: ApiItem) => setItems((list) => (list ? list.map((i) => (i.id === item.id ? { ...i, ...item } : i)) : list))

  const act = async (path: string, method: string, body: unknown, done: string, advance = true) => {
    if (!current) return
    setError(null)
    setNotice(null)
    try {
      const answer = await request<ApiItem>(method, `/items/${current.id}/${path}`, {
        body,
        ifMatch: current.version,
      })
      if (answer.data && typeof answer.data === 'object') replace(answer.data)
      setNotice(done)
      setMode('browse')
      summary.reload()
      if (advance) setIndex((n) => Math.min(n + 1, total - 1))
    } catch (caught) {
      // A stale version (412): show the item as it is now, so nothing is decided on an old reading.
      const now = caught instanceof ApiError && caught.status === 412 ? (caught.params.current as ApiItem | undefined) : undefined
      if (now) {
        replace(now)
        setError(
          `Someone changed item #${now.id} since you read it${now.review?.by ? ` (last review by ${now.review.by})` : ''}; it now shows their change. Look again, then repeat your action.`,
        )
      } else setError(messageOf(caught))
      setMode('browse')
    }
  }

  /** Split the current item into the quotes given one per line, or merge it with the next item; the list is read again after. */
  const reshape = async (kind: 'split' | 'merge') => {
    if (!current) return
    setError(null)
    setNotice(null)
    try {
      if (kind === 'split') {
        const quotes = parts
          .split('\n')
          .map((q) => q.trim())
          .filter(Boolean)
        await post(`/items/${current.id}/split`, { quotes })
      } else {
        const next = items?.[index + 1]
        if (!next) return
        await post('/items/merge', { ids: [current.id, next.id] })
      }
      setMode('browse')
      setNotice(kind === 'split' ? 'Item split.' : 'Items merged.')
      setTick((n) => n + 1)
      summary.reload()
    } catch (caught) {
      setError(messageOf(caught))
    }
  }

  const markReviewed = async () => {
    setError(null)
    try {
      await put(`/meetings/${id}/review`, { state: 'reviewed' })
      setNotice('The meeting is marked reviewed.')
      meeting.reload()
    } catch (caught) {
      setError(messageOf(caught))
    }
  }

  // The handler of the latest render, read by one listener: a key pressed right after a render (the
  // form just closed) must not reach the handler of the render before it, whose effects may not have
  // run yet on a busy machine.
  onKeyRef.current = (event: KeyboardEvent) => {
    if (mode !== 'browse' || event.altKey || event.ctrlKey || event.metaKey) return
    const target = event.target as HTMLElement | null
    if (target && target.closest('input, select, textarea, [contenteditable]')) return
    if (event.key === 'j') setIndex((n) => Math.min(n + 1, Math.max(total - 1, 0)))
    else if (event.key === 'k') setIndex((n) => Math.max(n - 1, 0))
    else if (event.key === 'a') void act('accept', 'POST', {}, 'Accepted.')
    else if (event.key === 'r') setMode('reject')
    else if (event.key === 'e') setMode('edit')
    else return
    event.preventDefault()
  }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onKeyRef.current?.(event)
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [index])

  if (!can(user, 'edit'))
    return (
      <main id="main">
        <h1>Review</h1>
        <p>Your role ({user?.role}) does not review items.</p>
      </main>
    )
  return (
    <main id="main" class="review">
      <h1>Review: {meeting.data ? meetingName(meeting.data.meeting) : id}</h1>
      <p class="muted">
        Keys: <kbd>j</kbd> next, <kbd>k</kbd> previous, <kbd>a</kbd> accept, <kbd>r</kbd> reject with a reason, <kbd>e</kbd> edit.{' '}
        <a href={`/meetings/${id}`}>Back to the report</a>
      </p>
      <div class="progress-row">
        <label for="review-progress">
          Reviewed {reviewed} of {total}
        </label>
        <progress id="review-progress" max={total || 1} value={reviewed} />
        <button type="button" onClick={() => void markReviewed()}>
          Mark reviewed
        </button>
      </div>
      {summary.error ? <p class="muted">Review summary: {summary.error}</p> : null}
      <ErrorText message={error} />
      <Notice message={notice} />
      {items === null && !error ? <Loading what="Loading the items" /> : null}
      {current ? (
        <section class="review-current" aria-labelledby="current-h" aria-live="polite">
          <h2 id="current-h">
            Item {index + 1} of {total}: #{current.id} <TypeBadge type={current.type} /> <ReviewBadge item={current} />
          </h2>
          <blockquote class="quote">{current.text}</blockquote>
          <dl class="facts">
            <dt>Paragraph</dt>
            <dd>{current.paragraph}</dd>
            <dt>Actors</dt>
            <dd>{current.actors.join(', ') || '—'}</dd>
            <dt>Deadline</dt>
            <dd>{current.deadline?.text ?? '—'}</dd>
            <dt>Topics</dt>
            <dd>{current.topics.join(', ') || '—'}</dd>
          </dl>
          {mode === 'reject' ? <RejectForm onCancel={() => setMode('browse')} onReject={(body) => void act('reject', 'POST', body, 'Rejected.')} /> : null}
          {mode === 'edit' ? (
            <EditForm
              item={current}
              onCancel={() => setMode('browse')}
              onSave={(body: FieldEdit) => void act('fields', 'PATCH', body, 'Fields saved.', false)}
            />
          ) : null}
          {mode === 'split' ? (
            <form
              class="grid-form"
              aria-label="Split the item"
              onSubmit={(e) => {
                e.preventDefault()
                void reshape('split')
              }}
            >
              <label class="wide">
                One quote per line
                <textarea rows={4} value={parts} onInput={(e) => setParts(e.currentTarget.value)} />
              </label>
              <button type="submit">Split item</button>
              <button type="button" class="secondary" onClick={() => setMode('browse')}>
                Cancel
              </button>
            </form>
          ) : null}
          {mode === 'browse' ? (
            <div class="row">
              <button type="button" onClick={() => void act('accept', 'POST', {}, 'Accepted.')}>
                Accept (a)
              </button>
              <button type="button" class="secondary" onClick={() => setMode('reject')}>
                Reject (r)
              </button>
              <button type="button" class="secondary" onClick={() => setMode('edit')}>
                Edit (e)
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setParts(current.text)
                  setMode('split')
                }}
              >
                Split…
              </button>
              {items && index + 1 < items.length ? (
                <button type="button" class="secondary" onClick={() => void reshape('merge')}>
                  Merge with next
                </button>
              ) : null}
              <a href={`/items/${current.id}`}>Open the item</a>
            </div>
          ) : null}
        </section>
      ) : null}
      {items ? (
        <ol class="review-list" ref={listRef} aria-label="Items of the meeting">
          {items.map((item, i) => (
            <li key={item.id} aria-current={i === index ? 'true' : undefined} class={i === index ? 'current' : ''}>
              <button type="button" class="link-button" onClick={() => setIndex(i)}>
                #{item.id}
              </button>{' '}
              <TypeBadge type={item.type} /> <ReviewBadge item={item} /> {item.text.length > 140 ? `${item.text.slice(0, 140)}…` : item.text}
            </li>
          ))}
        </ol>
      ) : null}
    </main>
  )
}
