import { describe, expect, it } from 'vitest'
import { allTag, refsTag, slugTag, tagsToRevalidate, typeTag } from '@/lib/content/cache-tags'
import { createGateway } from '@/lib/content/gateway'
import { createEmbeddedStore, type SanityDocumentLike } from '@/lib/embedded-groq/embedded-store'
import { pageCount } from '@/lib/pagination'
import { ENTITY_TYPES, type EntityType } from '@/lib/site'
import { readCommittedDocuments } from '@/support/datasets'

/**
 * The tags each page carries, recorded through the gateway's public surface
 * (its `tagPage` hook) over the committed dataset, and checked against what
 * the documents themselves say: every `_ref` an article holds, every article
 * that references an entity.
 */

const documents = readCommittedDocuments()
const byId = new Map(documents.map((doc) => [doc._id, doc]))
const slugOf = (doc: SanityDocumentLike) => (doc.slug as { current: string }).current
const articles = documents.filter((doc) => doc._type === 'article')

/** Every `_ref` anywhere in a document. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn)
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  return [...(typeof record._ref === 'string' ? [record._ref] : []), ...Object.values(record).flatMap(refsIn)]
}

/** Renders a "page" (one or more getters) and returns the tags it was given. */
async function tagsOf(render: (gateway: ReturnType<typeof createGateway>) => Promise<unknown>): Promise<Set<string>> {
  const tags = new Set<string>()
  const gateway = createGateway(() => createEmbeddedStore(), { tagPage: (added) => added.forEach((tag) => tags.add(tag)) })
  await render(gateway)
  return tags
}

const referencing = (id: string) => articles.filter((article) => refsIn(article).includes(id))

describe('the tags of each page, computed from the data', () => {
  it('an article page: its own id and every document it references, plus the related articles it previews', async () => {
    for (const article of articles) {
      const tags = await tagsOf((g) => g.getArticle(slugOf(article)))
      const references = new Set(refsIn(article))
      for (const ref of references) expect(tags, `${article._id} → ${ref}`).toContain(ref)
      expect(tags).toContain(article._id)
      // Anything else is a related article: same region.
      for (const tag of tags) {
        if (tag === article._id || references.has(tag)) continue
        const other = byId.get(tag)
        expect(other?._type, `${article._id} carries ${tag}`).toBe('article')
        expect(refsIn(other)).toContain((article.region as { _ref: string })._ref)
      }
    }
  })

  it('an entity hub: the entity, what references it, and the listed articles with their regions', async () => {
    for (const type of ENTITY_TYPES) {
      for (const entity of documents.filter((doc) => doc._type === type)) {
        const listed = referencing(entity._id)
        if (listed.length === 0 || pageCount(listed.length) > 1) continue
        const tags = await tagsOf((g) => g.getEntityHub(type as EntityType, slugOf(entity), 1))
        const expected = new Set([
          entity._id,
          refsTag(entity._id),
          typeTag('article'),
          ...listed.flatMap((article) => [article._id, (article.region as { _ref: string })._ref]),
        ])
        expect(tags, entity._id).toEqual(expected)
      }
    }
  })

  it('a region page: the region, what references it, and the articles it lists', async () => {
    for (const region of documents.filter((doc) => doc._type === 'bodyRegion')) {
      const listed = referencing(region._id)
      if (pageCount(listed.length, 24) > 1) continue
      const tags = await tagsOf((g) => g.getRegion(slugOf(region), 1))
      expect(tags).toEqual(new Set([region._id, refsTag(region._id), typeTag('article'), ...listed.map((a) => a._id)]))
    }
  })

  it('an A–Z index: every entity of its type, and what references each (the counts)', async () => {
    for (const type of ENTITY_TYPES) {
      const tags = await tagsOf((g) => g.getEntityIndex(type))
      const entities = documents.filter((doc) => doc._type === type && doc.slug)
      expect(tags).toEqual(
        new Set([typeTag(type), typeTag('article'), ...entities.flatMap((e) => [e._id, refsTag(e._id)])]),
      )
    }
  })

  it('the home page: every region and what it previews; the sitemap: every document of the types it dates', async () => {
    const home = await tagsOf((g) => Promise.all([g.getRegionsWithArticles(), g.getRecentlyReviewed()]))
    for (const region of documents.filter((doc) => doc._type === 'bodyRegion')) expect(home).toContain(region._id)
    expect(home).toContain(typeTag('article'))
    const sitemap = await tagsOf((g) => g.getSitemapContent())
    expect(sitemap).toEqual(new Set(['article', 'bodyRegion', 'cause', 'symptom', 'treatment'].map(allTag)))
  })
})

describe('what a published change revalidates', () => {
  /** Every page of the site with the tags it carries. */
  async function sitePages() {
    const pages = new Map<string, Set<string>>()
    pages.set('/', await tagsOf((g) => Promise.all([g.getRegionsWithArticles(), g.getRecentlyReviewed()])))
    pages.set('/sitemap.xml', await tagsOf((g) => g.getSitemapContent()))
    for (const article of articles) pages.set(`/articles/${slugOf(article)}`, await tagsOf((g) => g.getArticle(slugOf(article))))
    for (const type of ENTITY_TYPES) {
      pages.set(`/${type}`, await tagsOf((g) => g.getEntityIndex(type)))
      for (const entity of documents.filter((doc) => doc._type === type && referencing(doc._id).length > 0)) {
        pages.set(`/${type}/${slugOf(entity)}`, await tagsOf((g) => g.getEntityHub(type, slugOf(entity), 1)))
      }
    }
    for (const region of documents.filter((doc) => doc._type === 'bodyRegion')) {
      pages.set(`/regions/${slugOf(region)}`, await tagsOf((g) => g.getRegion(slugOf(region), 1)))
    }
    return pages
  }
  const hit = (pages: Map<string, Set<string>>, tags: string[]) =>
    [...pages].filter(([, carried]) => tags.some((tag) => carried.has(tag))).map(([path]) => path).sort()

  it('a shared symptom: exactly the articles that list it, its hub, its A–Z index and the sitemap', async () => {
    const pages = await sitePages()
    const shared = documents
      .filter((doc) => doc._type === 'symptom')
      .map((symptom) => ({ symptom, users: referencing(symptom._id) }))
      .sort((a, b) => b.users.length - a.users.length)[0]!
    expect(shared.users.length).toBeGreaterThan(1)
    const { symptom, users } = shared
    const affected = hit(pages, tagsToRevalidate({ _id: symptom._id, _type: 'symptom', operation: 'update', references: [] }))
    expect(affected).toEqual(
      [...users.map((a) => `/articles/${slugOf(a)}`), `/symptom/${slugOf(symptom)}`, '/symptom', '/sitemap.xml'].sort(),
    )
    // And an article that does not list it is not among them.
    expect(articles.some((a) => !users.includes(a))).toBe(true)
  })

  it('a new article: every listing (home, regions, hubs, A–Z) and the sitemap, but no other article', async () => {
    const pages = await sitePages()
    const affected = hit(pages, tagsToRevalidate({ _id: 'article-new', _type: 'article', operation: 'create', references: [] }))
    const listings = [...pages.keys()].filter((path) => !path.startsWith('/articles/'))
    expect(affected).toEqual(listings.sort())
  })

  it('an address that was not found: the create or rename that gives a document that slug, and nothing else', async () => {
    const missing = new Map<string, Set<string>>([
      ['/articles/new-condition', await tagsOf((g) => g.getArticle('new-condition'))],
      ['/regions/new-region', await tagsOf((g) => g.getRegion('new-region', 1))],
      ['/symptom/new-symptom', await tagsOf((g) => g.getEntityHub('symptom', 'new-symptom', 1))],
    ])
    const changes = (operation: 'create' | 'update' | 'delete', _type: string, slug: string) =>
      hit(missing, tagsToRevalidate({ _id: 'x', _type, slug, operation, references: [] }))
    expect(changes('create', 'article', 'new-condition')).toEqual(['/articles/new-condition'])
    // A slug changed to one a reader had tried.
    expect(changes('update', 'article', 'new-condition')).toEqual(['/articles/new-condition'])
    expect(changes('create', 'bodyRegion', 'new-region')).toEqual(['/regions/new-region'])
    expect(changes('update', 'symptom', 'new-symptom')).toEqual(['/symptom/new-symptom'])
    // The same slug of another type, another slug, or a delete: none.
    expect(changes('create', 'cause', 'new-symptom')).toEqual([])
    expect(changes('create', 'article', 'other-condition')).toEqual([])
    expect(changes('delete', 'article', 'new-condition')).toEqual([])
    expect(slugTag('article', 'new-condition')).toBe('slug:article:new-condition')
  })
})
