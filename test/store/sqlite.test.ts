// The shared store suite against an embedded SQLite file.
import { defineStoreSuite } from './store-suite.js'
import { sqliteHarness } from './harness.js'

defineStoreSuite('SQLite', async () => sqliteHarness())
