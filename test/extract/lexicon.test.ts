// User lexicons: --lexicon FILE (JSON or YAML, schema/lexicon.schema.json) adds parties,
// organisations with members, agencies, topic keywords and pledge verbs; a bad file gets one line
// naming the file, line and field.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadLexicons, readLexiconFile } from '../../src/commands/load-lexicon.js'
import { extractItems } from '../../src/extract/index.js'
import { useLexicons } from '../../src/lexicon/user-lexicon.js'
import { parseStatement } from '../../src/parse/index.js'
import { runCli } from '../helpers/cli.js'

const dir = mkdtempSync(join(tmpdir(), 'communique-lexicon-'))
const file = (name: string, body: string): string => {
  const path = join(dir, name)
  writeFileSync(path, body)
  return path
}
const YAML = file(
  'pacific.yaml',
  `# a user's additions
parties:
  - name: Tuvalu
    aliases: [Tuvalu Islands]
organisations:
  - name: Blue Pacific Caucus
    aliases: [BPC]
    members: [Tuvalu, Kiribati, Nauru]
agencies:
  - name: Funafuti Maritime Authority
    party: Tuvalu
topics:
  - id: ocean-fisheries
    label: Ocean fisheries
    keywords: [tuna, longline]
pledgeVerbs: [covenant]
`,
)

const TEXT = `Joint Statement of Tuvalu and Kiribati

1. The Prime Minister of Tuvalu and the President of Kiribati met in Funafuti on 3 March 2025.
2. Tuvalu and Kiribati covenant to build a joint tuna monitoring centre by 2026.
3. The Funafuti Maritime Authority will patrol the shared fishing grounds.
4. The Blue Pacific Caucus will hold a retreat on longline fisheries.
`
const DOC = file('doc.txt', TEXT)
const items = (): Array<{ type: string; actors: string[]; topics: string[]; paragraph: number | null }> =>
  extractItems(parseStatement({ format: 'text', value: TEXT, metadata: {}, diagnostics: [] }))

afterEach(() => useLexicons([]))

describe('user lexicons', () => {
  it('adds pledge verbs, agencies, groupings with members and topics; without it they are unknown', () => {
    const before = items()
    expect(before.filter((i) => i.paragraph === 2)).toHaveLength(0)
    expect(before.find((i) => i.paragraph === 4)).toBeUndefined()
    useLexicons([readLexiconFile(YAML)])
    const after = items()
    const p2 = after.find((i) => i.paragraph === 2)
    expect(p2).toMatchObject({ type: 'commitment', actors: ['Tuvalu', 'Kiribati'] })
    expect(p2!.topics).toContain('ocean-fisheries')
    expect(after.find((i) => i.paragraph === 3)).toMatchObject({ type: 'commitment', actors: ['Tuvalu'] })
    expect(after.find((i) => i.paragraph === 4)).toMatchObject({ type: 'commitment', actors: ['Tuvalu', 'Kiribati'] })
  })

  it('reads JSON as well as YAML, and the COMMUNIQUE_LEXICON setting before --lexicon', () => {
    const json = file('verbs.json', '{ "pledgeVerbs": ["covenant"] }')
    expect(loadLexicons([json], { COMMUNIQUE_LEXICON: YAML })).toBe(2)
    expect(items().find((i) => i.paragraph === 2)?.type).toBe('commitment')
  })

  it('extract --lexicon, repeatable', async () => {
    const json = file('more.json', '{ "parties": [{ "name": "Kiribati" }] }')
    const { code, out } = await runCli(['extract', DOC, '--lexicon', YAML, '--lexicon', json, '--type', 'commitment'])
    expect(code).toBe(0)
    expect(out).toContain('[Tuvalu, Kiribati] Tuvalu and Kiribati covenant to build a joint tuna monitoring centre by 2026')
  })

  const bad: Array<[string, string, string, RegExp]> = [
    ['a missing required field', 'missing.yaml', 'parties:\n  - name: Kosovo\n  - aliases: [X]\n', /missing\.yaml:3: field parties\[1\]\.name is missing/],
    ['a misspelt key', 'key.json', '{\n  "parties": [],\n  "pledgeVerb": ["x"]\n}\n', /key\.json:3: field pledgeVerb is not a lexicon field/],
    ['a wrong type', 'type.yaml', 'agencies:\n  - name: JICA\n    party: 12\n', /type\.yaml:3: field agencies\[0\]\.party must be string/],
    ['broken YAML', 'broken.yaml', 'parties:\n  - name: [\n', /broken\.yaml:\d+: not valid JSON or YAML/],
    ['broken JSON', 'broken.json', '{\n "parties": [,]\n}', /broken\.json:2: not valid JSON or YAML/],
  ]
  it.each(bad)('%s gets one line with file, line and field', async (_n, name, body, message) => {
    const { code, err } = await runCli(['extract', DOC, '--lexicon', file(name, body)])
    expect(code).toBe(1)
    expect(err.split('\n')).toHaveLength(1)
    expect(err).toMatch(message)
  })

  it('ingest --lexicon stores the items the lexicon makes visible; a bad file stores nothing', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'communique-lexicon-store-')), 'store.db')
    const env = { COMMUNIQUE_DB: db, COMMUNIQUE_USER: 'tester' }
    const bad = await runCli(['ingest', DOC, '--lexicon', join(dir, 'nope.yaml')], env)
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/nope\.yaml: no such lexicon file/)
    expect(existsSync(db)).toBe(false)
    const withLexicon = await runCli(['ingest', DOC, '--lexicon', YAML], env)
    expect(withLexicon.code).toBe(0)
    const listed = await runCli(['list', '--json'], env)
    expect(listed.out).toContain('Tuvalu and Kiribati covenant to build a joint tuna monitoring centre by 2026')
  })

  it('ingest reads the COMMUNIQUE_LEXICON setting', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'communique-lexicon-store-')), 'store.db')
    const { code, out } = await runCli(['ingest', DOC], { COMMUNIQUE_DB: db, COMMUNIQUE_USER: 'tester', COMMUNIQUE_LEXICON: YAML })
    expect(code).toBe(0)
    expect(out).toMatch(/doc\.txt: \d+ paragraphs, [1-9]\d* items/)
    const listed = await runCli(['list', '--json'], { COMMUNIQUE_DB: db })
    expect(listed.out).toContain('The Funafuti Maritime Authority will patrol the shared fishing grounds')
  })

  it('a lexicon kept in the store (`lexicon add`) is read by every later ingest into it, without --lexicon', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'communique-lexicon-store-')), 'store.db')
    const env = { COMMUNIQUE_DB: db, COMMUNIQUE_USER: 'tester' }
    // A bad file or name leaves no trace: the store is not even created.
    const bad = await runCli(['lexicon', 'add', file('bad.yaml', 'parties:\n  - aliases: [X]\n')], env)
    expect(bad.code).toBe(1)
    expect(bad.err).toMatch(/bad\.yaml:2: field parties\[0\]\.name is missing/)
    expect(bad.err.split('\n')).toHaveLength(1)
    const badName = await runCli(['lexicon', 'add', YAML, '--name', '../x'], env)
    expect(badName.code).toBe(2)
    expect(badName.err).toMatch(/not a usable lexicon name/)
    expect(existsSync(db)).toBe(false)

    const added = await runCli(['lexicon', 'add', YAML], env)
    expect(added.code).toBe(0)
    expect(added.out).toBe('added lexicon pacific: 1 party, 1 organisation, 1 agency, 1 topic, 1 pledge verb; it applies to documents ingested from now on')
    const listed = JSON.parse((await runCli(['lexicon', 'list', '--json'], env)).out) as { lexicons: Array<{ name: string; addedBy: string }> }
    expect(listed.lexicons.map((l) => [l.name, l.addedBy])).toEqual([['pacific', 'tester']])
    const shown = JSON.parse((await runCli(['lexicon', 'show', 'pacific'], env)).out) as { pledgeVerbs: string[] }
    expect(shown.pledgeVerbs).toEqual(['covenant'])

    expect((await runCli(['ingest', DOC], env)).code).toBe(0)
    const items = (await runCli(['list', '--json'], env)).out
    expect(items).toContain('Tuvalu and Kiribati covenant to build a joint tuna monitoring centre by 2026')
    expect(items).toContain('The Funafuti Maritime Authority will patrol the shared fishing grounds')

    expect((await runCli(['lexicon', 'remove', 'pacific'], env)).code).toBe(0)
    const again = await runCli(['lexicon', 'remove', 'pacific'], env)
    expect(again.code).toBe(1)
    expect(again.err).toBe('communique: error: no lexicon named "pacific" in the store; see `communique lexicon list`')
    // Without it, a new document's pledge in the lexicon's verb is not seen.
    const other = file('other.txt', TEXT.replace('3 March 2025', '4 March 2025'))
    expect((await runCli(['ingest', other], env)).code).toBe(0)
    const after = JSON.parse((await runCli(['list', '--json'], env)).out) as Array<{ text: string; meetingDate: string }>
    expect(after.filter((i) => i.text.includes('covenant to build')).map((i) => i.meetingDate)).toEqual(['2025-03-03'])
  })

  it('a missing file', async () => {
    const { code, err } = await runCli(['parse', DOC, '--lexicon', join(dir, 'nope.yaml')])
    expect(code).toBe(1)
    expect(err).toMatch(/nope\.yaml: no such lexicon file/)
  })
})
