// The shared store suite against the PostgreSQL server on 127.0.0.1:5432 (each run in its own schema).
import { describe, it } from 'vitest'
import { defineStoreSuite } from './store-suite.js'
import { postgresHarness, postgresUnavailable } from './harness.js'

const skipReason = await postgresUnavailable()
if (skipReason)
  describe.skip(skipReason, () => {
    it('needs a PostgreSQL server', () => undefined)
  })
else defineStoreSuite('PostgreSQL', postgresHarness)
