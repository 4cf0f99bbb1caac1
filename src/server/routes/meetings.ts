// Series, meetings, a meeting's document, its report in six formats and its charts as SVG.
import { Type } from '@fastify/type-provider-typebox'
import { buildReportInput, findReportMeeting, findReportSeries } from '../../commands/build-report-input.js'
import { decidedCounts, meetingReview } from '../../commands/meeting-review.js'
import { meetingReviewSummary } from '../../commands/review-items.js'
import { REPORT_FORMATS, renderMeetingReport, type ReportFormat } from '../../commands/write-report.js'
import { CommuniqueError } from '../../core/errors.js'
import { buildReport } from '../../report/index.js'
import { renderReportCharts } from '../../report/html/report-charts.js'
import { assertIsoDate, canonicalParty } from '../../track/index.js'
import { route } from '../route.js'
import { MeetingParams } from '../schemas.js'

const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
}

const AsOfQuery = Type.Object(
  {
    asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: "the report's date (default today)" })),
    round: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
)

async function requireMeeting(store: Parameters<typeof findReportMeeting>[0], ref: string) {
  const m = await store.getMeeting(ref)
  if (!m) throw new CommuniqueError('not-found', `no meeting "${ref}" in the store`, { params: { meeting: ref } })
  return m
}

export const meetingRoutes = [
  route({
    method: 'GET',
    url: '/api/series',
    rule: 'viewer',
    summary: 'Every series of meetings',
    tags: ['meetings'],
    schema: {},
    handler: async (_req, _reply, ctx) => ({ series: await ctx.store.listSeries() }),
  }),
  route({
    method: 'GET',
    url: '/api/series/:slug',
    rule: 'viewer',
    summary: 'One series with its meetings',
    tags: ['meetings'],
    schema: { params: Type.Object({ slug: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }) },
    handler: async (req, _reply, ctx) => {
      const series = await findReportSeries(ctx.store, req.params.slug)
      return { series, meetings: await ctx.store.meetingsOfSeries(series.name) }
    },
  }),
  route({
    method: 'GET',
    url: '/api/meetings',
    rule: 'viewer',
    summary: 'Meetings by date, optionally of one series or party',
    tags: ['meetings'],
    schema: {
      querystring: Type.Object(
        { series: Type.Optional(Type.String({ maxLength: 200 })), party: Type.Optional(Type.String({ maxLength: 200 })) },
        { additionalProperties: false },
      ),
    },
    handler: async (req, _reply, ctx) => {
      const meetings = await ctx.store.listMeetings({ series: req.query.series, party: req.query.party ? canonicalParty(req.query.party) : undefined })
      const decided = await decidedCounts(ctx.store)
      return { meetings: meetings.map((m) => ({ ...m, review: meetingReview(m, decided.get(m.id)) })) }
    },
  }),
  route({
    method: 'GET',
    url: '/api/meetings/:id',
    rule: 'viewer',
    summary: 'One meeting (id or slug) with its review state',
    tags: ['meetings'],
    schema: { params: MeetingParams },
    handler: async (req, _reply, ctx) => {
      const meeting = await requireMeeting(ctx.store, req.params.id)
      return { meeting, review: meetingReview(meeting, (await decidedCounts(ctx.store, meeting.id)).get(meeting.id)) }
    },
  }),
  route({
    method: 'GET',
    url: '/api/meetings/:id/review',
    rule: 'viewer',
    summary: "The meeting's review: counts by review state and the next item to look at",
    tags: ['review'],
    schema: { params: MeetingParams },
    handler: async (req, _reply, ctx) => {
      const { review, next } = await meetingReviewSummary(req.params.id, ctx.store)
      return { ...review, next: next ? { id: next.id, paragraph: next.paragraph } : null }
    },
  }),
  route({
    method: 'GET',
    url: '/api/meetings/:id/document',
    rule: 'viewer',
    summary: "The meeting's current document: text, paragraphs and item spans",
    tags: ['meetings'],
    schema: { params: MeetingParams },
    handler: async (req, _reply, ctx) => {
      const meeting = await requireMeeting(ctx.store, req.params.id)
      const [doc] = await ctx.store.listDocumentTexts([meeting.id])
      if (!doc) throw new CommuniqueError('not-found', `meeting "${req.params.id}" has no stored document`, { params: { meeting: req.params.id } })
      const items = await ctx.store.listItems({ meeting: String(meeting.id) })
      return {
        text: doc.text,
        paragraphs: doc.paragraphs.map((p) => ({ number: p.number, label: p.label, start: p.start, end: p.end })),
        items: items.map((i) => ({ id: i.id, type: i.type, start: i.start, end: i.end, review: i.review })),
      }
    },
  }),
  route({
    method: 'GET',
    url: '/api/meetings/:id/report.:format',
    rule: 'viewer',
    summary: "The meeting's follow-up report (html, pdf, md, csv, json, ics)",
    tags: ['reports'],
    schema: {
      params: Type.Object(
        { id: Type.String({ minLength: 1, maxLength: 200 }), format: Type.Union(REPORT_FORMATS.map((f) => Type.Literal(f))) },
        { additionalProperties: false },
      ),
      querystring: AsOfQuery,
    },
    handler: async (req, reply, ctx) => {
      const meeting = await findReportMeeting(ctx.store, req.params.id)
      const asOf = req.query.asOf ? assertIsoDate(req.query.asOf, 'asOf') : ctx.today()
      const format = req.params.format as ReportFormat
      const input = await buildReportInput(ctx.store, meeting, { asOf, round: req.query.round ?? null })
      const report = await renderMeetingReport(input, format, { chromiumPath: ctx.chromiumPath })
      void reply.type(CONTENT_TYPES[format]).header('content-disposition', `inline; filename="${meeting.slug}.${format}"`)
      // Note: the report's own HTML has inline styles only; it is served with the same CSP as everything.
      return reply.send(typeof report.content === 'string' ? report.content : Buffer.from(report.content))
    },
  }),
  route({
    method: 'GET',
    url: '/api/meetings/:id/charts',
    rule: 'viewer',
    summary: "The report's charts as server-rendered SVG",
    tags: ['reports'],
    schema: { params: MeetingParams, querystring: AsOfQuery },
    handler: async (req, _reply, ctx) => {
      const meeting = await findReportMeeting(ctx.store, req.params.id)
      const asOf = req.query.asOf ? assertIsoDate(req.query.asOf, 'asOf') : ctx.today()
      const model = buildReport(await buildReportInput(ctx.store, meeting, { asOf, round: req.query.round ?? null }))
      const svgs = await renderReportCharts(model)
      const titles = { statusByTopic: 'Status by topic', complianceByParty: 'Compliance by party', dueTimeline: 'Due dates' } as const
      return {
        charts: (Object.keys(titles) as Array<keyof typeof titles>).filter((k) => svgs[k] !== null).map((k) => ({ id: k, title: titles[k], svg: svgs[k]! })),
      }
    },
  }),
]
