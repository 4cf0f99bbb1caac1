// Runs the CLI: parses argv, dispatches to a command, turns errors into one line and an exit code.
import { CommanderError } from 'commander'
import { EXIT, isUserError } from '../core/errors.js'
import { processOutput, safeOutput, type Output } from './output.js'
import { createProgram } from './program.js'

/**
 * Runs `communique` with the given argv and returns the exit code (0 ok, 1 failure, 2 usage, 3 conflict).
 * @param argv full process argv (node, script, ...args)
 * @param output where to print; the process's stdout/stderr by default
 */
export async function run(argv: string[], rawOutput: Output = processOutput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const output = safeOutput(rawOutput)
  const program = await createProgram({ output, env, cwd: process.cwd() })
  try {
    await program.parseAsync(argv)
    return EXIT.ok
  } catch (error) {
    return reportError(error, output, env)
  }
}

/** Prints an error as one line (a stack only with COMMUNIQUE_DEBUG=1) and returns the exit code. */
export function reportError(error: unknown, output: Output, env: NodeJS.ProcessEnv = process.env): number {
  if (error instanceof CommanderError) {
    // Commander already printed its message; help and version are not errors.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok
    return EXIT.usage
  }
  if (isUserError(error)) {
    output.err(`communique: error: ${error.message}`)
    if (env.COMMUNIQUE_DEBUG && error.cause) output.err(String((error.cause as Error).stack ?? error.cause))
    return error.exitCode
  }
  const message = error instanceof Error ? error.message : String(error)
  output.err(`communique: internal error: ${message.split('\n')[0]} (this is a bug; rerun with COMMUNIQUE_DEBUG=1 for details and report it)`)
  if (env.COMMUNIQUE_DEBUG) output.err(String((error as Error)?.stack ?? error))
  return EXIT.failure
}
