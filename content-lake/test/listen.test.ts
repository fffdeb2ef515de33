import { Mutation } from '@sanity/mutator'
import { applyPatch } from 'mendoza'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { postJson, startTestLake, type TestLake } from './support/lake.ts'
import { openSse, type SseStream } from './support/sse.ts'

let lake: TestLake
const streams: SseStream[] = []
beforeEach(async () => {
  lake = await startTestLake()
})
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.close()
  await lake.dispose()
})

async function listen(filter: string, options = ''): Promise<SseStream> {
  const stream = await openSse(lake.api(`/data/listen/production?query=${encodeURIComponent(filter)}${options}`))
  streams.push(stream)
  const welcome = await stream.next()
  expect(welcome.event).toBe('welcome')
  return stream
}

const act = (actions: unknown[], transactionId?: string) => postJson(lake.api('/data/actions/production'), { actions, transactionId })

describe('GET /data/listen/<dataset>', () => {
  it('sends welcome, then a mutation event with the fields the Studio reads', async () => {
    const stream = await listen('*[_type == "symptom"]', '&includeResult=true&includePreviousRevision=true&effectFormat=mendoza&tag=test')
    await act([{ actionType: 'sanity.action.document.edit', draftId: 'drafts.symptom-stiffness', publishedId: 'symptom-stiffness', patch: { set: { summary: 'S' } } }], 'tx-edit')
    const event = await stream.next()
    expect(event.event).toBe('mutation')
    expect(event.id).toBe('tx-edit#drafts.symptom-stiffness')
    expect(event.data).toMatchObject({
      eventId: 'tx-edit#drafts.symptom-stiffness',
      documentId: 'drafts.symptom-stiffness',
      transactionId: 'tx-edit',
      identity: 'local-editor',
      resultRev: 'tx-edit',
      transition: 'appear',
      visibility: 'query',
      transactionTotalEvents: 1,
      transactionCurrentEvent: 1,
      previous: null,
      result: { _id: 'drafts.symptom-stiffness', summary: 'S' },
      timestamp: expect.any(String),
      mutations: expect.any(Array),
      effects: { apply: expect.any(Array), revert: expect.any(Array) },
    })
    expect(event.data).not.toHaveProperty('previousRev')
  })

  it("sends mutations that the Studio's mutator replays to the same document, and mendoza effects that apply and revert", async () => {
    const stream = await listen('*[_id in ["article-knee", "drafts.article-knee"]]', '&effectFormat=mendoza&includePreviousRevision=true')
    await act([{ actionType: 'sanity.action.document.publish', draftId: 'drafts.article-knee', publishedId: 'article-knee' }], 'tx-pub')
    const first = await stream.next()
    const second = await stream.next()
    expect([first.data.documentId, second.data.documentId]).toEqual(['article-knee', 'drafts.article-knee'])
    expect([first.data.transactionCurrentEvent, second.data.transactionCurrentEvent]).toEqual([1, 2])
    expect(first.data.transactionTotalEvents).toBe(2)
    expect(first.data.transition).toBe('update')
    expect(second.data.transition).toBe('disappear')
    for (const { data } of [first, second]) {
      const replayed = new Mutation({ mutations: data.mutations, resultRev: data.resultRev, transactionId: data.transactionId, timestamp: data.timestamp }).apply(structuredClone(data.previous))
      expect(replayed).toEqual(data.result ?? null)
      expect(data.previousRev).toBe(data.previous._rev)
      expect(applyPatch(data.previous, data.effects.apply)).toEqual(data.result ?? null)
      expect(applyPatch(data.result ?? null, data.effects.revert)).toEqual(data.previous)
    }
  })

  it('honours includeResult=false, includeMutations=false and leaves effects out unless asked', async () => {
    const stream = await listen('*[_id == "symptom-stiffness"]', '&includeResult=false&includeMutations=false')
    await postJson(lake.api('/data/mutate/production'), { mutations: [{ patch: { id: 'symptom-stiffness', set: { summary: 'x' } } }] })
    const { data } = await stream.next()
    expect(data).not.toHaveProperty('result')
    expect(data).not.toHaveProperty('mutations')
    expect(data).not.toHaveProperty('effects')
    expect(data.previousRev).toBe('r1')
  })

  it('filters by the query with $parameters and sends nothing for other documents', async () => {
    const stream = await listen('*[_type == $type]', '&$type=%22cause%22')
    await postJson(lake.api('/data/mutate/production'), { mutations: [{ patch: { id: 'symptom-stiffness', set: { summary: 'x' } } }] })
    await postJson(lake.api('/data/mutate/production'), { mutations: [{ create: { _id: 'cause-1', _type: 'cause' } }] })
    const { data } = await stream.next()
    expect(data.documentId).toBe('cause-1')
    expect(data.transition).toBe('appear')
  })

  it('keeps transactions in order, one event per document per transaction', async () => {
    const stream = await listen('*[_type == "cause"]')
    await postJson(lake.api('/data/mutate/production'), {
      mutations: [{ create: { _id: 'cause-a', _type: 'cause' } }, { patch: { id: 'cause-a', set: { name: 'A' } } }],
      transactionId: 't1',
    })
    await postJson(lake.api('/data/mutate/production'), { mutations: [{ delete: { id: 'cause-a' } }], transactionId: 't2' })
    const first = await stream.next()
    const second = await stream.next()
    expect(first.data).toMatchObject({ transactionId: 't1', transactionTotalEvents: 1, result: { name: 'A' } })
    expect(first.data.mutations).toHaveLength(2)
    expect(second.data).toMatchObject({ transactionId: 't2', transition: 'disappear', previousRev: 't1', resultRev: 't2' })
    await expect(stream.next(300)).rejects.toThrow(/no event/)
  })

  it('leaves release versions out unless includeAllVersions=true', async () => {
    const plain = await listen('*')
    const all = await listen('*', '&includeAllVersions=true')
    await act([{ actionType: 'sanity.action.document.version.create', publishedId: 'region-knee', baseId: 'region-knee', versionId: 'versions.r1.region-knee' }])
    expect((await all.next()).data.documentId).toBe('versions.r1.region-knee')
    await expect(plain.next(300)).rejects.toThrow(/no event/)
  })

  it('reports a bad filter as a channelError event', async () => {
    const stream = await openSse(lake.api(`/data/listen/production?query=${encodeURIComponent('*[_type ==')}`))
    streams.push(stream)
    const event = await stream.next()
    expect(event.event).toBe('channelError')
    expect(event.data.message).toEqual(expect.any(String))
  })
})
