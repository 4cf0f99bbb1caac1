// Joins the hard-wrapped lines of plain text (e-mail or terminal style, ~60-80 columns) into one line per block.

/** A printed paragraph label or bullet at the start of a line: "1.", "(a)", "2)", "IV.", "-", "•". */
const LABEL = /^\s*(?:\d{1,3}[.)]|\(\w{1,4}\)|[ivxlcdm]{1,6}[.)]|[IVXLCDM]{1,6}\.|[A-Za-z][.)]|[-•*–●▪])\s/

/** A line that is only a date: "January 8, 2016", "8 January 2016", "2016-01-08". */
const DATE_LINE =
  /^\s*(?:\w+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*$/

/** A line that holds only a paragraph number: "1.", "12.", "(3)". */
const LABEL_ONLY = /^\s*(?:\d{1,3}\.|\(\d{1,3}\))$/

/** A line that ends on an article, a preposition or a conjunction ("... the High Representative of the") stops mid-phrase. */
const OPEN_END = /\s(?:the|of|and|or|a|an|to|for|in|on|at|by|with|from)$/

/**
 * Joins hard-wrapped lines with a single space. Text that is not hard-wrapped (most lines far
 * longer than a terminal, as in one-paragraph-per-line files) is returned unchanged, byte for byte.
 * A line is joined to the next when the next line's first word would have fitted on it (so the
 * break was forced by the width), when the next line goes on in lower case, or when the line stops
 * mid-phrase ("of the") or holds only a paragraph number ("1."); never when the next line starts with a paragraph label, nor after a date
 * line or a short title line. An indented line under a labelled entry (a hanging indent) goes on
 * with the entry even after a full stop; elsewhere a line indented further than a line that ends a
 * sentence opens a new paragraph.
 * @param text text with LF line ends
 * @returns the text with wrapped lines joined
 */
export function unwrapLines(text: string): string {
  const lines = text.split('\n')
  const width = estimateWrapWidth(lines)
  if (width === null) return joinHanging(lines) ?? text
  const out: string[] = []
  let current: string | undefined
  // The last physical line added to `current`, and whether it opened its block.
  let last = ''
  let lastOpensBlock = true
  for (const line of lines) {
    if (current !== undefined && (hangs(current, line) || (!indentsNew(last, line) && shouldJoin(last, line, width, lastOpensBlock)))) {
      current = `${current.trimEnd()} ${line.trim()}`
      lastOpensBlock = false
    } else {
      if (current !== undefined) out.push(current)
      lastOpensBlock = last.trim() === '' || current === undefined
      current = line
    }
    last = line
  }
  if (current !== undefined) out.push(current)
  return out.join('\n')
}

/**
 * Estimates the column at which the text was wrapped, or null when it does not look wrapped:
 * at least four lines, the 90th percentile of line lengths between 30 and 120 columns, few
 * lines beyond it, and many nearly full lines followed by another line of the same block.
 */
export function estimateWrapWidth(lines: readonly string[]): number | null {
  const lens: number[] = []
  let long = 0
  for (const l of lines) {
    const n = l.trimEnd().length
    if (n > 0) lens.push(n)
    if (n > 135) long++
  }
  // Note: one-paragraph-per-line text leaves here, before the sort.
  if (lens.length < 4 || long > 0.05 * lens.length) return null
  const sorted = [...lens].sort((a, b) => a - b)
  const p90 = sorted[Math.floor(0.9 * (sorted.length - 1))]!
  if (p90 < 30 || p90 > 120) return null
  const limit = p90 + 15
  let over = 0
  let width = 0
  for (const n of lens) {
    if (n > limit) over++
    else if (n > width) width = n
  }
  if (over > 0.05 * lens.length) return null
  let full = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    const n = lines[i]!.trimEnd().length
    if (n >= 0.7 * p90 && lines[i + 1]!.trim() !== '') full++
  }
  return full >= Math.max(3, 0.3 * lens.length) ? width : null
}

/** Decides whether `next` continues the line that ends `current`. */
function shouldJoin(current: string, next: string, width: number, blockStart: boolean): boolean {
  const prev = current.trimEnd()
  const following = next.trim()
  if (prev.trim() === '' || following === '') return false
  if (LABEL.test(next) || DATE_LINE.test(prev)) return false
  // "1." alone on its line: the paragraph it numbers starts on the next.
  if (LABEL_ONLY.test(prev)) return true
  // A phrase cut after "of the" goes on, whatever the next line's first word.
  if (OPEN_END.test(prev)) return true
  if (/[a-z]/.test(prev) === false && /[A-Z]{2}/.test(prev)) return false // ALL-CAPS heading
  const endsSentence = /[.!?]["'”’)\]]*$/.test(prev)
  if (/^[a-z]/.test(following) && !endsSentence) return true
  if (blockStart && !endsSentence && looksLikeTitle(prev)) return false
  const firstWord = following.split(/\s/, 1)[0]!.length
  return prev.length + 1 + firstWord > width
}

/**
 * A hanging indent: the block opens with a label ("(2) The four Ministers …") and `next`, with no
 * label of its own, is indented further than the block's first line, so it goes on with the
 * labelled entry even after a full stop ("  In addition, the four Ministers …"). A first-line indent
 * (new paragraphs indented, their lines flush) never opens with a label less indented than its
 * continuation, so it is not read as one.
 */
function hangs(block: string, next: string): boolean {
  if (!LABEL.test(block) || LABEL.test(next) || next.trim() === '') return false
  return indentOf(next) > indentOf(block)
}

/**
 * Text that is not wrapped at one width may still set its labelled entries with a hanging indent
 * (lines of differing lengths, each continuation indented under "(1)"); those lines are joined and
 * nothing else. Null when there are none, so the text is returned byte for byte.
 */
function joinHanging(lines: readonly string[]): string | null {
  const out: string[] = []
  let joined = false
  for (const line of lines) {
    const block = out.at(-1)
    if (block !== undefined && hangs(block, line)) {
      out[out.length - 1] = `${block.trimEnd()} ${line.trim()}`
      joined = true
    } else out.push(line)
  }
  return joined ? out.join('\n') : null
}

/** A first-line indent: after a full stop, a line indented further than the one before opens a new paragraph. */
function indentsNew(current: string, next: string): boolean {
  return /[.!?]["'”’)\]]*$/.test(current.trimEnd()) && indentOf(next) > indentOf(current)
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/** True when most longer words are capitalized, as in "Joint Statement on Maritime Cooperation". */
function looksLikeTitle(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w))
  if (words.length === 0) return true
  const capitalized = words.filter((w) => /^[A-Z]/.test(w)).length
  return capitalized / words.length >= 0.7
}
