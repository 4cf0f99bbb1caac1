// Printing helpers shared by every command: JSON, tables, CSV and one-line messages.
import { stringify } from 'csv-stringify/sync'
import { csvSafeCell, stripControl } from '../core/safe-text.js'

/** Where a command writes; tests pass their own. */
export interface Output {
  out(text: string): void
  err(text: string): void
  /** True when stdout is a terminal (progress bars, colours). */
  isTTY: boolean
}

/** The process's stdout/stderr. */
export const processOutput: Output = {
  out: (text) => {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
  },
  err: (text) => {
    process.stderr.write(text.endsWith('\n') ? text : `${text}\n`)
  },
  get isTTY() {
    return Boolean(process.stdout.isTTY)
  },
}

/** The two escape sequences the CLI itself prints (search highlights on a terminal); every other control character is removed. */
export const HIGHLIGHT_MARKS: [string, string] = ['\u001b[1;33m', '\u001b[0m']

/**
 * Wraps an output so nothing printed carries terminal control characters (ESC, BEL, CR, C1 …)
 * from documents or fields: they are removed, except the CLI's own highlight marks.
 * The store keeps the text exact; only what is printed is cleaned.
 */
export function safeOutput(output: Output): Output {
  const clean = (text: string): string =>
    text
      .split(HIGHLIGHT_MARKS[0])
      .map((a) => a.split(HIGHLIGHT_MARKS[1]).map(stripControl).join(HIGHLIGHT_MARKS[1]))
      .join(HIGHLIGHT_MARKS[0])
  return {
    out: (text) => {
      output.out(clean(text))
    },
    err: (text) => {
      output.err(clean(text))
    },
    get isTTY() {
      return output.isTTY
    },
  }
}

/** Prints a value as pretty JSON. */
export function printJson(output: Output, value: unknown): void {
  output.out(JSON.stringify(value, null, 2))
}

/**
 * Formats rows as an aligned text table with a header.
 * @example formatTable([{ id: 1, status: 'done' }], ['id', 'status'])
 */
export function formatTable(rows: Record<string, unknown>[], columns: string[], options: { maxWidth?: number } = {}): string {
  const max = options.maxWidth ?? 60
  const cell = (v: unknown): string => {
    const s = v == null ? '' : Array.isArray(v) ? v.join(', ') : String(v)
    return s.length > max ? `${s.slice(0, max - 1)}…` : s
  }
  const cells = rows.map((r) => columns.map((c) => cell(r[c])))
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)))
  const line = (vals: string[]): string =>
    vals
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [line(columns), ...cells.map(line)].join('\n')
}

/** Formats rows as RFC 4180 CSV with a header row; cells are made safe for spreadsheets (csvSafeCell) and terminals. */
export function formatCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const data = rows.map((r) =>
    columns.map((c) => {
      const v = r[c]
      return csvSafeCell(stripControl(v == null ? '' : Array.isArray(v) ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : String(v)))
    }),
  )
  return stringify([columns, ...data], { record_delimiter: '\r\n' })
}
