// Builds the command tree: one file per command under commands/, registered here in help order.
import { Command } from 'commander'
import type { Output } from './output.js'

/** Context every command gets: where to print, and the environment to read settings from. */
export interface CliContext {
  output: Output
  env: NodeJS.ProcessEnv
  /** Working directory for relative paths. */
  cwd: string
}

/** A command module registers its subcommand(s) on the program. */
export type RegisterCommand = (program: Command, ctx: CliContext) => void

const modules: Array<() => Promise<{ register: RegisterCommand }>> = [
  () => import('./commands/parse.js'),
  () => import('./commands/extract.js'),
  () => import('./commands/eval.js'),
  () => import('./commands/ingest.js'),
  () => import('./commands/list.js'),
  () => import('./commands/show.js'),
  () => import('./commands/status.js'),
  () => import('./commands/owner.js'),
  () => import('./commands/due.js'),
  () => import('./commands/evidence.js'),
  () => import('./commands/comment.js'),
  () => import('./commands/assess.js'),
  () => import('./commands/history.js'),
  () => import('./commands/review.js'),
  () => import('./commands/gold.js'),
  () => import('./commands/search.js'),
  () => import('./commands/meetings.js'),
  () => import('./commands/link.js'),
  () => import('./commands/export.js'),
  () => import('./commands/report.js'),
  () => import('./commands/start.js'),
  () => import('./commands/serve.js'),
  () => import('./commands/user.js'),
  () => import('./commands/lexicon.js'),
]

/**
 * Creates the `communique` program with every subcommand registered.
 * @param ctx where to print and which environment to read
 */
export async function createProgram(ctx: CliContext): Promise<Command> {
  const program = new Command('communique')
    .description('Turn joint statements and communiqués into tracked commitments and the follow-up report for the next meeting.')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .configureOutput({
      writeOut: (s) => ctx.output.out(s.replace(/\n$/, '')),
      writeErr: (s) => ctx.output.err(s.replace(/\n$/, '')),
      // A usage error is one line like every other error: "communique: error: unknown option '--x'; run … --help".
      outputError: (s, write) => write(`communique: ${s.trim().replace(/\s*\n\s*/g, '; ')}; run with --help for usage\n`),
    })
    .exitOverride()
  for (const load of modules) (await load()).register(program, ctx)
  program.addHelpText(
    'after',
    `
Exit codes:
  0  success
  1  failure: unreadable input, missing file, store or network problem
  2  usage error: unknown command or option, invalid value
  3  conflict: the item changed since you read it (stale update); re-read and retry

Examples:
  $ communique parse examples/japan-uk-2plus2-2016-01-08.txt
  $ communique extract examples/japan-uk-2plus2-2016-01-08.txt --json`,
  )
  return program
}
