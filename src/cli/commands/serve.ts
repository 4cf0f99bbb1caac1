// `communique serve`: the HTTP API (and the web dashboard when built) over the store the
// environment names. Optionally ingests the bundled example and creates a first admin.
import type { Command } from 'commander'
import { addUser, generatePassword } from '../../commands/accounts.js'
import { ingestStatement } from '../../commands/ingest-statement.js'
import { BUNDLED_EXAMPLE } from '../../commands/start.js'
import { openStoreFromEnv } from '../../commands/store-from-env.js'
import { CommuniqueError } from '../../core/errors.js'
import type { CliContext } from '../program.js'
import { chromiumOf, nowOf } from '../store-helpers.js'

async function readStdinLine(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const line = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
  if (!line) throw new CommuniqueError('usage', '--password-stdin read an empty line; pipe the password in')
  return line
}

function parsePort(v: string): number {
  const n = Number(v)
  if (!/^\d{1,5}$/.test(v) || n > 65535) throw new CommuniqueError('usage', `--port must be a number from 0 to 65535, got "${v}"`)
  return n
}

function parseMegabytes(v: string): number {
  const n = Number(v)
  if (!Number.isFinite(n) || n <= 0 || n > 1024) throw new CommuniqueError('usage', `--max-upload-mb must be a number of megabytes from 0 to 1024, got "${v}"`)
  return Math.round(n * 1024 * 1024)
}

function parsePoolSize(v: string): number {
  const n = Number(v)
  if (!/^\d{1,3}$/.test(v) || n < 1 || n > 100) throw new CommuniqueError('usage', `--pool-size must be a whole number from 1 to 100, got "${v}"`)
  return n
}

/** Registers `serve`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Serve the HTTP API (OpenAPI at /api/docs) and the web dashboard')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', parsePort, 3000)
    .option('--example', 'ingest the bundled example statement first (a second run adds nothing)')
    .option('--admin <name>', 'create this admin user if it does not exist (its generated password is printed once)')
    .option('--password-stdin', "with --admin: read the admin's password from stdin instead of generating one")
    .option('--allow-url-ingest', 'let admins ingest documents by URL (public http(s) addresses only)')
    .option('--max-upload-mb <mb>', 'largest accepted upload in megabytes (default: 10)', parseMegabytes)
    .option('--trust-proxy', 'behind a reverse proxy: read the client address and https from X-Forwarded-* (cookies are then Secure)')
    .option('--log-level <level>', 'request log level: info, warn, error or silent', 'info')
    .option('--pool-size <n>', 'PostgreSQL connections', parsePoolSize, 8)
    .addHelpText(
      'after',
      `
The store is the one DATABASE_URL (PostgreSQL) or COMMUNIQUE_DB (SQLite file) names.
Sign in with POST /api/session; API tokens come from \`communique user token NAME\`.

Examples:
  $ communique serve --example --admin admin            # prints the admin's password once
  $ DATABASE_URL=postgres://127.0.0.1/communique communique serve --host 0.0.0.0 --port 8080`,
    )
    .action(
      async (opts: {
        host: string
        port: number
        example?: boolean
        admin?: string
        passwordStdin?: boolean
        allowUrlIngest?: boolean
        trustProxy?: boolean
        maxUploadMb?: number
        logLevel: string
        poolSize: number
      }) => {
        if (opts.passwordStdin && !opts.admin) throw new CommuniqueError('usage', '--password-stdin goes with --admin NAME')
        const store = await openStoreFromEnv(ctx.env, ctx.cwd, { poolSize: opts.poolSize })
        try {
          if (opts.example) {
            const r = await ingestStatement(BUNDLED_EXAMPLE, { store, actor: opts.admin ?? 'communique', now: nowOf() })
            ctx.output.out(
              r.outcome === 'unchanged' ? 'example statement already stored' : `stored the example statement: ${r.items} items (${r.trackable} tracked)`,
            )
          }
          if (opts.admin && !(await store.accounts.getUser(opts.admin))) {
            const password = opts.passwordStdin ? await readStdinLine() : generatePassword()
            await addUser(store, { name: opts.admin, role: 'admin', password }, nowOf())
            ctx.output.out(`created admin user ${opts.admin}`)
            if (!opts.passwordStdin) ctx.output.out(`password: ${password}\n(shown once; change it with \`communique user passwd ${opts.admin}\`)`)
          }
        } catch (error) {
          await store.close()
          throw error
        }
        // Note: cli/ normally reaches only commands/; serving is the one command whose work is the server itself.
        const { startServer } = await import('../../server/start.js')
        const chromiumPath = chromiumOf(ctx)
        try {
          await startServer({
            store,
            host: opts.host,
            port: opts.port,
            logLevel: opts.logLevel,
            allowUrlIngest: Boolean(opts.allowUrlIngest),
            trustProxy: Boolean(opts.trustProxy),
            maxUploadBytes: opts.maxUploadMb ?? 10 * 1024 * 1024,
            ...(chromiumPath ? { chromiumPath } : {}),
            onListen: (address) => ctx.output.out(`communique serving ${store.location} at ${address} (API docs: ${address}/api/docs)`),
          })
        } catch (error) {
          await store.close()
          throw error
        }
        // The server runs until SIGTERM or SIGINT.
        await new Promise(() => undefined)
      },
    )
}
