// Extraction: tree → items (pure).
export { extractItems, type ExtractInput } from './extract-items.js'
