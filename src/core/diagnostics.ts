// Helpers that add diagnostics to a source file and format them for a terminal.
import { DocumentError } from './errors.js'
import type { Diagnostic, SourceFile } from './source-file.js'
import type { Position } from './tree.js'

/** Options of a diagnostic helper. */
export interface DiagnosticOptions {
  /** Stable rule id, e.g. 'parse/meeting-date'. */
  rule: string
  position?: Position
}

/** Records a warning on the file and returns it. */
export function warn(file: SourceFile, reason: string, options: DiagnosticOptions): Diagnostic {
  const d: Diagnostic = { severity: 'warning', reason, rule: options.rule, ...(options.position ? { position: options.position } : {}) }
  file.diagnostics.push(d)
  return d
}

/** Records an info diagnostic on the file and returns it. */
export function info(file: SourceFile, reason: string, options: DiagnosticOptions): Diagnostic {
  const d: Diagnostic = { severity: 'info', reason, rule: options.rule, ...(options.position ? { position: options.position } : {}) }
  file.diagnostics.push(d)
  return d
}

/**
 * Records an error that makes the rest meaningless, then throws it.
 * @throws DocumentError always
 */
export function fail(file: SourceFile, reason: string, options: DiagnosticOptions): never {
  const d: Diagnostic = { severity: 'error', reason, rule: options.rule, ...(options.position ? { position: options.position } : {}) }
  file.diagnostics.push(d)
  throw new DocumentError(d, file.path)
}

/**
 * Formats a diagnostic as `file:line:col: warning: message [rule-id]`.
 * @example formatDiagnostic(d, 'seed.txt') // 'seed.txt:14:3: warning: no date found [parse/meeting-date]'
 */
export function formatDiagnostic(d: Diagnostic, path = '<input>'): string {
  const where = d.position ? `${path}:${d.position.start.line}:${d.position.start.column}` : path
  return `${where}: ${d.severity}: ${d.reason} [${d.rule}]`
}
