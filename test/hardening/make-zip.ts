// Writes small ZIP (DOCX) archives for tests, including decompression bombs built by streaming, so
// a 300 MB part costs a few hundred KB on disk and little memory.
import { crc32, deflateRawSync, createDeflateRaw } from 'node:zlib'

/** One part of an archive: its bytes, or a generator of chunks to deflate as a stream. */
export interface ZipPart {
  name: string
  data?: Uint8Array | string
  /** Chunks of the part, deflated as they come (for huge parts). */
  chunks?: () => Iterable<string>
  /** Write this uncompressed size in the headers instead of the real one (a lying archive). */
  declaredSize?: number
}

interface Built {
  name: string
  compressed: Buffer
  size: number
  crc: number
  declared: number
}

async function deflatePart(part: ZipPart): Promise<Built> {
  if (part.data !== undefined) {
    const raw = Buffer.from(part.data)
    return { name: part.name, compressed: deflateRawSync(raw), size: raw.length, crc: crc32(raw), declared: part.declaredSize ?? raw.length }
  }
  const stream = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  stream.on('data', (b: Buffer) => out.push(b))
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  let size = 0
  let crc = 0
  for (const chunk of part.chunks!()) {
    const b = Buffer.from(chunk)
    size += b.length
    crc = crc32(b, crc)
    if (!stream.write(b)) await new Promise((r) => stream.once('drain', r))
  }
  stream.end()
  await done
  return { name: part.name, compressed: Buffer.concat(out), size, crc, declared: part.declaredSize ?? size }
}

/** Builds a ZIP archive of deflated parts. */
export async function makeZip(parts: ZipPart[]): Promise<Buffer> {
  return assemble(await Promise.all(parts.map(deflatePart)))
}

/** Builds a ZIP archive of parts given as bytes, synchronously (the fuzz harness re-zips mutated DOCX parts). */
export function makeZipSync(parts: Array<{ name: string; data: Uint8Array | string }>): Buffer {
  return assemble(
    parts.map((p) => {
      const raw = Buffer.from(p.data)
      return { name: p.name, compressed: deflateRawSync(raw), size: raw.length, crc: crc32(raw), declared: raw.length }
    }),
  )
}

function assemble(built: Built[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const b of built) {
    const name = Buffer.from(b.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(b.crc >>> 0, 14)
    local.writeUInt32LE(b.compressed.length, 18)
    local.writeUInt32LE(b.declared, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(b.crc >>> 0, 16)
    central.writeUInt32LE(b.compressed.length, 20)
    central.writeUInt32LE(b.declared, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, b.compressed)
    centrals.push(central, name)
    offset += 30 + name.length + b.compressed.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(built.length, 8)
  end.writeUInt16LE(built.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
const DOC_TAIL = '</w:body></w:document>'
const PARAGRAPH = '<w:p><w:r><w:t>1. Japan and the UK will hold talks in 2016.</w:t></w:r></w:p>'

/** A DOCX whose word/document.xml holds `paragraphs` paragraphs (valid WordprocessingML). */
export async function makeDocx(paragraphs: number, options: { declaredSize?: number } = {}): Promise<Buffer> {
  function* chunks(): Iterable<string> {
    yield DOC_HEAD
    const block = PARAGRAPH.repeat(10_000)
    for (let left = paragraphs; left > 0; left -= 10_000) yield left >= 10_000 ? block : PARAGRAPH.repeat(left)
    yield DOC_TAIL
  }
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', chunks, ...(options.declaredSize === undefined ? {} : { declaredSize: options.declaredSize }) },
  ])
}

/** Paragraphs for about `mb` megabytes of document.xml. */
export function paragraphsFor(mb: number): number {
  return Math.ceil((mb * 1024 * 1024) / PARAGRAPH.length)
}
