// `communique eval`: extraction quality against hand-coded gold files, as ../shared/eval/score.mjs reports it.
import type { Command } from 'commander'
import { evaluateGold } from '../../commands/evaluate.js'
import { evaluateStore } from '../../commands/review-gold.js'
import { CommuniqueError } from '../../core/errors.js'
import { withStore } from '../store-helpers.js'
import { collectFiles, LEXICON_OPTION_HELP, loadLexicons } from '../../commands/load-lexicon.js'
import type { DocumentScore, ScoreSummary } from '../../eval/index.js'
import { printJson } from '../output.js'
import type { CliContext } from '../program.js'

/** Options of `communique eval` as commander gives them. */
interface EvalOptions {
  gold?: string[]
  store?: boolean
  docs?: string[]
  json?: boolean
  pred?: string
  quiet?: boolean
  manifest?: boolean
  lexicon?: string[]
}

const DEFAULT_DOCS = ['../shared/examples', '../shared/corpus/wh-briefings-outcome-docs', '../shared/corpus/dutertetimes-ph-reposts', 'examples']

/** Registers `eval`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('Extract the gold documents and score the items against the hand-coded gold files (precision, recall, F1, field agreement).')
    .option('--gold <dirs...>', 'folders of gold *.json files (the format of ../shared/gold)')
    .option('--store', 'score against every reviewed meeting of the store (COMMUNIQUE_DB or DATABASE_URL) instead')
    .option('--docs <dirs...>', `folders holding the documents' text (default: ${DEFAULT_DOCS.join(', ')})`)
    .option('--pred <dir>', 'also write each prediction as <dir>/<gold name>.json, for ../shared/eval/score.mjs')
    .option('--no-manifest', 'ignore the MANIFEST.tsv beside the documents: read each as the text alone, as a user who pastes a page would')
    .option('--lexicon <file>', LEXICON_OPTION_HELP, collectFiles, [])
    .option('--json', 'print the scores as JSON')
    .option('-q, --quiet', 'print only the summary lines')
    .addHelpText(
      'after',
      `
Matching follows ANNOTATION.md ("How extraction is scored") and ../shared/eval/score.mjs exactly:
a predicted commitment or directive pairs with a gold item of the same paragraph when the Dice
overlap of their word tokens is at least 0.5; optional gold items are neither rewarded nor missed.
Documents are read with the MANIFEST.tsv of their folder (date, parties), as \`extract\` does;
--no-manifest reads the text alone, so the meeting record and the actors come from the text.

Examples:
  $ communique eval --gold ../shared/gold
  $ communique eval --gold ../shared/gold test/gold --pred /tmp/pred
  $ communique eval --store                      # every meeting marked with review done
  $ communique eval --gold test/gold-heldout --no-manifest -q      # actors and meeting from the text alone
  $ node ../shared/eval/score.mjs --gold-dir ../shared/gold --pred-dir /tmp/pred   # same figures`,
    )
    .action(async (opts: EvalOptions) => {
      loadLexicons(opts.lexicon, ctx.env)
      if (opts.store && opts.gold) throw new CommuniqueError('usage', 'give --gold folders or --store, not both')
      if (opts.store) {
        const result = await withStore(ctx, (store) => evaluateStore(store))
        if (opts.json) printJson(ctx.output, result)
        else ctx.output.out(formatScores(result.documents, result.summary, Boolean(opts.quiet)))
        return
      }
      if (!opts.gold) throw new CommuniqueError('usage', 'eval needs --gold with folders of gold files, or --store')
      const result = await evaluateGold({
        goldDirs: opts.gold,
        docDirs: opts.docs ?? DEFAULT_DOCS,
        manifest: opts.manifest !== false,
        ...(opts.pred ? { predDir: opts.pred } : {}),
        ...(ctx.output.isTTY && !opts.json ? { onDocument: (name: string, done: number, total: number) => ctx.output.err(`[${done}/${total}] ${name}`) } : {}),
      })
      if (opts.json) printJson(ctx.output, result)
      else ctx.output.out(formatScores(result.documents, result.summary, Boolean(opts.quiet)))
    })
}

/** The report in the reference scorer's layout. */
export function formatScores(documents: DocumentScore[], s: ScoreSummary, quiet = false): string {
  const lines: string[] = []
  if (!quiet) {
    for (const r of documents) {
      lines.push(`# ${r.name}: tp ${r.tp} fp ${r.fp.length} fn ${r.fn.length}`)
      for (const x of r.fn) lines.push(`  missed  [${x.paragraph}] ${x.quote}`)
      for (const x of r.fp) lines.push(`  extra   [${x.paragraph}] ${String(x.text).slice(0, 160)}`)
      if (r.meeting)
        lines.push(
          `  meeting fields wrong: ${
            Object.entries(r.meeting)
              .filter(([, v]) => !v)
              .map(([k]) => k)
              .join(', ') || 'none'
          }`,
        )
    }
  }
  const f = (x: number): string => x.toFixed(3)
  lines.push(`type ${f(s.typeAcc)} actors ${f(s.actorAcc)} deadline ${f(s.deadlineAcc)} meeting ${s.meetingAll > 0 ? f(s.meetingAcc) : 'n/a'}`)
  lines.push(`trackable P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)} over ${s.documents} documents`)
  return lines.join('\n')
}
