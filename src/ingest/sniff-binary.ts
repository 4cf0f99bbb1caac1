// Recognises binary files by their magic numbers, so a PNG renamed .txt fails with a clear message.

/** Magic numbers of common binary formats that are not documents we read. */
const MAGIC: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'a legacy Word/Office (OLE) file', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
  { name: 'a WebP/RIFF file', bytes: [0x52, 0x49, 0x46, 0x46] },
]

/** True when `bytes` starts with `prefix`. */
export function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false
  return true
}

/**
 * Names the binary format the bytes start with ("a PNG image"), or null when none is known.
 * @example binaryKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47])) // 'a PNG image'
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const m of MAGIC) if (startsWith(bytes, m.bytes)) return m.name
  return null
}

/** True for a PDF (`%PDF-` within the first 1 KB, as readers accept). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString('latin1')
  return head.includes('%PDF-')
}

/** True for a ZIP container (DOCX, XLSX, ODT ...). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])
}

/** True for a ZIP that holds a Word document (its directory names `word/document.xml`). */
export function isDocx(bytes: Uint8Array): boolean {
  return isZip(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes('word/document.xml', 0, 'latin1')
}
