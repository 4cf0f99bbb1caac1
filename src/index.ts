// The public library API of Communiqué: re-exports, nothing else.
export * from './core/index.js'
export { loadSource, loadBytes, detectFormat, normalizePlainText, isUrl, DEFAULT_MAX_BYTES, type LoadOptions, type LoadBytesOptions } from './ingest/index.js'
export { parseStatement, splitSentences, toDocumentJson, type ParsedStatement, type ParseOptions, type DocumentJson } from './parse/index.js'
export { extractItems, type ExtractInput } from './extract/index.js'
export { findDeadline, findTimeExpressions, type DeadlineContext } from './extract/deadline/index.js'
export { findEntities } from './extract/entities/index.js'
export { classifyTopics, eventCategory } from './extract/topics/index.js'
export { canonicalCountry, findCountryMentions, groupMembers } from './lexicon/countries.js'
export { TOPICS } from './lexicon/topics.js'
export { scoreDocument, summarize, assertGoldDocument, type GoldDocument, type ScoreSummary, type DocumentScore } from './eval/index.js'
export { openStore, type Store, type OpenStoreOptions } from './store/index.js'
export { complianceAverages, isOverdue, dueFromDeadline } from './track/index.js'
export { linkMeetings, indexSeries, toLinkDocument, classifyLink, type LinkSuggestion, type LinkDocument } from './track/link/index.js'
export {
  buildReport,
  buildSeriesReport,
  renderReportHtml,
  renderSeriesHtml,
  renderReportMarkdown,
  renderReportCsv,
  renderReportJson,
  renderReportIcs,
} from './report/index.js'
export type { ReportInput, ReportModel, SeriesReportInput, SeriesReportModel } from './report/index.js'
export { analyzeDocument, type AnalyzeOptions, type AnalyzedDocument } from './commands/analyze-document.js'
export { ingestStatement, type IngestOptions, type IngestOutcome } from './commands/ingest-statement.js'
