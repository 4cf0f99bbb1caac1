// The seed (Second Japan-UK "2+2", Tokyo, 8 January 2016) and a follow-up statement written for
// these tests in the style of the Third meeting (London, 14 December 2017): the links a reader
// expects, and the things the linker must never do (a same-meeting link, a heading as the passage,
// "reported-done" because a meeting was held, a link on a stock phrase alone).
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { analyzeDocument } from '../../src/commands/analyze-document.js'
import type { Heading } from '../../src/core/tree.js'
import { indexSeries, linkMeetings, splitActions, toLinkDocument, type LinkDocument, type LinkSuggestion } from '../../src/track/link/index.js'

const SEED = resolve(import.meta.dirname, '../../examples/japan-uk-2plus2-2016-01-08.txt')
const FOLLOW_UP = resolve(import.meta.dirname, 'fixtures/japan-uk-2plus2-2017-12-14-followup.txt')

let seed: LinkDocument
let followUp: LinkDocument
let headings: Array<{ start: number; end: number; text: string }>
let links: LinkSuggestion[]

beforeAll(async () => {
  const a = await analyzeDocument(SEED, { manifest: false })
  const b = await analyzeDocument(FOLLOW_UP, { manifest: false })
  seed = toLinkDocument({ meetingId: '2016-01-08', date: a.meeting.date!, tree: a.tree, items: a.items })
  followUp = toLinkDocument({ meetingId: '2017-12-14', date: b.meeting.date!, tree: b.tree, items: b.items })
  headings = b.tree.children
    .filter((n): n is Heading => n.type === 'heading')
    .map((h) => ({ start: h.position.start.offset, end: h.position.end.offset, text: b.file.value.slice(h.position.start.offset, h.position.end.offset) }))
  links = linkMeetings(seed, [followUp], { index: indexSeries([seed, followUp]) })
})

/** The links of the seed item whose text starts with `start`. */
function linksOf(start: string): LinkSuggestion[] {
  const item = seed.items.find((it) => it.text.startsWith(start))
  expect(item, `seed item "${start}…"`).toBeDefined()
  return links.filter((l) => l.itemId === item!.id)
}

describe('the Japan-UK 2+2 fixture series (2016 seed → 2017 follow-up)', () => {
  it.each([
    // [seed item starts, paragraph of the follow-up, kind]
    ['They also confirmed they would pursue the visit of RAF Typhoon aircraft', 3, 'reported-done'],
    ['they would start a new joint study on personnel vulnerability evaluation', 5, 'progress-reported'],
    ['continuing joint exercises on mine sweeping in the Gulf', 6, 'progress-reported'],
    ['the Ministers decided to strengthen information-sharing and cooperation in cybersecurity', 7, 'reaffirmed'],
    ['The Ministers confirmed their commitment to cooperate for the safety and security of the 2020 Tokyo', 8, 'reaffirmed'],
    ['Japan and the UK would explore opportunities to cooperate on Women, Peace and Security', 9, 'mentioned'],
  ] as const)('links "%s…" to ¶%i as %s, with a reason', (start, paragraph, kind) => {
    const best = linksOf(start).sort((a, b) => b.score - a.score)[0]
    expect(best).toMatchObject({ paragraph, kind })
    expect(best!.reason).toMatch(/→ /)
  })

  it('completes the directive to report to the next meeting by that meeting being held, and names the meeting', () => {
    const held = linksOf('The Ministers instructed their respective officials to closely follow up').filter((l) => l.kind === 'reported-done')
    expect(held).toHaveLength(1)
    expect(held[0]).toMatchObject({ paragraph: 1, rule: 'reported-done/next-meeting-held' })
    expect(held[0]!.passage).toContain('for the Third Japan-UK Foreign and Defence Ministerial Meeting')
    expect(held[0]!.action.text).toMatch(/^report to the next/)
  })

  it('never reports a pledge done because a meeting was held', () => {
    const onFraming = links.filter((l) => l.paragraph === 1)
    expect(onFraming.every((l) => l.rule === 'reported-done/next-meeting-held')).toBe(true)
    expect(links.filter((l) => l.rule === 'reported-done/held')).toEqual([])
    // ¶11 decides to hold the next meeting: that completes nothing of 2016.
    expect(links.filter((l) => l.paragraph === 11 && l.kind === 'reported-done')).toEqual([])
  })

  it('never uses a heading or caption as the passage', () => {
    expect(headings.map((h) => h.text)).toContain('Defence equipment and technology cooperation')
    for (const l of links) for (const h of headings) expect(l.start < h.end && h.start < l.end, `link on heading "${h.text}"`).toBe(false)
    expect(followUp.passages.some((p) => /^Defence equipment and technology cooperation$/.test(p.text))).toBe(false)
  })

  it('never links on a stock phrase alone ("a free and open Indo-Pacific based on the rule of law")', () => {
    expect(links.filter((l) => l.paragraph === 10)).toEqual([])
  })

  it('never links within one meeting: the meeting itself, or another document of the same date', () => {
    const sameMeeting: LinkDocument = { ...seed, meetingId: '2016-01-08-second-document' }
    expect(linkMeetings(seed, [seed, sameMeeting], { index: indexSeries([seed, sameMeeting]) })).toEqual([])
    expect(linkMeetings(seed, [sameMeeting, followUp], { index: indexSeries([seed, sameMeeting, followUp]) }).every((l) => l.meetingId === '2017-12-14')).toBe(
      true,
    )
  })

  it('links each action of a multi-action item on its own', () => {
    // "meet regularly and exchange information and proposals": two actions, linked separately.
    const item = seed.items.find((it) => it.text.startsWith('the Ministers directed their officials to meet regularly'))!
    expect(splitActions(item).map((u) => u.text)).toEqual(['the Ministers directed their officials to meet regularly', 'exchange information and proposals'])
    for (const l of linksOf('the Ministers directed their officials to meet regularly')) {
      expect(l.action.id).toMatch(/\/a[12]$/)
      expect(l.start >= l.action.start || l.action.text.length > 0).toBe(true)
    }
  })

  it('keeps offsets that slice to the passage', () => {
    for (const l of links) {
      const p = followUp.passages.find((x) => x.start === l.start)!
      expect([p.end, p.text]).toEqual([l.end, l.passage])
    }
  })
})
