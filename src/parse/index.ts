// The parse stage's public functions: normalized text → statement tree + meeting record.
export { parseStatement, type ParsedStatement, type ParseOptions } from './parse-statement.js'
export { splitSentences, type SentenceSpan } from './split-sentences.js'
export { parseLabel, romanValue, type ParsedLabel } from './parse-label.js'
export { readMeeting } from './meeting/read-meeting.js'
export { toDocumentJson, type DocumentJson, type DocumentParagraphJson, type DocumentParticipantJson } from './to-document-json.js'
export { findDates, type FoundDate } from './meeting/dates.js'
export { parseOrdinal } from './meeting/ordinal.js'
