// The statement with its paragraph numbers and every item highlighted in place, coloured by type.
// Select text → "Add item"; click an item → its panel beside the text.
import { useEffect, useMemo, useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { ApiError, messageOf, post } from '../api.js'
import { ErrorText, Loading, Notice, TYPES, meetingName, plainOptions } from '../components/common.js'
import { ItemPanel } from '../components/item-panel.js'
import { useApi, useTitle } from '../hooks.js'
import { can, useSession } from '../session.js'
import type { DocumentAnswer, ItemType, MeetingAnswer } from '../types.js'

type Span = DocumentAnswer['items'][number]

/** A paragraph's text cut into plain runs and item runs (overlaps are clipped to the first item). */
function pieces(text: string, start: number, end: number, items: Span[]): Array<{ text: string; item: Span | null }> {
  const out: Array<{ text: string; item: Span | null }> = []
  let at = start
  for (const item of items) {
    const s = Math.max(item.start, at)
    const e = Math.min(item.end, end)
    if (e <= s) continue
    if (s > at) out.push({ text: text.slice(at, s), item: null })
    out.push({ text: text.slice(s, e), item })
    at = e
  }
  if (at < end) out.push({ text: text.slice(at, end), item: null })
  return out
}

function reviewState(item: Span): string {
  const review = item.review
  if (!review) return ''
  return typeof review === 'string' ? review : review.state
}

function AddItemForm({
  meetingId,
  quote,
  paragraph,
  onDone,
  onCancel,
}: {
  meetingId: string
  quote: string
  paragraph: number | null
  onDone: (message: string) => void
  onCancel: () => void
}) {
  const [type, setType] = useState<ItemType>('commitment')
  const [actors, setActors] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [candidates, setCandidates] = useState<unknown[] | null>(null)
  const submit = async (event: Event) => {
    event.preventDefault()
    setError(null)
    try {
      const body: Record<string, unknown> = { quote, type }
      if (paragraph !== null) body.paragraph = paragraph
      const list = actors
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean)
      if (list.length) body.actors = list
      const added = await post<{ id: number }>(`/meetings/${meetingId}/items`, body)
      onDone(`Item #${added.id} added.`)
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        setCandidates((caught.params.candidates as unknown[] | undefined) ?? [])
        setError(caught.message)
      } else setError(messageOf(caught))
    }
  }
  return (
    <form class="grid-form add-item" aria-label="Add an item" onSubmit={(e) => void submit(e)}>
      <p class="wide">
        <strong>Quote:</strong> “{quote}”{paragraph !== null ? ` (¶${paragraph})` : ''}
      </p>
      <label>
        Type
        <select value={type} onChange={(e) => setType(e.currentTarget.value as ItemType)}>
          {plainOptions(TYPES)}
        </select>
      </label>
      <label class="wide">
        Actors
        <input value={actors} onInput={(e) => setActors(e.currentTarget.value)} placeholder="Japan; United Kingdom" />
      </label>
      <ErrorText message={error} />
      {candidates && candidates.length ? <p class="muted wide">The quote occurs {candidates.length} times; select a longer passage.</p> : null}
      <button type="submit">Save item</button>
      <button type="button" class="secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}

export function StatementPage() {
  const { params } = useRoute()
  const id = params.id ?? ''
  const { user } = useSession()
  const { query, path, route } = useLocation()
  const meeting = useApi<MeetingAnswer>(`/meetings/${id}`)
  const doc = useApi<DocumentAnswer>(`/meetings/${id}/document`)
  const [selection, setSelection] = useState<{ quote: string; paragraph: number | null } | null>(null)
  const [adding, setAdding] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const title = meeting.data ? meetingName(meeting.data.meeting) : 'Statement'
  useTitle(`Statement: ${title}`)
  const selected = query.item ?? null
  const sorted = useMemo(() => [...(doc.data?.items ?? [])].sort((a, b) => a.start - b.start || b.end - a.end), [doc.data])

  // On a phone the panel sits below the text: bring it into view when an item is chosen.
  useEffect(() => {
    if (selected && window.matchMedia('(max-width: 48rem)').matches) document.querySelector('.panel')?.scrollIntoView({ block: 'start' })
  }, [selected])

  const onMouseUp = () => {
    if (!can(user, 'edit')) return
    const sel = window.getSelection()
    const quote = sel?.toString().replace(/\s+/g, ' ').trim() ?? ''
    if (!sel || quote.length < 3) {
      if (!adding) setSelection(null)
      return
    }
    const node = sel.anchorNode instanceof Element ? sel.anchorNode : sel.anchorNode?.parentElement
    const para = node?.closest('[data-paragraph]')?.getAttribute('data-paragraph')
    setSelection({ quote, paragraph: para ? Number(para) : null })
    setAdding(false)
  }

  return (
    <main id="main" class={selected ? 'with-panel' : ''}>
      <div class="statement-col">
        <h1>{title}</h1>
        <p>
          <a href={`/meetings/${id}`}>Back to the report</a>
        </p>
        <ul class="legend" aria-label="Highlight colours">
          {TYPES.map((t) => (
            <li key={t}>
              <span class={`swatch type-${t}`} aria-hidden="true" /> {t}
            </li>
          ))}
        </ul>
        <ErrorText message={doc.error ?? meeting.error} />
        <Notice message={notice} />
        {selection && can(user, 'edit') ? (
          <div class="selection-bar" role="region" aria-label="Selected text">
            {adding ? (
              <AddItemForm
                meetingId={id}
                quote={selection.quote}
                paragraph={selection.paragraph}
                onCancel={() => setAdding(false)}
                onDone={(message) => {
                  setNotice(message)
                  setAdding(false)
                  setSelection(null)
                  doc.reload()
                }}
              />
            ) : (
              <button type="button" onClick={() => setAdding(true)}>
                Add item
              </button>
            )}
          </div>
        ) : null}
        {doc.loading && !doc.data ? <Loading what="Loading the statement" /> : null}
        {doc.data ? (
          <div class="statement" onMouseUp={onMouseUp} onKeyUp={onMouseUp}>
            {doc.data.paragraphs.map((p, index) => {
              const inside = sorted.filter((item) => item.end > p.start && item.start < p.end)
              const label = p.label ?? (p.number === null ? '' : String(p.number))
              // The number stands in the margin unless the text already prints it.
              const number = label && !doc.data!.text.slice(p.start, p.end).trimStart().startsWith(label) ? label : ''
              return (
                <p key={index} class="para" data-paragraph={p.number ?? undefined}>
                  <span class="para-number">{number}</span>
                  {pieces(doc.data!.text, p.start, p.end, inside).map((piece, i) =>
                    piece.item ? (
                      <a
                        key={i}
                        href={`${path}?item=${piece.item.id}`}
                        class={`hl type-${piece.item.type} review-${reviewState(piece.item)}${selected === String(piece.item.id) ? ' current' : ''}`}
                        aria-label={`${piece.item.type} item ${piece.item.id}: ${piece.text}`}
                        onClick={(event) => {
                          if (window.getSelection()?.toString()) {
                            event.preventDefault()
                            return
                          }
                          event.preventDefault()
                          route(`${path}?item=${piece.item!.id}`)
                        }}
                      >
                        {piece.text}
                      </a>
                    ) : (
                      <span key={i}>{piece.text}</span>
                    ),
                  )}
                </p>
              )
            })}
          </div>
        ) : null}
      </div>
      {selected ? (
        <aside class="panel" aria-label="Item panel">
          <button type="button" class="link-button close" onClick={() => route(path)}>
            Close the panel
          </button>
          <ItemPanel id={selected} headingLevel={2} key={selected} />
        </aside>
      ) : null}
    </main>
  )
}
