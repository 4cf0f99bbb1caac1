// Reads a ZIP archive's directory and one file out of it (for a DOCX's docProps/core.xml) with
// node:zlib, no extra package; and checks an archive for decompression bombs before anything inflates it.
import { inflateRawSync } from 'node:zlib'
import { formatBytes, inputError } from '../errors.js'

/** One entry of the central directory. */
export interface ZipEntryInfo {
  name: string
  /** 0 stored, 8 deflated. */
  method: number
  compressed: number
  uncompressed: number
  /** Offset of the local header. */
  local: number
}

/** Entries beyond this many are refused (a Word document has a few dozen). */
export const MAX_ZIP_ENTRIES = 10_000
/** An entry over 1 MB that inflates more than this many times its compressed size is refused. */
export const MAX_ZIP_RATIO = 200

/**
 * Lists the entries of a ZIP archive from its central directory, or null when there is none.
 * Sizes are as the archive declares them (see assertSafeZip, which checks them).
 */
export function listZipEntries(zip: Uint8Array): ZipEntryInfo[] | null {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.length)
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0 || eocd + 22 > buf.length) return null
  const count = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  const entries: ZipEntryInfo[] = []
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null
    const nameLength = buf.readUInt16LE(p + 28)
    entries.push({
      name: buf.toString('utf8', p + 46, Math.min(buf.length, p + 46 + nameLength)),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      uncompressed: buf.readUInt32LE(p + 24),
      local: buf.readUInt32LE(p + 42),
    })
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32)
  }
  return entries
}

/**
 * Returns the bytes of one entry of a ZIP archive, or null when it is absent, unreadable, or
 * inflates to more than it declares or than `maxBytes`.
 * Only stored and deflated entries are supported (what Word and other writers produce).
 * @param zip the archive
 * @param name the entry's path, e.g. "docProps/core.xml"
 */
export function readZipEntry(zip: Uint8Array, name: string, maxBytes = 50 * 1024 * 1024): Uint8Array | null {
  const entry = listZipEntries(zip)?.find((e) => e.name === name)
  if (!entry || entry.uncompressed > maxBytes) return null
  return readLocal(Buffer.from(zip.buffer, zip.byteOffset, zip.length), entry)
}

/** Reads the data of an entry from its local header, inflating at most its declared size. */
function readLocal(buf: Buffer, e: ZipEntryInfo): Uint8Array | null {
  const at = e.local
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return null
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28)
  const data = buf.subarray(start, start + e.compressed)
  try {
    if (e.method === 0) return data.length === e.uncompressed ? data : null
    // Note: maxOutputLength makes zlib stop (RangeError) past the declared size, so a lying header costs nothing.
    if (e.method === 8) return inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed) })
  } catch {
    return null
  }
  return null
}

/**
 * Refuses a ZIP (DOCX) archive that would inflate past the size limit, before any library inflates it:
 * the declared sizes of the entries, their sum and their compression ratios are checked, then each
 * deflated entry is inflated with its declared size as a hard cap (so a header that lies is caught).
 * @param where path or URL, for messages
 * @param maxBytes the input size limit (the same as for the file itself)
 * @throws CommuniqueError 'too-large' for a bomb, 'unreadable' for a damaged archive
 */
export function assertSafeZip(zip: Uint8Array, where: string, maxBytes: number): void {
  const entries = listZipEntries(zip)
  if (entries === null) throw inputError('unreadable', where, 'the Word document is damaged (its ZIP directory cannot be read); open and save it again in Word')
  if (entries.length > MAX_ZIP_ENTRIES)
    throw inputError(
      'too-large',
      where,
      `the Word document holds ${entries.length} files, over the limit of ${MAX_ZIP_ENTRIES}; this is not an ordinary document`,
    )
  const raise = 'raise it with --max-size or the COMMUNIQUE_MAX_BYTES environment variable if the document is genuine'
  let total = 0
  for (const e of entries) {
    if (e.uncompressed === 0xffffffff || e.compressed === 0xffffffff) {
      throw inputError('too-large', where, `the Word document's part ${e.name} is over 4 GB (ZIP64); this is not an ordinary document`)
    }
    total += e.uncompressed
    if (total > maxBytes) {
      throw inputError(
        'too-large',
        where,
        `the Word document inflates to more than ${formatBytes(maxBytes)} (the size limit; ${e.name} alone is ${formatBytes(e.uncompressed)}); ${raise}`,
      )
    }
    if (e.uncompressed > 1024 * 1024 && e.uncompressed > MAX_ZIP_RATIO * Math.max(1, e.compressed)) {
      throw inputError(
        'too-large',
        where,
        `the Word document's part ${e.name} inflates ${Math.round(e.uncompressed / Math.max(1, e.compressed))} times (from ${formatBytes(e.compressed)} to ${formatBytes(e.uncompressed)}), over the limit of ${MAX_ZIP_RATIO}; this looks like a decompression bomb`,
      )
    }
  }
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.length)
  for (const e of entries) {
    if (e.method !== 8 && e.method !== 0) continue
    if (e.name.endsWith('/') && e.uncompressed === 0) continue
    if (readLocal(buf, e) === null) {
      throw inputError(
        'unreadable',
        where,
        `the Word document is damaged (its part ${e.name} does not inflate to the size it declares); open and save it again in Word`,
      )
    }
  }
}
