import type { JsonBody } from './lake.ts'

/** A minimal server-sent events reader for listener tests. */

export interface SseEvent {
  event: string
  data: JsonBody
  id?: string
}

export interface SseStream {
  next(timeoutMs?: number): Promise<SseEvent>
  close(): void
}

export async function openSse(url: string): Promise<SseStream> {
  const controller = new AbortController()
  const response = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream' } })
  if (!response.body) throw new Error('no body')
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  const queue: SseEvent[] = []
  const waiting: ((event: SseEvent) => void)[] = []
  let buffer = ''
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        buffer += value
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event: SseEvent = { event: 'message', data: undefined }
          let isComment = true
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) continue
            isComment = false
            const colon = line.indexOf(':')
            const field = line.slice(0, colon)
            const text = line.slice(colon + 1).trimStart()
            if (field === 'event') event.event = text
            if (field === 'id') event.id = text
            if (field === 'data') event.data = JSON.parse(text)
          }
          if (isComment) continue
          const resolve = waiting.shift()
          if (resolve) resolve(event)
          else queue.push(event)
        }
      }
    } catch {
      // aborted by close()
    }
  })()
  return {
    next(timeoutMs = 5000) {
      const queued = queue.shift()
      if (queued) return Promise.resolve(queued)
      return new Promise((resolve, reject) => {
        const deliver = (event: SseEvent) => {
          clearTimeout(timer)
          resolve(event)
        }
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(deliver), 1)
          reject(new Error('no event within timeout'))
        }, timeoutMs)
        waiting.push(deliver)
      })
    },
    close: () => controller.abort(),
  }
}
