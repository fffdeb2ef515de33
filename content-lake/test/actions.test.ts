import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getJson, postJson, query, startTestLake, type TestLake } from './support/lake.ts'

let lake: TestLake
beforeEach(async () => {
  lake = await startTestLake()
})
afterEach(() => lake.dispose())

const act = (actions: unknown[], transactionId?: string) =>
  postJson(lake.api('/data/actions/production'), { actions, ...(transactionId ? { transactionId } : {}) })
const doc = async (id: string) => (await getJson(lake.api(`/data/doc/production/${id}`))).body.documents[0]
const published = async () => (await query(lake, '*{_id}')).result.map((d: { _id: string }) => d._id).sort()

describe('POST /data/actions/<dataset>', () => {
  it('edit creates the draft from the published document, then patches it; answers the client transaction id', async () => {
    const { status, body } = await act(
      [{ actionType: 'sanity.action.document.edit', draftId: 'drafts.symptom-stiffness', publishedId: 'symptom-stiffness', patch: { set: { summary: 'Edited' } } }],
      'studio-tx',
    )
    expect(status).toBe(200)
    expect(body).toEqual({ transactionId: 'studio-tx' })
    expect(await doc('drafts.symptom-stiffness')).toMatchObject({ name: 'Stiffness', summary: 'Edited', _rev: 'studio-tx', _createdAt: '2026-01-01T00:00:00Z' })
    expect((await doc('symptom-stiffness')).summary).toBe('Hard to move.')
  })

  it('edit of a document that exists neither as draft nor published fails with 409', async () => {
    const { status, body } = await act([{ actionType: 'sanity.action.document.edit', draftId: 'drafts.nope', publishedId: 'nope', patch: { set: { a: 1 } } }])
    expect(status).toBe(409)
    expect(body.error).toMatchObject({ type: 'actionError', items: [{ index: 0, error: { type: 'documentNotFoundError' } }] })
  })

  it('create makes a new draft; a second create fails unless ifExists is "ignore"', async () => {
    const create = { actionType: 'sanity.action.document.create', publishedId: 'cause-new', attributes: { _id: 'drafts.cause-new', _type: 'cause', name: 'N' }, ifExists: 'fail' }
    expect((await act([create])).status).toBe(200)
    expect(await doc('drafts.cause-new')).toMatchObject({ _type: 'cause', name: 'N' })
    expect((await act([create])).status).toBe(409)
    expect((await act([{ ...create, ifExists: 'ignore' }])).status).toBe(200)
  })

  it('create refuses a draft id that does not belong to publishedId', async () => {
    const { status } = await act([{ actionType: 'sanity.action.document.create', publishedId: 'a', attributes: { _id: 'drafts.b', _type: 'cause' }, ifExists: 'fail' }])
    expect(status).toBe(400)
  })

  it('publish moves the draft to the published id and removes the draft', async () => {
    const { status } = await act([{ actionType: 'sanity.action.document.publish', draftId: 'drafts.article-knee', publishedId: 'article-knee', ifPublishedRevisionId: 'r3' }], 'pub-tx')
    expect(status).toBe(200)
    expect(await doc('drafts.article-knee')).toBeUndefined()
    expect(await doc('article-knee')).toMatchObject({ _id: 'article-knee', title: 'Knee pain (edited)', _rev: 'pub-tx', _createdAt: '2026-01-03T00:00:00Z' })
    expect(await doc('article-knee')).not.toHaveProperty('_originalId')
  })

  it('publish of a never-published draft creates the published document', async () => {
    await act([{ actionType: 'sanity.action.document.publish', draftId: 'drafts.symptom-swelling', publishedId: 'symptom-swelling' }])
    expect(await published()).toContain('symptom-swelling')
  })

  it('publish with a stale ifPublishedRevisionId is 409 and changes nothing', async () => {
    const { status } = await act([{ actionType: 'sanity.action.document.publish', draftId: 'drafts.article-knee', publishedId: 'article-knee', ifPublishedRevisionId: 'stale' }])
    expect(status).toBe(409)
    expect((await doc('drafts.article-knee'))._rev).toBe('r4')
    expect((await doc('article-knee')).title).toBe('Knee pain')
  })

  it('unpublish removes the published document and keeps its content as the draft', async () => {
    await act([{ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.symptom-stiffness', publishedId: 'symptom-stiffness' }])
    expect(await published()).not.toContain('symptom-stiffness')
    expect(await doc('drafts.symptom-stiffness')).toMatchObject({ name: 'Stiffness', summary: 'Hard to move.' })
  })

  it('unpublish keeps an existing draft as it is', async () => {
    await act([{ actionType: 'sanity.action.document.unpublish', draftId: 'drafts.article-knee', publishedId: 'article-knee' }])
    expect((await doc('drafts.article-knee')).title).toBe('Knee pain (edited)')
  })

  it('discard (and version.discard, which the Studio sends) deletes the draft only', async () => {
    await act([{ actionType: 'sanity.action.document.discard', draftId: 'drafts.article-knee' }])
    expect(await doc('drafts.article-knee')).toBeUndefined()
    expect(await doc('article-knee')).toBeDefined()
    await act([{ actionType: 'sanity.action.document.version.discard', versionId: 'drafts.symptom-swelling' }])
    expect(await doc('drafts.symptom-swelling')).toBeUndefined()
    expect((await act([{ actionType: 'sanity.action.document.discard', draftId: 'drafts.symptom-swelling' }])).status).toBe(409)
  })

  it('delete removes the published document with the drafts it names, and refuses to orphan a draft', async () => {
    const refused = await act([{ actionType: 'sanity.action.document.delete', publishedId: 'article-knee', includeDrafts: [] }])
    expect(refused.status).toBe(409)
    await act([{ actionType: 'sanity.action.document.delete', publishedId: 'article-knee', includeDrafts: ['drafts.article-knee'] }])
    expect(await doc('article-knee')).toBeUndefined()
    expect(await doc('drafts.article-knee')).toBeUndefined()
  })

  it('release versions: create from a base, replace, mark for unpublish, discard', async () => {
    const versionId = 'versions.rSpring.symptom-stiffness'
    await act([{ actionType: 'sanity.action.document.version.create', publishedId: 'symptom-stiffness', baseId: 'symptom-stiffness', versionId }])
    expect(await doc(versionId)).toMatchObject({ name: 'Stiffness' })
    await act([{ actionType: 'sanity.action.document.version.replace', document: { _id: versionId, _type: 'symptom', name: 'Spring' } }])
    expect((await doc(versionId)).name).toBe('Spring')
    await act([{ actionType: 'sanity.action.document.version.unpublish', versionId, publishedId: 'symptom-stiffness' }])
    expect((await doc(versionId))._system).toEqual({ delete: true })
    const layered = await query(lake, '*[_id == "symptom-stiffness"][0].name', '&perspective=rSpring,drafts')
    expect(layered.result).toBe('Spring')
    await act([{ actionType: 'sanity.action.document.version.discard', versionId }])
    expect(await doc(versionId)).toBeUndefined()
  })

  it('a transaction is all-or-nothing: a failing second action undoes the first', async () => {
    const { status, body } = await act([
      { actionType: 'sanity.action.document.edit', draftId: 'drafts.symptom-stiffness', publishedId: 'symptom-stiffness', patch: { set: { summary: 'x' } } },
      { actionType: 'sanity.action.document.discard', draftId: 'drafts.not-there' },
    ])
    expect(status).toBe(409)
    expect(body.error.items[0].index).toBe(1)
    expect(await doc('drafts.symptom-stiffness')).toBeUndefined()
  })

  it('actions inside one transaction see each other: create then edit then publish', async () => {
    const { status } = await act([
      { actionType: 'sanity.action.document.create', publishedId: 'cause-x', attributes: { _id: 'drafts.cause-x', _type: 'cause' }, ifExists: 'fail' },
      { actionType: 'sanity.action.document.edit', draftId: 'drafts.cause-x', publishedId: 'cause-x', patch: { set: { name: 'X' } } },
      { actionType: 'sanity.action.document.publish', draftId: 'drafts.cause-x', publishedId: 'cause-x' },
    ])
    expect(status).toBe(200)
    expect(await doc('cause-x')).toMatchObject({ name: 'X' })
    expect(await doc('drafts.cause-x')).toBeUndefined()
  })

  it('rejects an unknown action type with 400 and names the supported ones', async () => {
    const { status, body } = await act([{ actionType: 'sanity.action.document.teleport', publishedId: 'a' }])
    expect(status).toBe(400)
    expect(body.error).toMatchObject({ type: 'actionError', items: [{ error: { type: 'unknownActionError' } }] })
    expect(body.error.items[0].error.description).toMatch(/sanity\.action\.document\.publish/)
  })

  it('rejects a non-published publishedId and a malformed transaction id', async () => {
    expect((await act([{ actionType: 'sanity.action.document.discard', draftId: 'symptom-stiffness' }])).status).toBe(400)
    const bad = await postJson(lake.api('/data/actions/production'), { actions: [], transactionId: 'has space' })
    expect(bad.status).toBe(400)
  })
})
