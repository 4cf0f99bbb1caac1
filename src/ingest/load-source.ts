// Loads a document from a file path or an http(s) URL.
import { readFile, stat } from 'node:fs/promises'
import type { SourceFile } from '../core/source-file.js'
import { DEFAULT_MAX_BYTES, inputError, tooLargeError } from './errors.js'
import { isUrl } from './is-url.js'
import { loadBytes } from './load-bytes.js'
import type { LoadOptions } from './load-options.js'
import { fetchSource } from './url/fetch-source.js'

/**
 * Loads a document from a file path or an http(s) URL into a SourceFile of normalized text.
 * @param input file path or URL
 * @param options format override, size limit, URL timeout, fetch implementation
 * @returns the loaded source file (its `path` is the input as given)
 * @throws CommuniqueError 'not-found', 'not-a-file', 'too-large', 'empty-input', 'binary-input',
 *   'unreadable', 'no-text', 'fetch-failed', 'unsupported-format'
 * @example const seed = await loadSource('examples/japan-uk-2plus2-2016-01-08.txt')
 */
export async function loadSource(input: string, options: LoadOptions = {}): Promise<SourceFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (isUrl(input)) {
    const fetched = await fetchSource(input, { ...options, maxBytes })
    return loadBytes(fetched.bytes, {
      path: input,
      maxBytes,
      ...(options.format === undefined ? {} : { format: options.format }),
      ...(fetched.contentType === undefined ? {} : { contentType: fetched.contentType }),
    })
  }
  const bytes = await readFileLimited(input, maxBytes)
  return loadBytes(bytes, { path: input, maxBytes, ...(options.format === undefined ? {} : { format: options.format }) })
}

/** Reads a whole file, refusing directories, missing files and files over the limit. */
async function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw inputError('not-a-file', path, 'this is a directory, not a file; give the path of one document')
    if (!info.isFile()) throw inputError('not-a-file', path, 'this is not a regular file; give the path of one document')
    size = info.size
  } catch (error) {
    if (isErrno(error, 'ENOENT') || isErrno(error, 'ENOTDIR')) throw inputError('not-found', path, 'no such file; check the path', error)
    if (isErrno(error, 'EACCES')) throw inputError('not-found', path, 'permission denied; check the file permissions', error)
    if (isErrno(error, 'ELOOP')) throw inputError('not-found', path, 'the symbolic link points to itself (a loop); give the path of the document itself', error)
    throw error
  }
  if (size > maxBytes) throw tooLargeError(path, size, maxBytes)
  return readFile(path)
}

/** True for a Node system error with the given code. */
function isErrno(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code
}
