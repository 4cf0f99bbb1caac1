// The shared vocabulary of every stage.
export * from './tree.js'
export * from './source-file.js'
export * from './meeting.js'
export * from './item.js'
export * from './tracking.js'
export * from './errors.js'
export * from './diagnostics.js'
export * from './line-index.js'
