// A child process for the concurrency test: opens its own store connection, says "ready", waits
// for "go" on stdin, then after a random delay (up to 0.3 s) reads the item and sets its status based on the version it read.
import { createInterface } from 'node:readline'
import { setStatus } from '../../src/commands/track-item.js'
import { CommuniqueError } from '../../src/core/errors.js'
import { openStore } from '../../src/store/open-store.js'

const [itemId, status, note] = process.argv.slice(2)
const url = process.env.DATABASE_URL || undefined
const store = await openStore(url ? { url, poolSize: 1 } : { path: process.env.COMMUNIQUE_DB! })
process.stdout.write('ready\n')
const lines = createInterface({ input: process.stdin })
for await (const line of lines) if (line.trim() === 'go') break
// Note: a little jitter spreads the updates, so some apply in turn and others collide.
await new Promise((r) => setTimeout(r, Math.random() * 300))
let result: Record<string, unknown>
try {
  const r = await setStatus(Number(itemId), status!, { store, actor: `worker-${note}`, now: new Date().toISOString(), note: note ?? null })
  result = { outcome: 'applied', status, note, version: r.entry.version }
} catch (error) {
  if (error instanceof CommuniqueError && error.code === 'conflict') result = { outcome: 'stale', status, note, message: error.message }
  else result = { outcome: 'error', message: String(error) }
}
process.stdout.write(`${JSON.stringify(result)}\n`)
await store.close()
lines.close()
