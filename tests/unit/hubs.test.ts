import { describe, expect, it } from 'vitest'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'
import { createGateway } from '@/lib/content/gateway'
import { groupByLetter } from '@/lib/content/mappers'
import { LISTING_PAGE_SIZE, laterPageNumber, laterPages, listingPage } from '@/lib/pagination'
import { sitemapEntries } from '@/lib/seo/sitemap'
import { ENTITY_TYPES, paths, type EntityType } from '@/lib/site'
import { shorten } from '@/lib/text'
import { readCommittedDocuments, writeTempDataset } from '@/support/datasets'

type Doc = ReturnType<typeof readCommittedDocuments>[number]
const documents = readCommittedDocuments()
const gateway = createGateway(() => createEmbeddedStore())
const slugOf = (doc: Doc) => (doc.slug as { current: string }).current
const articles = documents.filter((d) => d._type === 'article')

const LISTS: Record<EntityType, { section: string; field: string }> = {
  cause: { section: 'causes', field: 'cause' },
  symptom: { section: 'symptoms', field: 'symptom' },
  treatment: { section: 'treatments', field: 'treatment' },
}

/** The article's entries of a type, read from the raw documents rather than through GROQ. */
function entriesOf(article: Doc, type: EntityType): { ref: string; detail: string }[] {
  const { section, field } = LISTS[type]
  const items = ((article[section] as { items?: Record<string, unknown>[] } | undefined)?.items ?? []) as Record<
    string,
    unknown
  >[]
  return items.map((item) => ({ ref: (item[field] as { _ref: string })._ref, detail: item.detail as string }))
}

/** Titles of the articles that reference the entity, in the hub's order, from the dataset itself. */
function expectedTitles(type: EntityType, id: string): string[] {
  return articles
    .filter((a) => entriesOf(a, type).some((e) => e.ref === id))
    .map((a) => a.title as string)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

describe('entity hubs over the committed dataset', () => {
  for (const type of ENTITY_TYPES) {
    it(`every ${type} hub lists exactly the articles that reference it`, async () => {
      const entities = documents.filter((d) => d._type === type)
      expect(entities.length).toBeGreaterThan(0)
      for (const entity of entities) {
        const hub = await gateway.getEntityHub(type, slugOf(entity))
        const expected = expectedTitles(type, entity._id)
        expect(hub, slugOf(entity)).not.toBeNull()
        expect(hub!.articleCount, slugOf(entity)).toBe(expected.length)
        expect(hub!.articles.map((a) => a.title), slugOf(entity)).toEqual(expected.slice(0, LISTING_PAGE_SIZE))
        expect(hub).toMatchObject({ type, id: entity._id, name: entity.name, summary: entity.summary, page: 1 })
      }
    })
  }

  it('shows, for each article, its region and its own words about the entity, shortened', async () => {
    const stiffness = documents.find((d) => d._type === 'symptom' && d.name === 'Stiffness')!
    const hub = (await gateway.getEntityHub('symptom', slugOf(stiffness)))!
    expect(hub.articleCount).toBe(10)
    for (const listed of hub.articles) {
      const article = articles.find((a) => slugOf(a) === listed.slug)!
      const detail = entriesOf(article, 'symptom').find((e) => e.ref === stiffness._id)!.detail
      expect(listed.excerpt).toBe(shorten(detail))
      expect(listed.excerpt.length).toBeLessThanOrEqual(160)
      const region = documents.find((d) => d._id === (article.region as { _ref: string })._ref)!
      expect(listed.region).toEqual({ name: region.name, slug: slugOf(region) })
    }
  })

  it('gives a treatment hub its kind, and other hubs none', async () => {
    const treatment = documents.find((d) => d._type === 'treatment')!
    expect((await gateway.getEntityHub('treatment', slugOf(treatment)))?.kind).toBe(treatment.kind)
    const symptom = documents.find((d) => d._type === 'symptom')!
    expect((await gateway.getEntityHub('symptom', slugOf(symptom)))?.kind).toBeUndefined()
  })

  it('is null for an unknown slug, a slug of another type, and a page past the end', async () => {
    const symptom = documents.find((d) => d._type === 'symptom')!
    expect(await gateway.getEntityHub('symptom', 'no-such-symptom')).toBeNull()
    expect(await gateway.getEntityHub('cause', slugOf(symptom))).toBeNull()
    expect(await gateway.getEntityHub('symptom', slugOf(symptom), 2)).toBeNull()
    expect(await gateway.getEntityHub('symptom', slugOf(symptom), 0)).toBeNull()
  })

  it('pages a hub 24 at a time, in title order, with every referencing article on exactly one page', async () => {
    const stiffness = documents.find((d) => d._type === 'symptom' && d.name === 'Stiffness')!
    const seed = articles.find((a) => entriesOf(a, 'symptom').some((e) => e.ref === stiffness._id))!
    const copies = Array.from({ length: 50 }, (_, i) => ({
      ...seed,
      _id: `article-copy-${i}`,
      slug: { _type: 'slug', current: `copy-${i}` },
      title: `Copy ${String(i).padStart(2, '0')}`,
    }))
    const paged = createGateway(() => createEmbeddedStore(writeTempDataset([...documents, ...copies])))
    const total = 10 + copies.length
    const pages = await Promise.all([1, 2, 3].map((n) => paged.getEntityHub('symptom', slugOf(stiffness), n)))
    expect(pages.map((p) => p?.articles.length)).toEqual([24, 24, total - 48])
    expect(pages.map((p) => p?.firstPosition)).toEqual([1, 25, 49])
    expect(pages.every((p) => p?.pageCount === 3 && p.articleCount === total)).toBe(true)
    const titles = pages.flatMap((p) => p!.articles.map((a) => a.title))
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(new Set(titles).size).toBe(total)
    expect(await paged.getEntityHub('symptom', slugOf(stiffness), 4)).toBeNull()
  })
})

describe('A–Z indexes', () => {
  for (const type of ENTITY_TYPES) {
    it(`list every ${type} once, under its first letter, with its article count`, async () => {
      const index = await gateway.getEntityIndex(type)
      const entities = documents.filter((d) => d._type === type)
      const entries = index.groups.flatMap((g) => g.entries)
      expect(index.entryCount).toBe(entities.length)
      expect(entries.map((e) => e.id).sort()).toEqual(entities.map((e) => e._id).sort())
      for (const group of index.groups) {
        for (const entry of group.entries) expect(entry.name.charAt(0).toUpperCase()).toBe(group.letter)
      }
      for (const entity of entities) {
        const entry = entries.find((e) => e.id === entity._id)!
        expect(entry.articleCount, entity.name as string).toBe(expectedTitles(type, entity._id).length)
      }
      expect(index.groups.slice(0, 26).map((g) => g.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ')
    })
  }

  it('groups by first letter, keeps every letter, and files digits and symbols under "#"', () => {
    const entry = (name: string) => ({ id: name, name, slug: name, articleCount: 1 })
    const groups = groupByLetter([entry('Ache'), entry('Arm pain'), entry('Élan'), entry('Zed'), entry('3rd toe')])
    expect(groups).toHaveLength(27)
    expect(groups.find((g) => g.letter === 'A')?.entries.map((e) => e.name)).toEqual(['Ache', 'Arm pain'])
    expect(groups.find((g) => g.letter === 'E')?.entries.map((e) => e.name)).toEqual(['Élan'])
    expect(groups.find((g) => g.letter === 'B')?.entries).toEqual([])
    expect(groups.at(-1)).toEqual({ letter: '#', entries: [entry('3rd toe')] })
    expect(groupByLetter([entry('Ache')])).toHaveLength(26)
  })
})

describe('paged-listing helpers', () => {
  it('count pages, place a page, and name the later pages a /page/<n> route generates', () => {
    expect(listingPage(0, 1)).toEqual({ page: 1, pageCount: 1, firstPosition: 1 })
    expect(listingPage(60, 3)).toEqual({ page: 3, pageCount: 3, firstPosition: 49 })
    expect(listingPage(60, 4)).toBeNull()
    expect(listingPage(60, 0)).toBeNull()
    expect(laterPages(24)).toEqual([])
    expect(laterPages(49)).toEqual([2, 3])
    expect(['1', '2', '02', 'two', '10'].map(laterPageNumber)).toEqual([null, 2, null, null, 10])
  })

  it('put page 1 at the bare URL and later pages under /page/<n>, for regions and hubs alike', () => {
    expect(paths.entityPage('symptom', 'stiffness', 1)).toBe('/symptoms/stiffness')
    expect(paths.entityPage('treatment', 'rest', 2)).toBe('/treatments/rest/page/2')
    expect(paths.regionPage('knee', 1)).toBe('/regions/knee')
    expect(paths.regionPage('knee', 3)).toBe('/regions/knee/page/3')
    expect(paths.entityIndex('cause')).toBe('/causes')
  })
})

describe('shorten', () => {
  it('keeps short text, and cuts long text at a word boundary with an ellipsis', () => {
    expect(shorten('Short text.')).toBe('Short text.')
    const long = 'Stiffness is worst first thing in the morning, easing as you move about; '.repeat(4)
    const cut = shorten(long)
    expect(cut.length).toBeLessThanOrEqual(160)
    expect(cut.endsWith('…')).toBe(true)
    expect(long.startsWith(cut.slice(0, -1))).toBe(true)
    expect(long.charAt(cut.length - 1)).toMatch(/[\s,;]/)
    expect(cut).not.toMatch(/[,;]…$/)
    expect(shorten('x'.repeat(200)).length).toBe(160)
  })
})

describe('sitemap', () => {
  it('lists every page of every hub that has articles, and the three A–Z indexes, dated by what they list', async () => {
    const entries = sitemapEntries(await gateway.getSitemapContent())
    const byPath = new Map(entries.map((e) => [e.path, e.lastModified]))
    for (const type of ENTITY_TYPES) {
      expect(byPath.has(paths.entityIndex(type))).toBe(true)
      for (const entity of documents.filter((d) => d._type === type)) {
        const listing = articles.filter((a) => entriesOf(a, type).some((e) => e.ref === entity._id))
        const path = paths.entity(type, slugOf(entity))
        expect(byPath.has(path), path).toBe(listing.length > 0)
        if (listing.length === 0) continue
        const newest = [entity._updatedAt, ...listing.flatMap((a) => [a._updatedAt, a.lastReviewed])]
          .map(String)
          .reduce((a, b) => (b > a ? b : a))
        expect(byPath.get(path), path).toBe(newest)
      }
    }
  })
})
