// Get-or-create of name rows (parties, topics, series, entities) in bulk: insert the missing, read the ids.
import type { Kysely } from 'kysely'
import { chunkRows } from './chunk.js'
import type { Database } from './schema.js'
import type { Backend } from './types.js'

type NameTable = 'parties' | 'topics'

/**
 * The ids of `names` in a name table, inserting those not there yet (concurrent-safe).
 * @returns name → id for every given name
 */
export async function ensureNames(db: Kysely<Database>, backend: Backend, table: NameTable, names: Iterable<string>): Promise<Map<string, number>> {
  const unique = [...new Set(names)]
  const ids = new Map<string, number>()
  if (unique.length === 0) return ids
  for (const chunk of chunkRows(unique, 1, backend)) {
    await db
      .insertInto(table)
      .values(chunk.map((name) => ({ name })))
      .onConflict((oc) => oc.column('name').doNothing())
      .execute()
    const rows = await db.selectFrom(table).select(['id', 'name']).where('name', 'in', chunk).execute()
    for (const r of rows) ids.set(r.name, Number(r.id))
  }
  return ids
}

/** The ids of entities by `kind\u0000name`, inserting the missing ones. */
export async function ensureEntities(db: Kysely<Database>, backend: Backend, entities: Iterable<{ kind: string; name: string }>): Promise<Map<string, number>> {
  const byKey = new Map<string, { kind: string; name: string }>()
  for (const e of entities) byKey.set(entityKey(e), { kind: e.kind, name: e.name })
  const ids = new Map<string, number>()
  const all = [...byKey.values()]
  for (const chunk of chunkRows(all, 2, backend)) {
    await db
      .insertInto('entities')
      .values(chunk)
      .onConflict((oc) => oc.columns(['kind', 'name']).doNothing())
      .execute()
    const rows = await db
      .selectFrom('entities')
      .select(['id', 'kind', 'name'])
      .where('kind', 'in', [...new Set(chunk.map((e) => e.kind))])
      .where(
        'name',
        'in',
        chunk.map((e) => e.name),
      )
      .execute()
    for (const r of rows) ids.set(entityKey(r), Number(r.id))
  }
  return ids
}

/** The map key of an entity. */
export function entityKey(e: { kind: string; name: string }): string {
  return `${e.kind}\u0000${e.name}`
}

/**
 * The id of a series, creating it (with its slug) when new. The slug is made from the series key
 * (core/series-key.ts), so a title spelt differently another year ("Defense", "(“2+2”)",
 * "Ministers' Meeting") finds the series already stored under that slug.
 */
export async function ensureSeries(db: Kysely<Database>, name: string, slug: string): Promise<number> {
  const same = await db.selectFrom('series').select('id').where('slug', '=', slug).executeTakeFirst()
  if (same) return Number(same.id)
  await db
    .insertInto('series')
    .values({ name, slug })
    .onConflict((oc) => oc.doNothing())
    .execute()
  const row = await db.selectFrom('series').select('id').where('name', '=', name).executeTakeFirst()
  if (row) return Number(row.id)
  // Note: another series already took the slug; keep the name, make the slug unique.
  await db
    .insertInto('series')
    .values({ name, slug: `${slug}-${Date.now().toString(36)}` })
    .execute()
  const again = await db.selectFrom('series').select('id').where('name', '=', name).executeTakeFirstOrThrow()
  return Number(again.id)
}
