// Loads a plain-text document into a SourceFile.
import type { SourceFile } from '../../core/source-file.js'
import { normalizePlainText } from './normalize-plain-text.js'

/**
 * Builds the SourceFile of a plain-text document (no hints: plain text has no markup).
 * @param text the decoded text
 * @param path where it came from
 */
export function loadText(text: string, path?: string): SourceFile {
  return { ...(path === undefined ? {} : { path }), format: 'text', value: normalizePlainText(text), metadata: {}, diagnostics: [] }
}
