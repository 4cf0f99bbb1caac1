// Limits of what a user types into the register: owner names, notes, comments, evidence addresses.
import { CommuniqueError } from '../core/errors.js'
import { normalizeHttpUrl } from '../core/safe-text.js'

/** Longest owner name, in characters. */
export const MAX_OWNER_LENGTH = 200
/** Longest note, comment, evidence note or rationale, in characters. */
export const MAX_NOTE_LENGTH = 10_000

/**
 * Checks the length of a text field and returns it.
 * @param what how the message names it ("the owner", "the comment")
 * @throws CommuniqueError 'usage' saying the limit and the length found
 */
export function assertMaxLength(value: string, what: string, max: number): string {
  const length = [...value].length
  if (length > max)
    throw new CommuniqueError(
      'usage',
      `${what} is ${length.toLocaleString('en-GB')} characters long, over the limit of ${max.toLocaleString('en-GB')}; shorten it`,
    )
  return value
}

/**
 * Reads an evidence address: http or https with a host, parsed with the URL standard.
 * @returns the normalized address (what is stored)
 * @throws CommuniqueError 'usage' for anything else
 */
export function parseEvidenceUrl(value: string): string {
  const href = normalizeHttpUrl(value)
  if (href === null) throw new CommuniqueError('usage', `--url must be an http(s) address with a host, such as https://www.gov.uk/…, got "${value}"`)
  return href
}
