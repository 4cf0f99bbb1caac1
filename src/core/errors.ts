// Error classes shared by every stage: one for user-facing failures, one for unreadable documents.
import type { Diagnostic } from './source-file.js'

/** Process exit codes of the CLI (documented in README). */
export const EXIT = {
  ok: 0,
  /** The input, the store or the world failed: missing file, bad document, unreachable server. */
  failure: 1,
  /** The command was called wrongly: unknown option, bad value, missing argument. */
  usage: 2,
  /** An update was refused because the item changed since it was read (stale version). */
  conflict: 3,
} as const

/** Stable, kebab-case codes of user-facing errors. */
export type ErrorCode =
  | 'usage'
  | 'not-found'
  | 'not-a-file'
  | 'empty-input'
  | 'binary-input'
  | 'unsupported-format'
  | 'too-large'
  | 'unreadable'
  | 'fetch-failed'
  | 'no-text'
  | 'invalid-input'
  | 'conflict'
  | 'store-unavailable'
  | 'store-invalid'
  | 'read-only'
  | 'chromium-missing'
  | 'write-failed'
  /** Review (issue 8): a quote the document does not hold; a quote found more than once (params.candidates); */
  | 'quote-not-found'
  | 'ambiguous-quote'
  /** offsets outside the document or across paragraphs; a change to a rejected item that was not restored. */
  | 'invalid-span'
  | 'item-rejected'
  | 'unauthenticated'
  | 'forbidden'
  | 'locked'
  | 'version-required'
  | 'exists'

/**
 * A failure a user can fix: the message is one line saying what was wrong and what to do.
 * The CLI prints `error: <message>` and exits with `exitCode`, never a stack trace.
 */
export class CommuniqueError extends Error {
  readonly code: ErrorCode
  readonly exitCode: number
  /** Values the message names (item id, option ...), for adapters that word their own message (the server's problem+json). */
  readonly params: Readonly<Record<string, unknown>> | undefined

  /**
   * @param code stable error code
   * @param message one line: what was wrong and what to do
   * @param options.cause the underlying error, kept for debugging
   * @param options.exitCode overrides the exit code implied by the code
   * @param options.params values the message names, as data
   */
  constructor(code: ErrorCode, message: string, options: { cause?: unknown; exitCode?: number; params?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'CommuniqueError'
    this.code = code
    this.params = options.params
    this.exitCode = options.exitCode ?? (code === 'usage' ? EXIT.usage : code === 'conflict' ? EXIT.conflict : EXIT.failure)
  }
}

/** A document so odd that the rest of the pipeline makes no sense (an error-level diagnostic). */
export class DocumentError extends CommuniqueError {
  readonly diagnostic: Diagnostic

  /** @param diagnostic the error-level diagnostic that stopped the work */
  constructor(diagnostic: Diagnostic, path?: string) {
    super('unreadable', path ? `${path}: ${diagnostic.reason}` : diagnostic.reason)
    this.name = 'DocumentError'
    this.diagnostic = diagnostic
  }
}

/** True for errors meant for the user (print the message, no stack). */
export function isUserError(error: unknown): error is CommuniqueError {
  return error instanceof CommuniqueError
}
