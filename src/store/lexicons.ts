// User lexicons kept in the store (migration 0010): saved by name, replaced by name, removed by name.
// The store keeps each lexicon's JSON as given; commands/ checks it before saving and reads it back.
import type { Ctx } from './context.js'
import type { StoredLexicon } from './types.js'

/** Every stored lexicon, by name. */
export async function listLexicons(ctx: Ctx): Promise<StoredLexicon[]> {
  const rows = await ctx.db.selectFrom('lexicons').selectAll().orderBy('name').execute()
  return rows.map((r) => ({ name: r.name, body: r.body, addedBy: r.added_by, addedAt: r.added_at }))
}

/**
 * Saves a lexicon under its name, replacing one of the same name.
 * @returns true when it replaced a stored lexicon
 */
export async function saveLexicon(ctx: Ctx, lexicon: StoredLexicon): Promise<boolean> {
  return ctx.db.transaction().execute(async (tx) => {
    const gone = await tx.deleteFrom('lexicons').where('name', '=', lexicon.name).executeTakeFirst()
    await tx.insertInto('lexicons').values({ name: lexicon.name, body: lexicon.body, added_by: lexicon.addedBy, added_at: lexicon.addedAt }).execute()
    return Number(gone.numDeletedRows) > 0
  })
}

/**
 * Removes the lexicon of this name.
 * @returns false when there was none
 */
export async function removeLexicon(ctx: Ctx, name: string): Promise<boolean> {
  const r = await ctx.db.deleteFrom('lexicons').where('name', '=', name).executeTakeFirst()
  return Number(r.numDeletedRows) > 0
}
