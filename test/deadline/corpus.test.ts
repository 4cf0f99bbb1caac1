// The deadline finder over real documents (../shared/corpus): it never throws, its spans slice to
// their text, its dates are valid, and it agrees with chrono-node on full dates (its speed is a benchmark: bench/extract.ts).
import * as chrono from 'chrono-node'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { findTimeExpressions } from '../../src/extract/deadline/index.js'
import { isIsoDate } from '../../src/extract/deadline/iso-dates.js'
import { scanTimeExpressions } from '../../src/extract/deadline/scan.js'

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
const WH = `${CORPUS}wh-briefings-outcome-docs/`
const UNGDC = `${CORPUS}ungdc-2015-2024/`

/** Sentences of the White House documents (unwrapped, markup removed) with each document's date. */
function whSentences(): Array<{ text: string; date: string }> {
  const dates = new Map(
    readFileSync(`${WH}MANIFEST.tsv`, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .map((c) => [c[0], c[2]]),
  )
  const out: Array<{ text: string; date: string }> = []
  for (const file of readdirSync(WH).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(`${WH}${file}`, 'utf8')
      .replace(/(?<!\n)\n(?!\n)/g, ' ')
      .replace(/\*\*|\\/g, '')
      .replace(/ {2,}/g, ' ')
    for (const s of text.split(/(?<=[.;!?])\s+/)) out.push({ text: s, date: dates.get(file)! })
  }
  return out
}

/** Sentences of the first `count` UN General Debate speeches, dated to the debate's September. */
function ungdcSentences(count: number): Array<{ text: string; date: string }> {
  const out: Array<{ text: string; date: string }> = []
  for (const file of readdirSync(UNGDC)
    .filter((f) => f.endsWith('.txt'))
    .slice(0, count)) {
    const date = `${/_(\d{4})\.txt$/.exec(file)![1]}-09-25`
    for (const s of readFileSync(`${UNGDC}${file}`, 'utf8').split(/(?<=[.;!?])\s+/)) out.push({ text: s, date })
  }
  return out
}

describe.skipIf(!existsSync(WH))('deadlines over the corpus (skipped when ../shared/corpus is not beside the project)', () => {
  // Note: read in beforeAll, so that a skipped suite reads nothing.
  let sentences: Array<{ text: string; date: string }> = []
  beforeAll(() => {
    sentences = [...whSentences(), ...ungdcSentences(150)]
  })

  it('gives spans that slice to the text and valid, ordered dates', () => {
    let expressions = 0
    for (const { text, date } of sentences) {
      for (const d of findTimeExpressions(text, { documentDate: date, offset: 7 })) {
        expressions++
        expect(text.slice(d.span.start - 7, d.span.end - 7)).toBe(d.text)
        for (const v of [d.start, d.end]) if (v !== null) expect(isIsoDate(v), `${v} in ${d.text}`).toBe(true)
        if (d.start !== null && d.end !== null && !/^(?:before|ahead|prior)/i.test(d.text)) expect(d.start <= d.end, `${d.text} in ${text}`).toBe(true)
      }
    }
    expect(expressions).toBeGreaterThan(1000)
  })

  it('agrees with chrono-node on every full date it reads', () => {
    const disagreements: string[] = []
    let compared = 0
    for (const { text, date } of sentences.slice(0, 40_000)) {
      for (const e of scanTimeExpressions(text, date)) {
        if (e.rule !== 'deadline/day-month-year' && e.rule !== 'deadline/month-day-year') continue
        // chrono reads one date of a coordination ("9 November 2020 and 11 January 2021") and no "and" range.
        if (/\band\b/.test(e.text) || e.lead === 'before' || e.lead === 'from') continue
        const [r] = chrono.parse(e.text, new Date(`${date}T00:00:00Z`), { forwardDate: false })
        if (r === undefined) continue
        const c = r.end ?? r.start
        const theirs = `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`
        compared++
        if (theirs !== e.end) disagreements.push(`${e.text}: ${e.end} vs chrono ${theirs}`)
      }
    }
    expect(compared).toBeGreaterThan(50)
    expect(disagreements).toEqual([])
  })
})
