// The loaders: any supported input (file path or URL; text, Markdown, HTML, PDF, DOCX) → a SourceFile of normalized text.
export type { LoadBytesOptions, LoadOptions } from './load-options.js'
export { loadSource } from './load-source.js'
export { loadBytes } from './load-bytes.js'
export { detectFormat, type FormatHint } from './detect-format.js'
export { normalizePlainText } from './text/normalize-plain-text.js'
export { isUrl } from './is-url.js'
export { DEFAULT_MAX_BYTES } from './errors.js'
