import { LISTEN_PATH, MUX_FRAME_EVENT, muxChannelsPath, muxClosePath, muxStreamPath, type MuxFrame } from '../src/mux-protocol.ts'

/**
 * Browser side of the listener multiplexer (protocol: ../src/mux-protocol.ts).
 *
 * @sanity/client 8 opens each listener as a streaming `fetch` through the
 * transport in its `resolveFetch` config. This module makes that transport:
 * a fetch that answers every request for the local Content Lake's listen
 * endpoint with a stream fed by one shared multiplexer connection, and sends
 * everything else to the browser's fetch. Handing it to the Studio's client
 * (sanity/local-lake-auth.ts) is all the wiring: no global is patched.
 */

type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** The part of EventSource the hub uses; the browser's by default (tests give their own). */
export interface StreamSource {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void
  close(): void
}

export interface MultiplexerOptions {
  fetch?: Fetch
  openStream?: (url: string) => StreamSource
}

interface Channel {
  deliver(frame: MuxFrame): void
  fail(): void
}

interface Hub {
  open(path: string, channel: Channel): number
  close(id: number): void
}

const encoder = new TextEncoder()

/** A frame back in the server-sent events format the `eventsource` package parses. */
function toSse(frame: MuxFrame): Uint8Array {
  return encoder.encode(`${frame.id ? `id: ${frame.id}\n` : ''}event: ${frame.event}\ndata: ${JSON.stringify(frame.data)}\n\n`)
}

function randomSession(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
}

function createHub(origin: string, baseFetch: Fetch, openStream: (url: string) => StreamSource): Hub {
  let session = randomSession()
  let stream: StreamSource | null = null
  let nextChannel = 1
  const channels = new Map<number, Channel>()

  // The server ends a session with its stream: fail every channel (their
  // clients reconnect) and let the next listener start a new session.
  const failAll = () => {
    stream?.close()
    stream = null
    session = randomSession()
    const failed = [...channels.values()]
    channels.clear()
    for (const channel of failed) channel.fail()
  }

  const ensureStream = () => {
    if (stream) return
    stream = openStream(origin + muxStreamPath(session))
    stream.addEventListener(MUX_FRAME_EVENT, (event) => {
      const frame = JSON.parse(event.data) as MuxFrame
      channels.get(frame.channel)?.deliver(frame)
    })
    stream.addEventListener('error', failAll)
  }

  return {
    open(path, channel) {
      ensureStream()
      const id = nextChannel++
      channels.set(id, channel)
      baseFetch(origin + muxChannelsPath(session), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: id, path }),
      })
        .then((response) => {
          if (!response.ok) throw new Error(`listener multiplexer answered ${response.status}`)
        })
        .catch(() => {
          if (channels.delete(id)) channel.fail()
        })
      return id
    },
    close(id) {
      if (!channels.delete(id)) return
      void baseFetch(origin + muxClosePath(session, id), { method: 'POST', keepalive: true }).catch(() => {})
    },
  }
}

/** A listener as a fetch Response whose body is the channel's events. */
function listenerResponse(hub: Hub, path: string, signal: AbortSignal | null | undefined): Response {
  let id = 0
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      id = hub.open(path, {
        deliver: (frame) => controller.enqueue(toSse(frame)),
        fail: () => controller.error(new TypeError('The local Content Lake listener connection was lost')),
      })
      signal?.addEventListener('abort', () => {
        hub.close(id)
        controller.error(signal.reason)
      })
    },
    cancel() {
      hub.close(id)
    },
  })
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } })
}

export function createMultiplexedFetch(lakeOrigin: string, options: MultiplexerOptions = {}): Fetch {
  const baseFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init))
  const openStream = options.openStream ?? ((url: string) => new EventSource(url) as unknown as StreamSource)
  const hub = createHub(lakeOrigin, baseFetch, openStream)
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), lakeOrigin)
    if (url.origin !== lakeOrigin || !LISTEN_PATH.test(url.pathname)) return baseFetch(input, init)
    return listenerResponse(hub, url.pathname + url.search, init?.signal ?? (input instanceof Request ? input.signal : undefined))
  }
}
