import { LISTEN_PATH, MUX_FRAME_EVENT, muxChannelsPath, muxClosePath, muxStreamPath, type MuxFrame } from '../src/mux-protocol.ts'

/**
 * Browser side of the listener multiplexer (protocol: ../src/mux-protocol.ts).
 * Replaces `window.EventSource` so that every EventSource @sanity/client opens
 * on the local Content Lake's listen endpoint becomes a channel of one shared
 * stream; any other URL gets the browser's own EventSource. @sanity/client
 * uses the global EventSource when it sends no token, which is the case for
 * the local Content Lake, so the Studio itself needs no change.
 */

type Listener = (event: Event) => void

interface Hub {
  open(source: LakeEventSource): void
  close(source: LakeEventSource): void
}

/** Just enough of EventSource for @sanity/client's connectEventSource. */
class LakeEventSource extends EventTarget {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSED = 2
  readonly url: string
  readonly withCredentials = false
  readyState = 0
  channel = 0
  onopen: Listener | null = null
  onmessage: Listener | null = null
  onerror: Listener | null = null
  readonly #hub: Hub

  constructor(url: string, hub: Hub) {
    super()
    this.url = url
    this.#hub = hub
    hub.open(this)
  }

  deliver(frame: MuxFrame): void {
    if (this.readyState === this.CLOSED) return
    if (this.readyState === this.CONNECTING) {
      this.readyState = this.OPEN
      this.#emit(new Event('open'), this.onopen)
    }
    const message = new MessageEvent(frame.event, { data: JSON.stringify(frame.data), lastEventId: frame.id ?? '' })
    this.#emit(message, frame.event === 'message' ? this.onmessage : null)
  }

  /** The shared stream is gone: closed, so @sanity/client treats it as a failed connection and opens a new one. */
  fail(): void {
    if (this.readyState === this.CLOSED) return
    this.readyState = this.CLOSED
    this.#emit(new Event('error'), this.onerror)
  }

  close(): void {
    if (this.readyState === this.CLOSED) return
    this.readyState = this.CLOSED
    this.#hub.close(this)
  }

  #emit(event: Event, handler: Listener | null): void {
    handler?.call(this, event)
    this.dispatchEvent(event)
  }
}

function randomSession(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
}

function createHub(origin: string, NativeEventSource: typeof EventSource): Hub {
  let session = randomSession()
  let stream: EventSource | null = null
  let nextChannel = 1
  const channels = new Map<number, LakeEventSource>()

  const failAll = () => {
    stream?.close()
    stream = null
    // The server ended the session with its stream; later listeners start a new one.
    session = randomSession()
    const failed = [...channels.values()]
    channels.clear()
    for (const source of failed) source.fail()
  }

  const ensureStream = () => {
    if (stream) return
    stream = new NativeEventSource(origin + muxStreamPath(session))
    stream.addEventListener(MUX_FRAME_EVENT, (event) => {
      const frame = JSON.parse((event as MessageEvent<string>).data) as MuxFrame
      channels.get(frame.channel)?.deliver(frame)
    })
    stream.addEventListener('error', failAll)
  }

  return {
    open(source) {
      ensureStream()
      const channel = nextChannel++
      source.channel = channel
      channels.set(channel, source)
      const url = new URL(source.url)
      fetch(origin + muxChannelsPath(session), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel, path: url.pathname + url.search }),
      })
        .then((response) => {
          if (!response.ok) throw new Error(`listener multiplexer answered ${response.status}`)
        })
        .catch(() => {
          channels.delete(channel)
          source.fail()
        })
    },
    close(source) {
      if (!channels.delete(source.channel)) return
      void fetch(origin + muxClosePath(session, source.channel), { method: 'POST', keepalive: true }).catch(() => {})
    },
  }
}

/**
 * Routes this page's EventSources for `lakeOrigin`'s listen endpoint through
 * the multiplexer. Returns a function that puts the browser's own back.
 */
export function installListenerMultiplexer(lakeOrigin: string): () => void {
  const NativeEventSource = window.EventSource
  const hub = createHub(lakeOrigin, NativeEventSource)
  const isLakeListener = (url: string) => {
    const parsed = new URL(url, window.location.href)
    return parsed.origin === lakeOrigin && LISTEN_PATH.test(parsed.pathname)
  }
  // A constructor that hands back the browser's own EventSource for anything else.
  function MultiplexedEventSource(url: string | URL, init?: EventSourceInit): EventSource {
    const href = String(url)
    if (isLakeListener(href)) return new LakeEventSource(href, hub) as unknown as EventSource
    return new NativeEventSource(href, init)
  }
  Object.assign(MultiplexedEventSource, { CONNECTING: 0, OPEN: 1, CLOSED: 2 })
  window.EventSource = MultiplexedEventSource as unknown as typeof EventSource
  return () => {
    window.EventSource = NativeEventSource
  }
}
