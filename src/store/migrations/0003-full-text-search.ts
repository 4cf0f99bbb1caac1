// Migration 0003: full-text search over paragraphs — an FTS5 table on SQLite, a generated
// tsvector column with a GIN index on PostgreSQL. The two differ, so each has its own SQL.
import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema.js'
import type { Migration } from './migration.js'

/** The search index. */
export const fullTextSearch: Migration = {
  id: '0003-full-text-search',
  async up(db: Kysely<Database>, backend) {
    if (backend === 'sqlite') {
      // Note: external-content table; ingest fills it in the same transaction as the paragraphs.
      await sql`create virtual table paragraphs_fts using fts5(text, content='paragraphs', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(
        db,
      )
    } else {
      await sql`alter table paragraphs add column tsv tsvector generated always as (to_tsvector('english'::regconfig, text)) stored`.execute(db)
      await sql`create index paragraphs_tsv on paragraphs using gin (tsv)`.execute(db)
    }
  },
}
