import { isRecord } from '../documents.ts'
import { badRequest } from '../errors.ts'
import { parsePerspective, perspectiveView } from '../perspective.ts'
import { runPlannedQuery } from '../query.ts'
import { readJsonBody } from './body.ts'
import type { Handler } from './context.ts'
import { sendJson } from './respond.ts'
import { flag, groqParams } from './search-params.ts'

/** `GET|POST /data/query/<dataset>`: GROQ over the documents the perspective shows. */
export const handleQuery: Handler = async ({ req, res, url, apiVersion, lake }) => {
  let query: unknown = url.searchParams.get('query')
  let params = groqParams(url.searchParams)
  if (req.method === 'POST') {
    const body = await readJsonBody(req, lake.maxBodyBytes)
    if (!isRecord(body)) throw badRequest('Request body must be a JSON object with "query"')
    query = body.query
    if (body.params !== undefined && !isRecord(body.params)) throw badRequest('"params" must be an object')
    params = { ...params, ...(body.params as Record<string, unknown> | undefined) }
  }
  if (typeof query !== 'string' || query.trim() === '') throw badRequest('Missing "query"', 'queryParseError')
  const perspective = parsePerspective(url.searchParams.get('perspective'), apiVersion)
  const started = performance.now()
  const result = await runPlannedQuery(query, params, perspectiveView(lake.store.documents(), perspective))
  const ms = Math.round(performance.now() - started)
  sendJson(res, 200, flag(url.searchParams, 'returnQuery', true) ? { query, result, ms } : { result, ms })
}
