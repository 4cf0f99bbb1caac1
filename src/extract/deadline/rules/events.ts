// The rule for named events used as dates: an event stands for its year (ANNOTATION.md).
import { EVENT_CUE, eventPattern, eventsNamed } from '../../../lexicon/events.js'
import type { EventEntry } from '../../../lexicon/events.js'
import { yearSpan } from '../iso-dates.js'
import type { TimeRule } from '../types.js'

/** Of several events with one name ("the Elmau Summit"), the one nearest the document's year, later on a tie. */
function nearest(entries: EventEntry[], documentDate: string | null): EventEntry {
  if (documentDate === null) return entries[entries.length - 1]!
  const year = Number(documentDate.slice(0, 4))
  return entries.reduce((best, e) => (Math.abs(e.year - year) <= Math.abs(best.year - year) ? e : best))
}

/** The event rule. */
export const eventRule: TimeRule = {
  // "the 2020 Tokyo Olympic and Paralympic Games", "by COP26", "the G7 Hiroshima Summit"
  id: 'deadline/event',
  takesLead: true,
  takesModifier: false,
  cue: EVENT_CUE,
  pattern: eventPattern(),
  resolve: (m, env) => {
    const entries = eventsNamed(m[0])
    if (entries.length === 0) return null
    const event = nearest(entries, env.documentDate)
    // Note: the list's exact dates tell an event already held this year ("the impactful participation
    // ... in the G7 Hiroshima Summit", said in June 2023) from one ahead; the deadline is still the year.
    const over = env.documentDate !== null && event.end !== undefined && event.end < env.documentDate
    return { kind: 'event', ...yearSpan(event.year), ...(over ? { past: true } : {}) }
  },
}
