import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_DATASET_PATH, loadDataset } from '../../lib/embedded-groq/embedded-store.ts'
import * as queries from '../../sanity/queries.ts'
import { runPlannedQuery, runQuery } from '../src/query.ts'
import type { LakeDocument } from '../src/types.ts'
import { getJson, postJson, query, startTestLake, type TestLake } from './support/lake.ts'

let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake()
})
afterAll(() => lake.dispose())

const ids = (result: { _id: string }[]) => result.map((doc) => doc._id).sort()

describe('GET|POST /data/query/<dataset>', () => {
  it('answers {query, result, ms} with $parameters as JSON', async () => {
    const body = await query(lake, '*[_id == $id][0].name', '&$id=%22symptom-stiffness%22')
    expect(body).toEqual({ query: '*[_id == $id][0].name', result: 'Stiffness', ms: expect.any(Number) })
  })

  it('takes POST {query, params} and leaves the query out with returnQuery=false', async () => {
    const { status, body } = await postJson(lake.api('/data/query/production?returnQuery=false'), {
      query: 'count(*[_type == $type])',
      params: { type: 'symptom' },
    })
    expect(status).toBe(200)
    expect(body).toEqual({ result: 1, ms: expect.any(Number) })
  })

  it('resolves references with ->', async () => {
    const body = await query(lake, '*[_id == "article-knee"][0].region->name')
    expect(body.result).toBe('Knee')
  })

  it('applies the published perspective by default on API versions from 2025-02-19: no drafts', async () => {
    const body = await query(lake, '*{_id}')
    expect(ids(body.result)).toEqual(['article-knee', 'region-knee', 'symptom-stiffness'])
  })

  it('defaults to raw on older API versions, as the Content Lake does', async () => {
    const { body } = await getJson(`${lake.origin}/v2021-10-21/data/query/production?query=${encodeURIComponent('count(*)')}`)
    expect(body.result).toBe(5)
  })

  it('raw shows drafts under their own ids', async () => {
    const body = await query(lake, '*{_id}', '&perspective=raw')
    expect(ids(body.result)).toEqual(['article-knee', 'drafts.article-knee', 'drafts.symptom-swelling', 'region-knee', 'symptom-stiffness'])
  })

  it('drafts shows each draft in place of the published document, under the published id', async () => {
    const body = await query(lake, '*{_id, _originalId, title, name}', '&perspective=drafts')
    expect(ids(body.result)).toEqual(['article-knee', 'region-knee', 'symptom-stiffness', 'symptom-swelling'])
    const article = body.result.find((doc: { _id: string }) => doc._id === 'article-knee')
    expect(article).toMatchObject({ title: 'Knee pain (edited)', _originalId: 'drafts.article-knee' })
  })

  it('answers a GROQ syntax error with 400 queryParseError and its position', async () => {
    const { status, body } = await getJson(lake.api(`/data/query/production?query=${encodeURIComponent('*[_type ==')}`))
    expect(status).toBe(400)
    expect(body.error).toMatchObject({ type: 'queryParseError', query: '*[_type ==', start: expect.any(Number) })
  })

  it('rejects an unknown perspective and a missing query', async () => {
    expect((await getJson(lake.api('/data/query/production?query=1&perspective=a%20b'))).status).toBe(400)
    const missing = await getJson(lake.api('/data/query/production'))
    expect(missing.status).toBe(400)
    expect(missing.body.error.type).toBe('queryParseError')
  })

  it('answers 404 for a dataset it does not serve', async () => {
    const { status, body } = await getJson(lake.api('/data/query/staging?query=1'))
    expect(status).toBe(404)
    expect(body.error.description).toMatch(/staging/)
  })
})

describe('GET /data/doc/<dataset>/<ids>', () => {
  it('returns documents by id, raw, and lists missing ones as omitted', async () => {
    const { body } = await getJson(lake.api('/data/doc/production/symptom-stiffness,drafts.article-knee,missing-one'))
    expect(body.documents.map((doc: { _id: string }) => doc._id)).toEqual(['symptom-stiffness', 'drafts.article-knee'])
    expect(body.omitted).toEqual([{ id: 'missing-one', reason: 'existence' }])
  })

  it('rejects an id outside the id rules', async () => {
    const { status, body } = await getJson(lake.api('/data/doc/production/-bad'))
    expect(status).toBe(400)
    expect(body.error.type).toBe('invalidDocumentIdError')
  })
})

describe('queries through the planner', () => {
  it('see each commit at once: the indexes belong to the state they were built from', async () => {
    const count = async () => (await query(lake, 'count(*[_type == "article" && references("region-knee")])')).result
    const titles = async () =>
      (await query(lake, '*[_type == "article" && references("region-knee")] | order(title asc)[0...5].title')).result
    expect(await count()).toBe(1)
    const created = await postJson(lake.api('/data/mutate/production'), {
      mutations: [{ create: { _id: 'article-another', _type: 'article', title: 'A knee article', region: { _ref: 'region-knee' } } }],
    })
    expect(created.status).toBe(200)
    expect(await count()).toBe(2)
    expect(await titles()).toEqual(['A knee article', 'Knee pain'])
    await postJson(lake.api('/data/mutate/production'), { mutations: [{ delete: { id: 'article-another' } }] })
    expect(await count()).toBe(1)
  })
})

describe('runPlannedQuery', () => {
  // Every query the site runs, over the committed dataset, as the site sends them: the planner changes no answer.
  const documents = Object.freeze(loadDataset(DEFAULT_DATASET_PATH).documents as LakeDocument[])
  const article = documents.find((doc) => doc._type === 'article') as LakeDocument & { slug: { current: string } }
  const symptom = documents.find((doc) => doc._type === 'symptom') as LakeDocument & { slug: { current: string } }
  const params = [
    { slug: article.slug.current, id: article._id, type: 'article', previewCount: 6, count: 5, start: 0, end: 24 },
    { slug: symptom.slug.current, id: symptom._id, type: 'symptom', previewCount: 6, count: 5, start: 24, end: 48 },
  ]
  const cases = Object.entries(queries as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].includes('*'))
  it.each(cases)('%s answers as the plain scan does', async (_name, groq) => {
    for (const p of params) expect(await runPlannedQuery(groq, p, documents)).toEqual(runQuery(groq, p, documents))
  })
})
