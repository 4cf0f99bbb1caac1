import { describe, expect, it } from 'vitest'
import type { SourceFile } from '../core/source-file.js'
import { parseStatement } from './parse-statement.js'
import { toDocumentJson } from './to-document-json.js'

const numbers = (value: string): Array<number | null> => {
  const file: SourceFile = { format: 'text', value, metadata: {}, diagnostics: [] }
  return toDocumentJson(parseStatement(file)).paragraphs.map((p) => p.number)
}

describe('statementParagraphs (through toDocumentJson)', () => {
  it('leaves out a short introduction before numbers that run from 1 or 2, even where few are printed', () => {
    // A page cut after its first numbered paragraph.
    expect(
      numbers(
        'At the invitation of the Prime Minister, the President made a visit.\nBoth sides noted the anniversary.\n1. Both sides welcomed the development of relations.',
      ),
    ).toEqual([1])
    // A statement whose first paragraph goes unnumbered before "2.".
    expect(numbers('The first meeting of Forum Ministers was held in Suva.\n2. Ministers thanked Fiji.\n3. Ministers agreed to meet again.')).toEqual([2, 3])
  })
  it('keeps every paragraph where a lead-in opens a numbered list, the numbers skip, or a long text precedes them', () => {
    expect(
      numbers(
        'The Parties recall the statement.\nThey agree to take the following actions:\n1. The first will act.\n2. The second will act.\nThis statement is based on the talks.',
      ),
    ).toEqual([null, null, 1, 2, null])
    expect(numbers('The ministers met.\nThey talked.\n1. One.\n3. Three.')).toEqual([null, null, 1, 3])
    expect(numbers('One.\nTwo.\nThree.\nFour.\n1. The first.')).toEqual([null, null, null, null, 1])
  })
})
