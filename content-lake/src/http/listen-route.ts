import type { Handler } from './context.ts'
import { openEventStream } from './event-stream.ts'
import { openListenerChannel } from './listener-channel.ts'

/** `GET /data/listen/<dataset>`: one listener on its own event stream, as the Content Lake serves it. */
export const handleListen: Handler = ({ req, res, url, lake }) => {
  const stream = openEventStream(req, res)
  const channel = openListenerChannel(lake, url.searchParams, stream.send)
  if (!channel.open) return stream.end()
  stream.onClose(channel.close)
}
