import { describe, expect, it } from 'vitest'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'
import { createGateway } from '@/lib/content/gateway'
import {
  renderSitemap,
  renderUrlset,
  SITEMAP_URL_LIMIT,
  sitemapEntries,
  sitemapPage,
  sitemapPageCount,
  type SitemapEntry,
} from '@/lib/seo/sitemap'
import { readCommittedDocuments } from '@/support/datasets'

const ORIGIN = 'https://health.example.org'
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])

describe('sitemap entries', () => {
  it('list home, every region and every article with a last-modified date', async () => {
    const entries = sitemapEntries(await createGateway(() => createEmbeddedStore()).getSitemapContent())
    const documents = readCommittedDocuments()
    const articles = documents.filter((d) => d._type === 'article')
    const regions = documents.filter((d) => d._type === 'bodyRegion')
    // Hubs and A–Z indexes are tested in hubs.test.ts; every entity of the committed dataset has articles.
    const entities = documents.filter((d) => ['cause', 'symptom', 'treatment'].includes(d._type))
    expect(entries).toHaveLength(1 + regions.length + 3 + entities.length + articles.length)
    expect(entries[0]?.path).toBe('/')
    expect(entries.map((e) => e.path)).toContain('/articles/gluteus-medius-trigger-points')
    expect(entries.map((e) => e.path)).toContain('/regions/hip-and-pelvis')
    const seed = entries.find((e) => e.path === '/articles/gluteus-medius-trigger-points')
    expect(seed?.lastModified).toMatch(/^2026-11-16/)
    // Home changes whenever any page does: its date is one of theirs, and none is later.
    const home = entries[0]!.lastModified
    expect(entries.slice(1).map((e) => e.lastModified)).toContain(home)
    expect(entries.filter((e) => e.lastModified > home)).toEqual([])
  })
})

describe('sitemap protocol', () => {
  const many = (n: number): SitemapEntry[] =>
    Array.from({ length: n }, (_, i) => ({ path: `/articles/a-${i}`, lastModified: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` }))

  it('serves a single urlset up to the limit', () => {
    const xml = renderSitemap(many(SITEMAP_URL_LIMIT), ORIGIN)
    expect(xml).toContain('<urlset')
    expect(locs(xml)).toHaveLength(SITEMAP_URL_LIMIT)
  })

  it('becomes an index of 50 000-URL pages past the limit', () => {
    const entries = many(2 * SITEMAP_URL_LIMIT + 1)
    const xml = renderSitemap(entries, ORIGIN)
    expect(xml).toContain('<sitemapindex')
    expect(locs(xml)).toEqual([0, 1, 2].map((n) => `${ORIGIN}/sitemaps/${n}.xml`))
    expect(sitemapPageCount(entries.length)).toBe(3)
    const pages = [0, 1, 2].map((n) => sitemapPage(entries, n))
    expect(pages.map((p) => p.length)).toEqual([SITEMAP_URL_LIMIT, SITEMAP_URL_LIMIT, 1])
    expect(pages.flat()).toEqual(entries)
  })

  it('escapes XML special characters', () => {
    const xml = renderUrlset([{ path: '/a?b=1&c=<2>', lastModified: '2026-01-01' }], ORIGIN)
    expect(xml).toContain('<loc>https://health.example.org/a?b=1&amp;c=&lt;2&gt;</loc>')
  })
})
