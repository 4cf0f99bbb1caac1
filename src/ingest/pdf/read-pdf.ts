// Reads the positioned text items and the Info dictionary of a PDF with pdfjs-dist (legacy build, Node 20).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { inputError } from '../errors.js'

/** One run of text on a page, at its baseline position (PDF units, y grows upwards). */
export interface PdfItem {
  text: string
  x: number
  y: number
  width: number
  /** Font size (the item's vertical scale). */
  size: number
}

/** The text items of one page. */
export interface PdfPage {
  width: number
  height: number
  items: PdfItem[]
}

/** What a PDF holds for the loader. */
export interface PdfContent {
  pages: PdfPage[]
  /** Info dictionary entries that are strings (Title, Author, CreationDate ...). */
  info: Record<string, string>
}

/** Names of pdf.js's own exception classes. */
const PDFJS_ERRORS =
  /^(XRefEntryException|XRefParseException|FormatError|InvalidPDFException|UnknownErrorException|MissingDataException|ParserEOFException|PasswordException|AbortException)$/

// Note: on some damaged files pdf.js rejects internal promises that no caller awaits (found by
// fuzzing: "Bad (uncompressed) XRef entry"); left alone, Node ends the process. A rejection raised by
// pdf.js is dropped here (the awaited calls below still succeed or fail on their own); any other
// unhandled rejection is thrown on, as Node would have done.
let guarded = false
function guardPdfjsRejections(): void {
  if (guarded) return
  guarded = true
  process.on('unhandledRejection', (reason) => {
    const name = (reason as { name?: string } | null)?.name ?? ''
    if (PDFJS_ERRORS.test(name) || /pdfjs-dist/.test(String((reason as Error | null)?.stack ?? ''))) return
    throw reason
  })
}

/**
 * Opens a PDF and reads every page's text items.
 * @param bytes the PDF file
 * @param where path or URL, for messages
 * @throws CommuniqueError 'unreadable' for encrypted, truncated or corrupt files
 */
export async function readPdf(bytes: Uint8Array, where: string): Promise<PdfContent> {
  if (!hasEofMarker(bytes)) throw inputError('unreadable', where, 'the PDF is truncated (no end-of-file marker); download or export it again')
  guardPdfjsRejections()
  // pdfjs takes ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  })
  let doc
  try {
    doc = await task.promise
  } catch (error) {
    await task.destroy()
    const name = (error as { name?: string } | null)?.name
    if (name === 'PasswordException')
      throw inputError('unreadable', where, 'the PDF is encrypted (password-protected); save an unprotected copy and load that', error)
    throw inputError(
      'unreadable',
      where,
      `the PDF cannot be read (${(error as Error).message ?? 'corrupt file'}); export it again or give the text another way`,
      error,
    )
  }
  try {
    const pages: PdfPage[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      const content = await page.getTextContent()
      const items: PdfItem[] = []
      for (const raw of content.items) {
        if (!('str' in raw) || raw.str === '') continue
        const t = raw.transform as number[]
        items.push({ text: raw.str, x: t[4]! - x0, y: t[5]! - y0, width: raw.width, size: Math.hypot(t[2]!, t[3]!) || raw.height })
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items })
      page.cleanup()
    }
    const meta = await doc.getMetadata().catch(() => null)
    const info: Record<string, string> = {}
    for (const [k, v] of Object.entries((meta?.info ?? {}) as Record<string, unknown>)) if (typeof v === 'string' && v.trim() !== '') info[k] = v
    return { pages, info }
  } catch (error) {
    throw inputError('unreadable', where, `the PDF cannot be read (${(error as Error).message}); export it again or give the text another way`, error)
  } finally {
    await doc.destroy()
  }
}

/** True when "%%EOF" appears in the last 2 KB, as in every complete PDF. */
function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).subarray(Math.max(0, bytes.length - 2048))
  return tail.includes('%%EOF', 0, 'latin1')
}
