import { describe, expect, it } from 'vitest'
import { DEFAULT_SITE_URL, EnvError, parseEnv } from '@/lib/env'

describe('parseEnv', () => {
  it('uses the embedded dataset and localhost when nothing is set', () => {
    expect(parseEnv({})).toEqual({
      siteUrl: DEFAULT_SITE_URL,
      buildDir: '.next',
      prerender: { articles: 'all', listingPages: 'all' },
      content: { kind: 'embedded' },
    })
  })

  it('reads a partial prebuild, and names the variable it cannot read', () => {
    expect(parseEnv({ PRERENDER_ARTICLES: '1000', PRERENDER_LISTING_PAGES: '1' }).prerender).toEqual({
      articles: 1000,
      listingPages: 1,
    })
    expect(parseEnv({ PRERENDER_ARTICLES: '0', PRERENDER_LISTING_PAGES: 'all' }).prerender).toEqual({
      articles: 0,
      listingPages: 'all',
    })
    for (const bad of ['-1', '1.5', 'some', '1e3']) {
      expect(() => parseEnv({ PRERENDER_ARTICLES: bad })).toThrow(new RegExp(`PRERENDER_ARTICLES must be .*got "${bad}"`))
    }
    // Page 1 of a listing is the region or hub page itself, which always exists.
    expect(() => parseEnv({ PRERENDER_LISTING_PAGES: '0' })).toThrow(/PRERENDER_LISTING_PAGES must be "all" or a whole number from 1/)
  })

  it('reads the embedded dataset path and the query timings file', () => {
    expect(parseEnv({ EMBEDDED_DATASET_PATH: '/d.ndjson', EMBEDDED_QUERY_TIMINGS: '/t.ndjson' }).content).toEqual({
      kind: 'embedded',
      datasetPath: '/d.ndjson',
      queryTimingsFile: '/t.ndjson',
    })
  })

  it('reads the build folder, and refuses one outside the project', () => {
    expect(parseEnv({ NEXT_DIST_DIR: '.next-large' }).buildDir).toBe('.next-large')
    expect(() => parseEnv({ NEXT_DIST_DIR: '../elsewhere' })).toThrow(/NEXT_DIST_DIR/)
    expect(() => parseEnv({ NEXT_DIST_DIR: '/tmp/build' })).toThrow(/NEXT_DIST_DIR/)
  })

  it('selects the hosted Content Lake when project and dataset are both set', () => {
    const env = parseEnv({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', SANITY_API_READ_TOKEN: 'sk' })
    expect(env.content).toMatchObject({ kind: 'hosted', projectId: 'abc123', dataset: 'production', token: 'sk' })
  })

  it('names the missing variable when only one of the pair is set', () => {
    expect(() => parseEnv({ SANITY_PROJECT_ID: 'abc123' })).toThrow(/SANITY_DATASET is not set/)
    expect(() => parseEnv({ SANITY_DATASET: 'production' })).toThrow(/SANITY_PROJECT_ID is not set/)
  })

  it('rejects malformed values with the variable named', () => {
    expect(() => parseEnv({ SANITY_PROJECT_ID: 'Bad Id', SANITY_DATASET: 'x' })).toThrow(EnvError)
    expect(() => parseEnv({ SANITY_PROJECT_ID: 'ok', SANITY_DATASET: 'Prod!' })).toThrow(/SANITY_DATASET/)
    expect(() => parseEnv({ NEXT_PUBLIC_SITE_URL: 'example.org' })).toThrow(/NEXT_PUBLIC_SITE_URL/)
    expect(() => parseEnv({ NEXT_PUBLIC_SITE_URL: 'ftp://example.org' })).toThrow(/http or https/)
  })

  it('normalises the site URL without a trailing slash', () => {
    expect(parseEnv({ NEXT_PUBLIC_SITE_URL: 'https://health.example.org/' }).siteUrl).toBe(
      'https://health.example.org',
    )
  })

  it('treats blank values as unset', () => {
    expect(parseEnv({ SANITY_PROJECT_ID: '  ', SANITY_DATASET: '' }).content.kind).toBe('embedded')
  })

  it('reads the webhook secret on both paths, leaves /api/revalidate off without it, and refuses a short one', () => {
    const secret = 'sixteen-or-more-characters'
    expect(parseEnv({ SANITY_REVALIDATE_SECRET: secret }).revalidateSecret).toBe(secret)
    expect(parseEnv({ SANITY_PROJECT_ID: 'abc', SANITY_DATASET: 'production', SANITY_REVALIDATE_SECRET: secret }).revalidateSecret).toBe(secret)
    expect(parseEnv({ SANITY_REVALIDATE_SECRET: '  ' }).revalidateSecret).toBeUndefined()
    // The message names the variable and the length, never the value.
    expect(() => parseEnv({ SANITY_REVALIDATE_SECRET: 'short-secret' })).toThrow(/SANITY_REVALIDATE_SECRET.*16/)
    expect(() => parseEnv({ SANITY_REVALIDATE_SECRET: 'short-secret' })).not.toThrow(/short-secret/)
  })
})
