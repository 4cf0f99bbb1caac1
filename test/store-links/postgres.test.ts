// The link cases against the PostgreSQL server on 127.0.0.1:5432 (each run in its own schema);
// skipped with one line when the server is unreachable, required when CI=true.
import { describe, it } from 'vitest'
import { postgresHarness, postgresUnavailable } from '../store/harness.js'
import { defineLinkSuite } from './link-suite.js'

const skipReason = await postgresUnavailable()
if (skipReason)
  describe.skip(skipReason, () => {
    it('needs a PostgreSQL server', () => undefined)
  })
else defineLinkSuite('PostgreSQL', postgresHarness)
