import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { QueryParams } from '@/lib/content/store'
import { loadDataset, runQuery } from '@/lib/embedded-groq/embedded-store'

/**
 * A local stand-in for the Content Lake's query API: it answers
 * GET/POST /v<version>/data/query/<dataset> like Sanity does, evaluating the
 * GROQ with the embedded engine over an NDJSON export. It tests the hosted
 * path's transport (client configuration, URLs, parameters, JSON), not GROQ:
 * both paths evaluate with groq-js. Records each request so tests can assert
 * what the hosted client actually sent.
 */

export interface StandInRequest {
  method: string
  /** The Host header: which API host the client chose. */
  host: string
  path: string
  /** The URL's search parameters other than the query and its `$params` (perspective, tag …). */
  options: Record<string, string>
  query: string
  params: Record<string, unknown>
}

export interface StandIn {
  origin: string
  requests: StandInRequest[]
  close(): Promise<void>
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startContentLakeStandIn(datasetFile: string, datasetName = 'production'): Promise<StandIn> {
  const dataset = loadDataset(datasetFile)
  const requests: StandIn['requests'] = []
  const server: Server = createServer(async (req, res) => {
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(payload))
    }
    try {
      const url = new URL(req.url ?? '/', 'http://stand-in')
      const match = /^\/v[^/]+\/data\/query\/([^/]+)$/.exec(url.pathname)
      if (!match) return send(404, { error: 'Not found', path: url.pathname })
      if (match[1] !== datasetName) return send(404, { error: `Dataset "${match[1]}" not found` })
      let query: string | null
      const params: Record<string, unknown> = {}
      const options: Record<string, string> = {}
      for (const [key, value] of url.searchParams) if (key !== 'query' && !key.startsWith('$')) options[key] = value
      if (req.method === 'POST') {
        const payload = JSON.parse(await body(req)) as { query: string; params?: Record<string, unknown> }
        query = payload.query
        Object.assign(params, payload.params ?? {})
      } else {
        query = url.searchParams.get('query')
        for (const [key, value] of url.searchParams) {
          if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
        }
      }
      if (!query) return send(400, { error: 'Missing query' })
      requests.push({ method: req.method ?? 'GET', host: req.headers.host ?? '', path: url.pathname, options, query, params })
      const started = performance.now()
      const result = await runQuery(dataset, query, params as QueryParams)
      send(200, { ms: Math.round(performance.now() - started), query, result })
    } catch (error) {
      send(400, { error: { description: (error as Error).message, type: 'queryParseError' } })
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  }
}
