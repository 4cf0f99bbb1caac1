// Extraction quality against hand-coded gold files (pure).
export * from './gold.js'
export * from './score.js'
