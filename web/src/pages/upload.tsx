// Upload a statement: drop a file → preview of the meeting record (editable) and the proposed
// items → save. Progress while the file travels and while the server reads it.
import { useEffect, useState } from 'preact/hooks'
import { ApiError, csrfTokenNow, messageOf } from '../api.js'
import { ErrorText, Notice, TypeBadge } from '../components/common.js'
import { useTitle } from '../hooks.js'
import { can, useSession } from '../session.js'
import type { ApiItem, StoredMeeting } from '../types.js'

interface Preview {
  alreadyStored?: boolean
  meeting: Partial<StoredMeeting> & { title?: string | null; date?: string | null; place?: string | null; parties?: string[]; series?: string | null }
  items: ApiItem[]
}

interface Fields {
  title: string
  date: string
  place: string
  parties: string
  series: string
}

/** POSTs the form with XHR (fetch reports no upload progress). */
function upload(url: string, form: FormData, csrfToken: string | null, onProgress: (sent: number) => void): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken)
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total)
    }
    xhr.onerror = () => reject(new ApiError(0, 'The upload failed: the server could not be reached.'))
    xhr.onload = () => {
      let body: { detail?: string; title?: string; code?: string; params?: Record<string, unknown> } = {}
      try {
        body = JSON.parse(xhr.responseText) as typeof body
      } catch {
        body = {}
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body)
      else reject(new ApiError(xhr.status, body.detail ?? body.title ?? `The server answered ${xhr.status}`, body.code ?? null, body.params ?? {}))
    }
    xhr.send(form)
  })
}

export function UploadPage() {
  useTitle('Upload a statement')
  const { user } = useSession()
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [fields, setFields] = useState<Fields>({ title: '', date: '', place: '', parties: '', series: '' })
  const [phase, setPhase] = useState<'idle' | 'sending' | 'reading' | 'saved'>('idle')
  const [sent, setSent] = useState(0)
  const [elapsed, setElapsed] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [over, setOver] = useState(false)

  useEffect(() => {
    if (phase !== 'sending' && phase !== 'reading') return
    const started = Date.now()
    const timer = setInterval(() => setElapsed(Math.round((Date.now() - started) / 1000)), 500)
    return () => clearInterval(timer)
  }, [phase])

  const send = async (chosen: File, save: boolean) => {
    setError(null)
    setNotice(null)
    setSent(0)
    setElapsed(0)
    setPhase('sending')
    const form = new FormData()
    if (save) {
      for (const [key, value] of Object.entries(fields)) if (value.trim()) form.append(key, value.trim())
    }
    form.append('file', chosen)
    try {
      const answer = (await upload(save ? '/api/documents' : '/api/documents?preview=true', form, csrfTokenNow(), (fraction) => {
        setSent(fraction)
        if (fraction >= 1) setPhase('reading')
      })) as Preview & { result?: { items: number; outcome: string } }
      if (save) {
        setPhase('saved')
        const meetingId = answer.meeting?.id
        setNotice(`Saved${answer.result ? ` (${answer.result.outcome}, ${answer.result.items} items)` : ''}.`)
        if (meetingId) setPreview({ ...answer, items: answer.items ?? preview?.items ?? [] })
      } else if (answer.alreadyStored) {
        setPhase('idle')
        setPreview(null)
        setNotice(`${chosen.name} is already in the store (the same text); there is nothing new to save.`)
      } else {
        setPhase('idle')
        setPreview(answer)
        const m = answer.meeting ?? {}
        setFields({ title: m.title ?? '', date: m.date ?? '', place: m.place ?? '', parties: (m.parties ?? []).join('; '), series: m.series ?? '' })
      }
    } catch (caught) {
      setPhase('idle')
      setError(messageOf(caught))
    }
  }

  const choose = (chosen: File | null | undefined) => {
    if (!chosen) return
    setFile(chosen)
    setPreview(null)
    void send(chosen, false)
  }

  if (!can(user, 'admin'))
    return (
      <main id="main">
        <h1>Upload a statement</h1>
        <p>Only an admin uploads statements.</p>
      </main>
    )
  const field = (name: keyof Fields, label: string) => (
    <label>
      {label}
      <input name={name} value={fields[name]} onInput={(e) => setFields({ ...fields, [name]: e.currentTarget.value })} />
    </label>
  )
  return (
    <main id="main">
      <h1>Upload a statement</h1>
      <div
        class={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault()
          setOver(false)
          choose(e.dataTransfer?.files[0])
        }}
      >
        <p>Drop a statement here (txt, md, html, pdf, docx), or</p>
        <label>
          Choose a file
          <input type="file" accept=".txt,.md,.html,.htm,.pdf,.docx" onChange={(e) => choose(e.currentTarget.files?.[0])} />
        </label>
      </div>
      {phase === 'sending' || phase === 'reading' ? (
        <div class="progress-row" role="status">
          <label for="upload-progress">
            {phase === 'sending' ? `Sending ${file?.name ?? ''}… ${Math.round(sent * 100)}%` : `Reading the statement… ${elapsed} s`}
          </label>
          {phase === 'sending' ? <progress id="upload-progress" max={1} value={sent} /> : <progress id="upload-progress" />}
        </div>
      ) : null}
      <ErrorText message={error} />
      <Notice message={notice} />
      {preview ? (
        <>
          <form
            class="grid-form"
            aria-label="Meeting record"
            onSubmit={(e) => {
              e.preventDefault()
              if (file) void send(file, true)
            }}
          >
            <h2 class="wide">Meeting record</h2>
            {field('title', 'Title')}
            {field('date', 'Date')}
            {field('place', 'Place')}
            {field('parties', 'Parties (separated by ;)')}
            {field('series', 'Series')}
            <button type="submit" disabled={phase !== 'idle'}>
              Save the statement
            </button>
            {phase === 'saved' && preview.meeting.id ? <a href={`/meetings/${preview.meeting.id}`}>Open the meeting</a> : null}
          </form>
          <section class="section" aria-labelledby="proposed-h">
            <h2 id="proposed-h">Proposed items ({preview.items.length})</h2>
            <ol class="item-list">
              {preview.items.map((item, i) => (
                <li key={i} class="item-row">
                  <span class="quote">{item.text}</span>
                  <span class="tags">
                    <span class="muted">¶{item.paragraph}</span> <TypeBadge type={item.type} /> {item.actors.join(', ')}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
    </main>
  )
}
