// Ingest through the API: a multipart upload (with a preview that saves nothing) or a URL the
// server fetches (only when started with --allow-url-ingest; public addresses only).
import { Type } from '@fastify/type-provider-typebox'
import type { MultipartFile } from '@fastify/multipart'
import { fetchPublicUrl } from '../../commands/fetch-public-url.js'
import { ingestBytes, previewBytes } from '../../commands/ingest-bytes.js'
import { splitParties } from '../../commands/manifest.js'
import type { MeetingOverrides } from '../../core/meeting.js'
import { CommuniqueError } from '../../core/errors.js'
import { assertIsoDate } from '../../track/index.js'
import { route } from '../route.js'

function fieldValue(file: MultipartFile, name: string): string | undefined {
  const f = file.fields[name]
  const one = Array.isArray(f) ? f[0] : f
  return one && one.type === 'field' && typeof one.value === 'string' && one.value.trim() ? one.value.trim() : undefined
}

export const documentRoutes = [
  route({
    method: 'POST',
    url: '/api/documents',
    rule: 'admin',
    multipart: true,
    summary: 'Upload a document (multipart field `file`, then optional title, date, place, parties, series); ?preview=true saves nothing',
    tags: ['documents'],
    schema: { querystring: Type.Object({ preview: Type.Optional(Type.Boolean()) }, { additionalProperties: false }) },
    handler: async (req, reply, ctx) => {
      if (!req.raw.isMultipart()) throw new CommuniqueError('usage', 'send the document as multipart/form-data with a `file` field')
      // Note: metadata fields must come before the file part to be seen (multipart is read in order).
      const file = await req.raw.file()
      if (!file || file.fieldname !== 'file') throw new CommuniqueError('usage', 'the upload has no `file` field; send the document as the `file` part')
      const bytes = new Uint8Array(await file.toBuffer())
      const overrides: MeetingOverrides = {}
      for (const k of ['title', 'place', 'series'] as const) {
        const v = fieldValue(file, k)
        if (v) overrides[k] = v
      }
      const date = fieldValue(file, 'date')
      if (date) overrides.date = assertIsoDate(date, 'date')
      const parties = fieldValue(file, 'parties')
      const o = {
        store: ctx.store,
        name: file.filename || 'upload',
        source: `upload:${file.filename || 'upload'}`,
        contentType: file.mimetype,
        overrides,
        listedParties: parties ? splitParties(parties) : undefined,
        actor: req.user!.name,
        now: ctx.now(),
      }
      if (req.query.preview) return previewBytes(bytes, o)
      const result = await ingestBytes(bytes, o)
      return reply.status(result.outcome === 'unchanged' ? 200 : 201).send({ meeting: await ctx.store.getMeeting(result.meetingId), result })
    },
  }),
  route({
    method: 'POST',
    url: '/api/documents/url',
    rule: 'admin',
    summary: 'Ingest a public web page or file by URL (server started with --allow-url-ingest)',
    tags: ['documents'],
    schema: { body: Type.Object({ url: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }) },
    handler: async (req, reply, ctx) => {
      if (!ctx.allowUrlIngest)
        throw new CommuniqueError('forbidden', 'URL ingest is off; start the server with --allow-url-ingest to allow it', {
          params: { option: '--allow-url-ingest' },
        })
      const fetched = await fetchPublicUrl(req.body.url, { maxBytes: ctx.maxUploadBytes, resolve: ctx.lookup })
      const name = new URL(fetched.url).pathname.split('/').pop() || 'index.html'
      const result = await ingestBytes(fetched.bytes, {
        store: ctx.store,
        name,
        source: fetched.url,
        contentType: fetched.contentType,
        actor: req.user!.name,
        now: ctx.now(),
      })
      return reply.status(result.outcome === 'unchanged' ? 200 : 201).send({ meeting: await ctx.store.getMeeting(result.meetingId), result })
    },
  }),
]
