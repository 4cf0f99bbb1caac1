// Where reports and exports may be written: never onto the store, a folder, or a file this
// command did not write before (unless forced); written whole or not at all.
import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { CommuniqueError } from '../core/errors.js'

/** What an output file holds: a report in one format, or an export in one format. */
export type OutputKind = 'report-html' | 'report-pdf' | 'report-md' | 'report-csv' | 'report-json' | 'report-ics' | 'export-json' | 'export-csv'

/** How each kind of output starts (within its first 64 KB), so a rerun may replace its own file. */
const SIGNATURES: Record<OutputKind, (head: string) => boolean> = {
  'report-html': (h) => h.startsWith('<!DOCTYPE html>') && h.includes('<meta name="generator" content="Communiqué"'),
  'report-pdf': (h) => h.startsWith('%PDF-'),
  'report-md': (h) => /^# (Follow-up report|Series): /.test(h),
  'report-csv': (h) => h.replace(/^\uFEFF/, '').startsWith('id,meeting,date,paragraph,'),
  'report-json': (h) => h.startsWith('{') && h.includes('"asOf"'),
  'report-ics': (h) => h.startsWith('BEGIN:VCALENDAR') && h.includes('PRODID:-//Communique//'),
  'export-json': (h) => h.startsWith('{') && h.includes('"format": "communique-export"'),
  'export-csv': (h) => h.replace(/^\uFEFF/, '').startsWith('id,meeting,date,series,paragraph,'),
}

/** Where the output goes and what protects it. */
export interface OutputTarget {
  /** Absolute path of the file to write. */
  path: string
  kind: OutputKind
  /** Overwrite a file that is not a previous output of this kind (--force). */
  force?: boolean
  /** The SQLite store file in use, if any: never overwritten, even with --force. */
  storePath?: string | null
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

function head(path: string): string {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(64 * 1024)
    const n = readSync(fd, buf, 0, buf.length, 0)
    return buf.toString(n >= 5 && buf.toString('latin1', 0, 5) === '%PDF-' ? 'latin1' : 'utf8', 0, n)
  } finally {
    closeSync(fd)
  }
}

/**
 * Checks that an output may be written to `target.path` before any work is done: its folder
 * exists; it is not a folder, not the store (nor its -wal/-shm/-journal files), and not an existing
 * file of another kind unless forced.
 * @throws CommuniqueError 'write-failed' or 'conflict' with what to do
 */
export function assertOutputTarget(target: OutputTarget): void {
  const { path } = target
  const dir = dirname(path)
  if (!existsSync(dir)) throw new CommuniqueError('write-failed', `cannot write ${path}: the folder ${dir} does not exist; create it first (mkdir -p ${dir})`)
  if (!statSync(dir).isDirectory()) throw new CommuniqueError('write-failed', `cannot write ${path}: ${dir} is a file, not a folder`)
  if (!existsSync(path)) return
  if (statSync(path).isDirectory())
    throw new CommuniqueError(
      'write-failed',
      `cannot write ${path}: it is a folder; give a file name such as ${path.replace(/\/+$/, '')}/${target.kind.startsWith('export') ? 'export' : 'report'}.${target.kind.split('-')[1]}`,
    )
  if (target.storePath) {
    const store = realOrSelf(target.storePath)
    const real = realOrSelf(path)
    if ([store, `${store}-wal`, `${store}-shm`, `${store}-journal`].includes(real)) {
      throw new CommuniqueError('write-failed', `cannot write ${path}: it is the store (COMMUNIQUE_DB); choose another file name`)
    }
  }
  if (target.force) return
  let start: string
  try {
    start = head(path)
  } catch (error) {
    throw new CommuniqueError(
      'write-failed',
      `cannot write ${path}: cannot read the file that is there (${(error as NodeJS.ErrnoException).code ?? 'error'}); choose another file name`,
      { cause: error },
    )
  }
  if (start.startsWith('SQLite format 3\u0000')) {
    throw new CommuniqueError('write-failed', `cannot write ${path}: it is an SQLite database; choose another file name (or --force to overwrite it)`)
  }
  if (!SIGNATURES[target.kind](start)) {
    const what = target.kind.startsWith('export') ? `an earlier ${target.kind.slice(7)} export` : `an earlier ${target.kind.slice(7)} report`
    throw new CommuniqueError(
      'write-failed',
      `cannot write ${path}: the file exists and is not ${what}; choose another file name, or pass --force to overwrite it`,
    )
  }
}

/**
 * Writes an output whole: into a temporary file beside it, then renamed over the target, so a
 * failure leaves the old file (or none). Checks the target first (assertOutputTarget).
 * @returns the bytes written
 * @throws CommuniqueError 'write-failed' naming the path and the reason
 */
export async function writeOutputFile(target: OutputTarget, content: string | Uint8Array): Promise<number> {
  assertOutputTarget(target)
  const { path } = target
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  try {
    await writeFile(temp, content, { flag: 'wx' })
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied; choose a folder you can write to'
        : code === 'EROFS'
          ? 'the file system is read-only; choose another folder'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : (error as Error).message.split('\n')[0]
    throw new CommuniqueError('write-failed', `cannot write ${path}: ${why}`, { cause: error })
  }
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
}
