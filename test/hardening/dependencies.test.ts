// The shipped CLI (dist/) does not load the packages used only to build lexicons, check dates in
// tests, or run TypeScript directly; so they are devDependencies, and `npm ci && npm start` works without them at run time.
// Every package dist/ does load is a runtime dependency (wink-eng-lite-web-model's word list is read
// by parse/repair-glued.ts, so the model stays one while wink-nlp itself does not).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/paths.js'

const DEV_ONLY = ['wink-nlp', 'chrono-node', 'tsx']

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  )
}

describe('dependencies', () => {
  it('dist/ and bin/ never import wink-nlp, chrono-node or tsx, which are devDependencies', () => {
    const files = [...jsFiles(join(ROOT, 'dist')), ...jsFiles(join(ROOT, 'bin'))]
    expect(files.length).toBeGreaterThan(50)
    for (const file of files) {
      const code = readFileSync(file, 'utf8')
      for (const name of DEV_ONLY) {
        expect(code, file).not.toMatch(new RegExp(`(?:from\\s*|import\\s*\\(\\s*|require\\s*\\(\\s*)['"]${name}(?:/[^'"]*)?['"]`))
      }
    }
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
      devDependencies: Record<string, string>
    }
    for (const name of DEV_ONLY) {
      expect(pkg.dependencies[name], name).toBeUndefined()
      expect(pkg.devDependencies[name], name).toBeDefined()
    }
  })

  it('every package dist/ and bin/ load is a runtime dependency', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const files = [...jsFiles(join(ROOT, 'dist')).filter((f) => !f.includes(`${join('dist', 'web')}`)), ...jsFiles(join(ROOT, 'bin'))]
    const used = new Set<string>()
    for (const file of files) {
      const code = readFileSync(file, 'utf8')
      for (const m of code.matchAll(
        /^(?:import|export)\b[^'"\n]*?from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|\brequire\(\s*['"]([^'"]+)['"]\s*\)/gm,
      )) {
        const spec = m[1] ?? m[2] ?? m[3]!
        if (!/^(?:@[a-z][\w.-]*\/)?[a-z][\w.-]*(?:\/[\w./-]*)?$/.test(spec)) continue
        used.add(
          spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/'),
        )
      }
    }
    expect(used.size).toBeGreaterThan(5)
    for (const name of used) expect(pkg.dependencies[name], `${name} is loaded by dist/ but is not in dependencies`).toBeDefined()
  })
})
