// Topics and PLOVER-style event categories of items.
export { classifyTopics, type ClassifyOptions } from './classify-topics.js'
export { compileTopics, type CompiledTopics, type TopicHit } from './compile-topics.js'
export { EVENT_CATEGORIES, eventCategory, PLOVER_CUES } from '../../lexicon/plover.js'
