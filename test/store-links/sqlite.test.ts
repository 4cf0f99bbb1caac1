// The link cases against an embedded SQLite file.
import { sqliteHarness } from '../store/harness.js'
import { defineLinkSuite } from './link-suite.js'

defineLinkSuite('SQLite', async () => sqliteHarness())
