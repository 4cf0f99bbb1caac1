// Every migration, in the order they apply. Forward only: never edit one that has shipped; add a new one.
import { coreTables } from './0001-core-tables.js'
import { trackingTables } from './0002-tracking-tables.js'
import { fullTextSearch } from './0003-full-text-search.js'
import { appendOnlyHistory } from './0004-append-only-history.js'
import { linksTable } from './0005-links.js'
import { reviewColumns } from './0006-review.js'
import { accountTables } from './0007-accounts.js'
import { linkReasons } from './0008-link-reasons.js'
import { listingOrderIndex } from './0009-listing-order-index.js'
import { lexiconsTable } from './0010-lexicons.js'
import type { Migration } from './migration.js'

export type { Migration } from './migration.js'

/** All migrations, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  coreTables,
  trackingTables,
  fullTextSearch,
  appendOnlyHistory,
  linksTable,
  reviewColumns,
  accountTables,
  linkReasons,
  listingOrderIndex,
  lexiconsTable,
]
