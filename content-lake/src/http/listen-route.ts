import { LakeError } from '../errors.ts'
import { eventsFor, type ListenOptions } from '../listener.ts'
import { parseQuery } from '../query.ts'
import { randomId } from '../random-id.ts'
import type { Handler, RouteContext } from './context.ts'
import { flag, groqParams } from './search-params.ts'

/**
 * `GET /data/listen/<dataset>`: server-sent events. `welcome` first (the
 * client then fetches the documents it needs), then one `mutation` event per
 * matching document per transaction. A bad filter is reported as a
 * `channelError` event, which @sanity/client raises as an error instead of
 * reconnecting forever.
 */

const KEEPALIVE_MS = 15_000

function sse(event: string, data: unknown, id?: string): string {
  return `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
}

function listenOptions({ url }: RouteContext): ListenOptions {
  const query = url.searchParams.get('query')
  if (!query) throw new LakeError(400, 'queryParseError', 'Missing "query" (a GROQ filter such as *[_type == "article"])')
  const params = groqParams(url.searchParams)
  const effectFormat = url.searchParams.get('effectFormat')
  if (effectFormat !== null && effectFormat !== 'mendoza') {
    throw new LakeError(400, 'validationError', `effectFormat must be "mendoza" (got "${effectFormat}")`)
  }
  return {
    filter: parseQuery(query, params),
    params,
    includeResult: flag(url.searchParams, 'includeResult', true),
    includePreviousRevision: flag(url.searchParams, 'includePreviousRevision', false),
    includeMutations: flag(url.searchParams, 'includeMutations', true),
    includeAllVersions: flag(url.searchParams, 'includeAllVersions', false),
    effectFormat: effectFormat === 'mendoza' ? 'mendoza' : undefined,
    visibility: url.searchParams.get('visibility') === 'transaction' ? 'transaction' : 'query',
  }
}

export const handleListen: Handler = (context) => {
  const { req, res, lake } = context
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  })
  let options: ListenOptions
  try {
    options = listenOptions(context)
  } catch (error) {
    res.end(sse('channelError', { message: (error as Error).message }))
    return
  }
  const lookup = (id: string) => lake.store.get(id)
  const unsubscribe = lake.store.subscribe((transaction) => {
    let events
    try {
      events = eventsFor(transaction, options, lookup)
    } catch (error) {
      res.write(sse('error', { message: (error as Error).message }))
      return
    }
    for (const event of events) res.write(sse('mutation', event, event.eventId))
  })
  // A comment line now and then keeps idle proxies and browsers from dropping the stream.
  const keepalive = setInterval(() => res.write(':\n\n'), KEEPALIVE_MS)
  const stop = () => {
    clearInterval(keepalive)
    unsubscribe()
  }
  req.on('close', stop)
  res.on('error', stop)
  res.write(sse('welcome', { listenerName: randomId() }))
}
