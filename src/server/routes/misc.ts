// My work, search (segments, not HTML), compliance and export.
import { Type } from '@fastify/type-provider-typebox'
import { stringify } from 'csv-stringify/sync'
import { complianceReport } from '../../commands/compliance-report.js'
import { EXPORT_CSV_COLUMNS, exportCsvRows, exportRecords } from '../../commands/export-records.js'
import { myWork } from '../../commands/my-work.js'
import { toItemFilter } from '../../commands/query-items.js'
import { searchHits } from '../../commands/search-hits.js'
import { route } from '../route.js'
import { itemFilterProperties } from '../schemas.js'

const { q: _q, owner: _owner, dueAfter: _dueAfter, review: _review, ...storeFilterProperties } = itemFilterProperties

export const miscRoutes = [
  route({
    method: 'GET',
    url: '/api/work',
    rule: 'signed-in',
    summary: 'My work: owned, party, overdue and soon-due items; meetings with counts',
    tags: ['items'],
    schema: {},
    handler: async (req, _reply, ctx) => myWork(ctx.store, req.user!, ctx.today()),
  }),
  route({
    method: 'GET',
    url: '/api/search',
    rule: 'viewer',
    summary: 'Full-text search over paragraphs; snippets as segments with facets',
    tags: ['search'],
    schema: {
      querystring: Type.Object(
        {
          q: Type.String({ minLength: 1, maxLength: 500 }),
          ...storeFilterProperties,
          year: Type.Optional(Type.String({ pattern: '^\\d{4}$' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (req, _reply, ctx) => {
      const { q, year, limit = 20, ...filters } = req.query
      return searchHits(ctx.store, q, toItemFilter(filters, ctx.today()), { limit, year })
    },
  }),
  route({
    method: 'GET',
    url: '/api/compliance',
    rule: 'viewer',
    summary: 'Compliance averages by party (or topic, meeting)',
    tags: ['reports'],
    schema: {
      querystring: Type.Object(
        {
          meeting: Type.Optional(Type.String({ maxLength: 200 })),
          series: Type.Optional(Type.String({ maxLength: 200 })),
          round: Type.Optional(Type.String({ maxLength: 100 })),
          by: Type.Optional(Type.Union([Type.Literal('party'), Type.Literal('topic'), Type.Literal('meeting')])),
        },
        { additionalProperties: false },
      ),
    },
    handler: async (req, _reply, ctx) => {
      const { by = 'party', round, ...filter } = req.query
      return { by, round: round ?? null, averages: await complianceReport(ctx.store, { by, round, filter: toItemFilter(filter, ctx.today()) }) }
    },
  }),
  route({
    method: 'GET',
    url: '/api/export',
    rule: 'viewer',
    summary: 'Export items with their tracking, as JSON (export schema) or CSV',
    tags: ['reports'],
    schema: {
      querystring: Type.Object(
        { format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])), ...storeFilterProperties },
        { additionalProperties: false },
      ),
    },
    handler: async (req, reply, ctx) => {
      const { format = 'json', ...filter } = req.query
      const doc = await exportRecords(ctx.store, toItemFilter(filter, ctx.today()), ctx.now())
      if (format === 'json')
        return reply
          .type('application/json; charset=utf-8')
          .header('content-disposition', 'attachment; filename="communique-export.json"')
          .send(JSON.stringify(doc, null, 2))
      const csv = stringify(exportCsvRows(doc), { header: true, columns: [...EXPORT_CSV_COLUMNS] })
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="communique-export.csv"').send(csv)
    },
  }),
]
