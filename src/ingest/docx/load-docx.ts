// Loads a Word (.docx) document through mammoth's HTML, so headings and list numbering survive.
import mammoth from 'mammoth'
import type { SourceFile, SourceMetadata } from '../../core/source-file.js'
import { blocksToSource } from '../blocks.js'
import { inputError } from '../errors.js'
import { parseHtmlDocument } from '../html/dom.js'
import { htmlBlocks } from '../html/html-blocks.js'
import { assertShallow } from '../html/load-html.js'
import { parseDate } from '../parse-date.js'
import { decodeEntities } from '../markdown/decode-entities.js'
import { assertSafeZip, readZipEntry } from './zip-entry.js'
import { DEFAULT_MAX_BYTES } from '../errors.js'

/**
 * Loads a DOCX. mammoth turns it into HTML (heading styles become <h1>-<h6>, Word lists become
 * <ol>/<ul>), and the HTML block reader turns that into one line per block, so a numbered list
 * keeps its numbers as labels ("1. "). Core properties give the title and creation date.
 * Note: extractRawText was not used: it loses list numbering and heading levels.
 * @param bytes the .docx file
 * @param where path or URL, for messages
 * @param path recorded on the source file
 * @param maxBytes the size limit, which the inflated parts must respect too (checked before mammoth inflates them)
 * @throws CommuniqueError 'unreadable' for a damaged file, 'no-text' for a document without text, 'too-large' for a ZIP bomb
 */
export async function loadDocx(bytes: Uint8Array, where: string, path?: string, maxBytes = DEFAULT_MAX_BYTES): Promise<SourceFile> {
  assertSafeZip(bytes, where, maxBytes)
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) })).value
  } catch (error) {
    throw inputError('unreadable', where, `the Word document cannot be read (${oneLine(error)}); open and save it again in Word`, error)
  }
  const doc = parseHtmlDocument(`<!DOCTYPE html><html><body>${html}</body></html>`)
  assertShallow(doc, where, 'Word document')
  const blocks = doc.body ? htmlBlocks(doc.body) : []
  const file = blocksToSource(blocks, { ...(path === undefined ? {} : { path }), format: 'docx', metadata: coreProperties(bytes) })
  if (file.value.trim() === '') throw inputError('no-text', where, 'the Word document has no text; give the document that holds the statement')
  return file
}

/** Title, creator and dates from docProps/core.xml. */
function coreProperties(bytes: Uint8Array): SourceMetadata {
  const xml = readZipEntry(bytes, 'docProps/core.xml')
  if (!xml) return {}
  const text = Buffer.from(xml).toString('utf8')
  const field = (tag: string): string | undefined => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(text)
    const value = m ? decodeEntities(m[1]!).trim() : ''
    return value === '' ? undefined : value
  }
  const meta: SourceMetadata = {}
  const title = field('dc:title')
  if (title) meta.title = title
  const creator = field('dc:creator')
  if (creator) meta.author = creator
  const created = parseDate(field('dcterms:created') ?? '')
  if (created) meta.date = created
  const modified = parseDate(field('dcterms:modified') ?? '')
  if (modified) meta.modified = modified
  return meta
}

/** The first line of a library's error, tidied: xmldom spreads one error over several lines and tabs. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message
    .split('\n')[0]!
    .replace(/\[xmldom error\]\s*/g, 'XML ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200)
}
