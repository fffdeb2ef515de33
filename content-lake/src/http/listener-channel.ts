import { LakeError } from '../errors.ts'
import { eventsFor, type ListenOptions } from '../listener.ts'
import { parseQuery } from '../query.ts'
import { randomId } from '../random-id.ts'
import type { Lake } from './context.ts'
import { flag, groqParams } from './search-params.ts'

/**
 * One listener subscription, independent of how its events travel: its own
 * event stream (listen-route.ts) or a channel of the multiplexed stream
 * (mux-routes.ts). Sends `welcome`, then `mutation` events; a bad filter is a
 * `channelError` event, which @sanity/client raises instead of reconnecting.
 */

export type SendEvent = (event: string, data: unknown, id?: string) => void

export interface ListenerChannel {
  /** False when the request was refused with a channelError and nothing is subscribed. */
  open: boolean
  close(): void
}

function listenOptions(search: URLSearchParams): ListenOptions {
  const query = search.get('query')
  if (!query) throw new LakeError(400, 'queryParseError', 'Missing "query" (a GROQ filter such as *[_type == "article"])')
  const params = groqParams(search)
  const effectFormat = search.get('effectFormat')
  if (effectFormat !== null && effectFormat !== 'mendoza') {
    throw new LakeError(400, 'validationError', `effectFormat must be "mendoza" (got "${effectFormat}")`)
  }
  return {
    filter: parseQuery(query, params),
    params,
    includeResult: flag(search, 'includeResult', true),
    includePreviousRevision: flag(search, 'includePreviousRevision', false),
    includeMutations: flag(search, 'includeMutations', true),
    includeAllVersions: flag(search, 'includeAllVersions', false),
    effectFormat: effectFormat === 'mendoza' ? 'mendoza' : undefined,
    visibility: search.get('visibility') === 'transaction' ? 'transaction' : 'query',
  }
}

export function openListenerChannel(lake: Lake, search: URLSearchParams, send: SendEvent): ListenerChannel {
  let options: ListenOptions
  try {
    options = listenOptions(search)
  } catch (error) {
    send('channelError', { message: (error as Error).message })
    return { open: false, close: () => {} }
  }
  const lookup = (id: string) => lake.store.get(id)
  const unsubscribe = lake.store.subscribe((transaction) => {
    let events
    try {
      events = eventsFor(transaction, options, lookup)
    } catch (error) {
      send('error', { message: (error as Error).message })
      return
    }
    for (const event of events) send('mutation', event, event.eventId)
  })
  send('welcome', { listenerName: randomId() })
  return { open: true, close: unsubscribe }
}
