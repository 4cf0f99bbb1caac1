#!/usr/bin/env node
// Entry point of the `communique` command: runs the compiled CLI from dist/.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const main = new URL('../dist/cli/main.js', import.meta.url)
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('communique: error: the CLI is not built yet; run `npm ci` (or `npm run build`) in the project folder\n')
  process.exit(1)
}
// `communique list | head`: the reader closed the pipe; stop quietly instead of with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => { if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw error })
}
const { run } = await import(main.href)
process.exitCode = await run(process.argv)
