// `communique eval` reports the same figures as the reference scorer, and refuses bad gold files.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateGold } from '../../src/commands/evaluate.js'
import { runCli } from '../helpers/cli.js'
import { HAS_SHARED, NO_SHARED, SHARED } from '../helpers/paths.js'

const DOCS = [join(SHARED, 'examples'), join(SHARED, 'corpus/wh-briefings-outcome-docs'), join(SHARED, 'corpus/dutertetimes-ph-reposts')]

describe.skipIf(!HAS_SHARED)(`communique eval${NO_SHARED}`, () => {
  it('agrees with ../shared/eval/score.mjs on the dev set', async () => {
    const pred = mkdtempSync(join(tmpdir(), 'communique-pred-'))
    const ours = await evaluateGold({ goldDirs: [join(SHARED, 'gold')], docDirs: DOCS, predDir: pred })
    const theirs = JSON.parse(
      execFileSync(process.execPath, [join(SHARED, 'eval/score.mjs'), '--gold-dir', join(SHARED, 'gold'), '--pred-dir', pred, '--json'], { encoding: 'utf8' }),
    ) as { summary: Record<string, number> }
    for (const key of ['tp', 'fp', 'fn', 'precision', 'recall', 'f1', 'typeAcc', 'actorAcc', 'deadlineAcc', 'metaAcc']) {
      const mine = key === 'metaAcc' ? ours.summary.meetingAcc : (ours.summary as unknown as Record<string, number>)[key]
      expect(mine, key).toBeCloseTo(theirs.summary[key]!, 10)
    }
    // The acceptance floor of the extraction issue, on the dev set.
    expect(ours.summary.f1).toBeGreaterThanOrEqual(0.92)
    expect(ours.summary.typeAcc).toBeGreaterThanOrEqual(0.95)
    expect(ours.summary.actorAcc).toBeGreaterThanOrEqual(0.95)
    expect(ours.summary.deadlineAcc).toBeGreaterThanOrEqual(0.95)
    expect(ours.summary.meetingAcc).toBe(1)
  }, 60_000)

  it('reads the real pages of test/gold-pages from the text alone: every gold file loads, and the dev halves keep their floors', async () => {
    const pred = mkdtempSync(join(tmpdir(), 'communique-pred-'))
    const pages = join(import.meta.dirname, '..', 'gold-pages')
    for (const half of ['dev', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'heldout', 'heldout2']) {
      const r = await evaluateGold({ goldDirs: [join(pages, half)], docDirs: [join(pages, half)], predDir: join(pred, half), manifest: false })
      expect(r.summary.tp + r.summary.fn, half).toBeGreaterThan(0)
      // Floors on the dev halves only (the held-out halves are measured, never tuned to): a fall is a regression.
      if (half === 'dev') expect([r.summary.f1, r.summary.actorAcc, r.summary.meetingAcc]).toEqual([1, 1, 1])
      if (half === 'dev2') expect(r.summary.meetingAcc, 'dev2 meeting fields').toBeGreaterThanOrEqual(0.97)
      if (half === 'dev3') expect(r.summary.meetingAcc, 'dev3 meeting fields').toBeGreaterThanOrEqual(0.97)
      if (half === 'dev4') expect(r.summary.meetingAcc, 'dev4 meeting fields').toBeGreaterThanOrEqual(0.97)
      if (half === 'dev5') expect(r.summary.meetingAcc, 'dev5 meeting fields').toBeGreaterThanOrEqual(0.97)
      if (half === 'dev6') expect(r.summary.meetingAcc, 'dev6 meeting fields').toBeGreaterThanOrEqual(0.93)
      if (half === 'dev7') expect(r.summary.meetingAcc, 'dev7 meeting fields').toBeGreaterThanOrEqual(0.97)
      if (half === 'dev8') expect(r.summary.meetingAcc, 'dev8 meeting fields').toBeGreaterThanOrEqual(0.93)
      if (half === 'dev9') expect(r.summary.meetingAcc, 'dev9 meeting fields').toBeGreaterThanOrEqual(0.97)
      if (half === 'dev10') expect(r.summary.meetingAcc, 'dev10 meeting fields').toBeGreaterThanOrEqual(0.97)
      if (half === 'dev11') {
        expect(r.summary.meetingAcc, 'dev11 meeting fields').toBeGreaterThanOrEqual(0.95)
        expect(r.summary.f1, 'dev11 F1').toBeGreaterThanOrEqual(0.93)
      }
    }
  }, 90_000)

  it('prints the scorer’s two summary lines', async () => {
    const { code, out } = await runCli(['eval', '--gold', join(SHARED, 'gold'), '--docs', ...DOCS, '-q'])
    expect(code).toBe(0)
    expect(out).toMatch(
      /^type \d\.\d{3} actors \d\.\d{3} deadline \d\.\d{3} meeting \d\.\d{3}\ntrackable P \d\.\d{3} R \d\.\d{3} F1 \d\.\d{3} over 3 documents$/,
    )
  }, 60_000)
})

describe('communique eval: bad input gives one line and exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'communique-gold-'))
  const write = (name: string, body: string): string => {
    const d = join(dir, name)
    mkdirSync(d, { recursive: true })
    writeFileSync(join(d, 'doc.json'), body)
    return d
  }
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing gold folder', () => ['--gold', join(dir, 'nope')], /gold folder .*nope does not exist/],
    ['a gold file that is not JSON', () => ['--gold', write('notjson', '{ oops')], /doc\.json: not valid JSON/],
    [
      'a gold file of the wrong shape',
      () => ['--gold', write('shape', '{"document": "x.txt", "items": [{"quote": ""}]}')],
      /not a gold file: items\[0\]\.quote/,
    ],
    [
      'a deadline whose end is an offset, not a date',
      () => [
        '--gold',
        write('deadline', '{"document": "x.txt", "items": [{"quote": "will act by 2022", "type": "commitment", "deadline": {"text": "2022", "end": 1612}}]}'),
      ],
      /not a gold file: items\[0\]\.deadline\.end must be a date \(YYYY-MM-DD\), null or absent \(a deadline relative to the series\), not 1612/,
    ],
    [
      'a gold document whose text is missing',
      () => ['--gold', write('missing', '{"document": "no-such-doc.txt", "meeting": null, "items": []}'), '--docs', dir],
      /its document no-such-doc\.txt is in none of/,
    ],
  ]
  it.each(cases)('%s', async (_name, args, message) => {
    const { code, err } = await runCli(['eval', ...args()])
    expect(code).toBe(1)
    expect(err.split('\n')).toHaveLength(1)
    expect(err).toMatch(message)
  })
})

describe('communique eval --no-manifest', () => {
  it('ignores the manifest beside the documents and reports actors from the text alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'communique-nomanifest-'))
    writeFileSync(
      join(dir, 'doc.txt'),
      'Joint Statement\n\n1. The Ministers met in Tokyo on 8 January 2016.\n2. The Ministers would cooperate closely on maritime security.\n',
    )
    writeFileSync(join(dir, 'MANIFEST.tsv'), 'file\ttitle\tdate\tparties\ndoc.txt\tJoint Statement\t2016-01-08\tJapan; United Kingdom\n')
    writeFileSync(
      join(dir, 'doc.json'),
      JSON.stringify({
        document: 'doc.txt',
        meeting: null,
        items: [
          {
            paragraph: 2,
            quote: 'The Ministers would cooperate closely on maritime security',
            type: 'commitment',
            actors: ['Japan', 'United Kingdom'],
            deadline: null,
          },
        ],
      }),
    )
    const withManifest = await runCli(['eval', '--gold', dir, '-q'])
    const textAlone = await runCli(['eval', '--gold', dir, '-q', '--no-manifest'])
    expect(withManifest.out).toMatch(/actors 1\.000/)
    expect(textAlone.out).toMatch(/actors 0\.000/)
    expect(textAlone.out).toMatch(/trackable P 1\.000 R 1\.000/)
  })
})
