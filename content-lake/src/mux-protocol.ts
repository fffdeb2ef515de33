/**
 * The listener multiplexer's wire format, shared by the server
 * (http/mux-routes.ts) and the browser (client/listener-multiplexer.ts).
 *
 * Why it exists: the Studio opens six or more listeners, each an EventSource;
 * over HTTP/1.1 a browser allows six connections per host, so the rest, and
 * every request after them, wait forever ("Loading…"). The multiplexer
 * carries all of a page's listeners on one event stream per page:
 *
 * - `GET  /vX/listen-mux/<session>`: the stream; each frame is an event named
 *   `frame` whose data is a {@link MuxFrame}.
 * - `POST /vX/listen-mux/<session>/channels` `{channel, path}`: opens a
 *   listener for `path` (an ordinary `/v…/data/listen/<dataset>?…` URL path).
 * - `POST /vX/listen-mux/<session>/channels/<channel>/close`: closes it.
 *
 * A session ends with its stream; the browser then fails its listeners, and
 * @sanity/client reconnects them on a new session.
 */

export const MUX_FRAME_EVENT = 'frame'

export interface MuxFrame {
  channel: number
  event: string
  data: unknown
  id?: string
}

export interface OpenChannelRequest {
  channel: number
  path: string
}

export const muxStreamPath = (session: string) => `/vX/listen-mux/${session}`
export const muxChannelsPath = (session: string) => `/vX/listen-mux/${session}/channels`
export const muxClosePath = (session: string, channel: number) => `/vX/listen-mux/${session}/channels/${channel}/close`

/** A listener URL path this server would answer itself (`/v<version>/data/listen/<dataset>`). */
export const LISTEN_PATH = /^\/v(1|X|\d{4}-\d{2}-\d{2})\/data\/listen\/([^/?]+)$/
