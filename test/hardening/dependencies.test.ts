// The shipped CLI (dist/) does not load the packages used only to build lexicons, check dates in
// tests, or run TypeScript directly; so they are devDependencies, and `npm ci && npm start` works without them at run time.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/paths.js'

const DEV_ONLY = ['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node', 'tsx']

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  )
}

describe('dependencies', () => {
  it('dist/ and bin/ never import wink-nlp, its model, chrono-node or tsx, which are devDependencies', () => {
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
})
