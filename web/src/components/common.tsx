// Small pieces every page uses: error text, loading state, dates, status and type labels.
import type { ComponentChildren } from 'preact'
import type { ApiItem, ItemType, Status } from '../types.js'

export function ErrorText({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <p class="error" role="alert">
      {message}
    </p>
  )
}

export function Notice({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <p class="notice" role="status">
      {message}
    </p>
  )
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="loading" role="status" aria-live="polite">
      {what}…
    </p>
  )
}

export const STATUS_LABEL: Record<Status, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'partially-done': 'Partially done',
  done: 'Done',
  stalled: 'Stalled',
  dropped: 'Dropped',
}

export const STATUSES = Object.keys(STATUS_LABEL) as Status[]

export const TYPES: ItemType[] = ['commitment', 'directive', 'support', 'call', 'position']

export const REVIEW_STATES = ['proposed', 'accepted', 'rejected'] as const

/** One `<option>` per value, each showing the value as it is. */
export function plainOptions(values: readonly string[]) {
  return values.map((value) => (
    <option key={value} value={value}>
      {value}
    </option>
  ))
}

export function TypeBadge({ type }: { type: ItemType }) {
  return <span class={`badge type-${type}`}>{type}</span>
}

export function StatusBadge({ status }: { status: Status | undefined | null }) {
  if (!status) return null
  return <span class={`badge status-${status}`}>{STATUS_LABEL[status] ?? status}</span>
}

export function ReviewBadge({ item }: { item: ApiItem }) {
  if (!item.review) return null
  return <span class={`badge review-${item.review.state}`}>{item.review.state}</span>
}

/** A date or timestamp as written, shortened to the day and minute. */
export function When({ at }: { at: string | null | undefined }) {
  if (!at) return <span>—</span>
  const text = at.length > 10 ? at.slice(0, 16).replace('T', ' ') : at
  return <time dateTime={at}>{text}</time>
}

export function meetingName(meeting: { title: string | null; slug?: string; id?: number }): string {
  return meeting.title ?? meeting.slug ?? `Meeting ${meeting.id ?? ''}`
}

export function Section({ title, children, id }: { title: string; children: ComponentChildren; id?: string }) {
  return (
    <section aria-labelledby={id ? `${id}-h` : undefined} class="section">
      <h2 id={id ? `${id}-h` : undefined}>{title}</h2>
      {children}
    </section>
  )
}

/** A table's head: one row of column headers. */
export function ColumnHeads({ names }: { names: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col">
            {name}
          </th>
        ))}
      </tr>
    </thead>
  )
}

/** A compact table of items linking to their panel. */
export function ItemTable({ items, caption, empty = 'None.' }: { items: ApiItem[]; caption?: string; empty?: string }) {
  if (items.length === 0) return <p class="muted">{empty}</p>
  return (
    <div class="table-wrap">
      <table class="items">
        {caption ? <caption>{caption}</caption> : null}
        <ColumnHeads names={['Item', 'Quote', 'Type', 'Status', 'Due', 'Owner']} />
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <a href={`/items/${item.id}`}>#{item.id}</a>
              </td>
              <td class="quote-cell">{item.text}</td>
              <td>
                <TypeBadge type={item.type} />
              </td>
              <td>
                <StatusBadge status={item.tracking?.status} />
              </td>
              <td>
                <When at={item.tracking?.due ?? null} />
              </td>
              <td>{item.tracking?.owner ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
