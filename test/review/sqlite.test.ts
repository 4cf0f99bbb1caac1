// The shared review suite against an embedded SQLite file.
import { defineReviewSuite } from './review-suite.js'
import { sqliteHarness } from '../store/harness.js'

defineReviewSuite('SQLite', async () => sqliteHarness())
