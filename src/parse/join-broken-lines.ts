// Hard line breaks left inside a sentence (reposted or PDF text broken at no one width, which the
// loader's unwrapping does not join): the lines of one sentence become one block. The text is not
// changed; a block simply spans several lines.
import type { Span } from '../core/item.js'
import { readDateline } from './meeting/dateline.js'
import { parseLabel } from './parse-label.js'

/** A line that ends a sentence or a clause: a full stop, "?", "!", ":" or ";", perhaps with closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?:;][”"’')\]]*$/u
/** A line cut after a word that cannot end a sentence or a title ("… the High Representative of the"). */
const OPEN_END = /(?:^|\s)(?:the|of|and|or|a|an|to|for|in|on|at|by|with|from|as|that|which|who|its|their|his|her)$/u
/** A line cut after a comma, or after a hyphen that joins a word ("people-"). */
const OPEN_PUNCTUATION = /[,\p{L}]-$|,$/u
/** "(U.K.) and the …", "(EU), …": a bracketed abbreviation of capitals, then more of the sentence. */
const ABBREVIATION_OPENS = /^\((?:\p{Lu}\.?){2,6}\)[\s,]/u
/** Lower-case words among a line's words (prose, not a headline or a list of offices). */
const PROSE_WORDS = /(?:^|\s)(?!(?:of|and|the|for|on|in|to|at|de|la|von|van|der)\s)\p{Ll}[\p{L}’'-]*/gu

/**
 * Groups the lines of plain text into blocks: a line goes on with the line right above it (no blank
 * line between) when that line stops mid-sentence and the break cannot be a block's end: the line
 * above ends on a comma, a hyphen or a word such as "of the", or it is prose (lower-case words)
 * and the line below goes on in lower case or the line above is long prose. A line with its own
 * label ("2.", "(a)", "•"), a line under a date line or a heading in capitals, and anything after a
 * sentence's end open a block.
 * @param text the normalized text
 * @param lines the non-empty lines, in order, each without its surrounding white space
 * @returns the blocks, each from its first line's start to its last line's end
 */
export function joinBrokenLines(text: string, lines: Span[]): Span[] {
  // A page whose lines break mid-sentence at least MIN_SURE_BREAKS times where the break is sure (a
  // lower-case continuation, "of the" at a line's end) breaks them elsewhere too: only there are
  // lines joined before a capitalised word.
  let sure = 0
  for (let i = 1; i < lines.length && sure < MIN_SURE_BREAKS; i++) {
    if (
      adjacent(text, lines[i - 1]!.end, lines[i]!.start) &&
      continues(text.slice(lines[i - 1]!.start, lines[i - 1]!.end), text.slice(lines[i]!.start, lines[i]!.end), false)
    )
      sure++
  }
  const broken = sure >= MIN_SURE_BREAKS
  const out: Span[] = []
  let prevLineEnd = -1
  for (const line of lines) {
    const block = out[out.length - 1]
    if (block && prevLineEnd >= 0) {
      const above = text.slice(lastLineStart(text, block), block.end)
      const below = text.slice(line.start, line.end)
      // "… make it easier for countries to enter\n\nmultilateral agreements": a page break inside a sentence.
      const joined = adjacent(text, prevLineEnd, line.start) ? continues(above, below, broken) : pageBreakInSentence(above, below)
      if (joined) {
        block.end = line.end
        prevLineEnd = line.end
        continue
      }
    }
    out.push({ ...line })
    prevLineEnd = line.end
  }
  return out
}

/** True when only one line break (and no blank line) lies between two lines. */
function adjacent(text: string, end: number, start: number): boolean {
  let breaks = 0
  for (let i = end; i < start; i++) if (text.charCodeAt(i) === 10 && ++breaks > 1) return false
  return true
}

/** Where the last physical line of a block starts. */
function lastLineStart(text: string, block: Span): number {
  const nl = text.lastIndexOf('\n', block.end - 1)
  return nl < block.start ? block.start : nl + 1
}

/** A blank line between prose cut mid-sentence and a line that goes on in lower case. */
function pageBreakInSentence(aboveLine: string, below: string): boolean {
  const above = aboveLine.trim()
  return (
    /^\p{Ll}/u.test(below) && !ENDS_SENTENCE.test(above) && /\p{Ll}$/u.test(above) && (above.match(PROSE_WORDS) ?? []).length >= 4 && parseLabel(below) === null
  )
}

/** "Smith, …", "Marles MP, …", "Ben Wallace, …": a line that opens with (the rest of) a name and a comma. */
const NAME_THEN_COMMA = /^\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2},\s/u

/** An office or honorific. */
const OFFICE_WORD =
  /(?:^|\s)(?:Minister|Secretary|President|Premier|Chancellor|Mr\.?|Ms\.?|Mrs\.?|H\.E\.|Hon\.?|Dr\.?|Senator|Ambassador|Adviser|Advisor|Commissioner)(?=\s|$)/u
/** A word that ends a headline: a meeting noun or a kind of document. */
const HEADLINE_END =
  /(?:Meeting|Summit|Dialogue|Consultations?|Conference|Talks|Forum|Statement|Communiqu[ée]|Declaration|Readout|Release|Remarks|Note)[”"’)]*$/u

/**
 * "Minister for Foreign Affairs Kevin Rudd, Minister for Defence Stephen" over "Smith, Secretary of State … met in
 * Melbourne …"; "On January 20, Mr. KISHI Nobuo, Minister of Defense, and Mr. HAYASHI" over "Yoshimasa, Minister …
 * held …": a list of people cut inside a name or an office (the line above names an office and ends on a capital
 * word), going on in a sentence that ends, whose first word is a name before a comma or an office.
 */
function namesRunOn(above: string, below: string): boolean {
  if (!OFFICE_WORD.test(above) || HEADLINE_END.test(above) || !/\p{Lu}[\p{L}’'.-]*$/u.test(above) || above.split(/\s+/).length < 3) return false
  if (!ENDS_SENTENCE.test(below.trim()) || below.split(/\s+/).length < 8) return false
  return NAME_THEN_COMMA.test(below) || /^(?:Minister|Secretary|President|Premier|Chancellor|Senator)\s+(?:\p{Lu}|of|for)/u.test(below)
}

/** How many sure mid-sentence breaks make a page's lines read as broken. */
const MIN_SURE_BREAKS = 1

/**
 * Decides whether `below` goes on with the sentence that `above` leaves open; `broken` (the page
 * breaks its lines mid-sentence) also lets long prose and a list of names go on before a capital.
 */
function continues(aboveLine: string, below: string, broken: boolean): boolean {
  const above = aboveLine.trim()
  if (ENDS_SENTENCE.test(above) || parseLabel(below) !== null) return false
  // "15-29425 31/34", "A/70/PV.15 28/09/2015", "ASEAN COMMUNITY BUILDING": a line with no lower-case
  // letter (a page's footer or header, a heading in capitals) never goes on a sentence, even one left open.
  if (!/\p{Ll}/u.test(below)) return false
  // "FINAL COMMUNIQUE", "8 November 2010": a heading in capitals or a date line ends its block.
  if (!/\p{Ll}/u.test(above) || readDateline(above)) return false
  // A line of its own label only ("1.") is handled by the loader; one that is only a label here stays apart.
  if (/^\S{1,4}$/.test(above)) return false
  const prose = (above.match(PROSE_WORDS) ?? []).length
  // "… Japan, the United Kingdom" over "(U.K.) and the United States …": a line never opens with the abbreviation of a name.
  if (OPEN_END.test(above) || OPEN_PUNCTUATION.test(above) || ABBREVIATION_OPENS.test(below)) return true
  if (/^\p{Ll}/u.test(below)) return prose > 0
  if (namesRunOn(above, below)) return true
  if (!broken) return false
  // Long prose cut before a capitalised word ("… issued a joint statement with\nPrime Minister …").
  if (above.length >= 50 && prose >= 4) return true
  // "Minister for Foreign Affairs Kevin Rudd, Minister for Defence Stephen\nSmith, Secretary of State …": a list of people.
  return above.length >= 40 && /,\s/.test(above) && NAME_THEN_COMMA.test(below)
}
