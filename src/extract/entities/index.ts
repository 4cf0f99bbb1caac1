// Named entities: countries, organisations, agreements, programmes and events, with offsets.
export { entityId, toKebab } from './entity-id.js'
export { findCountryEntities, PLACE_NAMES } from './find-country-entities.js'
export { findEntities } from './find-entities.js'
export { eventName, findEventEntities } from './find-event-entities.js'
export { findGenericNames, GENERIC_HEADS } from './find-generic-names.js'
export { findLexiconEntities, LEXICON_ENTRIES } from './find-lexicon-entities.js'
export { findResolutions, resolutionName } from './find-resolutions.js'
