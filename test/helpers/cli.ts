// Runs the CLI in-process and collects what it prints.
import { run } from '../../src/cli/main.js'
import type { Output } from '../../src/cli/output.js'

/** What one CLI run printed, and its exit code. */
export interface CliResult {
  code: number
  out: string
  err: string
}

/** Runs `communique <args>` in-process with the given environment. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const out: string[] = []
  const err: string[] = []
  const output: Output = {
    out: (t) => {
      out.push(t)
    },
    err: (t) => {
      err.push(t)
    },
    isTTY: false,
  }
  const code = await run(['node', 'communique', ...args], output, { TZ: 'UTC', ...env })
  return { code, out: out.join('\n'), err: err.join('\n') }
}
