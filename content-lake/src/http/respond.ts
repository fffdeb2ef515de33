import type { ServerResponse } from 'node:http'
import { LakeError } from '../errors.ts'

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload), ...headers })
  res.end(payload)
}

/**
 * Answers with the error in the Content Lake's shape. A 413 also closes the
 * connection, so the client stops sending the rest of a body nobody reads.
 */
export function sendError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.destroy()
    return
  }
  if (error instanceof LakeError) {
    sendJson(res, error.status, { ...error.toBody(), statusCode: error.status }, error.status === 413 ? { connection: 'close' } : {})
    return
  }
  console.error('content-lake: internal error', error)
  sendJson(res, 500, { error: { type: 'internalError', description: (error as Error).message ?? 'Internal error' }, statusCode: 500 })
}
