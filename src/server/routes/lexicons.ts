// User lexicons kept in the store (the team's setting; `communique lexicon` on the CLI): any
// signed-in user reads them, admins keep and remove them. Every upload reads them.
import { Type } from '@fastify/type-provider-typebox'
import { assertLexiconName, checkLexicon, describeLexicon, keepLexicon, storedLexicons } from '../../commands/load-lexicon.js'
import { CommuniqueError } from '../../core/errors.js'
import { route } from '../route.js'

const NameParams = Type.Object({ name: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false })
const LexiconEntry = Type.Object({
  name: Type.String(),
  adds: Type.String(),
  addedBy: Type.String(),
  addedAt: Type.String(),
  lexicon: Type.Record(Type.String(), Type.Unknown()),
})

export const lexiconRoutes = [
  route({
    method: 'GET',
    url: '/api/lexicons',
    rule: 'signed-in',
    summary: 'The user lexicons kept in the store (read by every ingest into it)',
    tags: ['lexicons'],
    schema: { response: { 200: Type.Object({ lexicons: Type.Array(LexiconEntry) }) } },
    handler: async (_req, _reply, ctx) => ({
      lexicons: (await storedLexicons(ctx.store)).map((l) => ({
        name: l.name,
        adds: describeLexicon(l.lexicon),
        addedBy: l.addedBy,
        addedAt: l.addedAt,
        lexicon: l.lexicon as Record<string, unknown>,
      })),
    }),
  }),
  route({
    method: 'PUT',
    url: '/api/lexicons/:name',
    rule: 'admin',
    summary: 'Keep a lexicon (per schema/lexicon.schema.json; an object, or the text of a JSON or YAML file) under this name, replacing one of the same name',
    tags: ['lexicons'],
    schema: {
      params: NameParams,
      // The lexicon as an object, or the text of a lexicon file (JSON or YAML, as `communique lexicon add`
      // reads it: errors then name the file's line).
      body: Type.Object(
        { lexicon: Type.Optional(Type.Record(Type.String(), Type.Unknown())), text: Type.Optional(Type.String({ maxLength: 1_000_000 })) },
        { additionalProperties: false },
      ),
    },
    handler: async (req, reply, ctx) => {
      assertLexiconName(req.params.name)
      const { lexicon: given, text: file } = req.body
      if ((given === undefined) === (file === undefined))
        throw new CommuniqueError('usage', 'send the lexicon as "lexicon" (an object) or as "text" (a JSON or YAML file\'s text), one of the two')
      const text = file ?? JSON.stringify(given, null, 1)
      const lexicon = checkLexicon(text, `lexicon ${req.params.name}`)
      const replaced = await keepLexicon(ctx.store, { name: req.params.name, lexicon }, { actor: req.user!.name, now: ctx.now() })
      return reply.status(replaced ? 200 : 201).send({ name: req.params.name, adds: describeLexicon(lexicon), replaced })
    },
  }),
  route({
    method: 'DELETE',
    url: '/api/lexicons/:name',
    rule: 'admin',
    summary: 'Remove a lexicon (documents already stored keep their items)',
    tags: ['lexicons'],
    schema: { params: NameParams },
    handler: async (req, reply, ctx) => {
      if (!(await ctx.store.removeLexicon(req.params.name))) throw new CommuniqueError('not-found', `no lexicon named "${req.params.name}" in the store`)
      return reply.status(204).send()
    },
  }),
]
