// Everything about one item: quote and paragraph, tracking form with a stale-save conflict view,
// evidence, comments, compliance scores, history, links to later meetings, review actions.
import { useEffect, useState } from 'preact/hooks'
import { ApiError, get, messageOf, post, request, versionOf } from '../api.js'
import { can, useSession } from '../session.js'
import type { ApiItemDetail, HistoryEntry, Status, StoredLink } from '../types.js'
import { ColumnHeads, ErrorText, Loading, Notice, ReviewBadge, STATUSES, STATUS_LABEL, StatusBadge, TypeBadge, When } from './common.js'
import { safeHref } from './safe-url.js'
import { RejectForm } from './review-forms.js'

interface Tracked {
  status: Status | ''
  owner: string
  due: string
}

function trackedOf(item: ApiItemDetail): Tracked {
  return { status: item.tracking?.status ?? '', owner: item.tracking?.owner ?? '', due: item.tracking?.due ?? '' }
}

function versionOfItem(item: ApiItemDetail, etag: string | null): number | null {
  return versionOf(etag) ?? item.version
}

/** The fields of `mine` that differ from `base`, as the PATCH body. */
function changes(base: Tracked, mine: Tracked): Record<string, string | null> {
  const body: Record<string, string | null> = {}
  if (mine.status !== base.status && mine.status) body.status = mine.status
  if (mine.owner !== base.owner) body.owner = mine.owner || null
  if (mine.due !== base.due) body.due = mine.due || null
  return body
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return value
  return JSON.stringify(value)
}

function History({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p class="muted">No changes recorded yet.</p>
  return (
    <ol class="history">
      {entries.map((entry) => (
        <li key={entry.id}>
          <When at={entry.changedAt} /> <strong>{entry.actor}</strong> changed <em>{entry.field}</em>: <span class="before">{show(entry.before)}</span> →{' '}
          <span class="after">{show(entry.after)}</span>
          {entry.note ? <span class="muted"> ({entry.note})</span> : null}
        </li>
      ))}
    </ol>
  )
}

interface Conflict {
  mine: Record<string, string | null>
  current: ApiItemDetail
  theirs: HistoryEntry[]
}

function ConflictView({ conflict, onReapply, onDiscard, busy }: { conflict: Conflict; onReapply: () => void; onDiscard: () => void; busy: boolean }) {
  const current = trackedOf(conflict.current)
  return (
    <div class="conflict" role="alert" aria-labelledby="conflict-h">
      <h3 id="conflict-h">Someone changed this item while you were editing</h3>
      <p>Your change was not saved. Here is what changed meanwhile and what you wanted to save:</p>
      {conflict.theirs.length > 0 ? <History entries={conflict.theirs} /> : null}
      <table>
        <ColumnHeads names={['Field', 'Now on the server', 'Your change']} />
        <tbody>
          {Object.entries(conflict.mine).map(([field, value]) => (
            <tr key={field}>
              <th scope="row">{field}</th>
              <td>{show(current[field as keyof Tracked])}</td>
              <td>{show(value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="row">
        <button type="button" onClick={onReapply} disabled={busy}>
          Re-apply my change
        </button>
        <button type="button" class="secondary" onClick={onDiscard} disabled={busy}>
          Keep theirs
        </button>
      </div>
    </div>
  )
}

function LinkList({ links, editable, onDone }: { links: StoredLink[]; editable: boolean; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null)
  const [apply, setApply] = useState(false)
  if (links.length === 0) return <p class="muted">No later meeting speaks of this item yet.</p>
  const review = async (link: StoredLink, action: 'confirm' | 'reject') => {
    setError(null)
    try {
      await post(`/links/${link.id}/${action}`, action === 'confirm' ? { apply } : {})
      onDone()
    } catch (caught) {
      setError(messageOf(caught))
    }
  }
  return (
    <>
      <ul class="links">
        {links.map((link) => (
          <li key={link.id}>
            <p>
              <strong>{link.kind}</strong> in <a href={`/meetings/${link.meetingId}`}>{link.meetingTitle ?? link.meetingId}</a> (<When at={link.meetingDate} />
              ), ¶{link.paragraph} · score {link.score.toFixed(2)} · <span class={`badge link-${link.review}`}>{link.review}</span>
            </p>
            <blockquote>{link.passage}</blockquote>
            {link.reason ? <p class="muted">Why: {link.reason}</p> : null}
            {editable && link.review === 'suggested' ? (
              <div class="row">
                <button type="button" onClick={() => void review(link, 'confirm')}>
                  Confirm link
                </button>
                <button type="button" class="secondary" onClick={() => void review(link, 'reject')}>
                  Reject link
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {editable && links.some((l) => l.review === 'suggested') ? (
        <label class="check">
          <input type="checkbox" checked={apply} onChange={(e) => setApply(e.currentTarget.checked)} />
          When confirming, also record the status and evidence the link implies
        </label>
      ) : null}
      <ErrorText message={error} />
    </>
  )
}

export function ItemPanel({ id, headingLevel = 1 }: { id: string; headingLevel?: 1 | 2 }) {
  const { user } = useSession()
  const editable = can(user, 'edit')
  const [item, setItem] = useState<ApiItemDetail | null>(null)
  const [version, setVersion] = useState<number | null>(null)
  const [history, setHistory] = useState<HistoryEntry[]>([])
  const [links, setLinks] = useState<StoredLink[]>([])
  const [form, setForm] = useState<Tracked>({ status: '', owner: '', due: '' })
  const [loadError, setLoadError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [busy, setBusy] = useState(false)
  const [tick, setTick] = useState(0)
  const [rejecting, setRejecting] = useState(false)

  const load = async (signal?: AbortSignal) => {
    const answer = await request<ApiItemDetail>('GET', `/items/${id}`, { signal })
    const [h, l] = await Promise.all([
      get<{ history: HistoryEntry[] }>(`/items/${id}/history`, {}, signal).catch(() => ({ history: [] })),
      answer.data.links
        ? Promise.resolve({ links: answer.data.links })
        : get<{ links: StoredLink[] }>(`/items/${id}/links`, {}, signal).catch(() => ({ links: [] })),
    ])
    setItem(answer.data)
    setVersion(versionOfItem(answer.data, answer.etag))
    setForm(trackedOf(answer.data))
    setHistory(h.history)
    setLinks(l.links)
    setLoadError(null)
    return answer.data
  }

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal).catch((caught: unknown) => {
      if (!controller.signal.aborted) setLoadError(messageOf(caught))
    })
    return () => controller.abort()
  }, [id, tick])

  const reload = () => setTick((n) => n + 1)

  const save = async (body: Record<string, string | null>, basedOn: number | null) => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      await request('PATCH', `/items/${id}`, { body, ifMatch: basedOn ?? undefined })
      setConflict(null)
      setNotice('Saved.')
      await load()
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 412) {
        const current = (caught.params.current as ApiItemDetail | undefined) ?? (await get<ApiItemDetail>(`/items/${id}`))
        const h = await get<{ history: HistoryEntry[] }>(`/items/${id}/history`).catch(() => ({ history: [] as HistoryEntry[] }))
        setConflict({ mine: body, current, theirs: h.history.filter((e) => basedOn === null || e.version > basedOn) })
        setHistory(h.history)
      } else setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const submitTracking = (event: Event) => {
    event.preventDefault()
    if (!item) return
    const body = changes(trackedOf(item), form)
    if (Object.keys(body).length === 0) {
      setNotice('Nothing changed.')
      return
    }
    void save(body, version)
  }

  const submitTo = async (event: Event, path: string, body: Record<string, unknown>, done: string) => {
    event.preventDefault()
    const formElement = event.currentTarget as HTMLFormElement
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      await post(`/items/${id}/${path}`, body)
      formElement.reset()
      setNotice(done)
      await load()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  const reviewAction = async (action: 'accept' | 'restore' | 'reject', body: Record<string, unknown> = {}) => {
    setBusy(true)
    setError(null)
    try {
      await request('POST', `/items/${id}/${action}`, { body, ifMatch: version ?? undefined })
      setRejecting(false)
      setNotice(`Item ${action === 'accept' ? 'accepted' : action === 'reject' ? 'rejected' : 'restored'}.`)
      await load()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  if (loadError) return <ErrorText message={loadError} />
  if (!item) return <Loading what="Loading the item" />
  const H = headingLevel === 1 ? 'h1' : 'h2'
  const S = headingLevel === 1 ? 'h2' : 'h3'
  const formData = (event: Event) => Object.fromEntries(new FormData(event.currentTarget as HTMLFormElement)) as Record<string, string>
  return (
    <article class="item-panel" aria-labelledby={`item-${item.id}-h`}>
      <H id={`item-${item.id}-h`}>
        Item #{item.id} <TypeBadge type={item.type} /> <StatusBadge status={item.tracking?.status} /> <ReviewBadge item={item} />
      </H>
      <p class="meta">
        <a href={`/meetings/${item.meetingId}`}>{item.meetingTitle ?? item.meetingSlug}</a> ·{' '}
        <a href={`/meetings/${item.meetingId}/statement?item=${item.id}`}>¶{item.paragraph} in the statement</a>
      </p>
      <blockquote class="quote">{item.text}</blockquote>
      {item.paragraphText ? (
        <details>
          <summary>Paragraph {item.paragraph}</summary>
          <p class="paragraph-text">{item.paragraphText}</p>
        </details>
      ) : null}
      {item.review?.edited && item.proposal ? (
        <details class="proposal">
          <summary>As the extractor proposed it</summary>
          <p>
            <TypeBadge type={item.proposal.type} /> ¶{item.proposal.paragraph}: “{item.proposal.text}” — {item.proposal.actors.join(', ') || 'no actors'}
          </p>
        </details>
      ) : null}
      {item.review ? (
        <p class="muted">
          Review: {item.review.state}
          {item.review.reason ? ` (${item.review.reason}${item.review.note ? `: ${item.review.note}` : ''})` : ''}
          {item.review.by ? ` by ${item.review.by}` : ''}
          {item.review.origin === 'added' ? ' · added by a person' : ''}
        </p>
      ) : null}
      <dl class="facts">
        <dt>Actors</dt>
        <dd>{item.actors.join(', ') || '—'}</dd>
        <dt>Deadline</dt>
        <dd>{item.deadline ? `${item.deadline.text}${item.deadline.end ? ` (${item.deadline.end})` : ''}` : '—'}</dd>
        <dt>Topics</dt>
        <dd>{item.topics.join(', ') || '—'}</dd>
        <dt>Owner</dt>
        <dd>{item.tracking?.owner ?? '—'}</dd>
        <dt>Due</dt>
        <dd>
          <When at={item.tracking?.due ?? null} />
        </dd>
      </dl>
      <Notice message={notice} />
      <ErrorText message={error} />
      {editable && item.review ? (
        <div class="row review-actions">
          {item.review.state !== 'accepted' ? (
            <button type="button" onClick={() => void reviewAction('accept')} disabled={busy}>
              Accept
            </button>
          ) : null}
          {item.review.state !== 'rejected' ? (
            <button type="button" class="secondary" onClick={() => setRejecting(true)} disabled={busy}>
              Reject…
            </button>
          ) : null}
          {item.review.state !== 'proposed' ? (
            <button type="button" class="secondary" onClick={() => void reviewAction('restore')} disabled={busy}>
              Back to proposed
            </button>
          ) : null}
        </div>
      ) : null}
      {rejecting ? <RejectForm onCancel={() => setRejecting(false)} onReject={(body) => void reviewAction('reject', body)} /> : null}
      {conflict ? (
        <ConflictView
          conflict={conflict}
          busy={busy}
          onReapply={() => void save(conflict.mine, conflict.current.version)}
          onDiscard={() => {
            setConflict(null)
            reload()
          }}
        />
      ) : null}
      {editable && item.tracking ? (
        <section class="section" aria-labelledby="track-h">
          <S id="track-h">Tracking</S>
          <form class="grid-form" onSubmit={submitTracking}>
            <label>
              Status
              <select name="status" value={form.status} onChange={(e) => setForm({ ...form, status: e.currentTarget.value as Status })}>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABEL[s]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Owner
              <input name="owner" value={form.owner} onInput={(e) => setForm({ ...form, owner: e.currentTarget.value })} />
            </label>
            <label>
              Due
              <input name="due" type="date" value={form.due} onInput={(e) => setForm({ ...form, due: e.currentTarget.value })} />
            </label>
            <button type="submit" disabled={busy}>
              Save tracking
            </button>
          </form>
        </section>
      ) : null}
      <section class="section" aria-labelledby="evidence-h">
        <S id="evidence-h">Evidence</S>
        {(item.evidence ?? []).length === 0 ? <p class="muted">No evidence yet.</p> : null}
        <ul>
          {(item.evidence ?? []).map((e) => {
            const href = safeHref(e.url)
            return (
              <li key={e.id}>
                <When at={e.date} /> {e.note}{' '}
                {href ? (
                  <a href={href} rel="noopener noreferrer nofollow">
                    {e.url}
                  </a>
                ) : e.url ? (
                  <span class="url">{e.url}</span>
                ) : null}{' '}
                <span class="muted">— {e.author}</span>
              </li>
            )
          })}
        </ul>
        {editable ? (
          <form
            class="grid-form"
            onSubmit={(event) =>
              void submitTo(
                event,
                'evidence',
                (({ url, note, date }) => ({ url: url || undefined, note, date: date || undefined }))(formData(event)),
                'Evidence added.',
              )
            }
          >
            <label>
              Evidence URL
              <input name="url" type="url" />
            </label>
            <label>
              Note
              <input name="note" required />
            </label>
            <label>
              Date
              <input name="date" type="date" />
            </label>
            <button type="submit" disabled={busy}>
              Add evidence
            </button>
          </form>
        ) : null}
      </section>
      <section class="section" aria-labelledby="comments-h">
        <S id="comments-h">Comments</S>
        <ul class="comments">
          {(item.comments ?? []).map((c) => (
            <li key={c.id}>
              <strong>{c.author}</strong> <When at={c.recordedAt} />: {c.text}
            </li>
          ))}
        </ul>
        {editable ? (
          <form class="grid-form" onSubmit={(event) => void submitTo(event, 'comments', { text: formData(event).text }, 'Comment added.')}>
            <label class="wide">
              Comment
              <textarea name="text" required rows={2} />
            </label>
            <button type="submit" disabled={busy}>
              Add comment
            </button>
          </form>
        ) : null}
      </section>
      <section class="section" aria-labelledby="compliance-h">
        <S id="compliance-h">Compliance by party</S>
        {(item.assessments ?? []).length === 0 ? (
          <p class="muted">No scores recorded.</p>
        ) : (
          <table>
            <ColumnHeads names={['Party', 'Round', 'Score', 'Rationale', 'By']} />
            <tbody>
              {(item.assessments ?? []).map((a) => (
                <tr key={a.id}>
                  <td>{a.party}</td>
                  <td>{a.round}</td>
                  <td>{a.score > 0 ? '+1' : a.score}</td>
                  <td>{a.rationale}</td>
                  <td>{a.author}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {can(user, 'assess') ? (
          <form
            class="grid-form"
            onSubmit={(event) => {
              const f = formData(event)
              void submitTo(
                event,
                'assessments',
                { party: f.party, score: Number(f.score), rationale: f.rationale, round: f.round || undefined },
                'Score recorded.',
              )
            }}
          >
            <label>
              Party
              <input name="party" required defaultValue={user?.party ?? ''} />
            </label>
            <label>
              Score
              <select name="score">
                <option value="1">+1 done</option>
                <option value="0">0 partly</option>
                <option value="-1">−1 not done</option>
              </select>
            </label>
            <label>
              Round
              <input name="round" />
            </label>
            <label class="wide">
              Rationale
              <input name="rationale" required />
            </label>
            <button type="submit" disabled={busy}>
              Record score
            </button>
          </form>
        ) : null}
      </section>
      <section class="section" aria-labelledby="history-h">
        <S id="history-h">History</S>
        <History entries={history} />
      </section>
      <section class="section" aria-labelledby="links-h">
        <S id="links-h">What later meetings said</S>
        <LinkList links={links} editable={editable} onDone={reload} />
      </section>
    </article>
  )
}
