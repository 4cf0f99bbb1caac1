// The OpenAPI document of the server without a store or a listening socket: what
// `npm run openapi` writes to schema/openapi.json and the test compares with /api/openapi.json.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Store } from '../store/store.js'
import { buildServer } from './app.js'

/** The OpenAPI 3.1 document as formatted JSON (with a final newline). */
export async function openApiText(): Promise<string> {
  // Note: building the document reads no data, so the store is never touched.
  const app = await buildServer({ store: { backend: 'sqlite' } as unknown as Store, webRoot: '/nonexistent' })
  await app.ready()
  const text = `${JSON.stringify(app.swagger(), null, 2)}\n`
  await app.close()
  return text
}

/** Where the committed copy lives. */
export const OPENAPI_PATH = fileURLToPath(new URL('../../schema/openapi.json', import.meta.url))

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(OPENAPI_PATH, await openApiText())
  process.stdout.write(`wrote ${OPENAPI_PATH}\n`)
}
