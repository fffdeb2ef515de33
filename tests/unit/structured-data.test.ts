import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'
import { createGateway } from '@/lib/content/gateway'
import type { Article } from '@/lib/content/types'
import { StructuredData } from '@/components/structured-data'
import {
  articleJsonLd,
  breadcrumbJsonLd,
  organizationJsonLd,
  regionJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from '@/lib/seo/structured-data'
import { articlePageSeo, entityHubPageSeo, entityIndexPageSeo, regionPageSeo } from '@/lib/seo/pages'
import { absoluteUrl, paths } from '@/lib/site'
import { SEED_SLUG } from '@/support/datasets'
import { loadVocabulary, unknownTerms } from '../support/schema-org-vocabulary'

const ORIGIN = 'https://health.example.org'
const gateway = createGateway(() => createEmbeddedStore())
const vocabulary = loadVocabulary()

async function seedArticle(): Promise<Article> {
  const article = await gateway.getArticle(SEED_SLUG)
  if (!article) throw new Error('seed article missing')
  return article
}

const itemsOf = (structuredData: object[]) =>
  (structuredData.find((d) => (d as { '@type'?: string })['@type'] === 'BreadcrumbList') as {
    itemListElement: { position: number; name: string; item: string }[]
  }).itemListElement

describe('schema.org vocabulary check', () => {
  it('catches an unknown type and a property the type does not have', () => {
    expect(unknownTerms({ '@type': 'MedicalWebPage', lastReviewed: '2026-01-01' }, vocabulary)).toEqual([])
    expect(unknownTerms({ '@type': 'MedicalCondition', lastReviewed: 'x' }, vocabulary)).toEqual([
      '$: MedicalCondition has no property "lastReviewed"',
    ])
    expect(unknownTerms({ about: { '@type': 'Ailment' } }, vocabulary)).toEqual(['$.about: unknown type Ailment'])
  })
})

describe('article structured data', () => {
  it('uses only schema.org types and the properties each type defines', async () => {
    const data = articleJsonLd(await seedArticle(), ORIGIN)
    expect(unknownTerms(data, vocabulary)).toEqual([])
  })

  it('describes the condition from the referenced documents', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a deep JSON value
    const data = articleJsonLd(await seedArticle(), ORIGIN) as unknown as Record<string, any>
    expect(data['@type']).toBe('MedicalWebPage')
    expect(data.url).toBe(`${ORIGIN}/articles/${SEED_SLUG}`)
    expect(data.inLanguage).toBe('en-GB')
    expect(data.lastReviewed).toBe('2026-11-16')
    expect(data.reviewedBy).toMatchObject({ '@type': 'Person', name: 'Clinical Review Panel (sample)' })
    const about = data.about
    expect(about).toMatchObject({ '@type': 'MedicalCondition', name: 'Gluteus Medius Trigger Points' })
    expect(about.associatedAnatomy).toEqual({ '@type': 'AnatomicalStructure', name: 'Hip and Pelvis' })
    expect(about.cause).toHaveLength(7)
    expect(about.cause[0]).toMatchObject({ '@type': 'MedicalCause', name: 'Muscle Overuse' })
    expect(about.signOrSymptom.map((s: { name: string }) => s.name)).toContain('Sleep Disturbances')
    expect(about.signOrSymptom).toHaveLength(8)
    const types = Object.fromEntries(
      about.possibleTreatment.map((t: { name: string; '@type': string }) => [t.name, t['@type']]),
    )
    expect(types).toMatchObject({
      'Physical Therapy': 'PhysicalTherapy',
      Injections: 'MedicalTherapy',
      Acupuncture: 'MedicalTherapy',
      'Foam Rolling': 'LifestyleModification',
    })
    expect(about.possibleTreatment).toHaveLength(10)
    expect(data.citation.map((c: { name: string }) => c.name)).toHaveLength(5)
  })

  it('cannot break out of its script element', async () => {
    const hostile = { ...(await seedArticle()), title: 'Pain </script><script>alert(1)</script> <!-- x' }
    const data = articleJsonLd(hostile, ORIGIN)
    const html = renderToStaticMarkup(createElement(StructuredData, { items: [data] }))
    const json = html.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, '')
    expect(json).not.toMatch(/[<>]/)
    expect(html.match(/<script/gi)).toHaveLength(1)
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)))
    expect(JSON.parse(json).name).toBe(hostile.title)
  })

  it('writes every character beyond ASCII as an escape that parses back to it', async () => {
    const title = 'Runner’s knee — 🦴 ünïcödé \u2028\u2029 \u202eevil\u202c'
    const data = articleJsonLd({ ...(await seedArticle()), title }, ORIGIN)
    const json = serializeJsonLd(data)
    expect(json).not.toMatch(/[^\u0000-\u007f]/)
    expect(JSON.parse(json).name).toBe(title)
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(data)))
  })
})

describe('site and listing structured data', () => {
  it('home carries WebSite and Organization, region pages a CollectionPage with an ItemList', async () => {
    const region = (await gateway.getRegion('hip-and-pelvis'))!
    const collection = regionJsonLd(region, ORIGIN)
    const crumbs = breadcrumbJsonLd([{ name: 'Home', href: '/' }], ORIGIN)
    for (const data of [websiteJsonLd(ORIGIN), organizationJsonLd(ORIGIN), collection, crumbs]) {
      expect(unknownTerms(data, vocabulary)).toEqual([])
    }
    const list = (collection as unknown as { mainEntity: { itemListElement: { position: number; url: string }[] } })
      .mainEntity.itemListElement
    expect(list.map((i) => i.position)).toEqual(region.articles.map((_, i) => i + 1))
    expect(list[0]?.url).toBe(`${ORIGIN}/articles/${region.articles[0]?.slug}`)
  })

  it('places a later page of a region listing within the whole list', async () => {
    const region = (await gateway.getRegion('hip-and-pelvis'))!
    const page = { ...region, page: 2, pageCount: 3, firstPosition: 25, articleCount: 54 }
    const data = regionJsonLd(page, ORIGIN) as unknown as {
      '@id': string
      name: string
      mainEntity: { numberOfItems: number; itemListElement: { position: number }[] }
    }
    expect(unknownTerms(data, vocabulary)).toEqual([])
    expect(data['@id']).toBe(`${ORIGIN}/regions/hip-and-pelvis/page/2`)
    expect(data.name).toBe('Hip and Pelvis conditions, page 2 of 3')
    expect(data.mainEntity.numberOfItems).toBe(54)
    expect(data.mainEntity.itemListElement.map((i) => i.position)).toEqual(region.articles.map((_, i) => 25 + i))
  })
})

describe('page composers (lib/seo/pages.ts)', () => {

  it('feed the visible breadcrumbs and the BreadcrumbList from one trail', async () => {
    const article = await seedArticle()
    const seo = articlePageSeo(article, ORIGIN)
    expect(seo.trail.map((c) => c.name)).toEqual(['Home', 'Hip and Pelvis', article.title])
    expect(itemsOf(seo.structuredData)).toEqual(
      seo.trail.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absoluteUrl(ORIGIN, c.href) })),
    )
    const region = regionPageSeo((await gateway.getRegion('hip-and-pelvis'))!, ORIGIN)
    expect(itemsOf(region.structuredData).map((i) => i.name)).toEqual(region.trail.map((c) => c.name))
  })

  it("use an article's SEO overrides in its metadata and its structured data alike", async () => {
    const article = { ...(await seedArticle()), seo: { title: 'Search title', description: 'Search description', noIndex: false } }
    const seo = articlePageSeo(article, ORIGIN)
    expect(seo.metadata).toMatchObject({ title: 'Search title', description: 'Search description' })
    expect(seo.structuredData[0]).toMatchObject({ name: article.title, description: 'Search description' })
  })
})

describe('entity hub and A–Z index structured data', () => {
  const typed = (data: object[]) => data.map((d) => (d as { '@type': string })['@type'])

  it('hubs carry the entity (typed as the article maps it), its listing and a BreadcrumbList, all schema.org', async () => {
    const article = await seedArticle()
    const therapy = article.treatments.groups.find((g) => g.kind === 'home')!.items[0]!
    const cases = [
      { type: 'symptom', slug: article.symptoms.common[0]!.slug, expected: 'MedicalSymptom' },
      { type: 'cause', slug: article.causes.items[0]!.slug, expected: 'MedicalCause' },
      { type: 'treatment', slug: 'physical-therapy', expected: 'PhysicalTherapy' },
      { type: 'treatment', slug: therapy.slug, expected: 'LifestyleModification' },
      { type: 'treatment', slug: 'injections', expected: 'MedicalTherapy' },
    ] as const
    for (const { type, slug, expected } of cases) {
      const hub = (await gateway.getEntityHub(type, slug))!
      expect(hub, slug).not.toBeNull()
      const seo = entityHubPageSeo(hub, ORIGIN)
      for (const data of seo.structuredData) expect(unknownTerms(data, vocabulary), slug).toEqual([])
      expect(typed(seo.structuredData)).toEqual([expected, 'CollectionPage', 'BreadcrumbList'])
      const url = `${ORIGIN}${paths.entity(type, slug)}`
      expect(seo.structuredData[0]).toMatchObject({ url, name: hub.name, description: hub.summary })
      expect(seo.structuredData[1]).toMatchObject({ url, about: { '@id': (seo.structuredData[0] as { '@id': string })['@id'] } })
      const label = { symptom: 'Symptoms', cause: 'Causes', treatment: 'Treatments' }[type]
      expect(itemsOf(seo.structuredData).map((i) => i.name)).toEqual(['Home', label, hub.name])
      expect(itemsOf(seo.structuredData).at(-1)?.item).toBe(url)
      expect(seo.metadata.alternates?.canonical).toBe(paths.entity(type, slug))
    }
  })

  it('a later hub page has its own title and canonical, and places its articles within the whole list', async () => {
    const hub = (await gateway.getEntityHub('symptom', 'stiffness'))!
    const later = { ...hub, page: 2, pageCount: 3, firstPosition: 25, articleCount: 60 }
    const seo = entityHubPageSeo(later, ORIGIN)
    expect(seo.metadata.title).toBe('Stiffness: conditions with this symptom, page 2 of 3')
    expect(seo.metadata.alternates?.canonical).toBe('/symptoms/stiffness/page/2')
    const list = seo.structuredData[1] as { '@id': string; mainEntity: { numberOfItems: number; itemListElement: { position: number }[] } }
    expect(list['@id']).toBe(`${ORIGIN}/symptoms/stiffness/page/2`)
    expect(list.mainEntity.numberOfItems).toBe(60)
    expect(list.mainEntity.itemListElement.map((i) => i.position)).toEqual(hub.articles.map((_, i) => 25 + i))
  })

  it('A–Z indexes carry a CollectionPage of their hubs and a BreadcrumbList, all schema.org', async () => {
    for (const type of ['symptom', 'cause', 'treatment'] as const) {
      const index = await gateway.getEntityIndex(type)
      const seo = entityIndexPageSeo(index, ORIGIN)
      for (const data of seo.structuredData) expect(unknownTerms(data, vocabulary), type).toEqual([])
      expect(typed(seo.structuredData)).toEqual(['CollectionPage', 'BreadcrumbList'])
      const list = seo.structuredData[0] as { url: string; mainEntity: { numberOfItems: number; itemListElement: { url: string }[] } }
      expect(list.url).toBe(`${ORIGIN}${paths.entityIndex(type)}`)
      const withArticles = index.groups.flatMap((g) => g.entries).filter((e) => e.articleCount > 0)
      expect(list.mainEntity.numberOfItems).toBe(withArticles.length)
      expect(list.mainEntity.itemListElement.map((i) => i.url)).toEqual(
        withArticles.map((e) => `${ORIGIN}${paths.entity(type, e.slug)}`),
      )
      expect(itemsOf(seo.structuredData)).toHaveLength(2)
    }
  })
})
