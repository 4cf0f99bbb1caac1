// Finds or creates the meeting a document belongs to, with its series, parties and participants.
import { basename } from 'node:path'
import type { Kysely } from 'kysely'
import type { Ctx } from './context.js'
import { ensureNames, ensureSeries } from './names.js'
import type { Database } from './schema.js'
import { seriesKey } from '../core/series-key.js'
import { meetingSlug, slugify } from './slug.js'
import type { NewDocument } from './types.js'

/**
 * The id of the meeting of `doc`: the meeting of the previous version of the same source, else
 * a stored meeting with the same title and date, else a new one with a unique slug.
 * Fields of a reused meeting are refreshed from the newer document.
 */
export async function saveMeeting(ctx: Ctx, doc: NewDocument, previousMeetingId: number | null): Promise<number> {
  const m = doc.meeting
  const seriesId = m.series ? await ensureSeries(ctx.db, m.series, slugify(seriesKey(m.series))) : null
  const fields = { series_id: seriesId, title: m.title, ordinal: m.ordinal, date: m.date, place: m.place, sources: JSON.stringify(m.sources) }
  const base = meetingSlug(m, basename(doc.source).replace(/\.[a-z0-9]+$/i, ''))
  let id = previousMeetingId
  if (id === null) {
    const same = await ctx.db
      .selectFrom('meetings')
      .select('id')
      .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
      .where('title', m.title === null ? 'is' : '=', m.title)
      .where('date', m.date === null ? 'is' : '=', m.date)
      .orderBy('id')
      .executeTakeFirst()
    if (same) return Number(same.id)
  } else {
    await ctx.db.updateTable('meetings').set(fields).where('id', '=', id).execute()
    await ctx.db.deleteFrom('meeting_parties').where('meeting_id', '=', id).execute()
    await ctx.db.deleteFrom('participants').where('meeting_id', '=', id).execute()
  }
  if (id === null) {
    const slug = await uniqueSlug(ctx.db, base)
    const row = await ctx.db
      .insertInto('meetings')
      .values({ slug, ...fields, created_at: doc.ingestedAt })
      .returning('id')
      .executeTakeFirstOrThrow()
    id = Number(row.id)
  }
  const parties = [...new Set(m.parties)]
  const partyIds = await ensureNames(ctx.db, ctx.backend, 'parties', parties)
  if (parties.length > 0) {
    await ctx.db
      .insertInto('meeting_parties')
      .values(parties.map((p, position) => ({ meeting_id: id!, party_id: partyIds.get(p)!, position })))
      .execute()
  }
  if (m.participants.length > 0) {
    await ctx.db
      .insertInto('participants')
      .values(
        m.participants.map((p, position) => ({
          meeting_id: id!,
          position,
          name: p.name,
          honorific: p.honorific,
          office: p.office,
          country: p.country,
        })),
      )
      .execute()
  }
  return id
}

async function uniqueSlug(db: Kysely<Database>, base: string): Promise<string> {
  const taken = new Set(
    (
      await db
        .selectFrom('meetings')
        .select('slug')
        .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
        .execute()
    ).map((r) => r.slug),
  )
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
