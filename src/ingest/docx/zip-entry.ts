// Reads one file out of a ZIP archive (for a DOCX's docProps/core.xml) with node:zlib, no extra package.
import { inflateRawSync } from 'node:zlib'

/**
 * Returns the bytes of one entry of a ZIP archive, or null when it is absent or unreadable.
 * Only stored and deflated entries are supported (what Word and other writers produce).
 * @param zip the archive
 * @param name the entry's path, e.g. "docProps/core.xml"
 */
export function readZipEntry(zip: Uint8Array, name: string): Uint8Array | null {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.length)
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0 || eocd + 22 > buf.length) return null
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  for (let i = 0; i < count && p + 46 <= buf.length; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) return null
    const method = buf.readUInt16LE(p + 10)
    const compressed = buf.readUInt32LE(p + 20)
    const nameLength = buf.readUInt16LE(p + 28)
    const extraLength = buf.readUInt16LE(p + 30)
    const commentLength = buf.readUInt16LE(p + 32)
    const local = buf.readUInt32LE(p + 42)
    const entry = buf.toString('utf8', p + 46, p + 46 + nameLength)
    if (entry === name) return readLocal(buf, local, method, compressed)
    p += 46 + nameLength + extraLength + commentLength
  }
  return null
}

/** Reads the data of an entry from its local header. */
function readLocal(buf: Buffer, at: number, method: number, size: number): Uint8Array | null {
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28)
  const data = buf.subarray(start, start + size)
  try {
    if (method === 0) return data
    if (method === 8) return inflateRawSync(data)
  } catch {
    return null
  }
  return null
}
