import type { IncomingMessage, ServerResponse } from 'node:http'
import { LakeError } from '../errors.ts'

/**
 * The server has no authentication: it is for one person on one machine. So
 * it listens on loopback, answers only requests addressed to a loopback host
 * (no DNS rebinding) and only browsers on loopback origins (another web site
 * the editor visits cannot write to it). CORS lets the Studio, served by the
 * site on another port, call it.
 */

const LOOPBACK_HOST = /^(localhost|[a-z0-9-]+\.localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i

export function isLoopbackHost(host: string | undefined): boolean {
  return host !== undefined && LOOPBACK_HOST.test(host)
}

export function isAllowedOrigin(origin: string): boolean {
  try {
    const url = new URL(origin)
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.host)
  } catch {
    return false
  }
}

/** Checks the request and sets CORS headers; true when a preflight was answered. */
export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isLoopbackHost(req.headers.host)) {
    throw new LakeError(403, 'forbiddenError', `The local Content Lake answers only requests to localhost (got host "${req.headers.host}")`)
  }
  const origin = req.headers.origin
  if (origin !== undefined) {
    if (!isAllowedOrigin(origin)) {
      throw new LakeError(403, 'forbiddenError', `The local Content Lake answers only pages served from localhost (got origin "${origin}")`)
    }
    res.setHeader('access-control-allow-origin', origin)
    res.setHeader('access-control-allow-credentials', 'true')
    res.setHeader('vary', 'origin')
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, {
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'content-type, authorization',
      'access-control-max-age': '600',
    })
    res.end()
    return true
  }
  return false
}
