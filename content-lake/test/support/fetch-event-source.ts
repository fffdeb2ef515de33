import type { StreamSource } from '../../client/listener-multiplexer.ts'

/** Node has no EventSource by default: a fetch-based one, just enough for the multiplexer's hub. */
export function fetchEventSource(url: string): StreamSource {
  const listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>()
  const controller = new AbortController()
  const dispatch = (type: string, data = '') => {
    for (const listener of listeners.get(type) ?? []) listener(new MessageEvent(type, { data }))
  }
  void (async () => {
    try {
      const response = await fetch(url, { signal: controller.signal })
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const lines = buffer.slice(0, end).split('\n')
          buffer = buffer.slice(end + 2)
          const event = lines.find((line) => line.startsWith('event:'))?.slice(6).trim()
          const data = lines.find((line) => line.startsWith('data:'))?.slice(5).trim()
          if (event && data !== undefined) dispatch(event, data)
        }
      }
    } catch {
      // closed by close(), or the server went away
    }
    if (!controller.signal.aborted) dispatch('error')
  })()
  return {
    addEventListener(type, listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener])
    },
    close: () => controller.abort(),
  }
}
