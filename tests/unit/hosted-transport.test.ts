import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createGateway, type Gateway } from '@/lib/content/gateway'
import { createHostedStore } from '@/lib/content/hosted-store'
import { ContentLakeUnreachableError, failingClearlyWhenUnreachable } from '@/lib/content/unreachable'
import { createEmbeddedStore, DEFAULT_DATASET_PATH } from '@/lib/embedded-groq/embedded-store'
import { parseEnv, type HostedContentConfig } from '@/lib/env'
import { SANITY_API_VERSION } from '@/sanity/api-version'
import { startContentLakeStandIn, type StandIn } from '@/support/content-lake-stand-in'
import { SEED_SLUG } from '@/support/datasets'

/**
 * The hosted path's transport: next-sanity's client, pointed at a local
 * stand-in for the Content Lake's query API. The stand-in evaluates GROQ with
 * the same groq-js engine as the embedded store, so equal results prove the
 * transport (URLs, parameters, JSON round trip), not the GROQ; what the client
 * sends is asserted on the requests themselves.
 */
describe('hosted Content Lake transport', () => {
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
    const store = createHostedStore(env.content as HostedContentConfig)
    hosted = createGateway(() => store)
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
    expect(await hosted.getSitemapContent()).toEqual(await embedded.getSitemapContent())
  })

  it('answers an unknown slug with null, not an error', async () => {
    expect(await hosted.getArticle('no-such-article')).toBeNull()
  })

  it('asks every query for published content, at the configured API version, with its parameters', async () => {
    await hosted.getRegion('hip-and-pelvis', 1)
    expect(standIn.requests.length).toBeGreaterThan(0)
    for (const request of standIn.requests) {
      expect(request.options.perspective).toBe('published')
      expect(request.path).toBe(`/v${SANITY_API_VERSION}/data/query/production`)
      expect(request.host).toBe(new URL(standIn.origin).host)
    }
    expect(standIn.requests.at(-1)?.params).toEqual({ slug: 'hip-and-pelvis', start: 0, end: 24 })
  })
})

/**
 * The client as production configures it (Sanity's own API host), with
 * `fetch` intercepted: next-sanity hands Next's cache options to fetch, so the
 * request it would send is observable without a network.
 */
describe('hosted client configuration', () => {
  const sent: { url: URL; init: RequestInit & { next?: { revalidate?: unknown; tags?: string[] } } }[] = []

  afterEach(() => {
    vi.restoreAllMocks()
    sent.length = 0
  })

  function productionGateway() {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      sent.push({ url: new URL(input instanceof Request ? input.url : String(input)), init: init ?? {} })
      return new Response(JSON.stringify({ ms: 1, query: '', result: [] }), {
        headers: { 'content-type': 'application/json' },
      })
    })
    const env = parseEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' })
    const store = createHostedStore(env.content as HostedContentConfig)
    return createGateway(() => store)
  }

  it('reads the live API, never the CDN, for published content at the pinned API version', async () => {
    await productionGateway().getArticleSlugs()
    expect(sent).toHaveLength(1)
    const { url } = sent[0]!
    // useCdn: false. With the CDN the host would be abc123.apicdn.sanity.io, whose
    // cached answers could lag a publish the build is meant to include.
    expect(url.host).toBe('abc123.api.sanity.io')
    expect(url.pathname).toBe(`/v${SANITY_API_VERSION}/data/query/production`)
    expect(url.searchParams.get('perspective')).toBe('published')
  })

  it("hands Next the gateway's tags but keeps results out of its data cache (the page is the cache)", async () => {
    await productionGateway().getRegionSlugs()
    // A `revalidate` or `cache` option would keep the result in Next's data cache under type tags only,
    // so a page regenerated after a publish would render the old result.
    expect(sent[0]?.init.next).toEqual({ tags: ['bodyRegion'] })
    expect(sent[0]?.init.cache).toBeUndefined()
  })
})

describe('an unreachable Content Lake', () => {
  it('fails the query with one message naming the host, rather than rendering anything', async () => {
    // A port that was just free: nothing listens there.
    const standIn = await startContentLakeStandIn(DEFAULT_DATASET_PATH)
    const origin = standIn.origin
    await standIn.close()
    const env = parseEnv({ SANITY_PROJECT_ID: 'standin1', SANITY_DATASET: 'production', SANITY_API_HOST: origin })
    const store = failingClearlyWhenUnreachable(createHostedStore(env.content as HostedContentConfig), origin)
    const gateway = createGateway(() => store)
    const failure = gateway.getArticleSlugs()
    await expect(failure).rejects.toBeInstanceOf(ContentLakeUnreachableError)
    await expect(failure).rejects.toThrow(`The Content Lake at ${origin} did not answer`)
  })

  it('passes an HTTP error (the lake answered) through as it is', async () => {
    const standIn = await startContentLakeStandIn(DEFAULT_DATASET_PATH, 'another-dataset')
    try {
      const env = parseEnv({ SANITY_PROJECT_ID: 'standin1', SANITY_DATASET: 'production', SANITY_API_HOST: standIn.origin })
      const store = failingClearlyWhenUnreachable(createHostedStore(env.content as HostedContentConfig), standIn.origin)
      await expect(createGateway(() => store).getArticleSlugs()).rejects.not.toBeInstanceOf(ContentLakeUnreachableError)
    } finally {
      await standIn.close()
    }
  })
})
