// Every page of the web workspace shows what the API holds: meetings by series, the live report
// with URL filters and downloads, the statement with highlights and its panel, evidence, comments,
// scores and links in the item panel, search with <mark>ed segments and facets, upload with a
// preview, the admin page; and the review actions of issue 8 (accept, reject with a reason, edit
// actors, mark reviewed, add an item by selecting text).
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS } from '../../src/commands/render-pdf.js'
import { CHROMIUM, SEED_TITLE, selectParagraph, signedInPage, startServer, webTestsUnavailable, type WebServer } from './harness.js'

const unavailable = webTestsUnavailable()

describe.skipIf(unavailable !== null)('web workspace pages in Chromium', () => {
  let server: WebServer
  let browser: Browser
  beforeAll(async () => {
    server = await startServer()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const session = (name: string) => signedInPage(browser, server.origin, name)

  it("shows my work: the header names user, role and party; my party's items and per-meeting counts", async () => {
    const { context, page } = await session('desk-japan')
    expect(await page.getByTestId('role').textContent()).toBe('editor')
    expect(await page.getByTestId('party').textContent()).toBe('Japan')
    const party = page.getByRole('heading', { name: /My party's items \((\d+)\)/ })
    await party.waitFor()
    expect(Number((await party.textContent())!.match(/\((\d+)\)/)![1])).toBeGreaterThan(0)
    for (const name of [/Overdue \(\d+\)/, /Due before the next meeting \(\d+\)/, /Owned by me \(\d+\)/, /Awaiting review \(\d+\)/])
      expect(await page.getByRole('heading', { name }).count()).toBe(1)
    const card = page.locator('.card').filter({ hasText: SEED_TITLE })
    expect(await card.locator('dt').allTextContents()).toContain('trackable')
    await context.close()
  })

  it('lists meetings grouped by series with a timeline', async () => {
    const { context, page } = await session('viewer')
    await page.goto('/meetings')
    await page.getByRole('heading', { name: 'Japan-UK Foreign and Defence Ministerial Meeting', level: 2 }).waitFor()
    expect(await page.getByRole('link', { name: SEED_TITLE }).count()).toBe(1)
    expect(await page.locator('.timeline .tick').count()).toBeGreaterThan(0)
    expect(await page.locator('.error').count()).toBe(0)
    await context.close()
  })

  it('shows the meeting report live: figures, charts, filters kept in the URL, and a download for every format', async () => {
    const { context, page } = await session('viewer')
    const base = `/meetings/${server.seedMeetingId}`
    await page.goto(base)
    await page.getByText('Tracked items').waitFor()
    await expect.poll(() => page.locator('.chart img').count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.chart img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0))).toBe(true)
    await page.getByText(/\d+ items match/).waitFor()
    const all = Number((await page.getByText(/\d+ items match/).textContent())!.match(/\d+/)![0])
    await page.getByLabel('Type').selectOption('commitment')
    await expect.poll(() => page.url()).toContain('type=commitment')
    await expect.poll(async () => Number((await page.getByText(/\d+ items match/).textContent())?.match(/\d+/)?.[0])).toBeLessThan(all)
    // The URL alone restores the view.
    await page.goto(`${base}?type=commitment&status=not-started`)
    await page.getByText(/\d+ items match/).waitFor()
    expect(await page.getByLabel('Type').inputValue()).toBe('commitment')
    expect(await page.getByLabel('Status').inputValue()).toBe('not-started')
    const hrefs = await page.locator('.downloads a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(hrefs).toEqual(['html', 'pdf', 'md', 'csv', 'json', 'ics'].map((ext) => `/api/meetings/${server.seedMeetingId}/report.${ext}`))
    for (const href of hrefs) {
      if (href!.endsWith('.pdf')) continue // drawn by Chromium on the server: covered by the server's tests
      expect((await page.request.get(href!)).status(), href!).toBe(200)
    }
    await context.close()
  })

  it('shows the statement with numbered paragraphs and items highlighted by type; clicking one opens its panel', async () => {
    const { context, page } = await session('editor')
    await page.goto(`/meetings/${server.seedMeetingId}/statement`)
    await page.locator('.statement .hl').first().waitFor()
    for (const type of ['commitment', 'support']) expect(await page.locator(`.statement .hl.type-${type}`).count(), type).toBeGreaterThan(0)
    expect(await page.locator('.statement [data-paragraph]').count()).toBeGreaterThan(10)
    await page.locator('.statement .hl.type-commitment').first().click()
    await expect.poll(() => page.url()).toContain('?item=')
    await page.locator('.panel .item-panel').waitFor()
    expect(await page.locator('.panel blockquote.quote').textContent()).toBeTruthy()
    // Selecting text offers "Add item".
    await selectParagraph(page, 22)
    await page.getByRole('button', { name: 'Add item' }).waitFor()
    await context.close()
  })

  it('records evidence, a comment and a compliance score in the item panel, and confirms a link', async () => {
    const { context, page } = await session('editor')
    await page.goto(`/items/${server.seedItemId}`)
    await page.getByLabel('Evidence URL').fill('https://example.org/evidence')
    await page.getByLabel('Note').fill('Talks held in London')
    await page.getByLabel('Date').fill('2016-04-01')
    await page.getByRole('button', { name: 'Add evidence' }).click()
    await page.getByRole('link', { name: 'https://example.org/evidence' }).waitFor()
    await page.getByLabel('Comment', { exact: true }).fill('Second round planned.')
    await page.getByRole('button', { name: 'Add comment' }).click()
    await page.locator('.comments').getByText('Second round planned.').waitFor()
    await page.goto(`/items/${server.linkedItemId}`)
    await page.getByRole('button', { name: 'Confirm link' }).click()
    await page.locator('.links .badge.link-confirmed').waitFor()
    await context.close()
    const assessor = await session('assessor')
    await assessor.page.goto(`/items/${server.seedItemId}`)
    expect(await assessor.page.getByRole('button', { name: 'Save tracking' }).count()).toBe(0)
    await assessor.page.getByLabel('Party', { exact: true }).fill('Japan')
    await assessor.page.getByLabel('Score').selectOption('0')
    await assessor.page.getByLabel('Rationale').fill('talks begun')
    await assessor.page.getByRole('button', { name: 'Record score' }).click()
    await assessor.page.locator('.item-panel table').getByText('talks begun').waitFor()
    await assessor.context.close()
  })

  it('searches with highlighted passages (marks, not HTML) and facets that narrow the search', async () => {
    const { context, page } = await session('viewer')
    await page.goto('/search?q=cyber')
    await page.locator('.snippet mark').first().waitFor()
    const marks = await page.locator('.snippet mark').allTextContents()
    expect(marks.every((m) => /cyber/i.test(m))).toBe(true)
    await page.getByRole('heading', { name: 'year' }).waitFor()
    await page.locator('.facets section').filter({ hasText: 'year' }).getByRole('link').first().click()
    await expect.poll(() => page.url()).toMatch(/year=\d{4}/)
    await page.goto('/search?q=script')
    await page.waitForLoadState('networkidle')
    expect(await page.locator('.snippet script, .snippet img, .snippet svg').count()).toBe(0)
    await context.close()
  })

  it('uploads a statement: preview with an editable meeting record and the proposed items, then saves it', async () => {
    const { context, page } = await session('admin')
    const file = join(tmpdir(), `upload-${process.pid}.txt`)
    writeFileSync(
      file,
      'Joint Statement\n\n1. The Ministers will hold a review of maritime cooperation by 2017.\n\n2. The Ministers decided to establish a joint working group on energy.\n',
    )
    await page.goto('/upload')
    await page.getByLabel('Choose a file').setInputFiles(file)
    await page.getByRole('heading', { name: /Proposed items \(\d+\)/ }).waitFor()
    expect(await page.locator('.item-list li').count()).toBeGreaterThan(0)
    await page.getByLabel('Title').fill('Uploaded Maritime Meeting')
    await page.getByLabel('Date').fill('2016-05-01')
    await page.getByRole('button', { name: 'Save the statement' }).click()
    await page.getByText(/Saved/).waitFor()
    expect((await server.store.listMeetings()).some((m) => m.title === 'Uploaded Maritime Meeting' && m.date === '2016-05-01')).toBe(true)
    // Dropping a file on the drop zone previews it too.
    await page.goto('/upload')
    const drop = await page.evaluateHandle(() => {
      const data = new DataTransfer()
      data.items.add(new File(['Joint Statement\n\n1. The Ministers will launch a dialogue on space by 2018.\n'], 'dropped.txt', { type: 'text/plain' }))
      return data
    })
    await page.locator('.dropzone').dispatchEvent('drop', { dataTransfer: drop })
    await page.getByRole('heading', { name: /Proposed items \(\d+\)/ }).waitFor()
    await context.close()
  })

  it('keeps a lexicon from a YAML file, refuses a bad one naming its line and field, shows it to a viewer and removes it', async () => {
    const { context, page } = await session('admin')
    await page.goto('/lexicons')
    await page.getByText('No lexicon is kept yet.').waitFor()
    const file = (name: string, text: string) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) })
    await page.getByLabel('Lexicon file').setInputFiles(file('Pacific words.yaml', 'pledgeVerbs:\n  - covenant\nagency:\n  - x\n'))
    expect(await page.getByLabel('Name').inputValue()).toBe('pacific-words')
    await page.getByRole('button', { name: 'Keep lexicon' }).click()
    await page.getByRole('alert').getByText('lexicon pacific-words:3: field agency is not a lexicon field').waitFor()
    expect(await server.store.listLexicons()).toEqual([])
    await page.getByLabel('Lexicon file').setInputFiles(file('Pacific words.yaml', 'pledgeVerbs:\n  - covenant\n'))
    await page.getByRole('button', { name: 'Keep lexicon' }).click()
    await page.getByText('Lexicon pacific-words added: 1 pledge verb.').waitFor()
    await page.getByRole('rowheader', { name: 'pacific-words' }).waitFor()
    expect((await server.store.listLexicons()).map((l) => [l.name, l.addedBy])).toEqual([['pacific-words', 'admin']])
    // A viewer reads the list but has neither the form nor the remove button.
    const viewer = await session('viewer')
    await viewer.page.goto('/lexicons')
    await viewer.page.getByRole('rowheader', { name: 'pacific-words' }).waitFor()
    expect(await viewer.page.getByRole('button', { name: /Remove|Keep lexicon/ }).count()).toBe(0)
    await viewer.context.close()
    await page.getByRole('button', { name: 'Remove pacific-words' }).click()
    await page.getByText('Lexicon pacific-words removed.').waitFor()
    expect(await server.store.listLexicons()).toEqual([])
    await context.close()
  })

  it('lets an admin add a user, change the role, disable them and issue and revoke a token', async () => {
    const { context, page } = await session('admin')
    await page.goto('/admin/users')
    await page.getByLabel('Name').fill('newdesk')
    await page.getByLabel('Initial password').fill('another-long-password')
    await page.getByRole('button', { name: 'Add user' }).click()
    await page.getByRole('rowheader', { name: 'newdesk' }).waitFor()
    await page.getByLabel('Role of newdesk').selectOption('editor')
    await page.getByText('newdesk is now editor.').waitFor()
    await page
      .getByRole('row', { name: /newdesk/ })
      .getByLabel('Disabled')
      .check()
    await page.getByText('newdesk disabled.').waitFor()
    await page.getByRole('button', { name: 'Tokens of newdesk' }).click()
    await page.getByRole('button', { name: 'New token for newdesk' }).click()
    await page.getByText('New token (shown once)').waitFor()
    await page
      .getByRole('button', { name: /Revoke token/ })
      .first()
      .click()
    await page.getByText('(revoked)').waitFor()
    const user = (await server.store.accounts.listUsers()).find((u) => u.name === 'newdesk')
    expect(user).toMatchObject({ role: 'editor', disabled: true })
    await context.close()
  })

  it('pages through every item of the store with filters in the URL', async () => {
    const { context, page } = await session('viewer')
    await page.goto('/items?type=commitment')
    await page.getByText(/^Items 1–\d+/).waitFor()
    const first = await page.locator('table.items tbody tr').count()
    expect(first).toBeGreaterThan(0)
    expect(await page.getByLabel('Type').inputValue()).toBe('commitment')
    expect(
      (await page.locator('table.items .badge').allTextContents())
        .filter((t) => ['commitment', 'directive', 'support', 'call', 'position'].includes(t))
        .every((t) => t === 'commitment'),
    ).toBe(true)
    await context.close()
  })

  it('prints the meeting report without navigation, filters or buttons', async () => {
    const { context, page } = await session('editor')
    await page.goto(`/meetings/${server.seedMeetingId}`)
    await page.getByText(/\d+ items match/).waitFor()
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['.top nav', '.filters', '.downloads', 'button']) expect(await page.locator(selector).first().isVisible(), selector).toBe(false)
    expect(await page.locator('.item-row').first().isVisible()).toBe(true)
    await context.close()
  })

  it('moves through the review list with j and k', async () => {
    const { context, page } = await session('editor')
    await page.goto(`/meetings/${server.seedMeetingId}/review`)
    await page.getByText(/Item 1 of \d+/).waitFor()
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await page.getByText(/Item 3 of \d+/).waitFor()
    await page.keyboard.press('k')
    await page.getByText(/Item 2 of \d+/).waitFor()
    expect(await page.locator('.review-list li[aria-current="true"]').count()).toBe(1)
    await context.close()
  })

  it('reviews a meeting by keyboard: accept, reject with a reason, edit actors, mark reviewed', async () => {
    const { context, page } = await session('editor')
    await page.goto(`/meetings/${server.seedMeetingId}/review`)
    await page.getByText(/Item 1 of \d+/).waitFor()
    await page.keyboard.press('a')
    await page.getByText('Accepted.').waitFor()
    await page.getByText(/Item 2 of/).waitFor()
    await page.keyboard.press('r')
    await page.getByLabel('Reason').selectOption('duplicate')
    await page.getByRole('button', { name: 'Reject item' }).click()
    await page.getByText('Rejected.').waitFor()
    await page.getByText(/Item 3 of/).waitFor()
    // Back on the rejected item, an edit is refused with the server's own line.
    await page.keyboard.press('k')
    await page.getByText(/Item 2 of/).waitFor()
    await page.keyboard.press('e')
    await page.getByLabel('Actors').fill('Japan; United Kingdom; France')
    await page.getByRole('button', { name: 'Save fields' }).click()
    await page
      .getByRole('alert')
      .getByText(/is rejected; restore it before editing it/)
      .waitFor()
    // The next item's actors are corrected.
    await page.keyboard.press('j')
    await page.getByText(/Item 3 of/).waitFor()
    await page.keyboard.press('e')
    await page.getByLabel('Actors').fill('Japan; United Kingdom; France')
    await page.getByLabel('Deadline').fill('2017-03-31')
    await page.getByRole('button', { name: 'Save fields' }).click()
    await page.getByText('Fields saved.').waitFor()
    const reviewed = await server.store.listItems({ meeting: String(server.seedMeetingId), review: ['accepted', 'rejected'] })
    expect(reviewed.map((i) => i.review.state).sort()).toEqual(['accepted', 'rejected'])
    const edited = (await server.store.listItems({ meeting: String(server.seedMeetingId) })).filter((i) => i.review.edited)
    expect(edited.map((i) => i.actors)).toEqual([['Japan', 'United Kingdom', 'France']])
    expect(edited[0]!.deadline?.end).toBe('2017-03-31')
    expect((await server.store.history(edited[0]!.id)).filter((h) => h.field === 'actors').map((h) => h.actor)).toEqual(['editor'])
    await expect.poll(() => page.locator('progress#review-progress').getAttribute('value')).not.toBe('0')
    await page.getByRole('button', { name: 'Mark reviewed' }).click()
    await page.getByText('The meeting is marked reviewed.').waitFor()
    expect((await server.store.getMeeting(server.seedMeetingId))?.review).toMatchObject({ state: 'reviewed', by: 'editor' })
    // Like the report, the meeting page leaves the rejected item out unless the review filter asks for it.
    const rejectedId = reviewed.find((i) => i.review.state === 'rejected')!.id
    await page.goto(`/meetings/${server.seedMeetingId}`)
    await page.getByText(/\d+ items match/).waitFor()
    expect(await page.locator(`.item-row a[href="/items/${rejectedId}"]`).count()).toBe(0)
    await page.goto(`/meetings/${server.seedMeetingId}?review=rejected`)
    await page.getByText(/\d+ items? match/).waitFor()
    expect(await page.locator(`.item-row a[href="/items/${rejectedId}"]`).count()).toBe(1)
    await context.close()
  })

  it('shows a reviewer the other change when the item changed since the list was read, and decides nothing on the old reading', async () => {
    const { context, page } = await session('editor')
    await page.goto(`/meetings/${server.payloadMeetingId}/review`)
    await page.getByText(/Item 1 of \d+/).waitFor()
    const first = (await server.store.listItems({ meeting: String(server.payloadMeetingId) })).sort((a, b) => a.start - b.start)[0]!
    await server.store.reviewItems([first.id], { kind: 'accept' }, { actor: 'editor2', at: '2016-06-30T10:00:00.000Z' })
    await page.keyboard.press('a')
    await page
      .getByRole('alert')
      .getByText(/Someone changed item #\d+ since you read it \(last review by editor2\)/)
      .waitFor()
    expect(await page.locator('.review-current .badge.review-accepted').count()).toBe(1)
    expect((await server.store.getItem(first.id))?.review).toMatchObject({ state: 'accepted', by: 'editor2' })
    expect((await server.store.history(first.id)).filter((h) => h.field === 'review').map((h) => h.actor)).toEqual(['editor2'])
    await context.close()
  })

  it('adds an item by selecting text in the statement', async () => {
    const { context, page } = await session('editor')
    await page.goto(`/meetings/${server.seedMeetingId}/statement`)
    await page.locator('.statement .hl').first().waitFor()
    const quote = await page.evaluate(() => {
      // The first run of plain text (no item yet) long enough to be a pledge, in a numbered paragraph.
      const plain = (n: Node) => n.nodeName === 'SPAN' && !(n as Element).classList.contains('para-number') && (n.textContent ?? '').trim().length > 20
      const para = [...document.querySelectorAll('.statement [data-paragraph]')].find((p) => [...p.childNodes].some(plain))!
      const text = [...para.childNodes].find(plain)!
      const range = document.createRange()
      range.selectNodeContents(text)
      window.getSelection()!.removeAllRanges()
      window.getSelection()!.addRange(range)
      para.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
      return window.getSelection()!.toString()
    })
    expect(quote.length).toBeGreaterThan(3)
    await page.getByRole('button', { name: 'Add item' }).click()
    await page.getByRole('button', { name: 'Save item' }).click()
    const added = await page.getByText(/Item #\d+ added/).textContent()
    const item = await server.store.getItem(Number(/#(\d+)/.exec(added ?? '')![1]))
    expect(item).toMatchObject({ text: quote.replace(/\s+/g, ' ').trim(), review: { origin: 'added', by: 'editor' } })
    await context.close()
  })
})
