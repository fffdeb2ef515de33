import type { MuxFrame } from '../mux-protocol.ts'
import type { ListenerChannel } from './listener-channel.ts'

/**
 * The multiplexer's sessions: per browser page, its channels and the one
 * stream their frames travel on. A channel may be opened a moment before the
 * page's stream arrives (two requests racing), so frames wait in a bounded
 * buffer; a session whose stream never comes, or whose stream ends, is closed
 * with all its listeners.
 */

const UNATTACHED_TTL_MS = 30_000
const MAX_BUFFERED_FRAMES = 1_000

export interface MuxSession {
  id: string
  channels: Map<number, ListenerChannel>
  send(frame: MuxFrame): void
}

interface SessionState extends MuxSession {
  sink: ((frame: MuxFrame) => void) | undefined
  buffer: MuxFrame[]
  timer: ReturnType<typeof setTimeout> | undefined
}

export interface MuxSessions {
  get(id: string): MuxSession
  /** Attaches the stream; returns the function that detaches it (and ends the session). */
  attach(id: string, sink: (frame: MuxFrame) => void): () => void
  closeAll(): void
}

export function createMuxSessions(): MuxSessions {
  const sessions = new Map<string, SessionState>()

  const destroy = (session: SessionState) => {
    if (sessions.get(session.id) !== session) return
    sessions.delete(session.id)
    clearTimeout(session.timer)
    for (const channel of session.channels.values()) channel.close()
    session.channels.clear()
  }

  const getState = (id: string): SessionState => {
    const existing = sessions.get(id)
    if (existing) return existing
    const session: SessionState = {
      id,
      channels: new Map(),
      sink: undefined,
      buffer: [],
      timer: undefined,
      send(frame) {
        if (session.sink) return session.sink(frame)
        session.buffer.push(frame)
        if (session.buffer.length > MAX_BUFFERED_FRAMES) destroy(session)
      },
    }
    session.timer = setTimeout(() => destroy(session), UNATTACHED_TTL_MS)
    sessions.set(id, session)
    return session
  }

  return {
    get: getState,
    attach(id, sink) {
      const session = getState(id)
      clearTimeout(session.timer)
      session.sink = sink
      for (const frame of session.buffer.splice(0)) sink(frame)
      // A newer stream for the same session replaces this one; only the current stream's end closes the session.
      return () => {
        if (session.sink === sink) destroy(session)
      }
    },
    closeAll() {
      for (const session of [...sessions.values()]) destroy(session)
    },
  }
}
