import type { IncomingMessage, ServerResponse } from 'node:http'
import { LakeError, notFound } from '../errors.ts'
import type { Lake } from './context.ts'
import { guardRequest } from './request-guard.ts'
import { sendError } from './respond.ts'
import { ROUTES } from './routes.ts'

/** `/v2025-02-19/...`, `/vX/...` or `/v1/...`, as @sanity/client sends. */
const VERSIONED = /^\/v(?<version>1|X|\d{4}-\d{2}-\d{2})(?<rest>\/.*)$/

export function createRequestHandler(lake: Lake) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (guardRequest(req, res)) return
      const url = new URL(req.url ?? '/', 'http://localhost')
      const versioned = VERSIONED.exec(url.pathname)
      const rest = versioned?.groups?.rest
      const apiVersion = versioned?.groups?.version
      if (!rest || !apiVersion) throw notFound(`No route ${url.pathname}: paths start with /v<apiVersion>/, e.g. /v2025-02-19/data/query/${lake.dataset}`)
      for (const route of ROUTES) {
        const match = route.pattern.exec(rest)
        if (!match) continue
        if (!route.methods.includes(req.method ?? 'GET')) {
          throw new LakeError(405, 'methodNotAllowedError', `${req.method} is not allowed on ${rest}; use ${route.methods.join(' or ')}`)
        }
        const params = { ...match.groups }
        if (params.dataset !== undefined && params.dataset !== lake.dataset) {
          throw notFound(`Dataset "${params.dataset}" not found: this local Content Lake serves "${lake.dataset}"`)
        }
        await route.handler({ req, res, url, apiVersion, params, lake })
        return
      }
      throw notFound(`The local Content Lake does not implement ${req.method} ${rest}`)
    } catch (error) {
      sendError(res, error)
    }
  }
}
