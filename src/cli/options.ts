// Options shared by several commands, declared once so every command spells them the same way.
import { Option, type Command } from 'commander'
import type { MeetingOverrides } from '../core/meeting.js'
import type { SourceFormat } from '../core/source-file.js'
import { assertIsoDate } from '../core/dates.js'
import { CommuniqueError } from '../core/errors.js'

/** Formats accepted by --format on commands that read documents. */
export const INPUT_FORMATS: readonly SourceFormat[] = ['text', 'markdown', 'html', 'pdf', 'docx']

/** Adds --format to a command that reads a document. */
export function addInputFormatOption(cmd: Command): Command {
  return cmd.addOption(new Option('--format <format>', 'read the input as this format instead of detecting it').choices([...INPUT_FORMATS]))
}

/** Adds --title, --date, --parties, --series, --place: values that win over what the text says. */
export function addMeetingOptions(cmd: Command): Command {
  return cmd
    .option('--title <title>', 'meeting title, when the document does not state it')
    .option('--date <YYYY-MM-DD>', 'meeting date (ISO), when the document does not state it')
    .option('--parties <list>', 'parties of the meeting, comma- or semicolon-separated, e.g. "Japan,United Kingdom"')
    .option('--series <name>', 'series the meeting belongs to, e.g. "Japan-UK Foreign and Defence Ministerial Meeting"')
    .option('--place <place>', 'place of the meeting')
}

/** Raw values of the meeting options as commander gives them. */
export interface MeetingOptionValues {
  title?: string
  date?: string
  parties?: string
  series?: string
  place?: string
}

/**
 * Turns the meeting options into overrides, checking the date.
 * @throws CommuniqueError (usage) on a date that is not YYYY-MM-DD
 */
export function toMeetingOverrides(opts: MeetingOptionValues): MeetingOverrides {
  const o: MeetingOverrides = {}
  if (opts.title) o.title = opts.title.trim()
  if (opts.series) o.series = opts.series.trim()
  if (opts.place) o.place = opts.place.trim()
  if (opts.date) o.date = assertIsoDate(opts.date, '--date')
  if (opts.parties) o.parties = splitList(opts.parties)
  return o
}

/** Splits "a, b; c" into trimmed, non-empty entries. */
export function splitList(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

export { assertIsoDate }

/**
 * The input size limit in bytes: --max-size (megabytes) wins over COMMUNIQUE_MAX_BYTES (bytes).
 * @throws CommuniqueError (usage) on a value that is not a positive number
 */
export function maxBytes(maxSize: string | undefined, env: NodeJS.ProcessEnv): number | undefined {
  if (maxSize !== undefined) {
    const mb = Number(maxSize)
    if (!Number.isFinite(mb) || mb <= 0) throw new CommuniqueError('usage', `--max-size expects a positive number of megabytes (e.g. 10), got "${maxSize}"`)
    return Math.floor(mb * 1024 * 1024)
  }
  const raw = env.COMMUNIQUE_MAX_BYTES
  if (raw === undefined || raw === '') return undefined
  const bytes = Number(raw)
  if (!Number.isInteger(bytes) || bytes <= 0) {
    throw new CommuniqueError('usage', `COMMUNIQUE_MAX_BYTES expects a positive whole number of bytes (e.g. 10485760), got "${raw}"`)
  }
  return bytes
}

/** Largest value of a count option such as --limit. */
export const MAX_COUNT = 10_000

/**
 * Reads a whole-number option between 1 and `max` (a commander argument parser).
 * @throws CommuniqueError (usage, exit 2) naming the option and the range
 * @example cmd.option('--limit <n>', 'at most this many', countOption('--limit'))
 */
export function countOption(name: string, max = MAX_COUNT): (value: string) => number {
  return (value: string) => {
    const v = value.trim()
    if (!/^\d{1,6}$/.test(v) || Number(v) < 1 || Number(v) > max) {
      throw new CommuniqueError('usage', `${name} expects a whole number from 1 to ${max.toLocaleString('en-GB')}, got "${value}"`)
    }
    return Number(v)
  }
}
