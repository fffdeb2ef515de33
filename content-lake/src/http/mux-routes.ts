import { isRecord } from '../documents.ts'
import { badRequest, notFound } from '../errors.ts'
import { LISTEN_PATH, MUX_FRAME_EVENT } from '../mux-protocol.ts'
import { readJsonBody } from './body.ts'
import type { Handler } from './context.ts'
import { openEventStream } from './event-stream.ts'
import { openListenerChannel } from './listener-channel.ts'
import { sendJson } from './respond.ts'

/** The listener multiplexer's endpoints (protocol in ../mux-protocol.ts). */

const SESSION = /^[A-Za-z0-9_-]{8,64}$/

function sessionId(params: Record<string, string>): string {
  const id = params.session ?? ''
  if (!SESSION.test(id)) throw badRequest('A multiplexer session id is 8 to 64 letters, digits, "_" or "-"')
  return id
}

export const handleMuxStream: Handler = ({ req, res, params, lake }) => {
  const id = sessionId(params)
  const stream = openEventStream(req, res)
  stream.onClose(lake.mux.attach(id, (frame) => stream.send(MUX_FRAME_EVENT, frame)))
}

export const handleMuxOpen: Handler = async ({ req, res, params, lake }) => {
  const session = lake.mux.get(sessionId(params))
  const body = await readJsonBody(req, lake.maxBodyBytes)
  if (!isRecord(body) || !Number.isSafeInteger(body.channel) || typeof body.path !== 'string') {
    throw badRequest('Expected {channel: <integer>, path: "/v…/data/listen/<dataset>?…"}')
  }
  const channel = body.channel as number
  const url = new URL(body.path, 'http://localhost')
  const dataset = LISTEN_PATH.exec(url.pathname)?.[2]
  if (!dataset) throw badRequest(`"${url.pathname}" is not a listener path (/v<apiVersion>/data/listen/<dataset>)`)
  if (dataset !== lake.dataset) throw notFound(`Dataset "${dataset}" not found: this local Content Lake serves "${lake.dataset}"`)
  if (session.channels.has(channel)) throw badRequest(`Channel ${channel} is already open`)
  const listener = openListenerChannel(lake, url.searchParams, (event, data, id) =>
    session.send({ channel, event, data, ...(id ? { id } : {}) }),
  )
  if (listener.open) session.channels.set(channel, listener)
  sendJson(res, 200, { channel })
}

export const handleMuxClose: Handler = ({ res, params, lake }) => {
  const session = lake.mux.get(sessionId(params))
  const channel = Number(params.channel)
  session.channels.get(channel)?.close()
  session.channels.delete(channel)
  sendJson(res, 200, { channel })
}
