// Loading data from the API into a component, with the error shown as text.
import { useCallback, useEffect, useState } from 'preact/hooks'
import { get, messageOf } from './api.js'
import type { RequestOptions } from './api.js'

export interface Loaded<T> {
  data: T | null
  error: string | null
  status: number | null
  loading: boolean
  reload: () => void
}

/** GETs `path` (skipped when null) and reloads whenever path or query change. */
export function useApi<T>(path: string | null, query: RequestOptions['query'] = {}): Loaded<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<number | null>(null)
  const [loading, setLoading] = useState(path !== null)
  const [tick, setTick] = useState(0)
  const key = JSON.stringify(query)
  useEffect(() => {
    if (path === null) return
    const controller = new AbortController()
    setLoading(true)
    get<T>(path, query, controller.signal)
      .then((answer) => {
        setData(answer)
        setError(null)
        setStatus(200)
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return
        setError(messageOf(caught))
        setStatus((caught as { status?: number }).status ?? null)
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false)
      })
    return () => controller.abort()
  }, [path, key, tick])
  const reload = useCallback(() => setTick((n) => n + 1), [])
  return { data, error, status, loading, reload }
}

/** Sets the document title for a page. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Communiqué`
  }, [title])
}
