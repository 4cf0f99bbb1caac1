// `communique extract`: the JSON shape score.mjs reads, a readable listing, clear errors.
import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/cli.js'
import { SEED } from '../helpers/paths.js'

describe('communique extract', () => {
  it('prints { document, items } with every documented item field', async () => {
    const { code, out } = await runCli(['extract', SEED, '--json'])
    expect(code).toBe(0)
    const json = JSON.parse(out) as { document: { title: string; paragraphs: unknown[] }; items: Array<Record<string, unknown>> }
    expect(json.document.title).toBe('Second Japan-UK Foreign and Defence Ministerial Meeting')
    expect(json.document.paragraphs).toHaveLength(23)
    const fields = [
      'id',
      'type',
      'paragraph',
      'text',
      'start',
      'end',
      'actors',
      'action',
      'deadline',
      'topics',
      'entities',
      'strength',
      'reaffirmed',
      'event',
      'rule',
    ]
    for (const item of json.items) for (const f of fields) expect(item, f).toHaveProperty(f)
    const last = json.items.filter((i) => i.paragraph === 23)
    expect(last.map((i) => [i.type, (i.deadline as { relative?: string } | null)?.relative])).toContainEqual(['directive', 'next-meeting'])
  })

  it('lists items by paragraph without --json, and filters by type', async () => {
    const { code, out } = await runCli(['extract', SEED, '--type', 'directive'])
    expect(code).toBe(0)
    expect(out).toContain('¶23')
    expect(out).toMatch(/\d+ items: 0 commitments, 5 directives/)
  })

  it.each([
    [['extract', '/no/such/file.txt'], 1, /not found|does not exist|no such/i],
    [['extract', SEED, '--date', '8 Jan 2016'], 2, /--date expects a date as YYYY-MM-DD/],
    [['extract', SEED, '--type', 'promise'], 2, /Allowed choices are/],
  ])('refuses %j with one line', async (args, code, message) => {
    const r = await runCli(args as string[])
    expect(r.code).toBe(code)
    expect(r.err.trim().split('\n').length).toBeLessThanOrEqual(2)
    expect(r.err).toMatch(message)
  })
})
