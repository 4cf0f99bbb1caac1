// Paths the tests share: the project, its bundled example, and the shared data beside it.
import { existsSync, realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The project folder, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The bundled seed statement (Japan-UK "2+2", 8 January 2016). */
export const SEED = `${ROOT}examples/japan-uk-2plus2-2016-01-08.txt`

/** ../shared beside the project: gold files, the reference scorer, the corpus. */
export const SHARED = realFolder(fileURLToPath(new URL('../../../shared/', import.meta.url)))

/**
 * The real path of a folder (with a trailing slash), through any symbolic link: Node runs a script by
 * its real path, so `import.meta.url === 'file://' + argv[1]` in ../shared/eval/score.mjs holds only
 * when the script is named by its real path.
 */
export function realFolder(path: string): string {
  return existsSync(path) ? `${realpathSync(path).replace(/\/$/, '')}/` : path
}

/** True when ../shared is there (a newcomer's clone may not have it). */
export const HAS_SHARED = existsSync(`${SHARED}corpus`) && existsSync(`${SHARED}gold`)

/** Appended to the name of a suite that needs ../shared, when it is not there. */
export const NO_SHARED = HAS_SHARED ? '' : ' (skipped: ../shared with the corpus and gold files is not beside the project)'
