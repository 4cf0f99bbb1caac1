// Splits bulk inserts into statements that stay under each back-end's bound-parameter limit.
import type { Backend } from './types.js'

/** Bound parameters per statement we allow: SQLite's limit is 32766, PostgreSQL's 65535. */
const MAX_PARAMS: Record<Backend, number> = { sqlite: 32_000, postgres: 65_000 }

/**
 * Splits `rows` into chunks of at most as many rows as fit in one statement.
 * @param columns number of bound values per row
 * @example chunkRows(rows, 10, 'sqlite') // chunks of ≤ 3,200 rows
 */
export function chunkRows<T>(rows: readonly T[], columns: number, backend: Backend): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS[backend] / Math.max(1, columns)))
  const out: T[][] = []
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size))
  return out
}
