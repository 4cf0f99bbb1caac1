// The API suite on the PostgreSQL server at 127.0.0.1:5432 (its own schema per run).
import { describe, it } from 'vitest'
import { postgresUnavailable } from '../store/harness.js'
import { defineApiSuite } from './api-suite.js'

const skipReason = await postgresUnavailable()
if (skipReason)
  describe.skip(skipReason, () => {
    it('needs a PostgreSQL server', () => undefined)
  })
else defineApiSuite('postgres')
