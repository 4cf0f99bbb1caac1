// `communique user add|list|passwd|disable|enable|token`: accounts of the HTTP server (`communique serve`).
import { Option, type Command } from 'commander'
import { addUser, changeUser, createApiToken, generatePassword, publicUser, ROLES } from '../../commands/accounts.js'
import { CommuniqueError } from '../../core/errors.js'
import type { CliContext } from '../program.js'
import { addFormatOptions, nowOf, printRows, withStore } from '../store-helpers.js'

/** Reads the password from the first line of stdin. */
async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
  if (!line) throw new CommuniqueError('usage', '--password-stdin read an empty line; pipe the password in, e.g. `printf %s "$PW" | communique user add ...`')
  return line
}

/** The password to set: from stdin, or a generated one (printed once). */
async function passwordOf(opts: { passwordStdin?: boolean }): Promise<{ password: string; generated: boolean }> {
  return opts.passwordStdin ? { password: await readPasswordFromStdin(), generated: false } : { password: generatePassword(), generated: true }
}

/** Registers `user` and its subcommands. */
export function register(program: Command, ctx: CliContext): void {
  const user = program
    .command('user')
    .description('Manage the accounts that sign in to `communique serve`')
    .addHelpText(
      'after',
      `
Examples:
  $ communique user add alice --role admin           # prints a generated password once
  $ printf %s "$PW" | communique user add bob --role editor --party Japan --password-stdin
  $ communique user list --json
  $ communique user token alice                      # prints an API token once`,
    )

  user
    .command('add')
    .description('Add a user (a generated password is printed once unless --password-stdin)')
    .argument('<name>', 'user name (letters, digits, . _ @ -)')
    .addOption(new Option('--role <role>', 'what the user may do').choices(ROLES).makeOptionMandatory())
    .option('--party <party>', 'the party the user acts for (editors and assessors then change only its items)')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .addHelpText('after', '\nExample:\n  $ communique user add alice --role admin')
    .action(async (name: string, opts: { role: string; party?: string; passwordStdin?: boolean }) => {
      const { password, generated } = await passwordOf(opts)
      const u = await withStore(ctx, (store) => addUser(store, { name, role: opts.role, party: opts.party ?? null, password }, nowOf()))
      ctx.output.out(`added user ${u.name} (${u.role}${u.party ? `, ${u.party}` : ''})`)
      if (generated) ctx.output.out(`password: ${password}\n(shown once; keep it, or set another with \`communique user passwd ${u.name}\`)`)
    })

  const list = user.command('list').description('List users').addHelpText('after', '\nExample:\n  $ communique user list --json')
  addFormatOptions(list)
  list.action(async (opts: { json?: boolean; csv?: boolean }) => {
    const users = (await withStore(ctx, (store) => store.accounts.listUsers())).map(publicUser)
    printRows(
      ctx,
      opts,
      { users },
      users.map((u) => ({ ...u, party: u.party ?? '', disabled: u.disabled ? 'yes' : '' })),
      ['name', 'role', 'party', 'disabled', 'createdAt'],
    )
  })

  user
    .command('passwd')
    .description("Set a user's password (generated and printed once unless --password-stdin); ends the user's sessions")
    .argument('<name>', 'user name')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .addHelpText('after', '\nExample:\n  $ printf %s "$PW" | communique user passwd alice --password-stdin')
    .action(async (name: string, opts: { passwordStdin?: boolean }) => {
      const { password, generated } = await passwordOf(opts)
      await withStore(ctx, (store) => changeUser(store, name, { password }, nowOf()))
      ctx.output.out(`password of ${name} changed; their sessions ended`)
      if (generated) ctx.output.out(`password: ${password}\n(shown once)`)
    })

  for (const [verb, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(verb)
      .description(disabled ? "Stop a user from signing in (ends the user's sessions; tokens stop working)" : 'Let a disabled user sign in again')
      .argument('<name>', 'user name')
      .addHelpText('after', `\nExample:\n  $ communique user ${verb} bob`)
      .action(async (name: string) => {
        await withStore(ctx, (store) => changeUser(store, name, { disabled }, nowOf()))
        ctx.output.out(`user ${name} ${disabled ? 'disabled' : 'enabled'}`)
      })
  }

  user
    .command('token')
    .description('Create an API token for a user (printed once; send it as `Authorization: Bearer TOKEN`)')
    .argument('<name>', 'user name')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample:\n  $ communique user token alice')
    .action(async (name: string, opts: { json?: boolean }) => {
      const t = await withStore(ctx, (store) => createApiToken(store, name, nowOf()))
      if (opts.json) ctx.output.out(JSON.stringify(t))
      else ctx.output.out(`token ${t.id} for ${name}: ${t.token}\n(shown once; revoke it with DELETE /api/users/${name}/tokens/${t.id})`)
    })
}
