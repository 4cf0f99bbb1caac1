// `communique show ITEM`: one item with its source, tracking, evidence, assessments, comments and history.
import type { Command } from 'commander'
import { CommuniqueError } from '../../core/errors.js'
import type { ItemDetail } from '../../store/types.js'
import { complianceAverages, describeChange } from '../../track/index.js'
import { printJson } from '../output.js'
import type { CliContext } from '../program.js'
import { addFormatOptions, parseItemId, withStore } from '../store-helpers.js'

/** Registers `show`. */
export function register(program: Command, ctx: CliContext): void {
  const cmd = program.command('show').description('Show one item with everything recorded about it').argument('<item>', 'item id (from `communique list`)')
  addFormatOptions(cmd, false)
  cmd.action(async (item: string, opts: { json?: boolean }) => {
    const id = parseItemId(item)
    const detail = await withStore(ctx, (store) => store.getItemDetail(id))
    if (!detail) throw new CommuniqueError('not-found', `no item ${id} in the store; run \`communique list\` to see item ids`)
    if (opts.json) printJson(ctx.output, detail)
    else ctx.output.out(formatDetail(detail))
  })
}

/** The human-readable view of an item. */
export function formatDetail(d: ItemDetail): string {
  const lines = [
    `Item ${d.id} (${d.localId}): ${d.type}${d.trackable ? '' : ' (not tracked)'}, rule ${d.rule}`,
    `Meeting: ${d.meetingTitle ?? d.meetingSlug}${d.meetingDate ? ` (${d.meetingDate})` : ''} [${d.meetingSlug}]`,
    `Paragraph ${d.paragraph}: "${d.text}"`,
    `Actors: ${d.actors.join(', ') || '(none)'} | Topics: ${d.topics.join(', ') || '(none)'} | Strength: ${d.strength}${d.reaffirmed ? ' | reaffirmed' : ''}`,
    `Deadline: ${d.deadline ? `${d.deadline.text}${d.deadline.end ? ` (by ${d.deadline.end})` : d.deadline.relative ? ' (next meeting)' : ''}` : '(none)'}`,
  ]
  const r = d.review
  const marks = [r.origin === 'added' ? 'added by reviewer' : '', r.edited ? 'edited' : ''].filter(Boolean)
  lines.push(
    `Review: ${r.state}${r.reason ? ` (${r.reason}${r.note ? `: ${r.note}` : ''})` : ''}${r.by ? ` by ${r.by} at ${r.at?.slice(0, 16).replace('T', ' ')}` : ''}${marks.length > 0 ? ` | ${marks.join(', ')}` : ''} | Version: ${d.version}`,
  )
  if (d.proposal && r.edited) {
    const p = d.proposal
    lines.push(`Extractor's proposal (rule ${p.rule}): ${p.type}, paragraph ${p.paragraph}, offsets ${p.start}-${p.end}: "${p.text}"`)
    lines.push(`  Actors: ${p.actors.join(', ') || '(none)'} | Topics: ${p.topics.join(', ') || '(none)'} | Deadline: ${p.deadline?.text ?? '(none)'}`)
  } else if (r.origin === 'extracted') {
    lines.push(`Extractor's proposal (rule ${d.rule}): as above, not corrected`)
  }
  if (d.tracking) {
    const t = d.tracking
    lines.push(`Status: ${t.status} | Owner: ${t.owner ?? '(none)'} | Due: ${t.due ?? '(none)'}${t.dueEdited ? ' (edited)' : ''} | Version: ${t.version}`)
  }
  if (d.evidence.length > 0) {
    lines.push('Evidence:')
    for (const e of d.evidence) lines.push(`  ${e.date ?? '          '}  ${[e.url, e.note].filter(Boolean).join('  ')}  (${e.author})`)
  }
  if (d.assessments.length > 0) {
    lines.push('Assessments:')
    for (const a of d.assessments) lines.push(`  [${a.round}] ${a.party}: ${a.score > 0 ? '+1' : a.score} (${a.rationale}) (${a.author})`)
    const avg = complianceAverages(
      d.assessments.map((a) => ({
        itemId: d.id,
        party: a.party,
        score: a.score,
        round: a.round,
        recordedAt: a.recordedAt,
        topics: d.topics,
        meeting: d.meetingSlug,
      })),
      { by: 'party' },
    )
    lines.push(`  Compliance (latest per party): ${avg.map((x) => `${x.key} ${x.percent} %`).join(', ')}`)
  }
  if (d.comments.length > 0) {
    lines.push('Comments:')
    for (const c of d.comments) lines.push(`  ${c.recordedAt.slice(0, 16).replace('T', ' ')}  ${c.author}: ${c.text}`)
  }
  if (d.history.length > 0) {
    lines.push('History (corrections and tracking, oldest first):')
    for (const h of d.history)
      lines.push(`  v${h.version}  ${h.changedAt.slice(0, 16).replace('T', ' ')}  ${h.actor}  ${describeChange(h)}${h.note ? `  (${h.note})` : ''}`)
  }
  return lines.join('\n')
}
