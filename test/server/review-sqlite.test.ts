// The review API suite on a temp SQLite file.
import { defineReviewApiSuite } from './review-suite.js'

defineReviewApiSuite('sqlite')
