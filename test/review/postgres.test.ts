// The shared review suite against the PostgreSQL server on 127.0.0.1:5432 (each run in its own schema).
import { describe, it } from 'vitest'
import { defineReviewSuite } from './review-suite.js'
import { postgresHarness, postgresUnavailable } from '../store/harness.js'

const skipReason = await postgresUnavailable()
if (skipReason)
  describe.skip(skipReason, () => {
    it('needs a PostgreSQL server', () => undefined)
  })
else defineReviewSuite('PostgreSQL', postgresHarness)
