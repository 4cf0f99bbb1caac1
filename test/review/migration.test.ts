// A store written by the release before review (test/fixtures/review/store-0.1.0.db, migrations
// 0001-0005) opens with today's code, gains 0006-review, and keeps everything it held.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { accept } from '../../src/commands/review-items.js'
import { MIGRATIONS } from '../../src/store/migrations/index.js'
import { openStore } from '../../src/store/open-store.js'

const FIXTURE = fileURLToPath(new URL('../fixtures/review/store-0.1.0.db', import.meta.url))

describe('migration 0006-review on a store of the previous release', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-upgrade-'))
  const path = join(dir, 'old.db')
  copyFileSync(FIXTURE, path)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const migrations = (): string[] => {
    const db = new BetterSqlite3(path, { readonly: true })
    try {
      return (db.prepare('select id from schema_migrations order by id').all() as Array<{ id: string }>).map((r) => r.id)
    } finally {
      db.close()
    }
  }

  it('is a store of the previous release (five migrations)', () => {
    expect(migrations()).toEqual(['0001-core-tables', '0002-tracking-tables', '0003-full-text-search', '0004-append-only-history', '0005-links'])
  })

  it('opens, upgrades forward, and keeps items, tracking and history', async () => {
    const store = await openStore({ path })
    try {
      expect(migrations()).toContain('0006-review')
      expect((await store.stats()).items).toBe(77)
      const items = await store.listItems()
      expect(items.every((i) => i.review.state === 'proposed' && i.review.origin === 'extracted' && !i.review.edited)).toBe(true)
      const four = (await store.getItemDetail(4))!
      expect(four.tracking).toMatchObject({ status: 'in-progress', version: 3 })
      expect(four.version).toBe(3)
      expect(four.history.map((h) => [h.field, h.actor, h.version])).toEqual([
        ['status', 'release', 2],
        ['comment', 'release', 3],
      ])
      expect(four.proposal).toMatchObject({ type: four.type, text: four.text, start: four.start })
      expect(items.filter((i) => !i.trackable).every((i) => i.version === 1)).toBe(true)
      expect((await store.getMeeting(1))!.review).toEqual({ state: 'unreviewed', by: null, at: null })
      // Reviewing an upgraded item goes on from its version, and keeps its proposal from then on.
      const [accepted] = await accept([4], { store, actor: 'akiko', now: '2026-03-01T00:00:00.000Z', ifVersion: 3 })
      expect(accepted).toMatchObject({ version: 4, review: { state: 'accepted', by: 'akiko' } })
      expect(accepted!.tracking!.version).toBe(4)
    } finally {
      await store.close()
    }
    const again = await openStore({ path })
    await again.close()
    expect(migrations()).toEqual(MIGRATIONS.map((m) => m.id).sort())
  })
})
