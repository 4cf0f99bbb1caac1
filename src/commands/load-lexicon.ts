// Reads user lexicon files (JSON or YAML), checks them against schema/lexicon.schema.json and puts
// them in force for parse and extract. A bad file gives one line naming the file, line and field.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { CommuniqueError } from '../core/errors.js'
import { useLexicons, type UserLexicon } from '../lexicon/user-lexicon.js'
import type { Store } from '../store/store.js'
import type { StoredLexicon } from '../store/types.js'

const SCHEMA_URL = new URL('../../schema/lexicon.schema.json', import.meta.url)
let validate: (((value: unknown) => boolean) & { errors?: ErrorObject[] | null }) | null = null

/** The environment variable (a setting of the environment; `communique lexicon add` keeps one in the store) naming lexicon files, separated by the path delimiter or commas. */
export const LEXICON_SETTING = 'COMMUNIQUE_LEXICON'

/**
 * Reads and checks one lexicon file.
 * @throws CommuniqueError 'not-found' for a missing file, 'invalid-input' for a file that is not
 *   JSON/YAML or does not follow the schema, with the line and field in the message
 */
export function readLexiconFile(path: string): UserLexicon {
  if (!existsSync(path))
    throw new CommuniqueError('not-found', `${path}: no such lexicon file; name a JSON or YAML lexicon file that exists (see schema/lexicon.schema.json)`)
  if (statSync(path).isDirectory()) throw new CommuniqueError('not-a-file', `${path} is a folder; a lexicon is one JSON or YAML file`)
  return checkLexicon(readFileSync(path, 'utf8'), path)
}

/**
 * Checks the text of a lexicon (JSON or YAML) against the schema.
 * @param label names the text in messages (a path, or "stored lexicon NAME")
 * @throws CommuniqueError 'invalid-input' with the line and field
 */
export function checkLexicon(text: string, label: string): UserLexicon {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const syntax = doc.errors[0]
  if (syntax) {
    const line = syntax.linePos?.[0]?.line ?? lines.linePos(syntax.pos[0]).line
    throw new CommuniqueError('invalid-input', `${label}:${line}: not valid JSON or YAML (${syntax.message.split('\n')[0]}); fix the lexicon file`)
  }
  const value: unknown = doc.toJS() ?? {}
  validate ??= new Ajv2020({ allErrors: false, strict: true }).compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as object)
  if (!validate(value)) {
    const e = validate.errors![0]!
    const segments = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    const field = [
      ...segments,
      ...(e.keyword === 'required' ? [String(e.params.missingProperty)] : e.keyword === 'additionalProperties' ? [String(e.params.additionalProperty)] : []),
    ]
    const node = nodeAt(doc.contents as Node | null, e.keyword === 'additionalProperties' ? field : segments)
    const line = node?.range ? lines.linePos(node.range[0]).line : 1
    const name = field.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(top level)'
    const what = e.keyword === 'additionalProperties' ? 'is not a lexicon field' : e.keyword === 'required' ? 'is missing' : (e.message ?? 'is not valid')
    throw new CommuniqueError('invalid-input', `${label}:${line}: field ${name} ${what}; see schema/lexicon.schema.json`)
  }
  return value as UserLexicon
}

/** The YAML node at a path of keys and indexes (the key's node for the last key, when it is in a map). */
function nodeAt(root: Node | null, path: string[]): Node | null {
  let node: Node | null = root
  for (const [i, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === key)
      if (!pair) return node
      node = i === path.length - 1 && pair.key && typeof pair.key === 'object' ? (pair.key as Node) : (pair.value as Node | null)
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as Node | undefined
      if (!item) return node
      node = item
    } else return node
  }
  return node
}

/**
 * Reads the lexicon files given (and those of the COMMUNIQUE_LEXICON setting) and puts them in force.
 * @param files paths from --lexicon, in order
 * @param env the environment, for the setting
 * @returns how many files were read
 */
export function loadLexicons(files: readonly string[] = [], env: NodeJS.ProcessEnv = {}): number {
  const all = readLexiconFiles(files, env)
  useLexicons(all)
  return all.length
}

/** The lexicon files named by the COMMUNIQUE_LEXICON setting, then those given, read and checked. */
function readLexiconFiles(files: readonly string[], env: NodeJS.ProcessEnv): UserLexicon[] {
  const fromSetting = (env[LEXICON_SETTING] ?? '')
    .split(/[,:;]/)
    .map((s) => s.trim())
    .filter(Boolean)
  return [...fromSetting, ...files].map(readLexiconFile)
}

/** Commander collector for a repeatable file option (`--lexicon a.yaml --lexicon b.json`). */
export function collectFiles(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

/** The help line of --lexicon, the same on every command. */
export const LEXICON_OPTION_HELP = `also read this user lexicon (JSON or YAML per schema/lexicon.schema.json: parties, organisations with members, agencies, offices, topic keywords, pledge verbs); repeatable; files in ${LEXICON_SETTING} are read first`

/** Names a stored lexicon may have: letters, digits, dot, underscore and hyphen, 1–64 characters. */
const LEXICON_NAME = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u

/**
 * Refuses a name a lexicon may not be kept under.
 * @param hint added to the message ("e.g. --name pacific" on the CLI)
 * @throws CommuniqueError 'usage'
 */
export function assertLexiconName(name: string, hint = ''): void {
  if (!LEXICON_NAME.test(name))
    throw new CommuniqueError('usage', `"${name}" is not a usable lexicon name; use letters, digits, ".", "_" and "-" (up to 64)${hint}`)
}

/**
 * Reads and checks a lexicon file to keep in the store, and its name — before the store is opened,
 * so a bad file or name leaves no trace.
 * @param name defaults to the file name without its extension
 * @throws CommuniqueError as readLexiconFile, or 'usage' for a bad name
 */
export function readLexiconToStore(path: string, name?: string): { name: string; lexicon: UserLexicon } {
  const lexicon = readLexiconFile(path)
  const chosen = name ?? basename(path).replace(/\.(json|ya?ml)$/i, '')
  assertLexiconName(chosen, ', e.g. --name pacific')
  return { name: chosen, lexicon }
}

/**
 * Keeps a checked lexicon in the store under its name (replacing one of that name), so that every
 * ingest into the store — from any member's CLI or through the server — reads it.
 * @returns true when it replaced a stored lexicon
 */
export async function keepLexicon(store: Store, l: { name: string; lexicon: UserLexicon }, by: { actor: string; now: string }): Promise<boolean> {
  return store.saveLexicon({ name: l.name, body: JSON.stringify(l.lexicon), addedBy: by.actor, addedAt: by.now })
}

/** The lexicons kept in the store, checked again (a schema change since they were saved gives one line). */
export async function storedLexicons(store: Store): Promise<Array<StoredLexicon & { lexicon: UserLexicon }>> {
  const rows = await store.listLexicons()
  return rows.map((row) => ({
    ...row,
    lexicon: checkLexicon(row.body, `stored lexicon ${row.name} (run \`communique lexicon remove ${row.name}\` and add it again)`),
  }))
}

/**
 * Puts in force, in this order, the lexicons kept in the store, those of the COMMUNIQUE_LEXICON
 * setting and those given with --lexicon.
 * @returns how many lexicons are in force
 */
export async function useStoreLexicons(store: Store, files: readonly string[] = [], env: NodeJS.ProcessEnv = {}): Promise<number> {
  const stored = (await storedLexicons(store)).map((s) => s.lexicon)
  const fromFiles = readLexiconFiles(files, env)
  useLexicons([...stored, ...fromFiles])
  return stored.length + fromFiles.length
}

/** A short count of what a lexicon adds ("2 parties, 1 organisation, 3 pledge verbs"). */
export function describeLexicon(l: UserLexicon): string {
  const parts = (
    [
      ['party', 'parties', l.parties],
      ['organisation', 'organisations', l.organisations],
      ['agency', 'agencies', l.agencies],
      ['office', 'offices', l.offices],
      ['topic', 'topics', l.topics],
      ['pledge verb', 'pledge verbs', l.pledgeVerbs],
    ] as const
  )
    .filter(([, , list]) => (list?.length ?? 0) > 0)
    .map(([one, many, list]) => `${list!.length} ${list!.length === 1 ? one : many}`)
  return parts.length > 0 ? parts.join(', ') : 'nothing'
}
