// Screenshots of every page of the web workspace into docs/web/, from a real store: the seed
// statement through the real pipeline with a little ILLUSTRATIVE tracking (owners, statuses,
// evidence, scores: not facts to quote) and the US–Japan leaders' series from ../shared/corpus,
// linked. Needs Chromium and the builds (npm run build).
// Usage: npx tsx test/web/make-screenshots.ts [--out docs/web]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { addUser } from '../../src/commands/accounts.js'
import { checkLexicon, keepLexicon } from '../../src/commands/load-lexicon.js'
import { CHROMIUM_ARGS } from '../../src/commands/render-pdf.js'
import { buildServer } from '../../src/server/app.js'
import { openStore } from '../../src/store/open-store.js'
import { ROOT } from '../helpers/paths.js'
import { CHROMIUM, PASSWORD, SEED, newContext, signIn } from './harness.js'

const out = join(ROOT, process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : 'docs/web')
const dir = mkdtempSync(join(tmpdir(), 'communique-shots-'))
const db = join(dir, 'shots.db')
const env: NodeJS.ProcessEnv = { ...process.env, COMMUNIQUE_DB: db, COMMUNIQUE_USER: 'desk-officer', TZ: 'UTC' }
delete env.DATABASE_URL
const cq = (...args: string[]) => execFileSync('node', [join(ROOT, 'bin/communique.js'), ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] }).toString()

cq('ingest', SEED)
const WH = join(ROOT, '../shared/corpus/wh-briefings-outcome-docs')
const SERIES = "U.S.-Japan Leaders' Summit"
if (existsSync(WH)) {
  const prefixes = [
    'wh-2021-04-16-u-s-japan-joint-leaders',
    'wh-2022-05-23-japan-u-s-joint-leaders',
    'wh-2023-01-13-joint-statement-of-the-united-states-and-japan',
    'wh-2024-04-10-united-states-japan-joint-leaders',
    'wh-2025-02-07-united-states-japan-joint-leaders',
  ]
  const names = readdirSync(WH)
  const files = prefixes
    .map((p) => names.find((n) => n.startsWith(p) && n.endsWith('.txt')))
    .filter((n): n is string => !!n)
    .map((n) => join(WH, n))
  cq('ingest', ...files, '--manifest', join(WH, 'MANIFEST.tsv'), '--series', SERIES)
  cq('link', '--series', SERIES)
} else console.warn(`no corpus at ${WH}: the series pages show only the seed`)

const store = await openStore({ path: db })
const seedMeeting = (await store.listMeetings()).find((m) => m.title?.startsWith('Second Japan-UK'))!
const items = await store.listItems({ meeting: String(seedMeeting.id), trackableOnly: true })
const find = (paragraph: number, words: string) => {
  const item = items.find((i) => i.paragraph === paragraph && i.text.includes(words))
  if (!item) throw new Error(`no trackable item in paragraph ${paragraph} with "${words}"`)
  return item.id
}
const at = (day: string, actor: string) => ({ actor, at: `${day}T10:00:00.000Z` })
const DPRK = find(6, 'further significant measures')
const CYBER = find(13, 'information-sharing')
const CT = find(12, 'reduce the risk')
const ACSA = find(14, 'conclude')
const FOLLOWUP = find(23, 'follow up')
await store.applyChange(DPRK, { kind: 'owner', owner: 'MOFA Asian and Oceanian Affairs Bureau' }, at('2016-01-20', 'mofa-desk'))
await store.applyChange(DPRK, { kind: 'status', status: 'done' }, at('2016-03-03', 'mofa-desk'))
await store.applyChange(
  DPRK,
  {
    kind: 'evidence',
    date: '2016-03-02',
    url: 'https://www.un.org/press/en/2016/sc12267.doc.htm',
    note: 'UN Security Council resolution 2270 adopted; Japan and the UK co-sponsored it.',
  },
  at('2016-03-03', 'mofa-desk'),
)
await store.applyChange(
  DPRK,
  { kind: 'assessment', party: 'Japan', score: 1, round: 'interim-2016', rationale: 'co-sponsored UNSCR 2270' },
  at('2016-07-01', 'analyst'),
)
await store.applyChange(
  DPRK,
  { kind: 'assessment', party: 'United Kingdom', score: 1, round: 'interim-2016', rationale: 'co-sponsored UNSCR 2270' },
  at('2016-07-01', 'analyst'),
)
await store.applyChange(CYBER, { kind: 'owner', owner: 'FCO Cyber Policy Department' }, at('2016-01-20', 'fco-desk'))
await store.applyChange(CYBER, { kind: 'status', status: 'in-progress' }, at('2016-02-10', 'fco-desk'))
await store.applyChange(CYBER, { kind: 'comment', text: 'Consultations pencilled in for May in Tokyo.' }, at('2016-02-10', 'fco-desk'))
await store.applyChange(CT, { kind: 'owner', owner: 'FCO Counter-Terrorism Department' }, at('2016-01-20', 'fco-desk'))
await store.applyChange(CT, { kind: 'status', status: 'stalled' }, at('2016-09-01', 'fco-desk'))
await store.applyChange(ACSA, { kind: 'owner', owner: 'Japan MOD Defence Policy Bureau' }, at('2016-01-20', 'mod-desk'))
await store.applyChange(ACSA, { kind: 'status', status: 'done' }, at('2017-01-27', 'mod-desk'))
await store.applyChange(FOLLOWUP, { kind: 'status', status: 'in-progress' }, at('2016-05-01', 'fco-desk'))
for (const [name, role, party] of [
  ['admin', 'admin', null],
  ['fco-desk', 'editor', 'United Kingdom'],
  ['viewer', 'viewer', null],
] as const)
  await addUser(store, { name, role, party, password: PASSWORD }, '2016-01-09T09:00:00.000Z')

const app = await buildServer({ store, today: () => '2016-06-30', chromiumPath: CHROMIUM })
const origin = (await app.listen({ host: '127.0.0.1', port: 0 })).replace('localhost', '127.0.0.1')
const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] })
mkdirSync(out, { recursive: true })
try {
  const { context } = await newContext(browser, origin, { width: 1280, height: 900 })
  const page = await context.newPage()
  const shot = async (name: string, path: string, fullPage = true) => {
    if (path) await page.goto(path)
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(150)
    await page.screenshot({ path: join(out, `${name}.png`), fullPage })
    console.log(`docs/web/${name}.png ← ${path || '(current page)'}`)
  }
  await page.goto('/')
  await shot('sign-in', '')
  await signIn(page, 'admin')
  const m = seedMeeting.id
  const series = (await store.listMeetings()).filter((x) => x.series === SERIES)
  const linked = (await store.listLinks({})).find((l) => l.review === 'suggested')
  await shot('home', '/')
  await shot('meetings', '/meetings')
  await shot('meeting', `/meetings/${m}`, false)
  await shot('meeting-full', `/meetings/${m}`)
  await shot('meeting-filtered', `/meetings/${m}?status=done&type=commitment`, false)
  await shot('statement', `/meetings/${m}/statement?item=${DPRK}`, false)
  await shot('item', `/items/${DPRK}`)
  if (linked) await shot('item-links', `/items/${linked.itemId}`)
  if (series[0]) await shot('series-meeting', `/meetings/${series[0].id}`, false)
  await shot('review', `/meetings/${m}/review`, false)
  await shot('items', '/items?type=commitment', false)
  await shot('search', '/search?q=cyber')
  await shot('upload', '/upload')
  const fresh = existsSync(WH) ? readdirSync(WH).find((n) => n.startsWith('wh-2021-04-02-united-states-japan-republic-of-korea')) : undefined
  await page.locator('input[type=file]').setInputFiles(fresh ? join(WH, fresh) : SEED)
  await page
    .getByRole('button', { name: 'Save the statement' })
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined)
  await shot('upload-preview', '', false)
  await shot('admin-users', '/admin/users')
  await keepLexicon(
    store,
    {
      name: 'pacific',
      lexicon: checkLexicon(
        'parties:\n  - name: Tuvalu\n    demonyms: [Tuvaluan]\norganisations:\n  - name: Pacific Islands Forum\n    aliases: [PIF]\npledgeVerbs: [covenant]\n',
        'pacific.yaml',
      ),
    },
    { actor: 'admin', now: '2016-01-09T10:00:00.000Z' },
  )
  await shot('lexicons', '/lexicons')
  // The conflict view: a second session saves first.
  await page.goto(`/items/${CYBER}`)
  await page.getByLabel('Owner').fill('FCO Cyber Directorate')
  const other = await newContext(browser, origin)
  const otherPage = await other.context.newPage()
  await signIn(otherPage, 'fco-desk')
  await otherPage.goto(`/items/${CYBER}`)
  await otherPage.getByLabel('Status').selectOption('done')
  await otherPage.getByRole('button', { name: 'Save tracking' }).click()
  await otherPage.locator('ol.history').getByText('done').first().waitFor()
  await page.getByRole('button', { name: 'Save tracking' }).click()
  await page.locator('.conflict').waitFor()
  await page.locator('.conflict').scrollIntoViewIfNeeded()
  await shot('conflict', '', false)
  await other.context.close()
  await context.close()
  const phone = await newContext(browser, origin, { width: 390, height: 844 })
  const phonePage = await phone.context.newPage()
  await signIn(phonePage, 'viewer')
  await phonePage.goto(`/meetings/${m}`)
  await phonePage.waitForLoadState('networkidle')
  await phonePage.screenshot({ path: join(out, 'phone-meeting-viewer.png') })
  console.log('docs/web/phone-meeting-viewer.png ← a viewer on a phone')
  await phone.context.close()
} finally {
  await browser.close()
  await app.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
}
