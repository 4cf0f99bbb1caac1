// Paths the tests share: the project, its bundled example, and the shared data beside it.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The project folder, with a trailing slash. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The bundled seed statement (Japan-UK "2+2", 8 January 2016). */
export const SEED = `${ROOT}examples/japan-uk-2plus2-2016-01-08.txt`

/** ../shared beside the project: gold files, the reference scorer, the corpus. */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url))

/** True when ../shared is there (a newcomer's clone may not have it). */
export const HAS_SHARED = existsSync(`${SHARED}corpus`) && existsSync(`${SHARED}gold`)

/** Appended to the name of a suite that needs ../shared, when it is not there. */
export const NO_SHARED = HAS_SHARED ? '' : ' (skipped: ../shared with the corpus and gold files is not beside the project)'
