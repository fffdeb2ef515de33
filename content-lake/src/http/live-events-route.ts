import type { Handler } from './context.ts'
import { openEventStream } from './event-stream.ts'

/**
 * `GET /data/live/events/<dataset>`: the Live Content API's event stream, as
 * far as this server goes: `welcome`, then only keepalives. The Studio's
 * Presentation tool subscribes on start and fails outright on a 404. A
 * `message` event carries the sync tags of changed query results, and this
 * server's queries return no sync tags, so there is nothing to send; the
 * Studio's own listener (the document store) is what tells the previewed page
 * to refresh.
 */
export const handleLiveEvents: Handler = ({ req, res }) => {
  const stream = openEventStream(req, res)
  stream.send('welcome', {})
}
