// The JSON export follows schema/communique-export.schema.json (checked with ajv); CSV has one row per item.
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportRecords } from '../../src/commands/export-records.js'
import { harnessFor, postgresUnavailable, type Harness } from '../store/harness.js'
import { seedDocument } from '../store/fixtures.js'
import { runCli } from './run-cli.js'

const schema = JSON.parse(readFileSync(new URL('../../schema/communique-export.schema.json', import.meta.url), 'utf8')) as object

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i)
  return ajv.compile(schema)
}

const pgSkip = await postgresUnavailable()

for (const backend of ['sqlite', 'postgres'] as const) {
  const skip = backend === 'postgres' ? pgSkip : null
  describe.skipIf(skip !== null)(`export on ${backend}${skip ? ` (${skip})` : ''}`, () => {
    let h: Harness
    beforeAll(async () => {
      h = await harnessFor(backend)()
      const store = await h.open()
      await store.saveDocument(seedDocument())
      const [first] = await store.listItems({ type: 'commitment' })
      const cc = { actor: 'alice', at: '2016-05-01T09:00:00.000Z' }
      await store.applyChange(first!.id, { kind: 'status', status: 'in-progress' }, { ...cc, note: 'started' })
      await store.applyChange(first!.id, { kind: 'owner', owner: 'MOD' }, cc)
      await store.applyChange(first!.id, { kind: 'evidence', date: '2016-04-30', url: 'https://example.org/x', note: 'seen' }, cc)
      await store.applyChange(first!.id, { kind: 'comment', text: 'ok' }, cc)
      await store.applyChange(first!.id, { kind: 'assessment', party: 'Japan', score: -1, round: 'interim-2016', rationale: 'nothing yet' }, cc)
      await store.close()
    })
    afterAll(async () => {
      await h?.cleanup()
    })

    it('writes records that validate against the JSON Schema', async () => {
      const store = await h.open()
      const doc = await exportRecords(store, { allVersions: true }, '2016-06-01T00:00:00.000Z')
      await store.close()
      const validate = validator()
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true)
      expect(doc.meetings).toHaveLength(1)
      expect(doc.meetings[0]).toMatchObject({
        id: 'japan-uk-foreign-and-defence-ministerial-meeting-2016-01-08',
        ordinal: 2,
        source: { format: 'text', version: 1 },
      })
      expect(doc.items).toHaveLength(39)
      const tracked = doc.items.find((i) => i.history.length > 0)!
      expect(tracked.tracking).toMatchObject({ status: 'in-progress', owner: 'MOD', version: 6 })
      expect(tracked.assessments).toEqual([expect.objectContaining({ party: 'Japan', score: -1, round: 'interim-2016' })])
      expect(tracked.history.map((e) => e.field)).toEqual(['status', 'owner', 'evidence', 'comment', 'assessment'])
    })

    it('rejects records that break the schema (so the check can fail)', () => {
      const validate = validator()
      const bad = { $schema: 'urn:communique:export:1', format: 'communique-export', version: '1.0', exportedAt: 'yesterday', meetings: [], items: [{ id: 1 }] }
      expect(validate(bad)).toBe(false)
      expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/exportedAt', '/items/0']))
    })

    it('exports JSON and CSV from the command line', async () => {
      const json = await runCli(['export', '--format', 'json', '--all'], h.env)
      expect(json.code).toBe(0)
      expect(validator()(JSON.parse(json.out))).toBe(true)
      const csv = await runCli(['export', '--format', 'csv'], h.env)
      const lines = csv.out.trim().split('\r\n')
      expect(lines[0]).toBe(
        'id,meeting,date,series,paragraph,local_id,type,text,actors,topics,deadline,due,status,owner,version,evidence,assessments,comments,review,reason,marks',
      )
      expect(lines).toHaveLength(1 + 35)
      expect(csv.out).toContain('Japan [interim-2016] -1')
    })
  })
}
