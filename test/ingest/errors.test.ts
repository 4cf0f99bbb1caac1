// Every way an input can be wrong gives a one-line CommuniqueError that names the input and says what to do.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CommuniqueError } from '../../src/core/errors.js'
import { loadBytes, loadSource } from '../../src/ingest/index.js'
import { ERR_DIR, SEED_DIR } from './helpers.js'

/** Loads and returns the CommuniqueError it throws. */
async function failure(run: () => Promise<unknown>): Promise<CommuniqueError> {
  try {
    await run()
  } catch (error) {
    expect(error).toBeInstanceOf(CommuniqueError)
    return error as CommuniqueError
  }
  throw new Error('expected the load to fail')
}

const tmp = mkdtempSync(join(tmpdir(), 'communique-ingest-'))

describe('loadSource errors', () => {
  it.each([
    ['not-found', join(ERR_DIR, 'no-such-file.txt'), /no such file/],
    ['not-a-file', ERR_DIR, /directory/],
    ['empty-input', join(ERR_DIR, 'empty.txt'), /empty/],
    ['binary-input', join(ERR_DIR, 'image-renamed.txt'), /PNG image/],
    ['unreadable', join(ERR_DIR, 'truncated.pdf'), /truncated/],
    ['unreadable', join(ERR_DIR, 'encrypted.pdf'), /encrypted/],
    ['no-text', join(ERR_DIR, 'no-text.html'), /no body text/],
  ])('reports %s for %s', async (code, path, message) => {
    const error = await failure(() => loadSource(path))
    expect(error.code).toBe(code)
    expect(error.message.startsWith(`${path}: `)).toBe(true)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain('\n')
  })

  it('reports too-large with the limit and how to raise it', async () => {
    const error = await failure(() => loadSource(join(SEED_DIR, 'japan-uk-2plus2-2016-01-08.html'), { maxBytes: 1000 }))
    expect(error.code).toBe('too-large')
    expect(error.message).toMatch(/1000 bytes limit; raise it with --max-size or the COMMUNIQUE_MAX_BYTES/)
  })

  it('reports a file with only whitespace as empty', async () => {
    const path = join(tmp, 'blank.txt')
    writeFileSync(path, ' \n\n\t\n')
    expect((await failure(() => loadSource(path))).code).toBe('empty-input')
  })

  it('reports NUL bytes and invalid UTF-8 as binary input', async () => {
    expect((await failure(() => loadBytes(Buffer.from('abc\0\0\0def'), { path: 'x.txt' }))).code).toBe('binary-input')
    const latin1 = await failure(() => loadBytes(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61]), { path: 'x.txt' }))
    expect(latin1.code).toBe('binary-input')
    expect(latin1.message).toMatch(/not valid UTF-8.*save it as UTF-8/)
  })

  it('reports a corrupt PDF and a non-Word file given as DOCX as unreadable', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj garbage\n%%EOF\n')
    expect((await failure(() => loadBytes(pdf, { path: 'bad.pdf' }))).code).toBe('unreadable')
    expect((await failure(() => loadBytes(Buffer.from('hello'), { path: 'x.docx', format: 'docx' }))).code).toBe('unreadable')
  })
})
