// Starts the server and stops it gracefully: on SIGTERM or SIGINT it stops accepting connections,
// lets requests in flight finish (at most `graceMs`), closes the store, and exits 0.
import type { FastifyInstance } from 'fastify'
import { CommuniqueError } from '../core/errors.js'
import { buildServer, requestLogger, type ServerOptions } from './app.js'

/** Options of startServer. */
export interface StartServerOptions extends ServerOptions {
  host: string
  port: number
  /** pino log level ('info' by default; 'silent' turns request logs off). */
  logLevel?: string
  /** Longest wait for requests in flight on shutdown. */
  graceMs?: number
  /** Called once listening, with the address. */
  onListen?: (address: string) => void
}

/** Builds, listens, and installs the signal handlers. @returns the running server */
export async function startServer(o: StartServerOptions): Promise<FastifyInstance> {
  const app = await buildServer({
    ...o,
    logger: o.logger ?? requestLogger(o.logLevel ?? 'info'),
  })
  let address: string
  try {
    address = await app.listen({ host: o.host, port: o.port })
  } catch (error) {
    await app.close()
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE')
      throw new CommuniqueError('usage', `port ${o.port} on ${o.host} is in use; stop what runs there or pick another with --port`, {
        params: { port: o.port },
      })
    if (code === 'EACCES')
      throw new CommuniqueError('usage', `no permission to listen on port ${o.port}; pick a port above 1023 with --port`, { params: { port: o.port } })
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw new CommuniqueError('usage', `cannot listen on ${o.host}; give an address of this machine with --host`, { params: { host: o.host } })
    throw error
  }
  o.onListen?.(address)
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    app.log.info({ signal }, 'shutting down')
    const timer = setTimeout(() => {
      app.log.warn('requests still running after the grace period; exiting')
      process.exit(1)
    }, o.graceMs ?? 10_000)
    timer.unref()
    app
      .close()
      .then(() => o.store.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed')
          process.exit(1)
        },
      )
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
  return app
}
