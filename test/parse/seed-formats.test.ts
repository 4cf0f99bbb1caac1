// Acceptance 2 of the foundation issue: the seed as a ministry web page, a PDF and a Word file gives
// the same meeting record and the same 23 paragraph texts as the plain text.
import { describe, expect, it } from 'vitest'
import { loadSource } from '../../src/ingest/index.js'
import { parseStatement, toDocumentJson } from '../../src/parse/index.js'
import { ROOT, SEED } from '../helpers/paths.js'

const FIXTURES = `${ROOT}test/fixtures/seed/japan-uk-2plus2-2016-01-08`

/** The meeting fields and paragraph texts (label removed) of one input. */
async function read(path: string): Promise<{ record: Record<string, unknown>; paragraphs: string[] }> {
  const doc = toDocumentJson(parseStatement(await loadSource(path)))
  const { title, series, ordinal, date, place, parties } = doc
  return {
    record: { title, series, ordinal, date, place, parties, participants: doc.participants.map((p) => [p.name, p.office, p.country]) },
    paragraphs: doc.paragraphs.map((p) => `${p.number}: ${p.text.replace(/^\d+\.\s*/, '')}`),
  }
}

describe('the seed in every format', () => {
  it.each(['html', 'pdf', 'docx'])(
    '%s gives the same meeting record and paragraphs as the .txt',
    async (format) => {
      const text = await read(SEED)
      const other = await read(`${FIXTURES}.${format}`)
      expect(text.paragraphs).toHaveLength(23)
      expect(other.record).toEqual(text.record)
      expect(other.paragraphs).toEqual(text.paragraphs)
    },
    30_000,
  )
})
