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
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    else throw error
  })
}
// A library that leaves a promise rejected with no one listening (pdf.js on some damaged PDFs, found by
// fuzzing) would end the process with a stack trace; the command's own result and error still stand.
process.on('unhandledRejection', (reason) => {
  if (process.env.COMMUNIQUE_DEBUG) process.stderr.write(`communique: debug: a library left a promise rejected: ${reason?.stack ?? reason}\n`)
})
const { run } = await import(main.href)
process.exitCode = await run(process.argv)
