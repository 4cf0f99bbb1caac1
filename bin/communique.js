#!/usr/bin/env node
// Entry point of the `communique` command: runs the compiled CLI from dist/.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const main = new URL('../dist/cli/main.js', import.meta.url)
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('communique: error: the CLI is not built yet; run `npm ci` (or `npm run build`) in the project folder\n')
  process.exit(1)
}
const { run } = await import(main.href)
process.exitCode = await run(process.argv)
