// `communique lexicon add|list|show|remove`: user lexicons kept in the store, in force for every
// ingest into it (the CLI of any team member and uploads through `communique serve`).
import type { Command } from 'commander'
import { describeLexicon, keepLexicon, readLexiconToStore, storedLexicons } from '../../commands/load-lexicon.js'
import { CommuniqueError } from '../../core/errors.js'
import type { CliContext } from '../program.js'
import { printJson } from '../output.js'
import { actorOf, addActorOption, addFormatOptions, nowOf, printRows, withStore } from '../store-helpers.js'

/** Registers `lexicon` and its subcommands. */
export function register(program: Command, ctx: CliContext): void {
  const lexicon = program
    .command('lexicon')
    .description('Keep user lexicons in the store: every ingest into it (CLI or server) reads them')
    .addHelpText(
      'after',
      `
A lexicon adds parties, organisations with their members, agencies, offices, topic keywords and
pledge verbs (JSON or YAML per schema/lexicon.schema.json). Kept in the store, it is read by every
ingest into that store, before COMMUNIQUE_LEXICON and --lexicon files. Documents already stored
are not changed: run \`communique ingest --reextract\` to extract them again with it.

Examples:
  $ communique lexicon add pacific.yaml              # kept as "pacific"
  $ communique lexicon list --json
  $ communique lexicon show pacific
  $ communique lexicon remove pacific`,
    )

  const add = lexicon
    .command('add')
    .description('Check a lexicon file and keep it in the store (replacing one of the same name)')
    .argument('<file>', 'a JSON or YAML lexicon')
    .option('--name <name>', 'the name to keep it under (default: the file name without extension)')
    .addHelpText('after', '\nExample:\n  $ communique lexicon add pacific.yaml --name pacific')
  addActorOption(add)
  add.action(async (file: string, opts: { name?: string; as?: string }) => {
    // Checked before the store is opened: a bad file or name leaves no trace.
    const l = readLexiconToStore(file, opts.name)
    const replaced = await withStore(ctx, (store) => keepLexicon(store, l, { actor: actorOf(opts, ctx), now: nowOf() }))
    ctx.output.out(`${replaced ? 'replaced' : 'added'} lexicon ${l.name}: ${describeLexicon(l.lexicon)}; it applies to documents ingested from now on`)
  })

  const list = lexicon.command('list').description('List the lexicons kept in the store').addHelpText('after', '\nExample:\n  $ communique lexicon list --json')
  addFormatOptions(list)
  list.action(async (opts: { json?: boolean; csv?: boolean }) => {
    const rows = await withStore(ctx, (store) => storedLexicons(store))
    printRows(
      ctx,
      opts,
      { lexicons: rows.map((r) => ({ name: r.name, addedBy: r.addedBy, addedAt: r.addedAt, lexicon: r.lexicon })) },
      rows.map((r) => ({ name: r.name, adds: describeLexicon(r.lexicon), addedBy: r.addedBy, addedAt: r.addedAt })),
      ['name', 'adds', 'addedBy', 'addedAt'],
    )
  })

  lexicon
    .command('show')
    .description('Print a stored lexicon as JSON')
    .argument('<name>', 'its name (see `communique lexicon list`)')
    .addHelpText('after', '\nExample:\n  $ communique lexicon show pacific > pacific.json')
    .action(async (name: string) => {
      const found = (await withStore(ctx, (store) => storedLexicons(store))).find((r) => r.name === name)
      if (!found) throw new CommuniqueError('not-found', `no lexicon named "${name}" in the store; see \`communique lexicon list\``)
      printJson(ctx.output, found.lexicon)
    })

  const remove = lexicon
    .command('remove')
    .description('Remove a lexicon from the store (documents already stored keep their items)')
    .argument('<name>', 'its name')
    .addHelpText('after', '\nExample:\n  $ communique lexicon remove pacific')
  remove.action(async (name: string) => {
    const gone = await withStore(ctx, (store) => store.removeLexicon(name))
    if (!gone) throw new CommuniqueError('not-found', `no lexicon named "${name}" in the store; see \`communique lexicon list\``)
    ctx.output.out(`removed lexicon ${name}; documents ingested from now on no longer read it`)
  })
}
