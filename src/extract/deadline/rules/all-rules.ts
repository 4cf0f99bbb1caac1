// Every rule of the deadline grammar, in priority order (an earlier rule wins a tie on length).
import type { TimeRule } from '../types.js'
import { calendarRules } from './calendar.js'
import { eventRule } from './events.js'
import { fiscalRule } from './fiscal.js'
import { phraseRules } from './phrases.js'
import { relativeRules } from './relative.js'
import { yearRule } from './year.js'

/** The rules, fixed phrases first and the bare year near the end. */
export const RULES: readonly TimeRule[] = [...phraseRules, fiscalRule, eventRule, ...calendarRules, ...relativeRules, yearRule]
