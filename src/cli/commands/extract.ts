// `communique extract`: the items of one document — commitments, directives, supports, calls, positions.
import { Option, type Command } from 'commander'
import { analyzeDocument } from '../../commands/analyze-document.js'
import { formatDiagnostic } from '../../core/diagnostics.js'
import { collectFiles, LEXICON_OPTION_HELP, loadLexicons } from '../../commands/load-lexicon.js'
import { CommuniqueError } from '../../core/errors.js'
import type { Item } from '../../core/item.js'
import type { SourceFormat } from '../../core/source-file.js'
import { toDocumentJson } from '../../parse/index.js'
import { addInputFormatOption, addMeetingOptions, maxBytes, toMeetingOverrides, type MeetingOptionValues } from '../options.js'
import { printJson } from '../output.js'
import type { CliContext } from '../program.js'

/** Options of `communique extract` as commander gives them. */
interface ExtractOptions extends MeetingOptionValues {
  format?: SourceFormat
  json?: boolean
  maxSize?: string
  lexicon?: string[]
  manifest?: string | false
  type?: string[]
}

/** Registers `extract`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('extract')
    .description('Find every commitment, directive, support, call and position in an outcome document, with actors, deadline, topics and entities.')
    .argument('<input>', 'file path or http(s) URL of the document (text, Markdown, HTML, PDF or DOCX)')
    .option('--json', 'print { document, items } as JSON (the shape ../shared/eval/score.mjs reads)')
    .option('--manifest <file>', 'read title, date, parties and series from this TSV/CSV manifest (default: MANIFEST.tsv beside the file, if any)')
    .option('--no-manifest', 'do not read a manifest')
    .addOption(new Option('--type <types...>', 'only these item types').choices(['commitment', 'directive', 'support', 'call', 'position']))
    .option('--lexicon <file>', LEXICON_OPTION_HELP, collectFiles, [])
    .addOption(new Option('--max-size <MB>', 'refuse inputs larger than this many megabytes (default 50)'))
  addInputFormatOption(cmd)
  addMeetingOptions(cmd)
  cmd.addHelpText(
    'after',
    `
Items follow ANNOTATION.md. Commitments and directives are trackable; supports, calls and
positions are listed for analysts. Each item's text is exactly the normalized text between its
start and end offsets. Meeting values come from the flags, then the manifest, then the text.

With --json each item has: id, type, paragraph, text, start, end, actors, actorRole, action,
modality, deadline {text, start, end, relative?, span}, topics, entities [{kind, name, text, start,
end}], strength (firm|weak), reaffirmed, event (PLOVER-style category), rule.

Examples:
  $ communique extract examples/japan-uk-2plus2-2016-01-08.txt
  $ communique extract examples/japan-uk-2plus2-2016-01-08.txt --json > items.json
  $ communique extract statement.pdf --date 2023-11-07 --parties "Japan, United Kingdom" --type commitment directive
  $ communique extract pif-communique.txt --lexicon pacific.yaml          # parties, groupings and verbs of your own`,
  )
  cmd.action(async (input: string, opts: ExtractOptions) => {
    const overrides = toMeetingOverrides(opts)
    loadLexicons(opts.lexicon, ctx.env)
    const limit = maxBytes(opts.maxSize, ctx.env)
    const doc = await analyzeDocument(input, {
      overrides,
      manifest: opts.manifest === false ? false : (opts.manifest ?? 'auto'),
      ...(opts.format ? { format: opts.format } : {}),
      ...(limit ? { maxBytes: limit } : {}),
    })
    const items = opts.type ? doc.items.filter((i) => opts.type!.includes(i.type)) : doc.items
    if (opts.json) printJson(ctx.output, { document: toDocumentJson(doc), items })
    else ctx.output.out(formatListing(doc.meeting.title ?? input, items))
    for (const d of doc.file.diagnostics) if (d.severity !== 'info') ctx.output.err(formatDiagnostic(d, doc.file.path ?? input))
    if (doc.file.diagnostics.some((d) => d.severity === 'error')) throw new CommuniqueError('unreadable', `${input}: the document has errors (see above)`)
  })
}

/** A readable listing grouped by paragraph, with totals by type. */
export function formatListing(title: string, items: Item[]): string {
  const lines = [title, '']
  let paragraph: number | null = null
  for (const it of items) {
    if (it.paragraph !== paragraph) {
      paragraph = it.paragraph
      lines.push(`¶${paragraph}`)
    }
    const due = it.deadline ? `  due ${it.deadline.relative ? 'next meeting' : (it.deadline.end ?? 'open')} (“${it.deadline.text}”)` : ''
    lines.push(`  ${it.type.padEnd(10)} ${it.strength === 'weak' ? '(weak) ' : ''}[${it.actors.join(', ')}] ${it.text}${due}`)
  }
  const counts = ['commitment', 'directive', 'support', 'call', 'position'].map((t) => `${items.filter((i) => i.type === t).length} ${t}s`)
  lines.push('', `${items.length} items: ${counts.join(', ')}`)
  return lines.join('\n')
}
