// Reads user lexicon files (JSON or YAML), checks them against schema/lexicon.schema.json and puts
// them in force for parse and extract. A bad file gives one line naming the file, line and field.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js'
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { CommuniqueError } from '../core/errors.js'
import { useLexicons, type UserLexicon } from '../lexicon/user-lexicon.js'

const SCHEMA_URL = new URL('../../schema/lexicon.schema.json', import.meta.url)
let validate: (((value: unknown) => boolean) & { errors?: ErrorObject[] | null }) | null = null

/** The environment variable (a store-wide setting) naming lexicon files, separated by the path delimiter or commas. */
export const LEXICON_SETTING = 'COMMUNIQUE_LEXICON'

/**
 * Reads and checks one lexicon file.
 * @throws CommuniqueError 'not-found' for a missing file, 'invalid-input' for a file that is not
 *   JSON/YAML or does not follow the schema, with the line and field in the message
 */
export function readLexiconFile(path: string): UserLexicon {
  if (!existsSync(path))
    throw new CommuniqueError('not-found', `${path}: no such lexicon file; pass --lexicon with a JSON or YAML file (see schema/lexicon.schema.json)`)
  if (statSync(path).isDirectory()) throw new CommuniqueError('not-a-file', `${path} is a folder; --lexicon expects a JSON or YAML file`)
  const text = readFileSync(path, 'utf8')
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const syntax = doc.errors[0]
  if (syntax) {
    const line = syntax.linePos?.[0]?.line ?? lines.linePos(syntax.pos[0]).line
    throw new CommuniqueError('invalid-input', `${path}:${line}: not valid JSON or YAML (${syntax.message.split('\n')[0]}); fix the lexicon file`)
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
    throw new CommuniqueError('invalid-input', `${path}:${line}: field ${name} ${what}; see schema/lexicon.schema.json`)
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
  const fromSetting = (env[LEXICON_SETTING] ?? '')
    .split(/[,:;]/)
    .map((s) => s.trim())
    .filter(Boolean)
  const all = [...fromSetting, ...files]
  useLexicons(all.map(readLexiconFile))
  return all.length
}

/** Commander collector for a repeatable file option (`--lexicon a.yaml --lexicon b.json`). */
export function collectFiles(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

/** The help line of --lexicon, the same on every command. */
export const LEXICON_OPTION_HELP = `also read this user lexicon (JSON or YAML per schema/lexicon.schema.json: parties, organisations with members, agencies, offices, topic keywords, pledge verbs); repeatable; files in ${LEXICON_SETTING} are read first`
