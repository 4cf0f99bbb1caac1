// `communique parse`: loads one document, parses it, and prints its meeting record and paragraphs.
import { Option, type Command } from 'commander'
import { formatDiagnostic } from '../../core/diagnostics.js'
import { collectFiles, LEXICON_OPTION_HELP, loadLexicons } from '../../commands/load-lexicon.js'
import { CommuniqueError } from '../../core/errors.js'
import type { SourceFormat } from '../../core/source-file.js'
import { loadSource } from '../../ingest/index.js'
import { parseStatement, toDocumentJson, type DocumentJson, type ParsedStatement } from '../../parse/index.js'
import { addInputFormatOption, addMeetingOptions, maxBytes, toMeetingOverrides, type MeetingOptionValues } from '../options.js'
import { printJson } from '../output.js'
import type { CliContext } from '../program.js'

/** Options of `communique parse` as commander gives them. */
interface ParseCommandOptions extends MeetingOptionValues {
  format?: SourceFormat
  json?: boolean
  maxSize?: string
  lexicon?: string[]
}

/** Registers `parse`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('parse')
    .description('Read an outcome document and show its meeting (title, date, place, participants, parties) and numbered paragraphs.')
    .argument('<input>', 'file path or http(s) URL of the document (text, Markdown, HTML, PDF or DOCX)')
    .option('--json', 'print the document, the tree and the diagnostics as JSON')
    .option('--lexicon <file>', LEXICON_OPTION_HELP, collectFiles, [])
    .addOption(new Option('--max-size <MB>', 'refuse inputs larger than this many megabytes (default 50; env COMMUNIQUE_MAX_BYTES in bytes)'))
  addInputFormatOption(cmd)
  addMeetingOptions(cmd)
  cmd.addHelpText(
    'after',
    `
The meeting fields come from the text (the "met ... in Tokyo on 8 January 2016" sentence, the
dateline, headings such as "Second Japan-UK Foreign and Defence Ministerial Meeting"), then from
the page metadata; --title, --date, --parties, --series and --place win over both.
Problems found in the document are printed to stderr as file:line:col: warning: message [rule-id].

With --json the output is:
  { "document": { title, series, ordinal, date, place, participants: [{ name, honorific, office,
    country }], parties, paragraphs: [{ number, label, start, end, text }], sentences },
    "tree": <statement tree with positions>, "diagnostics": [...] }
Offsets (start, end) point into the normalized text of the document.

Examples:
  $ communique parse examples/japan-uk-2plus2-2016-01-08.txt
  $ communique parse examples/japan-uk-2plus2-2016-01-08.txt --json
  $ communique parse statement.html --date 2016-01-08 --parties "Japan, United Kingdom"
  $ communique parse https://example.org/joint-statement --format html --max-size 10`,
  )
  cmd.action(async (input: string, opts: ParseCommandOptions) => {
    const overrides = toMeetingOverrides(opts)
    loadLexicons(opts.lexicon, ctx.env)
    const file = await loadSource(input, { maxBytes: maxBytes(opts.maxSize, ctx.env), ...(opts.format ? { format: opts.format } : {}) })
    const parsed = parseStatement(file, { overrides })
    if (opts.json) {
      printJson(ctx.output, { document: toDocumentJson(parsed), tree: parsed.tree, diagnostics: file.diagnostics })
    } else {
      ctx.output.out(formatSummary(toDocumentJson(parsed), parsed))
    }
    for (const d of file.diagnostics) ctx.output.err(formatDiagnostic(d, file.path ?? input))
    if (file.diagnostics.some((d) => d.severity === 'error')) throw new CommuniqueError('unreadable', `${input}: the document has errors (see above)`)
  })
}

/** The readable summary printed without --json. */
function formatSummary(doc: DocumentJson, parsed: ParsedStatement): string {
  const show = (v: string | number | null): string => (v === null ? '—' : String(v))
  const source = (field: keyof ParsedStatement['meeting']['sources']): string => {
    const s = parsed.meeting.sources[field]
    return s && s !== 'text' ? `  (${s})` : ''
  }
  const headings = parsed.tree.children.filter((b) => b.type === 'heading').length
  const numbered = doc.paragraphs.filter((p) => p.number !== null).length
  const lines = [
    `Title:         ${show(doc.title)}${source('title')}`,
    `Series:        ${show(doc.series)}${source('series')}`,
    `Ordinal:       ${show(doc.ordinal)}${source('ordinal')}`,
    `Date:          ${show(doc.date)}${source('date')}`,
    `Place:         ${show(doc.place)}${source('place')}`,
    `Participants:  ${doc.participants.length === 0 ? '—' : ''}`,
    ...doc.participants.map(
      (p) => `  - ${[p.honorific, p.name].filter(Boolean).join(' ')}${p.office ? `, ${p.office}` : ''}${p.country ? ` (${p.country})` : ''}`,
    ),
    `Parties:       ${doc.parties.length === 0 ? '—' : doc.parties.join(', ')}${source('parties')}`,
    '',
    `Paragraphs:    ${doc.paragraphs.length} (${numbered} numbered)`,
    `Sentences:     ${doc.sentences}`,
    `Headings:      ${headings}`,
  ]
  return lines.join('\n')
}
