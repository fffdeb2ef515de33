import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseEnv, type HostedContentConfig } from '@/lib/env'
import { createEmbeddedStore, DEFAULT_DATASET_PATH } from '@/lib/embedded-groq/embedded-store'
import { createGateway, type Gateway } from '@/lib/content/gateway'
import { createHostedStore } from '@/lib/content/hosted-store'
import { startContentLakeStandIn, type StandIn } from '@/support/content-lake-stand-in'
import { SEED_SLUG } from '@/support/datasets'

/**
 * The hosted path, pointed at a local stand-in for the Content Lake's query
 * API, must give exactly what the embedded path gives for the same dataset.
 */
describe('hosted Content Lake path', () => {
  let standIn: StandIn
  let hosted: Gateway
  const embedded = createGateway(() => createEmbeddedStore())

  beforeAll(async () => {
    standIn = await startContentLakeStandIn(DEFAULT_DATASET_PATH)
    const env = parseEnv({
      SANITY_PROJECT_ID: 'standin1',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: standIn.origin,
    })
    const source = createHostedStore(env.content as HostedContentConfig)
    hosted = createGateway(() => source)
  })

  afterAll(() => standIn.close())

  it('returns the seed article deep-equal to the embedded path', async () => {
    const viaHosted = await hosted.getArticle(SEED_SLUG)
    expect(viaHosted?.title).toBe('Gluteus Medius Trigger Points Relief Techniques and Tips')
    expect(viaHosted).toEqual(await embedded.getArticle(SEED_SLUG))
    const request = standIn.requests.at(-1)
    expect(request?.path).toMatch(/^\/v2025-06-01\/data\/query\/production$/)
    expect(request?.params).toMatchObject({ slug: SEED_SLUG })
  })

  it('returns every getter deep-equal to the embedded path', async () => {
    const slugs = await hosted.getArticleSlugs()
    expect(slugs).toEqual(await embedded.getArticleSlugs())
    for (const slug of slugs) expect(await hosted.getArticle(slug)).toEqual(await embedded.getArticle(slug))
    expect(await hosted.getRegionsWithArticles()).toEqual(await embedded.getRegionsWithArticles())
    expect(await hosted.getRecentlyReviewed()).toEqual(await embedded.getRecentlyReviewed())
    for (const slug of await hosted.getRegionSlugs()) {
      expect(await hosted.getRegion(slug)).toEqual(await embedded.getRegion(slug))
    }
  })

  it('answers an unknown slug with null, not an error', async () => {
    expect(await hosted.getArticle('no-such-article')).toBeNull()
  })
})
