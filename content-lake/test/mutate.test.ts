import { Mutation } from '@sanity/mutator'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getJson, postJson, query, startTestLake, type TestLake } from './support/lake.ts'

let lake: TestLake
beforeEach(async () => {
  lake = await startTestLake()
})
afterEach(() => lake.dispose())

const mutate = (mutations: unknown[], search = '', extra: Record<string, unknown> = {}) =>
  postJson(lake.api(`/data/mutate/production${search}`), { mutations, ...extra })
const doc = async (id: string) => (await getJson(lake.api(`/data/doc/production/${id}`))).body.documents[0]

describe('POST /data/mutate/<dataset>', () => {
  it('creates a document with _rev = transaction id and _createdAt/_updatedAt = the transaction time', async () => {
    const { status, body } = await mutate([{ create: { _id: 'cause-new', _type: 'cause', name: 'New' } }], '?returnDocuments=true', {
      transactionId: 'client-tx-1',
    })
    expect(status).toBe(200)
    expect(body.transactionId).toBe('client-tx-1')
    const saved = body.results[0].document
    expect(body.results[0]).toMatchObject({ id: 'cause-new', operation: 'create' })
    expect(saved).toMatchObject({ _id: 'cause-new', _type: 'cause', name: 'New', _rev: 'client-tx-1' })
    expect(saved._createdAt).toBe(saved._updatedAt)
    expect(Date.parse(saved._updatedAt)).toBeGreaterThan(Date.parse('2026-01-01'))
    expect(await doc('cause-new')).toEqual(saved)
  })

  it('generates an id for create without one, and for a "drafts." prefix', async () => {
    const { body } = await mutate([{ create: { _type: 'cause' } }, { create: { _id: 'drafts.', _type: 'cause' } }])
    expect(body.results[0].id).toMatch(/^[A-Za-z0-9]{22}$/)
    expect(body.results[1].id).toMatch(/^drafts\.[A-Za-z0-9]{22}$/)
  })

  it('createOrReplace replaces, createIfNotExists leaves an existing document alone', async () => {
    const { body } = await mutate([
      { createOrReplace: { _id: 'symptom-stiffness', _type: 'symptom', name: 'Replaced' } },
      { createIfNotExists: { _id: 'region-knee', _type: 'bodyRegion', name: 'Ignored' } },
    ])
    expect(body.results.map((r: { operation: string }) => r.operation)).toEqual(['update', 'none'])
    expect(await doc('symptom-stiffness')).not.toHaveProperty('summary')
    expect((await doc('region-knee')).name).toBe('Knee')
    expect((await doc('region-knee'))._rev).toBe('r0')
  })

  it('patches with set, unset, setIfMissing, inc and insert, as @sanity/mutator does', async () => {
    const patch = {
      id: 'symptom-stiffness',
      set: { summary: 'Changed' },
      setIfMissing: { tags: [] },
      unset: ['name'],
    }
    const before = await doc('symptom-stiffness')
    const { body } = await mutate([{ patch }, { patch: { id: 'symptom-stiffness', insert: { after: 'tags[-1]', items: ['a'] } } }], '?returnDocuments=true')
    const after = body.results[1].document
    expect(after).toMatchObject({ summary: 'Changed', tags: ['a'] })
    expect(after).not.toHaveProperty('name')
    const expected = new Mutation({
      mutations: [{ patch }, { patch: { id: 'symptom-stiffness', insert: { after: 'tags[-1]', items: ['a'] } } }],
      resultRev: body.transactionId,
      timestamp: after._updatedAt,
    }).apply(before)
    expect(after).toEqual(expected)
  })

  it('deletes, and deleting a missing document is a no-op', async () => {
    const { body } = await mutate([{ delete: { id: 'symptom-stiffness' } }, { delete: { id: 'never-was' } }])
    expect(body.results.map((r: { operation: string }) => r.operation)).toEqual(['delete', 'none'])
    expect(await doc('symptom-stiffness')).toBeUndefined()
  })

  it('fails create on an existing id with 409, and applies nothing of the transaction', async () => {
    const { status, body } = await mutate([
      { create: { _id: 'cause-first', _type: 'cause' } },
      { create: { _id: 'symptom-stiffness', _type: 'symptom' } },
    ])
    expect(status).toBe(409)
    expect(body.error).toMatchObject({ type: 'mutationError', items: [{ index: 1, error: { type: 'documentAlreadyExistsError', id: 'symptom-stiffness' } }] })
    expect(await doc('cause-first')).toBeUndefined()
  })

  it('enforces ifRevisionID: a stale one is 409 and nothing changes', async () => {
    const stale = await mutate([{ patch: { id: 'symptom-stiffness', ifRevisionID: 'old', set: { summary: 'x' } } }])
    expect(stale.status).toBe(409)
    expect(stale.body.error.items[0].error.type).toBe('conflictError')
    expect((await doc('symptom-stiffness')).summary).toBe('Hard to move.')
    const fresh = await mutate([{ patch: { id: 'symptom-stiffness', ifRevisionID: 'r1', set: { summary: 'y' } } }])
    expect(fresh.status).toBe(200)
    expect((await doc('symptom-stiffness')).summary).toBe('y')
  })

  it('rejects a patch on a missing document, ids outside the rules, unknown mutations and changes of _id', async () => {
    const cases = [
      [{ patch: { id: 'nope', set: { a: 1 } } }],
      [{ create: { _id: 'bad id', _type: 'x' } }],
      [{ create: { _id: 'a.-b', _type: 'x' } }],
      [{ create: { _id: 'no-type' } }],
      [{ upsert: { _id: 'x', _type: 'x' } }],
      [{ patch: { id: 'symptom-stiffness', set: { _id: 'other' } } }],
      [],
    ]
    for (const mutations of cases) {
      const { status, body } = await mutate(mutations)
      expect(status, JSON.stringify(mutations)).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
      expect(body.error.description).toEqual(expect.any(String))
    }
    expect((await query(lake, 'count(*)', '&perspective=raw')).result).toBe(5)
    expect((await doc('symptom-stiffness'))._rev).toBe('r1')
  })

  it('rejects a malformed JSON body with 400 invalidJsonError', async () => {
    const response = await fetch(lake.api('/data/mutate/production'), { method: 'POST', body: '{"mutations": [' })
    expect(response.status).toBe(400)
    expect((await response.json()).error.type).toBe('invalidJsonError')
  })

  it('dryRun plans the transaction and applies nothing', async () => {
    const { status } = await mutate([{ create: { _id: 'cause-dry', _type: 'cause' } }], '', { dryRun: true })
    expect(status).toBe(200)
    expect(await doc('cause-dry')).toBeUndefined()
  })
})
