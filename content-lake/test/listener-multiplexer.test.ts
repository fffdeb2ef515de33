import { createClient } from '@sanity/client'
import { firstValueFrom, take, toArray, type Subscription } from 'rxjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMultiplexedFetch } from '../client/listener-multiplexer.ts'
import { fetchEventSource } from './support/fetch-event-source.ts'
import { postJson, startTestLake, type TestLake } from './support/lake.ts'

/**
 * The Studio's own client (@sanity/client 8) with the multiplexer as its
 * transport: many listeners, one connection to the lake.
 */

let lake: TestLake
const subscriptions: Subscription[] = []
beforeEach(async () => {
  lake = await startTestLake()
})
afterEach(async () => {
  for (const subscription of subscriptions.splice(0)) subscription.unsubscribe()
  await lake.dispose()
})

function clientWithMultiplexer() {
  const requests: string[] = []
  const countingFetch = (input: string | URL | Request, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${new URL(input instanceof Request ? input.url : String(input)).pathname}`)
    return fetch(input, init)
  }
  const streams: string[] = []
  const muxFetch = createMultiplexedFetch(lake.origin, {
    fetch: countingFetch,
    openStream: (url) => {
      streams.push(url)
      return fetchEventSource(url)
    },
  })
  const client = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.origin,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    useCdn: false,
    resolveFetch: () => muxFetch,
  })
  return { client, requests, streams }
}

describe('the multiplexer as @sanity/client’s transport', () => {
  it('carries eight listeners on one stream, and each gets its welcome and the events it filters for', async () => {
    const { client, requests, streams } = clientWithMultiplexer()
    const listeners = Array.from({ length: 8 }, (_, i) => {
      const type = i % 2 === 0 ? 'symptom' : 'cause'
      const listener = client.withConfig({ apiVersion: '2025-02-19' }).observable.listen(`*[_type == $type]`, { type }, { events: ['welcome', 'mutation'] })
      return { type, events: firstValueFrom(listener.pipe(take(2), toArray())) }
    })
    // firstValueFrom has subscribed them all: wait until each channel is open and welcomed before writing.
    const opened = () => requests.filter((request) => request.startsWith('POST') && request.endsWith('/channels')).length
    await expect.poll(opened).toBe(8)
    await new Promise((resolve) => setTimeout(resolve, 200))
    await postJson(lake.api('/data/mutate/production'), {
      mutations: [{ create: { _id: 'cause-m', _type: 'cause' } }, { patch: { id: 'symptom-stiffness', set: { summary: 'm' } } }],
    })
    for (const { type, events } of listeners) {
      const [welcome, mutation] = await events
      expect(welcome).toMatchObject({ type: 'welcome' })
      expect(mutation).toMatchObject({ type: 'mutation', documentId: type === 'cause' ? 'cause-m' : 'symptom-stiffness' })
    }
    expect(streams).toHaveLength(1)
    expect(requests.filter((request) => request.includes('/data/listen/'))).toEqual([])
    expect(opened()).toBe(8)
  })

  it('sends other requests straight through, and closes a channel when its listener is unsubscribed', async () => {
    const { client, requests } = clientWithMultiplexer()
    expect(await client.fetch('count(*[_type == "symptom"])')).toBe(1)
    const subscription = client.listen('*').subscribe()
    subscriptions.push(subscription)
    await new Promise((resolve) => setTimeout(resolve, 300))
    subscription.unsubscribe()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(requests.some((request) => request.includes('/data/query/production'))).toBe(true)
    expect(requests.some((request) => /POST .*\/channels\/\d+\/close$/.test(request))).toBe(true)
  })
})
