// A CLI process for the shared-file test: runs `communique comment ITEM TEXT` N times in a row,
// each run opening and closing the store as a separate CLI invocation would.
import { run } from '../../src/cli/main.js'
import type { Output } from '../../src/cli/output.js'

const [itemId, count] = process.argv.slice(2)
const quiet: Output = { out: () => undefined, err: (t) => process.stderr.write(`${t}\n`), isTTY: false }
let failures = 0
for (let i = 0; i < Number(count); i++) {
  const code = await run(['node', 'communique', 'comment', itemId!, `cli ${i}`], quiet)
  if (code !== 0) failures++
}
process.stdout.write(`${JSON.stringify({ failures })}\n`)
