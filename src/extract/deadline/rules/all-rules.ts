// Every rule of the deadline grammar, in priority order (an earlier rule wins a tie on length).
import type { TimeRule } from '../types.js'
import { calendarRules } from './calendar.js'
import { eventRule } from './events.js'
import { fiscalRule } from './fiscal.js'
import { occasionRules } from './occasion.js'
import { phraseRules } from './phrases.js'
import { relativeRules } from './relative.js'
import { yearRule } from './year.js'

/** The rules, occasions dated by the document's year or a presidency first ("next year's G20 Summit" is no next meeting of the series), then fixed phrases, the bare year near the end. */
export const RULES: readonly TimeRule[] = [...occasionRules, ...phraseRules, fiscalRule, eventRule, ...calendarRules, ...relativeRules, yearRule]
