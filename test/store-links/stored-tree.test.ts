// The tree `communique link` rebuilds from a stored document (text + paragraphs) must be the tree
// parseStatement built at ingest, or stored links would point at other passages than a fresh parse.
import { describe, expect, it } from 'vitest'
import { storedTree } from '../../src/commands/link-series.js'
import { paragraphsOf } from '../../src/commands/ingest-statement.js'
import { loadSource } from '../../src/ingest/index.js'
import { parseStatement } from '../../src/parse/index.js'
import type { Paragraph } from '../../src/core/tree.js'
import { SEED_PATH } from '../store/fixtures.js'
import { HAS_SHARED } from '../helpers/paths.js'
import { usJapanFiles } from './us-japan.js'

describe('storedTree', () => {
  it.each([SEED_PATH, ...(HAS_SHARED ? usJapanFiles() : [])])('rebuilds the paragraphs and sentences of %s', async (path) => {
    const file = await loadSource(path)
    const { tree } = parseStatement(file)
    const paragraphs = tree.children.filter((b): b is Paragraph => b.type === 'paragraph')
    const rebuilt = storedTree({ meetingId: 1, documentId: 1, text: file.value, paragraphs: paragraphsOf(tree) })
    expect(rebuilt.children).toEqual(paragraphs)
    expect(paragraphs.reduce((n, p) => n + p.children.length, 0)).toBeGreaterThan(10)
  })

  it('starts sentences after a printed label', () => {
    const text = '3. Japan and the UK would hold talks in 2016. They agreed.\n'
    const tree = storedTree({ meetingId: 1, documentId: 1, text, paragraphs: [{ ordinal: 1, number: 3, label: '3', start: 0, end: 58 }] })
    const p = tree.children[0]!
    expect(p).toMatchObject({ type: 'paragraph', label: '3', labelKind: 'number', number: 3 })
    expect(p.type === 'paragraph' && p.children.map((s) => [s.value, s.position.start.offset])).toEqual([
      ['Japan and the UK would hold talks in 2016.', 3],
      ['They agreed.', 46],
    ])
  })
})
