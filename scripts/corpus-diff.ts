// Trackable items added, dropped or changed between two corpus dumps (scripts/corpus-dump.ts).
//   npx tsx scripts/corpus-diff.ts BEFORE.jsonl AFTER.jsonl
// Prints one line per difference ("+" added, "-" dropped, "=" replaced by an overlapping item,
// "~" same span with another type or actors) and the counts on stderr.
import { type DumpItem, overlaps, readDump, TRACKABLE } from './corpus-dump-format.js'

const [beforePath, afterPath] = process.argv.slice(2)
if (!beforePath || !afterPath) throw new Error('usage: corpus-diff.ts BEFORE.jsonl AFTER.jsonl')

type BySpan = Map<string, DumpItem>
const spanKey = (i: DumpItem) => `${i.start}:${i.end}`
const load = (path: string) =>
  new Map(readDump(path).map((d) => [d.file, new Map(d.items.filter((i) => TRACKABLE.has(i.type)).map((i) => [spanKey(i), i])) as BySpan]))

const before = load(beforePath)
const after = load(afterPath)
let added = 0
let dropped = 0
let changed = 0
for (const file of [...after.keys()].sort()) {
  const was = before.get(file) ?? new Map<string, DumpItem>()
  const now = after.get(file)!
  const name = file.split('/').pop()!.slice(0, 60)
  const keys = [...new Set([...was.keys(), ...now.keys()])].sort(
    (x, y) => Number(x.split(':')[0]) - Number(y.split(':')[0]) || Number(x.split(':')[1]) - Number(y.split(':')[1]),
  )
  for (const key of keys) {
    const x = was.get(key)
    const y = now.get(key)
    if (x && y) {
      if (x.type !== y.type || JSON.stringify(x.actors) !== JSON.stringify(y.actors)) {
        changed++
        console.log(`~ ${name} ${x.type}->${y.type} ${JSON.stringify(x.actors)}->${JSON.stringify(y.actors)} :: ${y.text.slice(0, 200)}`)
      }
    } else if (y) {
      const replaced = [...was.values()].find((v) => overlaps(v, y))
      if (replaced) changed++
      else added++
      console.log(
        `${replaced ? '= ' : '+ '}${name} ${y.type} [${y.rule}] ${JSON.stringify(y.actors)} :: ${y.text.slice(0, 240)}` +
          (replaced ? `\n     was: ${replaced.text.slice(0, 200)}` : ''),
      )
    } else if (x && ![...now.values()].some((v) => overlaps(v, x))) {
      dropped++
      console.log(`- ${name} ${x.type} [${x.rule}] :: ${x.text.slice(0, 240)}`)
    }
  }
}
console.error(`added ${added} dropped ${dropped} changed ${changed}`)
