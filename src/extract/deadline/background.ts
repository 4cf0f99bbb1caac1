// Tells time expressions that describe the past or background ("most recently held in October
// 2015", "since 2015", "last year") from those that can say when a pledged action is due.
import type { TimeExpression } from './types.js'

/** Participles and past forms that make the date after them a record of what happened. */
const BACKGROUND_VERBS = [
  'achieved',
  'adopted',
  'announced',
  'approved',
  'began',
  'completed',
  'concluded',
  'convened',
  'created',
  'endorsed',
  'established',
  'held',
  'hosted',
  'introduced',
  'issued',
  'launched',
  'made',
  'met',
  'occurred',
  'outlined',
  'passed',
  'published',
  // "enhanced actions put forth during this year’s Major Economies Forum"
  'put forth',
  'reached',
  'released',
  // "combined with over USD 800 million requested in fiscal year 2023 for bilateral programs": a budget asked for, not a due date
  'requested',
  'set out',
  'signed',
  'started',
  'took place',
  'unveiled',
]

// Up to six words may stand between the verb and the date ("announced by Prime Minister Abe in
// September 2015"), but no comma, no infinitive and no modal: "agreed to meet in 2016" is a plan.
const VERB_BEFORE = new RegExp(`\\b(${BACKGROUND_VERBS.join('|')})((?:\\s+(?!to\\b|will\\b|would\\b|shall\\b)[\\p{L}\\p{N}’'.-]+){0,6})\\s*$`, 'iu')
/**
 * A role named right before an event and its year: "host of COP28 in 2023", "and Chairman of ASEAN next year, Indonesia
 * will …" (not a presidency: "assumes the Presidency of the European Union during the first half of 2022").
 */
const HOST_OF = /\b(?:[Hh]ost|[Cc]o-host|[Cc]hair(?:man)?)\s+of\s+(?:the\s+)?(?:[A-Z0-9][\p{L}\p{N}’'.-]*\s+){0,4}(?:in\s+)?$/u
/** A numbered instrument and "of" right before a date: "Executive Order 14257 of", "Proclamation No. 10896 of", "Resolution 2231 of". */
const INSTRUMENT_OF =
  /\b(?:Order|Proclamation|Decree|Directive|Regulation|Resolution|Memorandum|Decision|Act|Law|Notice)\s+(?:No\.\s*)?\d[\d/-]*\s*(?:\([^()]{1,60}\)\s*)?of\s+(?:the\s+)?$/
// "to be held", "will be convened", "is being held": still ahead.
const FUTURE_AUX = /\b(?:be|being)\s+(?:\p{L}+ly\s+)?$/iu

/**
 * True when the words around an expression mark it as background rather than a due date:
 * "since 2015", "last year", "six months ago", "as outlined by Prime Ministers in May 2014",
 * "most recently held in October 2015" (but not "to be held in the Philippines in January 2016").
 * @param clause the scanned clause
 * @param documentDate ISO date of the document, or null
 */
export function isBackground(e: TimeExpression, clause: string, documentDate: string | null): boolean {
  if (e.past === true || e.lead === 'since' || e.lead === 'earliest') return true
  // "The UAE – … host of COP28 in 2023 – will invest …": the event describes who hosts it.
  if (HOST_OF.test(clause.slice(Math.max(0, e.index - 70), e.index))) return true
  // "under Executive Order 14257 of April 2, 2025", "Proclamation 10896 of February 10, 2025": the date of an instrument cited.
  if (INSTRUMENT_OF.test(clause.slice(Math.max(0, e.index - 60), e.index))) return true
  // Note: a participle before a date after the document date is a plan: "the next Quad Foreign
  // Ministers’ meeting hosted by the United States in 2025" (in a statement of 2024).
  if (documentDate !== null && e.start !== null && e.start > documentDate) return false
  const before = clause.slice(Math.max(0, e.index - 90), e.index)
  const m = VERB_BEFORE.exec(before)
  if (m === null) return false
  return !FUTURE_AUX.test(before.slice(0, m.index))
}

/**
 * True when the expression lies wholly before the document date and no "by"/"before" makes it a
 * (missed) limit. Same month counts as due: "in January 2016" in a statement of 8 January 2016 is not past;
 * the document's own day is past (the occasion, not a due date).
 */
export function isBeforeDocument(e: TimeExpression, documentDate: string | null): boolean {
  if (documentDate === null || e.lead === 'by' || e.lead === 'before') return false
  // The meeting's own day ("On this historic occasion of March 12, 2021, … we pledge to …") is the
  // occasion, not a date by which to act.
  if (e.end !== null) return e.end < documentDate || (e.start === e.end && e.end === documentDate)
  // "beginning in 2023" has no end: past when its start year is over.
  return (e.lead === 'from' || e.lead === 'begin') && e.start !== null && e.start.slice(0, 4) < documentDate.slice(0, 4)
}
