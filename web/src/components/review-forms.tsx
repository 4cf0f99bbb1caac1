// Forms of the review actions: reject with a reason, edit an item's fields.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { ApiItem, ItemType } from '../types.js'
import { TYPES, plainOptions } from './common.js'

export const REJECT_REASONS = [
  ['not-a-pledge', 'Not a pledge'],
  ['duplicate', 'Duplicate'],
  ['wrong-span', 'Wrong span'],
  ['other', 'Other'],
] as const

export function RejectForm({ onReject, onCancel }: { onReject: (body: { reason: string; note?: string }) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('not-a-pledge')
  const [note, setNote] = useState('')
  const first = useRef<HTMLSelectElement>(null)
  useEffect(() => first.current?.focus(), [])
  return (
    <form
      class="grid-form reject-form"
      aria-label="Reject the item"
      onSubmit={(e) => {
        e.preventDefault()
        onReject(note ? { reason, note } : { reason })
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
      }}
    >
      <label>
        Reason
        <select ref={first} value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
          {REJECT_REASONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label class="wide">
        Note
        <input value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit">Reject item</button>
      <button type="button" class="secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}

export interface FieldEdit {
  type: ItemType
  actors: string[]
  topics: string[]
  /** Words of the item's paragraph, a date (YYYY-MM-DD) or "none"; sent only when changed. */
  deadline?: string
}

const list = (text: string) =>
  text
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)

export function EditForm({ item, onSave, onCancel }: { item: ApiItem; onSave: (body: FieldEdit) => void; onCancel: () => void }) {
  const [type, setType] = useState<ItemType>(item.type)
  const [actors, setActors] = useState(item.actors.join('; '))
  const [topics, setTopics] = useState(item.topics.join('; '))
  const shownDeadline = item.deadline?.text ?? ''
  const [deadline, setDeadline] = useState(shownDeadline)
  const first = useRef<HTMLSelectElement>(null)
  useEffect(() => first.current?.focus(), [])
  return (
    <form
      class="grid-form edit-form"
      aria-label="Edit the item"
      onSubmit={(e) => {
        e.preventDefault()
        const d = deadline.trim()
        onSave({ type, actors: list(actors), topics: list(topics), ...(d !== shownDeadline ? { deadline: d === '' ? 'none' : d } : {}) })
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
      }}
    >
      <label>
        Type
        <select ref={first} value={type} onChange={(e) => setType(e.currentTarget.value as ItemType)}>
          {plainOptions(TYPES)}
        </select>
      </label>
      <label class="wide">
        Actors
        <input value={actors} onInput={(e) => setActors(e.currentTarget.value)} />
      </label>
      <label class="wide">
        Topics
        <input value={topics} onInput={(e) => setTopics(e.currentTarget.value)} />
      </label>
      <label class="wide">
        Deadline
        <input value={deadline} aria-describedby="deadline-hint" onInput={(e) => setDeadline(e.currentTarget.value)} />
      </label>
      <p id="deadline-hint" class="muted wide">
        Words of the item’s paragraph (“by the end of 2017”) or a date (YYYY-MM-DD); empty for none.
      </p>
      <button type="submit">Save fields</button>
      <button type="button" class="secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  )
}
