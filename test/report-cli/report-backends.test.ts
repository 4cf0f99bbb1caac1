// The same store contents give the same report on SQLite and PostgreSQL (DATABASE_URL), meeting and series.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ReportModel } from '../../src/report/model.js'
import type { SeriesReportModel } from '../../src/report/series-model.js'
import { runCli, type CliResult } from '../cli-store/run-cli.js'
import { SEED } from '../helpers/paths.js'
import { harnessFor, postgresUnavailable, type Harness } from '../store/harness.js'
import { SEED_SERIES } from './harness.js'

const pgSkip = await postgresUnavailable()

/** What must not depend on the back-end: everything but recording times. */
function stable(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'updatedAt' || key === 'recordedAt' ? 'T' : value))
}

describe.skipIf(pgSkip !== null)(`communique report on SQLite and PostgreSQL${pgSkip ? ` (${pgSkip})` : ''}`, () => {
  const stores: Harness[] = []
  const reports: Array<{ meeting: string; series: string }> = []
  beforeAll(async () => {
    for (const backend of ['sqlite', 'postgres'] as const) {
      const h = await harnessFor(backend)()
      stores.push(h)
      const env = { ...h.env, COMMUNIQUE_TODAY: '2017-11-15' }
      const cli = async (...args: string[]): Promise<CliResult> => {
        const r = await runCli(args, env)
        if (r.code !== 0) throw new Error(`${backend}: communique ${args.join(' ')}: ${r.err}`)
        return r
      }
      await cli('ingest', SEED)
      const items = JSON.parse((await cli('list', '--json')).out) as Array<{ id: number; paragraph: number }>
      const first = items.find((i) => i.paragraph === 16)!.id
      await cli('status', String(first), 'done')
      await cli('evidence', String(first), '--date', '2016-10-22', '--note', 'done')
      await cli('assess', String(first), '--party', 'Japan', '--score', '1', '--round', 'final-2016', '--rationale', 'done')
      reports.push({ meeting: (await cli('report', '--format', 'json')).out, series: (await cli('report', '--series', SEED_SERIES, '--format', 'json')).out })
    }
  })
  afterAll(async () => {
    for (const h of stores) await h.cleanup()
  })

  it('gives the same meeting report', () => {
    const [lite, pg] = reports.map((r) => stable(r.meeting) as ReportModel)
    expect(lite!.summary.trackable).toBeGreaterThan(0)
    expect(lite!.sections.flatMap((s) => s.items).some((i) => i.paragraphText !== null)).toBe(true)
    expect(pg).toEqual(lite)
  })

  it('gives the same series view', () => {
    const [lite, pg] = reports.map((r) => stable(r.series) as SeriesReportModel)
    expect(lite!.meetings).toHaveLength(1)
    expect(pg).toEqual(lite)
  })
})
