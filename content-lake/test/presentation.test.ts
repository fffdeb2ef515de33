import { createClient } from '@sanity/client'
import { validatePreviewUrl } from '@sanity/preview-url-secret'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { firstValueFrom } from 'rxjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_VERSION, getJson, SEED, startTestLake, type TestLake } from './support/lake.ts'

/**
 * What the Studio's Presentation tool and the site's draft preview need from
 * the local lake, with their own code: the tool writes a
 * `sanity.previewUrlSecret` draft (and deletes expired ones by query) and
 * subscribes to live events; next-sanity's enable route checks the secret
 * with a raw-perspective query.
 */

const expired = {
  _id: 'drafts.old-secret',
  _type: 'sanity.previewUrlSecret',
  _rev: 'r9',
  _createdAt: '2026-01-01T00:00:00Z',
  _updatedAt: '2026-01-01T00:00:00Z',
  secret: 'expired-secret',
  studioUrl: 'http://127.0.0.1:3000/studio',
}

let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake({ documents: [...SEED, expired] })
})
afterAll(() => lake.dispose())

const client = () =>
  createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.origin,
    useProjectHostname: false,
    apiVersion: API_VERSION,
    useCdn: false,
    // The lake has no authentication; @sanity/preview-url-secret insists on a token all the same.
    token: 'local-viewer',
  })
const enableUrl = (secret: string) => `/api/draft-mode/enable?sanity-preview-secret=${secret}&sanity-preview-pathname=%2Farticles%2Fknee-pain`
const doc = async (id: string) => (await getJson(lake.api(`/data/doc/production/${id}`))).body.documents[0]

describe('preview URL secrets', () => {
  it('stores a new secret as a draft, deletes the expired one by query, and validates the new secret', async () => {
    const { secret } = await createPreviewSecret(client(), 'test', 'http://127.0.0.1:3000/studio', 'local-editor', 'secret-1')
    expect((await doc('drafts.secret-1'))).toMatchObject({ _type: 'sanity.previewUrlSecret', secret, studioUrl: 'http://127.0.0.1:3000/studio' })
    expect(await doc('drafts.old-secret')).toBeUndefined()

    const valid = await validatePreviewUrl(client(), enableUrl(secret))
    expect(valid).toMatchObject({ isValid: true, redirectTo: '/articles/knee-pain', studioOrigin: 'http://127.0.0.1:3000' })
  })

  it('refuses a wrong secret and an expired one', async () => {
    await createPreviewSecret(client(), 'test', 'http://127.0.0.1:3000/studio', 'local-editor', 'secret-2')
    expect((await validatePreviewUrl(client(), enableUrl('not-the-secret'))).isValid).toBe(false)
    expect((await validatePreviewUrl(client(), enableUrl('expired-secret'))).isValid).toBe(false)
  })

  it('a delete by query removes exactly what it selects, drafts included, in one transaction', async () => {
    const response = await fetch(lake.api('/data/mutate/production'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ delete: { query: '*[_type == $type]', params: { type: 'article' } } }] }),
    })
    const body = (await response.json()) as { results: { id: string; operation: string }[] }
    expect(body.results.map((r) => r.id).sort()).toEqual(['article-knee', 'drafts.article-knee'])
    expect(body.results.every((r) => r.operation === 'delete')).toBe(true)
    expect(await doc('article-knee')).toBeUndefined()
    expect(await doc('region-knee')).toMatchObject({ name: 'Knee' })
  })
})

describe('live events', () => {
  it('welcomes the live-events subscription the Presentation tool opens (with drafts), rather than failing it', async () => {
    const event = await firstValueFrom(client().live.events({ includeDrafts: true, tag: 'presentation' }))
    expect(event.type).toBe('welcome')
  })
})
