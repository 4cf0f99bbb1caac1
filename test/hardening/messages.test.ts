// Issue 13, point 8 (and the symlink loop of point 7): messages say what actually went wrong, on one line.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSource } from '../../src/ingest/index.js'
import { loadBytes } from '../../src/ingest/load-bytes.js'
import { toSqliteError } from '../../src/store/sqlite/open-sqlite.js'
import { runCli } from '../cli-store/run-cli.js'
import { PG_BASE_URL, postgresUnavailable } from '../store/harness.js'
import { makeZipSync } from './make-zip.js'
import { itemOfParagraph, seededStore, type SeededStore } from './seeded-store.js'

const pgSkip = await postgresUnavailable()

let server: Server
let base = ''
let dir: string
let s: SeededStore

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/short') {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' })
      res.write('1. Japan will act.')
      setTimeout(() => res.socket?.destroy(), 30)
      return
    }
    if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' })
      res.end()
      return
    }
    if (req.url === '/to-file') {
      res.writeHead(302, { location: 'file:///etc/passwd' })
      res.end()
      return
    }
    res.writeHead(404)
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  dir = mkdtempSync(join(tmpdir(), 'communique-messages-'))
  s = await seededStore()
})
afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
  rmSync(dir, { recursive: true, force: true })
  s?.cleanup()
})

describe('8. messages that do not mislead', () => {
  it('a short body, a redirect loop, a redirect to file: and a refused connection each say what happened', async () => {
    await expect(loadSource(`${base}/short`)).rejects.toThrow(/the server closed the connection after 18 of 1000 bytes, before the whole document arrived/)
    await expect(loadSource(`${base}/loop`)).rejects.toThrow(/redirected too many times \(a redirect loop\)/)
    await expect(loadSource(`${base}/to-file`)).rejects.toThrow(/redirected to an address that is not http\(s\), which is refused/)
    // A port nothing listens on: open a server, note its port, close it.
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    await expect(loadSource(`http://127.0.0.1:${port}/x`)).rejects.toThrow(/the server refused the connection \(ECONNREFUSED\)/)
  })

  it('a read-only folder is named as the folder, not the file', () => {
    const error = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' })
    const folder = toSqliteError(error, '/srv/ro/communique.db', (p) => p !== '/srv/ro') as Error
    expect(folder.message).toBe(
      'the folder /srv/ro is read-only, and SQLite must write its journal beside communique.db; make the folder writable (chmod u+w /srv/ro) or move the store',
    )
    const file = toSqliteError(error, '/srv/ro/communique.db', () => false) as Error
    expect(file.message).toMatch(/^\/srv\/ro\/communique\.db is read-only; make it writable \(chmod u\+w\)/)
  })

  it('evidence --date errors speak of the evidence date, not the due date', async () => {
    const id = await itemOfParagraph(s, 16)
    const r = await s.cli('evidence', String(id), '--note', 'x', '--date', '2016-13-01')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/the evidence date \(--date\) expects a date as YYYY-MM-DD/)
    expect(r.err).not.toMatch(/due date/)
  })

  it('an XML error inside a DOCX is one line', async () => {
    const docx = makeZipSync([
      {
        name: '[Content_Types].xml',
        data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
      },
      {
        name: '_rels/.rels',
        data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      },
      {
        name: 'word/document.xml',
        data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><</w:body></w:document>',
      },
    ])
    const error = await loadBytes(docx, { path: 'bad.docx' }).then(
      () => null,
      (e: Error) => e,
    )
    expect(error?.message).toMatch(/^bad\.docx: the Word document cannot be read \(/)
    expect(error?.message).not.toMatch(/\n/)
  })

  it('commander usage errors are one line with the communique: prefix', async () => {
    for (const args of [['list', '--no-such-option'], ['no-such-command'], ['status'], ['list', '--type', 'nonsense']]) {
      const r = await runCli(args, { COMMUNIQUE_DB: join(dir, 'x.db') })
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err.trim().split('\n'), args.join(' ')).toEqual([expect.stringMatching(/^communique: error: .*; run with --help for usage$/)])
    }
  })

  it('a failed document in a folder ingest names its path once, and a symlink loop is a user error', async () => {
    const folder = join(dir, 'docs')
    mkdirSync(folder)
    writeFileSync(join(folder, 'empty.txt'), '')
    symlinkSync(join(folder, 'loop-a.txt'), join(folder, 'loop-b.txt'))
    symlinkSync(join(folder, 'loop-b.txt'), join(folder, 'loop-a.txt'))
    mkdirSync(join(folder, 'sub'))
    symlinkSync(folder, join(folder, 'sub', 'back-up'))
    const r = await runCli(['ingest', folder], { COMMUNIQUE_DB: join(dir, 'ingest.db') })
    expect(r.code).toBe(1)
    expect(r.err).not.toMatch(/internal error|ELOOP:/)
    const failed = r.err.split('\n').find((l) => l.includes('empty.txt'))
    expect(failed).toBeDefined()
    expect(failed!.split('empty.txt')).toHaveLength(2)
  })

  it.skipIf(pgSkip !== null)(`a PostgreSQL search_path naming a missing schema is a user error${pgSkip ? ` (${pgSkip})` : ''}`, async () => {
    const url = `${PG_BASE_URL}${PG_BASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c search_path=no_such_schema_i13')}`
    const r = await runCli(['list'], { DATABASE_URL: url })
    expect(r.code).toBe(1)
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^communique: error: PostgreSQL at .*: the search_path \(no_such_schema_i13\) names no schema that exists; create it/),
    ])
  })
})
