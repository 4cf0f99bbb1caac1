// Runs the CLI from source in a child process (tests spawn it with `node --import tsx`).
import { run } from '../../src/cli/main.js'

process.exitCode = await run(process.argv)
