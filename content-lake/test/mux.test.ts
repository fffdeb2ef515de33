import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { muxChannelsPath, muxClosePath, muxStreamPath } from '../src/mux-protocol.ts'
import { postJson, startTestLake, type TestLake } from './support/lake.ts'
import { openSse, type SseStream } from './support/sse.ts'

let lake: TestLake
let stream: SseStream | undefined
beforeEach(async () => {
  lake = await startTestLake()
})
afterEach(async () => {
  stream?.close()
  await lake.dispose()
})

const SESSION = 'session-0123456789'
const listenPath = (filter: string) => `/v2025-02-19/data/listen/production?query=${encodeURIComponent(filter)}&includeResult=false`
const edit = (summary: string) =>
  postJson(lake.api('/data/mutate/production'), { mutations: [{ patch: { id: 'symptom-stiffness', set: { summary } } }] })

describe('listener multiplexer', () => {
  it('carries several listeners on one stream, each with its welcome and its own events', async () => {
    // The channel opens before the stream attaches (the race a page can create): its welcome waits.
    expect((await postJson(`${lake.origin}${muxChannelsPath(SESSION)}`, { channel: 1, path: listenPath('*[_type == "symptom"]') })).status).toBe(200)
    stream = await openSse(`${lake.origin}${muxStreamPath(SESSION)}`)
    expect((await stream.next()).data).toMatchObject({ channel: 1, event: 'welcome' })
    await postJson(`${lake.origin}${muxChannelsPath(SESSION)}`, { channel: 2, path: listenPath('*[_type == "cause"]') })
    expect((await stream.next()).data).toMatchObject({ channel: 2, event: 'welcome' })

    await edit('via mux')
    const frame = await stream.next()
    expect(frame.event).toBe('frame')
    expect(frame.data).toMatchObject({ channel: 1, event: 'mutation', id: expect.stringContaining('#symptom-stiffness'), data: { documentId: 'symptom-stiffness' } })

    await postJson(`${lake.origin}${muxClosePath(SESSION, 1)}`, {})
    await edit('after close')
    await expect(stream.next(300)).rejects.toThrow(/no event/)
  })

  it('reports a bad filter as the channel’s channelError, and refuses paths that are not listeners', async () => {
    stream = await openSse(`${lake.origin}${muxStreamPath(SESSION)}`)
    await postJson(`${lake.origin}${muxChannelsPath(SESSION)}`, { channel: 7, path: listenPath('*[') })
    expect((await stream.next()).data).toMatchObject({ channel: 7, event: 'channelError' })
    const notListen = await postJson(`${lake.origin}${muxChannelsPath(SESSION)}`, { channel: 8, path: '/v1/data/query/production?query=1' })
    expect(notListen.status).toBe(400)
    const otherDataset = await postJson(`${lake.origin}${muxChannelsPath(SESSION)}`, { channel: 9, path: '/v1/data/listen/staging?query=*' })
    expect(otherDataset.status).toBe(404)
  })

  it('closes every listener of a session when its stream ends', async () => {
    stream = await openSse(`${lake.origin}${muxStreamPath(SESSION)}`)
    await postJson(`${lake.origin}${muxChannelsPath(SESSION)}`, { channel: 1, path: listenPath('*') })
    await stream.next()
    stream.close()
    await new Promise((resolve) => setTimeout(resolve, 100))
    // Reusing the session id starts a fresh session: channel 1 is gone, so it can be opened again.
    stream = await openSse(`${lake.origin}${muxStreamPath(SESSION)}`)
    expect((await postJson(`${lake.origin}${muxChannelsPath(SESSION)}`, { channel: 1, path: listenPath('*') })).status).toBe(200)
  })
})
