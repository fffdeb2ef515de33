import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Store } from '../store.ts'
import type { MuxSessions } from './mux-sessions.ts'

/** What every route handler gets. */

export interface Lake {
  store: Store
  projectId: string
  dataset: string
  maxBodyBytes: number
  mux: MuxSessions
  /** The Studio's per-user preferences (keyvalue-routes.ts). */
  preferences: Map<string, unknown>
}

export interface RouteContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  /** From the `/v<apiVersion>/` prefix: `1`, `X` or a date. */
  apiVersion: string
  params: Record<string, string>
  lake: Lake
}

export type Handler = (context: RouteContext) => void | Promise<void>
