// The API suite on a temp SQLite file.
import { defineApiSuite } from './api-suite.js'

defineApiSuite('sqlite')
