// Generates the ingest fixtures from the seed statement: a MOFA-style HTML page, a two-page PDF, a DOCX,
// and small broken files for the error cases. Run: npx tsx scripts/make-fixtures.ts (outputs are checked in).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx'
import PDFDocument from 'pdfkit'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const seedDir = join(root, 'test/fixtures/seed')
const errDir = join(root, 'test/fixtures/ingest')
const SEED = 'japan-uk-2plus2-2016-01-08'

const TITLE = 'Second Japan-UK Foreign and Defence Ministerial Meeting'
const CATEGORY = 'Japan-United Kingdom Relations'
const DATE_TEXT = 'January 8, 2016'

/** The seed's numbered paragraphs: [number, text after "N. "]. */
function seedParagraphs(): Array<[number, string]> {
  const text = readFileSync(join(root, 'examples', `${SEED}.txt`), 'utf8')
  return text.split('\n').flatMap((line) => {
    const m = /^(\d+)\. (.*)$/.exec(line)
    return m ? [[Number(m[1]), m[2]!] as [number, string]] : []
  })
}

/** Escapes text for HTML. */
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A page laid out like a foreign-ministry press page: header, menu, breadcrumbs, photos, share bar, footer. */
function makeHtml(paras: Array<[number, string]>): string {
  const photos = [1, 2, 3]
    .map(
      (n) => `      <div class="photo-box">
        <img src="/files/000121${n}.jpg" width="200" alt="${TITLE} ${n}">
        <p>${TITLE} ${n}</p>
      </div>`,
    )
    .join('\n')
  const body = paras.map(([n, t]) => `      <p>${n}.&nbsp;${esc(t)}</p>`).join('\n')
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>MOFA: ${TITLE}</title>
  <meta name="description" content="Joint Statement of the ${TITLE}, Tokyo, 8 January 2016.">
  <meta property="og:title" content="${TITLE}">
  <meta property="og:site_name" content="Ministry of Foreign Affairs of Japan">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="2016-01-08T18:30:00+09:00">
  <link rel="stylesheet" href="/files/css/common.css">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments) }</script>
</head>
<body>
  <div id="skip-link"><a href="#main">Skip to main content</a></div>
  <header id="header">
    <div class="logo"><a href="/index.html"><img src="/files/logo.gif" alt="Ministry of Foreign Affairs of Japan"></a></div>
    <form class="search" action="/search"><input type="text" name="q"><button>Search</button></form>
    <ul class="lang"><li><a href="/index.html">日本語</a></li><li><a href="/other.html">Other Languages</a></li></ul>
  </header>
  <nav id="gnav">
    <ul>
      <li><a href="/index.html">Home</a></li>
      <li><a href="/press/index.html">Press Releases</a></li>
      <li><a href="/policy/index.html">Foreign Policy</a></li>
      <li><a href="/region/index.html">Countries &amp; Regions</a></li>
      <li><a href="/about/index.html">About the Ministry</a></li>
    </ul>
  </nav>
  <div id="breadcrumbs"><a href="/index.html">Home</a> &gt; <a href="/policy/index.html">Foreign Policy</a> &gt; <a href="/region/index.html">Countries &amp; Regions</a> &gt; <a href="/region/europe/index.html">Europe</a> &gt; <a href="/region/europe/uk/index.html">${CATEGORY}</a> &gt; ${TITLE}</div>
  <div id="main">
    <div class="main-contents">
      <p class="category">${CATEGORY}</p>
      <h1>${TITLE}</h1>
      <p class="date">${DATE_TEXT}</p>
${photos}
${body}
      <div class="share-area">
        <ul>
          <li><a href="https://twitter.com/share">Tweet</a></li>
          <li><a href="https://www.facebook.com/sharer.php">Share</a></li>
        </ul>
      </div>
      <p class="link-back"><a href="/region/europe/uk/index.html">Back to ${CATEGORY}</a></p>
      <p class="page-top"><a href="#header">Page top</a></p>
    </div>
  </div>
  <footer id="footer">
    <ul><li><a href="/policy.html">Site Policy</a></li><li><a href="/privacy.html">Privacy Policy</a></li><li><a href="/access.html">Accessibility</a></li></ul>
    <p>Copyright &copy; Ministry of Foreign Affairs of Japan</p>
  </footer>
</body>
</html>
`
}

/**
 * Breaks a paragraph into lines no wider than `width`, as a typesetter would: at spaces, after a
 * real hyphen ("Japan-" / "UK"), or inside a word of `hyphenatable` with an added hyphen
 * ("secu-" / "rity") when the line would otherwise stay less than 97% full.
 * Note: pdfkit's own soft-hyphen support prints every U+00AD as a visible hyphen with the
 * standard fonts, so the lines are laid out here instead.
 */
function wrapLines(doc: PDFKit.PDFDocument, text: string, width: number, hyphenatable: ReadonlySet<string>): string[] {
  const fits = (s: string): boolean => doc.widthOfString(s) <= width
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (fits(candidate)) {
      line = candidate
      continue
    }
    const heads: Array<[string, string]> = [...word.matchAll(/-/g)].map((m) => [word.slice(0, m.index + 1), word.slice(m.index + 1)])
    const bare = /^[A-Za-z]+/.exec(word)?.[0] ?? ''
    if (hyphenatable.has(bare)) for (let k = 4; k <= bare.length - 4; k++) heads.push([`${word.slice(0, k)}-`, word.slice(k)])
    const best = heads.filter(([head]) => fits(`${line} ${head}`)).sort((a, b) => b[0].length - a[0].length)[0]
    if (best && line !== '' && doc.widthOfString(line) < 0.97 * width) {
      lines.push(`${line} ${best[0]}`)
      line = best[1]
    } else {
      if (line !== '') lines.push(line)
      line = word
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/** Words of at least 8 letters that occur three times or more, so a reader can tell "secu-rity" from "Japan-UK". */
function commonLongWords(paras: Array<[number, string]>): Set<string> {
  const counts = new Map<string, number>()
  for (const [, t] of paras) for (const w of t.match(/[A-Za-z]{8,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1)
  return new Set([...counts].filter(([, n]) => n >= 3).map(([w]) => w))
}

/** Renders a PDF with pdfkit and resolves to its bytes. */
function renderPdf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(options)
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    draw(doc)
    doc.end()
  })
}

/** The statement as an A4 PDF: title, date, 23 paragraphs, a running header and "- N -" page numbers. */
function makePdf(paras: Array<[number, string]>): Promise<Buffer> {
  const info = { Title: TITLE, Author: 'Ministry of Foreign Affairs of Japan', CreationDate: new Date('2016-01-08T09:00:00Z') }
  return renderPdf({ size: 'A4', margins: { top: 80, bottom: 80, left: 72, right: 72 }, bufferPages: true, info }, (doc) => {
    doc.font('Helvetica-Bold').fontSize(15).text(TITLE, { align: 'center' })
    doc.moveDown(0.4).font('Helvetica').fontSize(11).text(DATE_TEXT, { align: 'center' })
    doc.moveDown(1.2)
    doc.font('Helvetica').fontSize(11)
    const width = doc.page.width - 144
    const hyphenatable = commonLongWords(paras)
    for (const [n, t] of paras) {
      // The width gets one point of slack so that pdfkit keeps the lines laid out here.
      doc.text(wrapLines(doc, `${n}. ${t}`, width, hyphenatable).join('\n'), 72, doc.y, { width: width + 1, lineGap: 1.5 })
      doc.moveDown(0.6)
    }
    const range = doc.bufferedPageRange()
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i)
      const { top, bottom } = doc.page.margins
      doc.page.margins.top = 0
      doc.page.margins.bottom = 0
      doc
        .font('Helvetica-Oblique')
        .fontSize(8)
        .text(`Joint Statement - ${TITLE}`, 72, 40, { width: doc.page.width - 144, align: 'center', lineBreak: false })
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(`- ${i + 1} -`, 72, doc.page.height - 50, { width: doc.page.width - 144, align: 'center', lineBreak: false })
      doc.page.margins.top = top
      doc.page.margins.bottom = bottom
    }
  })
}

/** The statement as a Word file: heading, date line and the 23 paragraphs as a Word numbered list. */
function makeDocx(paras: Array<[number, string]>): Promise<Buffer> {
  const doc = new Document({
    title: TITLE,
    creator: 'Ministry of Foreign Affairs of Japan',
    description: 'Joint Statement',
    numbering: {
      config: [
        {
          reference: 'statement-paragraphs',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: CATEGORY, heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: TITLE, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: DATE_TEXT }),
          ...paras.map(([, t]) => new Paragraph({ text: t, numbering: { reference: 'statement-paragraphs', level: 0 } })),
        ],
      },
    ],
  })
  // Note: docx stamps core.xml with the current time; the override dates it like the statement.
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${TITLE}</dc:title><dc:creator>Ministry of Foreign Affairs of Japan</dc:creator><dc:description>Joint Statement</dc:description><dcterms:created xsi:type="dcterms:W3CDTF">2016-01-08T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2016-01-08T09:00:00Z</dcterms:modified></cp:coreProperties>`
  return Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }])
}

/** A 1x1 PNG image. */
const PNG_1X1 = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d1e1d00000000049454e44ae426082',
  'hex',
)

/** A page with menus, a footer, scripts and an image but no body text. */
const NO_TEXT_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>MOFA: Photo Gallery</title><script>var x = 1</script></head>
<body><header><a href="/">Home</a></header><nav><ul><li><a href="/a">Press Releases</a></li><li><a href="/b">Foreign Policy</a></li></ul></nav>
<div id="main"><img src="/photo.jpg" alt="Photo"></div>
<footer><p>Copyright &copy; Ministry of Foreign Affairs of Japan</p></footer></body></html>
`

async function main(): Promise<void> {
  mkdirSync(seedDir, { recursive: true })
  mkdirSync(errDir, { recursive: true })
  const paras = seedParagraphs()
  if (paras.length !== 23) throw new Error(`expected 23 numbered paragraphs in the seed, found ${paras.length}`)
  writeFileSync(join(seedDir, `${SEED}.html`), makeHtml(paras))
  const pdf = await makePdf(paras)
  writeFileSync(join(seedDir, `${SEED}.pdf`), pdf)
  writeFileSync(join(seedDir, `${SEED}.docx`), await makeDocx(paras))
  writeFileSync(join(errDir, 'image-renamed.txt'), PNG_1X1)
  writeFileSync(join(errDir, 'empty.txt'), '')
  writeFileSync(join(errDir, 'truncated.pdf'), pdf.subarray(0, Math.floor(pdf.length / 2)))
  writeFileSync(join(errDir, 'no-text.html'), NO_TEXT_HTML)
  const encrypted = await renderPdf({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' }, (doc) => {
    doc.text(`${TITLE}\n\n1. The Ministers met in Tokyo.`)
  })
  writeFileSync(join(errDir, 'encrypted.pdf'), encrypted)
  console.log(`wrote fixtures to ${seedDir} and ${errDir}`)
}

await main()
