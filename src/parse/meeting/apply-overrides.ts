// Puts the user's values (CLI flags, manifest rows) over what the text says.
import type { MeetingOverrides, MeetingRecord } from '../../core/meeting.js'
import { canonicalParties, partiesFromTitle, orderParties } from './find-parties.js'
import { seriesOf } from './find-title.js'
import { splitLeadingOrdinal } from './ordinal.js'

/**
 * Applies overrides to a meeting record in place: each given field wins, is marked 'flag' and
 * loses its text position. A new title also gives the series and ordinal it implies (marked
 * 'inferred') unless those are given too; parties are canonicalized ("UK" → "United Kingdom").
 * @param meeting the record read from the text
 * @param overrides the user's values
 */
export function applyOverrides(meeting: MeetingRecord, overrides: MeetingOverrides): void {
  const set = <K extends 'title' | 'series' | 'ordinal' | 'date' | 'place'>(field: K, value: MeetingRecord[K], source: 'flag' | 'inferred'): void => {
    meeting[field] = value
    delete meeting.positions[field]
    if (value === null) delete meeting.sources[field]
    else meeting.sources[field] = source
  }
  if (overrides.title) {
    set('title', overrides.title, 'flag')
    if (overrides.series === undefined) set('series', seriesOf(overrides.title), 'inferred')
    // "convened for the first leaders' meeting of the I2U2 Group": an ordinal the text read outside
    // the old title stays when the new title prints none.
    const fromTitle = splitLeadingOrdinal(overrides.title)?.ordinal ?? null
    if (overrides.ordinal === undefined && (fromTitle !== null || !ordinalOutsideTitle(meeting))) set('ordinal', fromTitle, 'inferred')
    if (meeting.parties.length === 0 && !overrides.parties) {
      meeting.parties = orderParties(partiesFromTitle(overrides.title, Infinity))
      if (meeting.parties.length > 0) meeting.sources.parties = 'inferred'
    }
  }
  if (overrides.series) set('series', overrides.series, 'flag')
  if (overrides.ordinal !== undefined) set('ordinal', overrides.ordinal, 'flag')
  if (overrides.date) set('date', overrides.date, 'flag')
  if (overrides.place) set('place', overrides.place, 'flag')
  if (overrides.parties && overrides.parties.length > 0) {
    meeting.parties = canonicalParties(overrides.parties)
    meeting.sources.parties = 'flag'
    delete meeting.positions.parties
  }
}

/** True when the record's ordinal was read from the text outside its title ("the fourth meeting of ..."). */
function ordinalOutsideTitle(meeting: MeetingRecord): boolean {
  const ordinal = meeting.positions.ordinal
  if (meeting.ordinal === null || meeting.sources.ordinal !== 'text' || !ordinal) return false
  const title = meeting.positions.title
  return !title || ordinal.start.offset < title.start.offset || ordinal.end.offset > title.end.offset
}
