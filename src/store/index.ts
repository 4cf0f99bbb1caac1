// The store: schema, migrations, both back-ends and full-text search behind one interface.
export type { Store } from './store.js'
export type * from './types.js'
export { openStore, DEFAULT_DB_PATH, type OpenStoreOptions } from './open-store.js'
export { countWords } from './words.js'
export { slugify, meetingSlug } from './slug.js'
export { parseQuery } from './search/parse-query.js'
export { toItem } from './to-item.js'
export type { AccountStore, Role, UserRecord, TokenRecord, SessionRecord } from './accounts.js'
