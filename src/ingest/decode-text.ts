// Turns the bytes of a text file into a string: UTF-8 (with or without BOM) or UTF-16 with BOM.
import { isUtf8 } from 'node:buffer'
import { inputError } from './errors.js'
import { binaryKind } from './sniff-binary.js'

/**
 * Decodes a text file. A BOM selects UTF-8, UTF-16LE or UTF-16BE; without one the bytes must be
 * valid UTF-8 (UTF-16 without BOM is recognised by its zero bytes). A UTF-8 BOM stays in the
 * result (normalization removes it); a UTF-16 BOM is consumed by the decoder.
 * @param bytes the file's bytes
 * @param where path or URL, for messages
 * @param charset a charset declared by the server or the page (e.g. "shift_jis", "windows-1252")
 * @returns the decoded text
 * @throws CommuniqueError 'binary-input' for images, archives, NUL bytes or invalid UTF-8
 */
export function decodeText(bytes: Uint8Array, where: string, charset?: string): string {
  const legacy = charset && !/^utf-?8$/i.test(charset) ? legacyDecoder(charset) : null
  if (legacy && !binaryKind(bytes) && bytes[0] !== 0xff && bytes[0] !== 0xfe) return legacy.decode(bytes)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes, where)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  const kind = binaryKind(bytes)
  if (kind) throw inputError('binary-input', where, `this is ${kind}, not a text document; give a .txt, .md, .html, .pdf or .docx file`)
  const utf16 = guessUtf16(bytes)
  if (utf16) return new TextDecoder(utf16).decode(bytes)
  const nul = bytes.indexOf(0)
  if (nul !== -1 && nul < 65536) {
    throw inputError('binary-input', where, 'this is a binary file (it contains NUL bytes), not a text document; give a .txt, .md, .html, .pdf or .docx file')
  }
  return decodeUtf8(bytes, where)
}

/** Decodes UTF-8 strictly (a BOM is kept). */
function decodeUtf8(bytes: Uint8Array, where: string): string {
  if (!isUtf8(bytes))
    throw inputError('binary-input', where, 'this is not valid UTF-8 text (a binary file or another encoding); save it as UTF-8 and try again')
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8')
}

/** Recognises BOM-less UTF-16 text: in ASCII-heavy text every other byte is zero. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 8) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const half = n / 2
  if (odd > 0.4 * half && even === 0) return 'utf-16le'
  if (even > 0.4 * half && odd === 0) return 'utf-16be'
  return null
}

/** A decoder for a declared legacy charset, or null when Node does not know it. */
function legacyDecoder(charset: string): { decode(input: Uint8Array): string } | null {
  try {
    return new TextDecoder(charset.trim().toLowerCase())
  } catch {
    return null
  }
}

/**
 * The charset a page or response declares: `charset=` of a Content-Type, else a
 * `<meta charset>` or `http-equiv` tag in the first 4 KB of an HTML page.
 * @example declaredCharset(bytes, 'text/html; charset=Shift_JIS') // 'Shift_JIS'
 */
export function declaredCharset(bytes: Uint8Array, contentType?: string): string | undefined {
  const fromType = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1]
  if (fromType) return fromType
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1')
  if (!/<html|<!doctype html|<meta/i.test(head)) return undefined
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
}
