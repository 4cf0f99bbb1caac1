// Who is acting: --as NAME, else $COMMUNIQUE_USER, else the OS user.
import { CommuniqueError } from '../core/errors.js'

/**
 * The acting user's name.
 * @param sources the --as value, the COMMUNIQUE_USER variable and the OS user name, as read by the caller
 * @throws CommuniqueError 'usage' when every source is empty
 */
export function resolveActor(sources: { as?: string; envUser?: string; osUser?: string }): string {
  for (const v of [sources.as, sources.envUser, sources.osUser]) {
    const name = v?.trim()
    if (name) return name
  }
  throw new CommuniqueError('usage', 'cannot tell who is acting; pass --as NAME or set COMMUNIQUE_USER', { params: { field: 'actor' } })
}
