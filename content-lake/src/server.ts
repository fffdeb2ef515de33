import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DEFAULT_MAX_BODY_BYTES } from './http/body.ts'
import { createMuxSessions } from './http/mux-sessions.ts'
import { createRequestHandler } from './http/router.ts'
import { createStore, type Store } from './store.ts'
import { deliverWebhooks, type WebhookConfig } from './webhook.ts'
import { openWorkingCopy } from './working-copy.ts'

/** Wires the working copy, the store, the HTTP API and the optional webhook into one server. */

export interface ContentLakeOptions {
  /** The committed NDJSON the working copy starts from; never written. */
  seedFile: string
  /** Where the working copy and its transaction log live (outside git). */
  directory: string
  dataset?: string
  projectId?: string
  host?: string
  /** 0 picks a free port. */
  port?: number
  maxBodyBytes?: number
  webhook?: WebhookConfig
}

export interface ContentLake {
  server: Server
  store: Store
  origin: string
  dataset: string
  close(): Promise<void>
}

export async function startContentLake(options: ContentLakeOptions): Promise<ContentLake> {
  const dataset = options.dataset ?? 'production'
  const workingCopy = openWorkingCopy(options.directory, dataset, options.seedFile)
  const store = createStore(workingCopy.documents, workingCopy.log)
  const { webhook } = options
  if (webhook) store.subscribe((transaction) => void deliverWebhooks(webhook, transaction, dataset))

  const mux = createMuxSessions()
  const handler = createRequestHandler({
    store,
    mux,
    preferences: new Map(),
    dataset,
    projectId: options.projectId ?? 'local',
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  })
  const server = createServer((req, res) => void handler(req, res))
  const host = options.host ?? '127.0.0.1'
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(options.port ?? 0, host, () => resolve())
    })
  } catch (error) {
    workingCopy.close()
    throw error
  }
  const { port } = server.address() as AddressInfo
  return {
    server,
    store,
    dataset,
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        mux.closeAll()
        server.close(() => {
          workingCopy.close()
          resolve()
        })
        // Listeners hold their connections open; end them so close() finishes.
        server.closeAllConnections()
      }),
  }
}
