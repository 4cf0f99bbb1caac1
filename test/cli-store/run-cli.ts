// Runs the CLI in-process with captured output and a given environment.
import { run } from '../../src/cli/main.js'
import type { Output } from '../../src/cli/output.js'

/** What a CLI run printed and returned. */
export interface CliResult {
  code: number
  out: string
  err: string
}

/** Runs `communique ...args` with `env` (merged over a clean base: no DATABASE_URL unless given). */
export async function runCli(args: string[], env: Record<string, string>): Promise<CliResult> {
  let out = ''
  let err = ''
  const output: Output = {
    out: (t) => {
      out += t.endsWith('\n') ? t : `${t}\n`
    },
    err: (t) => {
      err += t.endsWith('\n') ? t : `${t}\n`
    },
    isTTY: false,
  }
  const code = await run(['node', 'communique', ...args], output, { PATH: process.env.PATH, COMMUNIQUE_USER: 'tester', ...env })
  return { code, out, err }
}

/** A logical snapshot of a store (everything export and meetings show), to check nothing changed. */
export async function snapshot(env: Record<string, string>): Promise<string> {
  const exp = await runCli(['export', '--format', 'json', '--all', '--all-versions'], env)
  const meetings = await runCli(['meetings', '--json'], env)
  if (exp.code !== 0 || meetings.code !== 0) throw new Error(`snapshot failed: ${exp.err}${meetings.err}`)
  return exp.out.replace(/"exportedAt": "[^"]+"/, '') + meetings.out
}
