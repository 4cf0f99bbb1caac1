import { describe, expect, it } from 'vitest'
import { run } from '../../src/cli/main.js'
import type { Output } from '../../src/cli/output.js'
import { SEED, ROOT } from './helpers.js'

/** Runs `communique parse ...` in-process and collects what it prints. */
async function parse(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const output: Output = {
    out: (t) => {
      out.push(t)
    },
    err: (t) => {
      err.push(t)
    },
    isTTY: false,
  }
  const code = await run(['node', 'communique', 'parse', ...args], output, env)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('communique parse', () => {
  it('prints the document, tree and diagnostics as JSON (acceptance 1)', async () => {
    const { code, out, err } = await parse([SEED, '--json'])
    expect(code).toBe(0)
    expect(err).toBe('')
    const json = JSON.parse(out) as {
      document: Record<string, unknown> & { paragraphs: Array<{ number: number; start: number; end: number }>; participants: Array<Record<string, string>> }
      tree: { type: string }
      diagnostics: unknown[]
    }
    expect(json.document).toMatchObject({
      title: 'Second Japan-UK Foreign and Defence Ministerial Meeting',
      series: 'Japan-UK Foreign and Defence Ministerial Meeting',
      ordinal: 2,
      date: '2016-01-08',
      place: 'Tokyo',
      parties: ['Japan', 'United Kingdom'],
      sentences: 69,
    })
    expect(json.document.participants.map((p) => [p.name, p.office, p.country])).toEqual([
      ['Fumio Kishida', 'Minister for Foreign Affairs', 'Japan'],
      ['Gen Nakatani', 'Minister of Defence', 'Japan'],
      ['Philip Hammond', 'Secretary of State for Foreign and Commonwealth Affairs', 'United Kingdom'],
      ['Michael Fallon', 'Secretary of State for Defence', 'United Kingdom'],
    ])
    expect(json.document.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 23 }, (_, k) => k + 1))
    expect(json.document.paragraphs.every((p) => p.end > p.start)).toBe(true)
    expect(json.tree.type).toBe('document')
    expect(json.diagnostics).toEqual([])
  })

  it('prints a readable meeting record and counts without --json', async () => {
    const { code, out } = await parse([SEED])
    expect(code).toBe(0)
    expect(out).toContain('Title:         Second Japan-UK Foreign and Defence Ministerial Meeting')
    expect(out).toContain('Date:          2016-01-08')
    expect(out).toContain('  - the Rt Hon Philip Hammond, Secretary of State for Foreign and Commonwealth Affairs (United Kingdom)')
    expect(out).toContain('Parties:       Japan, United Kingdom')
    expect(out).toContain('Paragraphs:    23 (23 numbered)')
    expect(out).toContain('Sentences:     69')
    expect(out).toContain('Headings:      6')
  })

  it('applies the meeting flags and canonicalizes parties', async () => {
    const { code, out } = await parse([SEED, '--json', '--date', '2016-01-09', '--parties', 'UK; Japan', '--place', 'London', '--series', 'Japan-UK 2+2'])
    expect(code).toBe(0)
    expect(JSON.parse(out).document).toMatchObject({ date: '2016-01-09', parties: ['United Kingdom', 'Japan'], place: 'London', series: 'Japan-UK 2+2' })
  })

  it('prints diagnostics to stderr as file:line:col: warning: message [rule]', async () => {
    const path = `${ROOT}test/fixtures/parse/speech.txt`
    const { code, err } = await parse([path])
    expect(code).toBe(0)
    expect(err.split('\n')).toContain(
      `${path}:1:1: warning: The paragraphs are not numbered; items will refer to paragraphs by their order (1, 2, 3 ...). [parse/unnumbered-paragraphs]`,
    )
    expect(err).toContain('[parse/meeting-date]')
  })

  it('exits 2 on a bad --date and 1 on a missing file, with one line', async () => {
    const bad = await parse([SEED, '--date', '8 January 2016'])
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/^communique: error: --date expects a date as YYYY-MM-DD/)
    const missing = await parse([`${ROOT}no-such-file.txt`])
    expect(missing.code).toBe(1)
    expect(missing.err.split('\n')).toHaveLength(1)
    expect(missing.err).toMatch(/^communique: error: /)
  })

  it('honours --max-size and COMMUNIQUE_MAX_BYTES', async () => {
    const small = await parse([SEED, '--max-size', '0.001'])
    expect(small.code).toBe(1)
    expect(small.err).toMatch(/limit/)
    const env = await parse([SEED], { COMMUNIQUE_MAX_BYTES: '100' })
    expect(env.code).toBe(1)
    expect(env.err).toMatch(/limit/)
    expect((await parse([SEED, '--max-size', 'lots'])).code).toBe(2)
    expect((await parse([SEED], { COMMUNIQUE_MAX_BYTES: '-5' })).code).toBe(2)
  })

  it('shows help with a real example', async () => {
    const { code, out } = await parse(['--help'])
    expect(code).toBe(0)
    expect(out).toContain('communique parse examples/japan-uk-2plus2-2016-01-08.txt --json')
    expect(out).toContain('--max-size <MB>')
    expect(out).toContain('--parties <list>')
  })
})
