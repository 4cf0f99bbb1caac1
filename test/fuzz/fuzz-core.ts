// The fuzz harness: random and mutated inputs for every loader (txt, md, html, pdf, docx, and a URL
// served by a local server), each taken through load → parse → extract. A user error (one clear
// line) is a correct answer; anything else is a crash. Shared by the seeded sample in `npm test`
// (test/fuzz/fuzz.test.ts) and the long run (`npm run fuzz`, test/fuzz/run-fuzz.ts).
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import { isUserError } from '../../src/core/errors.js'
import { extractItems } from '../../src/extract/index.js'
import { loadBytes } from '../../src/ingest/load-bytes.js'
import { loadSource } from '../../src/ingest/load-source.js'
import { parseStatement } from '../../src/parse/index.js'
import { listZipEntries, readZipEntry } from '../../src/ingest/docx/zip-entry.js'
import { ROOT } from '../helpers/paths.js'
import { makeZipSync } from '../hardening/make-zip.js'

/** The formats fuzzed; `url` serves mutated documents of every kind over HTTP. */
export const FUZZ_FORMATS = ['txt', 'md', 'html', 'pdf', 'docx', 'url'] as const
export type FuzzFormat = (typeof FUZZ_FORMATS)[number]

const SEED = `${ROOT}examples/japan-uk-2plus2-2016-01-08.txt`
const FIXTURE = (ext: string): string => `${ROOT}test/fixtures/seed/japan-uk-2plus2-2016-01-08.${ext}`

/** The fixture documents each format's mutations start from. */
function fixtures(format: FuzzFormat): Uint8Array[] {
  const read = (p: string): Uint8Array => readFileSync(p)
  const seed = read(SEED)
  const head = (b: Uint8Array, n: number): Uint8Array => b.subarray(0, n)
  switch (format) {
    case 'txt':
      return [seed, head(seed, 3000), read(`${ROOT}test/fixtures/parse/labels-mixed.txt`), read(`${ROOT}test/fixtures/parse/speech.txt`)]
    case 'md':
      return [
        Buffer.from(
          `# Joint Statement\n\n${Buffer.from(head(seed, 4000))
            .toString('utf8')
            .replace(/^(\d+)\. /gm, '$1. ')
            .replace(/\n(?=\S)/g, '\n\n')}\n\n- a *list* entry with [a link](https://x.example)\n\n> a quote\n\n| a | b |\n|---|---|\n| 1 | 2 |\n`,
        ),
      ]
    case 'html':
      return [read(FIXTURE('html')), read(`${ROOT}test/fixtures/ingest/no-text.html`)]
    case 'pdf':
      return [read(FIXTURE('pdf')), read(`${ROOT}test/fixtures/ingest/truncated.pdf`), read(`${ROOT}test/fixtures/ingest/encrypted.pdf`)]
    case 'docx':
      return [read(FIXTURE('docx'))]
    case 'url':
      return [read(FIXTURE('html')), head(seed, 4000), read(FIXTURE('pdf')), read(FIXTURE('docx'))]
  }
}

/** Byte strings that break parsers: deep or unclosed markup, NULs, huge numbers, odd Unicode, format magic. */
const NASTY = [
  '<div>'.repeat(2000),
  '</p>'.repeat(50),
  '<![CDATA[',
  '<!--',
  '<script>',
  '&#x0;&#xD800;&amp',
  '\u0000\u0000',
  '\uFEFF',
  '\u202E',
  '\u2028',
  '%PDF-1.7\n',
  'obj << /Length 99999999 >> stream\n',
  'xref\n0 99999\n',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
  'PK\u0003\u0004',
  '9'.repeat(400),
  '1. ',
  '(a) ',
  'IV. ',
  '¶',
  'by 31 December 2099',
  'in 0000',
  'no later than 2016-02-30',
  '\r\r\r',
  '\t'.repeat(100),
  '#'.repeat(300),
  '*'.repeat(300),
  '['.repeat(500),
  '`'.repeat(100),
  ' '.repeat(5000),
  'x'.repeat(20000),
  '\n'.repeat(3000),
  '😀'.repeat(200),
].map((s) => Buffer.from(s, s.startsWith('PK') ? 'latin1' : 'utf8'))

type Edit = { op: 'flip' | 'insert' | 'delete' | 'duplicate' | 'nasty' | 'truncate'; at: number; len: number; value: number; bytes: Uint8Array }

const editArb: fc.Arbitrary<Edit> = fc.record({
  op: fc.oneof({ arbitrary: fc.constantFrom('flip', 'insert', 'delete', 'duplicate', 'nasty'), weight: 40 }, { arbitrary: fc.constant('truncate'), weight: 1 }),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.integer({ min: 1, max: 4096 }),
  value: fc.integer({ min: 0, max: 1_000_000 }),
  bytes: fc.uint8Array({ maxLength: 64 }),
}) as fc.Arbitrary<Edit>

/** Applies edits to a copy of `base`; its last `keepTail` bytes (a PDF's xref and %%EOF) are kept after the edited body. */
function mutate(base: Uint8Array, edits: Edit[], keepTail = 0): Uint8Array {
  const tail = Buffer.from(base.subarray(Math.max(0, base.length - keepTail)))
  let b = Buffer.from(base.subarray(0, base.length - tail.length))
  for (const e of edits) {
    const at = Math.floor(e.at * b.length)
    if (e.op === 'flip' && b.length > 0) {
      b = Buffer.from(b)
      b[Math.min(at, b.length - 1)] = e.value & 0xff
    } else if (e.op === 'insert') b = Buffer.concat([b.subarray(0, at), e.bytes, b.subarray(at)])
    else if (e.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.len)])
    else if (e.op === 'duplicate') b = Buffer.concat([b.subarray(0, at + e.len), b.subarray(at, at + e.len), b.subarray(at + e.len)])
    else if (e.op === 'nasty') b = Buffer.concat([b.subarray(0, at), NASTY[e.value % NASTY.length]!, b.subarray(at)])
    else if (e.op === 'truncate') return Buffer.concat([b, tail]).subarray(0, Math.max(1, Math.floor(e.at * (b.length + tail.length))))
  }
  return Buffer.concat([b, tail])
}

/** A DOCX whose parts (mostly word/document.xml) are mutated and zipped again, so mammoth reads the damage. */
function mutateDocx(docx: Uint8Array, edits: Edit[]): Uint8Array {
  const entries = listZipEntries(docx) ?? []
  const target = edits[0]!.value % 4 === 0 ? entries[edits[0]!.value % entries.length]?.name : 'word/document.xml'
  return makeZipSync(
    entries.map((e) => {
      const data = readZipEntry(docx, e.name) ?? new Uint8Array(0)
      return { name: e.name, data: e.name === target ? mutate(data, edits) : data }
    }),
  )
}

/** Random bytes, random text, and markup-shaped text (for HTML and Markdown). */
function randomArb(format: FuzzFormat): fc.Arbitrary<Uint8Array> {
  const text = fc.string({ unit: 'binary', maxLength: 3000 }).map((s) => Buffer.from(s))
  const words = fc
    .array(
      fc.constantFrom(
        'Japan',
        'the UK',
        'would',
        'will',
        'hold',
        'talks',
        'in',
        '2016',
        'by',
        'March',
        'The Ministers',
        'welcomed',
        'directed',
        'officials',
        '.',
        ',',
        '\n',
        '\n\n',
        '1.',
        '2.',
        '(a)',
        'next',
        'meeting',
        'Joint Statement',
        'Tokyo',
        '8 January 2016',
      ),
      { maxLength: 400 },
    )
    .map((w) => Buffer.from(w.join(' ')))
  const tags = fc
    .array(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div>',
        '</div>',
        '<ol>',
        '<li>',
        '</li>',
        '</ol>',
        '<h1>',
        '</h1>',
        '<br>',
        '<table><tr><td>',
        '<script>x</script>',
        'text ',
        '1. Japan will act. ',
        '<!--',
        '-->',
        '<svg><p>',
        '&amp;',
        '&#0;',
      ),
      { maxLength: 600 },
    )
    .map((t) => Buffer.from(t.join('')))
  const bytes = fc.uint8Array({ maxLength: 4096 })
  if (format === 'html') return fc.oneof(tags, words, text, bytes)
  if (format === 'md')
    return fc.oneof(
      words,
      text,
      tags.map((b) => Buffer.from(b.toString().replace(/<\/?\w+>/g, (t) => ['# ', '- ', '1. ', '**', '`', '> ', '[x](', ')'][t.length % 8]!))),
    )
  return fc.oneof(words, text, bytes)
}

/** One fuzz input: the bytes, and for URLs the Content-Type the server sends. */
export interface FuzzCase {
  bytes: Uint8Array
  contentType: string
}

/** Inputs of one format: a third random, two thirds mutated fixtures (a quarter and three quarters for PDF and DOCX). */
export function caseArb(format: FuzzFormat): fc.Arbitrary<FuzzCase> {
  const bases = fixtures(format)
  const mutated = fc
    .tuple(
      fc.integer({ min: 0, max: bases.length - 1 }),
      fc.array(editArb, { minLength: 1, maxLength: 8 }),
      fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    )
    .map(([i, edits, inside]) => (format === 'docx' && inside ? mutateDocx(bases[i]!, edits) : mutate(bases[i]!, edits, format === 'pdf' ? 2048 : 0)))
  const types = [
    'text/html; charset=utf-8',
    'text/plain',
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/octet-stream',
    'text/markdown',
    'text/html; charset=shift_jis',
    'image/png',
    '',
  ]
  return fc.record({
    bytes: fc.oneof({ arbitrary: randomArb(format), weight: 1 }, { arbitrary: mutated, weight: format === 'pdf' || format === 'docx' ? 3 : 2 }),
    contentType: fc.constantFrom(...types),
  })
}

/** What became of one input. */
export type Outcome = { kind: 'ok'; ms: number } | { kind: 'user-error'; ms: number } | { kind: 'crash'; ms: number; message: string; stack: string }

/** A local HTTP server that answers every request with the current case. */
export interface FuzzServer {
  url: string
  serve(c: FuzzCase): void
  close(): Promise<void>
}

export async function startFuzzServer(): Promise<FuzzServer> {
  let current: FuzzCase = { bytes: new Uint8Array(0), contentType: 'text/plain' }
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, current.contentType ? { 'content-type': current.contentType } : {})
    res.end(Buffer.from(current.bytes))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/statement`,
    serve: (c) => {
      current = c
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Takes one input through load → parse → extract and classifies the result. */
export async function runCase(format: FuzzFormat, c: FuzzCase, server: FuzzServer | null): Promise<Outcome> {
  const t = performance.now()
  try {
    let file
    if (format === 'url') {
      server!.serve(c)
      file = await loadSource(server!.url, { timeoutMs: 10_000 })
    } else {
      file = await loadBytes(c.bytes, { path: `fuzz.${format}` })
    }
    extractItems(parseStatement(file))
    return { kind: 'ok', ms: performance.now() - t }
  } catch (error) {
    const ms = performance.now() - t
    if (isUserError(error) && !error.message.includes('\n')) return { kind: 'user-error', ms }
    const e = error as Error
    return {
      kind: 'crash',
      ms,
      message: String(e?.message ?? e)
        .split('\n')[0]!
        .slice(0, 300),
      stack: String(e?.stack ?? ''),
    }
  }
}

/** Figures of a run of one format. */
export interface FuzzSummary {
  format: FuzzFormat
  runs: number
  ok: number
  userErrors: number
  crashes: Array<{ index: number; message: string }>
  /** Inputs that took longer than the hang threshold (5 s). */
  hangs: Array<{ index: number; ms: number }>
  /** Inputs slow once but not when rerun (pauses of the machine, not of the input). */
  pauses: Array<{ index: number; ms: number; rerunMs: number }>
  /** Promises pdf.js rejected with no one listening (dropped by read-pdf's guard; the input's own result stands). */
  strayRejections: number
  slowestMs: number
  peakRssMb: number
  seconds: number
}

/** Hang threshold: an input that takes longer counts as a hang. */
export const HANG_MS = 5000

/**
 * Runs `runs` seeded inputs of one format. Inputs are generated one at a time (seed + index), so a
 * crash is reproduced with the same seed and index.
 * @param onCrash called with the input of each crash (the long run saves it)
 */
export async function fuzzFormat(
  format: FuzzFormat,
  runs: number,
  seed: number,
  onCrash?: (index: number, c: FuzzCase, o: Outcome) => void,
): Promise<FuzzSummary> {
  const arb = caseArb(format)
  const server = format === 'url' ? await startFuzzServer() : null
  const summary: FuzzSummary = {
    format,
    runs: 0,
    ok: 0,
    userErrors: 0,
    crashes: [],
    hangs: [],
    pauses: [],
    strayRejections: 0,
    slowestMs: 0,
    peakRssMb: 0,
    seconds: 0,
  }
  const t = performance.now()
  // A promise a library rejects without anyone listening would end the process: it counts as a crash of the current input.
  let current = -1
  const onRejection = (reason: unknown): void => {
    const name = (reason as { name?: string } | null)?.name ?? ''
    if (/Exception$|^FormatError$/.test(name) || /pdfjs-dist/.test(String((reason as Error | null)?.stack ?? ''))) {
      summary.strayRejections++
      return
    }
    summary.crashes.push({ index: current, message: `unhandled rejection: ${String((reason as Error)?.message ?? reason).split('\n')[0]}` })
  }
  process.on('unhandledRejection', onRejection)
  try {
    // Warm-up, not counted: the first load of pdf.js, mammoth or linkedom takes seconds on a busy machine.
    await runCase(format, { bytes: fixtures(format)[0]!, contentType: 'text/html' }, server)
    for (let i = 0; i < runs; i++) {
      current = i
      const [c] = fc.sample(arb, { seed: seed + i, numRuns: 1 })
      const o = await runCase(format, c!, server)
      summary.runs++
      if (o.kind === 'ok') summary.ok++
      else if (o.kind === 'user-error') summary.userErrors++
      else {
        summary.crashes.push({ index: i, message: o.message })
        onCrash?.(i, c!, o)
      }
      if (o.ms > HANG_MS) {
        // Note: on a shared machine a GC or scheduling pause can stall any input; a hang is an input that is slow again when rerun.
        const again = await runCase(format, c!, server)
        if (again.ms > HANG_MS) summary.hangs.push({ index: i, ms: Math.round(Math.min(o.ms, again.ms)) })
        else summary.pauses.push({ index: i, ms: Math.round(o.ms), rerunMs: Math.round(again.ms) })
      }
      summary.slowestMs = Math.max(summary.slowestMs, Math.round(o.ms))
    }
  } finally {
    await server?.close()
    await new Promise((resolve) => setTimeout(resolve, 50))
    process.off('unhandledRejection', onRejection)
  }
  summary.seconds = Math.round((performance.now() - t) / 100) / 10
  summary.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  return summary
}

/** One line per format: "pdf: 10000 inputs, 8123 ok, 1877 user errors, 0 crashes, 0 hangs > 5 s (slowest 812 ms), peak 410 MB, 605 s". */
export function describeSummary(s: FuzzSummary): string {
  return `${s.format}: ${s.runs} inputs, ${s.ok} ok, ${s.userErrors} user errors, ${s.crashes.length} crashes${s.strayRejections ? ` (${s.strayRejections} stray pdf.js rejections dropped)` : ''}, ${s.hangs.length} hangs > ${HANG_MS / 1000} s (slowest ${s.slowestMs} ms${s.pauses.length ? `; ${s.pauses.length} slow once, fast when rerun` : ''}), peak ${s.peakRssMb} MB, ${s.seconds} s`
}
