// Where the store is, read from the environment (DATABASE_URL, COMMUNIQUE_DB), and opening it:
// shared by the CLI and the server, so both find the same store.
import { resolve } from 'node:path'
import { openStore, DEFAULT_DB_PATH, type OpenStoreOptions } from '../store/open-store.js'
import type { Store } from '../store/store.js'

/** openStore options from DATABASE_URL (PostgreSQL) or COMMUNIQUE_DB (SQLite file, default ./communique.db). */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv, cwd: string): OpenStoreOptions {
  const url = env.DATABASE_URL?.trim() || undefined
  return url ? { url } : { path: resolve(cwd, env.COMMUNIQUE_DB?.trim() || DEFAULT_DB_PATH) }
}

/** Opens the store the environment names (creating and migrating it as needed). */
export async function openStoreFromEnv(env: NodeJS.ProcessEnv, cwd: string, extra: Pick<OpenStoreOptions, 'poolSize'> = {}): Promise<Store> {
  return openStore({ ...storeOptionsFromEnv(env, cwd), ...extra })
}

/** Opens the store the environment names, runs `fn`, and closes it. */
export async function withStoreFromEnv<T>(env: NodeJS.ProcessEnv, cwd: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStoreFromEnv(env, cwd)
  try {
    return await fn(store)
  } finally {
    await store.close()
  }
}
