import type { IncomingMessage, ServerResponse } from 'node:http'

/** Server-sent events on a response: headers, framing, and a keepalive comment. */

const KEEPALIVE_MS = 15_000

export interface EventStream {
  send(event: string, data: unknown, id?: string): void
  end(): void
  /** Runs when the client goes away or the stream ends. */
  onClose(cleanup: () => void): void
}

export function openEventStream(req: IncomingMessage, res: ServerResponse): EventStream {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  })
  // Send the headers now: EventSource reports "open" on them, and a multiplexer stream may stay quiet for a while.
  res.flushHeaders()
  // A comment line now and then keeps idle proxies and browsers from dropping the stream.
  const keepalive = setInterval(() => res.write(':\n\n'), KEEPALIVE_MS)
  let closed = false
  const cleanups: (() => void)[] = []
  const close = () => {
    if (closed) return
    closed = true
    clearInterval(keepalive)
    for (const cleanup of cleanups) cleanup()
  }
  req.on('close', close)
  res.on('error', close)
  return {
    send(event, data, id) {
      if (!closed) res.write(`${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
    },
    end() {
      close()
      res.end()
    },
    onClose(cleanup) {
      cleanups.push(cleanup)
    },
  }
}
