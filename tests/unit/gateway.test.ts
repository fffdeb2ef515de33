import { describe, expect, it } from 'vitest'
import { TREATMENT_KIND_TEXT } from '@/components/article/treatment-groups'
import { createEmbeddedStore } from '@/lib/embedded-groq/embedded-store'
import { createGateway, LIST_PREVIEW_COUNT, RECENTLY_REVIEWED_COUNT } from '@/lib/content/gateway'
import { ContentIntegrityError } from '@/lib/content/mappers'
import { sitemapEntries } from '@/lib/seo/sitemap'
import { regionQuery } from '@/sanity/queries'
import type { RegionQueryResult } from '@/sanity/types.generated'
import { readCommittedDocuments, SEED_SLUG, writeTempDataset } from '@/support/datasets'

const gateway = createGateway(() => createEmbeddedStore())
const names = (items: { name: string }[]) => items.map((item) => item.name)

/** The committed dataset plus `count` copies of the seed article (Hip and Pelvis), titled by `title`, as a file. */
function datasetWithSeedCopies(count: number, title: (i: number) => string) {
  const documents = readCommittedDocuments()
  const seed = documents.find((d) => d._id === `article-${SEED_SLUG}`)!
  const copies = Array.from({ length: count }, (_, i) => ({
    ...seed,
    _id: `article-copy-${i}`,
    slug: { _type: 'slug', current: `copy-${i}` },
    title: title(i),
  }))
  return writeTempDataset([...documents, ...copies])
}

/** A gateway over datasetWithSeedCopies. */
function withSeedCopies(count: number, title: (i: number) => string) {
  const file = datasetWithSeedCopies(count, title)
  return createGateway(() => createEmbeddedStore(file))
}

describe('getArticle on the embedded dataset', () => {
  it('returns the seed article with every section and exact counts', async () => {
    const article = await gateway.getArticle(SEED_SLUG)
    expect(article).not.toBeNull()
    if (!article) return
    expect(article.title).toBe('Gluteus Medius Trigger Points Relief Techniques and Tips')
    expect(article.region).toMatchObject({ name: 'Hip and Pelvis', slug: 'hip-and-pelvis' })
    expect(article.isSample).toBe(false)
    expect(article.introduction.body).toHaveLength(4)
    expect(names(article.causes.items)).toEqual([
      'Muscle Overuse',
      'Poor Posture',
      'Muscle Imbalances',
      'Sedentary Lifestyle',
      'Injury or Trauma',
      'Stress and Tension',
      'Biomechanical Issues',
    ])
    expect(article.causes.summary).toHaveLength(1)
    expect(names(article.symptoms.common)).toEqual(['Localized Pain', 'Hip Pain', 'Weakness', 'Stiffness'])
    expect(names(article.symptoms.lessCommon)).toEqual([
      'Referred Pain',
      'Balance Issues',
      'Altered Gait',
      'Sleep Disturbances',
    ])
    expect(article.whenToSeeDoctor.items.map((i) => i.title)).toEqual([
      'Persistent Pain',
      'Radiating Symptoms',
      'Weakness or Instability',
      'Changes in Mobility',
      'Accompanying Symptoms',
    ])
    expect(article.whenToSeeDoctor.closing).toHaveLength(2)
    expect(article.treatments.groups.map((g) => [TREATMENT_KIND_TEXT[g.kind].heading, names(g.items)])).toEqual([
      ['Conventional Treatments', ['Physical Therapy', 'Medications', 'Injections']],
      ['Alternative Therapies', ['Acupuncture', 'Chiropractic Care', 'Massage Therapy']],
      [
        'Home Remedies',
        ['Stretching and Strengthening Exercises', 'Foam Rolling', 'Heat and Cold Therapy', 'Topical Analgesics'],
      ],
    ])
    expect(article.recovery).toMatchObject({ minWeeks: 2, maxWeeks: 6 })
    expect(article.recovery.phases.map((p) => [p.name, p.steps.length])).toEqual([
      ['Initial phase', 3],
      ['Progression', 3],
    ])
    expect(article.recovery.tips).toHaveLength(3)
    expect(article.conclusion.body).toHaveLength(1)
    expect(article.sources.map((s) => [s.number, s.title])).toEqual([
      [1, 'Effects of Trigger Point Dry Needling on Strength Measurements and Activation Levels of the Gluteus Medius'],
      [2, 'Trigger Point of the Week – Gluteus Medius'],
      [3, 'Acupuncture for Gluteus Medius Pain'],
      [4, 'Treating Trigger Points in the Glutes'],
      [5, 'Trigger Point Release – Gluteus Medius'],
    ])
  })

  it('lists the other articles of the same region as related, never itself', async () => {
    const article = await gateway.getArticle(SEED_SLUG)
    const related = article?.related ?? []
    expect(related.length).toBeGreaterThanOrEqual(3)
    expect(related.map((r) => r.slug)).not.toContain(SEED_SLUG)
    const region = await gateway.getRegion('hip-and-pelvis')
    expect(region?.articles.map((a) => a.slug).sort()).toEqual([SEED_SLUG, ...related.map((r) => r.slug)].sort())
    expect(article?.regionArticleCount).toBe(region?.articles.length)
  })

  it('previews at most six articles of a large region and counts them all', async () => {
    const big = withSeedCopies(9, (i) => `Copy ${i}`)
    const article = await big.getArticle(SEED_SLUG)
    const hip = (await big.getRegionsWithArticles()).find((r) => r.slug === 'hip-and-pelvis')
    const all = await big.getRegion('hip-and-pelvis')
    expect(article?.related).toHaveLength(LIST_PREVIEW_COUNT)
    expect(hip?.articles).toHaveLength(LIST_PREVIEW_COUNT)
    expect(all?.articles).toHaveLength(13)
    expect(hip?.articleCount).toBe(13)
    expect(article?.regionArticleCount).toBe(13)
  })

  it('splits a large region into pages of 24 articles by title, each article on exactly one page', async () => {
    const big = withSeedCopies(50, (i) => `Paged ${String(49 - i).padStart(2, '0')}`)
    const total = (await big.getRegionsWithArticles()).find((r) => r.slug === 'hip-and-pelvis')?.articleCount
    expect(total).toBe(54)
    const pages = await Promise.all([1, 2, 3].map((page) => big.getRegion('hip-and-pelvis', page)))
    expect(pages.map((p) => p?.articles.length)).toEqual([24, 24, 6])
    expect(pages.map((p) => [p?.page, p?.pageCount, p?.firstPosition, p?.articleCount])).toEqual([
      [1, 3, 1, 54],
      [2, 3, 25, 54],
      [3, 3, 49, 54],
    ])
    const titles = pages.flatMap((p) => p?.articles.map((a) => a.title) ?? [])
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(new Set(pages.flatMap((p) => p?.articles.map((a) => a.slug) ?? [])).size).toBe(54)
    // Three real hip articles sort before the copies, Piriformis Syndrome after them.
    expect(pages[1]?.articles[0]?.title).toBe('Paged 21')
    expect(pages[2]?.articles.at(-1)?.slug).toBe('piriformis-syndrome')
    for (const outside of [0, 4, 1.5]) expect(await big.getRegion('hip-and-pelvis', outside)).toBeNull()
    expect(await big.getRegion('hip-and-pelvis')).toEqual(pages[0])
    const sitemap = sitemapEntries(await big.getSitemapContent()).map((e) => e.path)
    for (const path of ['/regions/hip-and-pelvis', '/regions/hip-and-pelvis/page/2', '/regions/hip-and-pelvis/page/3'])
      expect(sitemap).toContain(path)
    expect(sitemap).not.toContain('/regions/hip-and-pelvis/page/4')
    expect(sitemap).not.toContain('/regions/knee/page/2')
  })

  it('returns null for an unknown slug', async () => {
    expect(await gateway.getArticle('no-such-article')).toBeNull()
    expect(await gateway.getRegion('no-such-region')).toBeNull()
  })

  it('gives every published article a static path', async () => {
    const slugs = await gateway.getArticleSlugs()
    const documents = readCommittedDocuments().filter((d) => d._type === 'article')
    expect(slugs).toHaveLength(documents.length)
    expect(slugs).toContain(SEED_SLUG)
  })

  it('orders regions for the home page', async () => {
    const regions = await gateway.getRegionsWithArticles()
    expect(regions[0]?.name).toBe('Hip and Pelvis')
    const withArticles = regions.filter((r) => r.articles.length > 0)
    expect(withArticles.length).toBeGreaterThanOrEqual(3)
  })

  it('returns recently reviewed articles newest first', async () => {
    const recent = await gateway.getRecentlyReviewed()
    expect(recent).toHaveLength(RECENTLY_REVIEWED_COUNT)
    const dates = recent.map((r) => r.lastReviewed)
    expect([...dates].sort().reverse()).toEqual(dates)
  })
})

describe('broken references', () => {
  it('fail with the article, field and missing document named', async () => {
    const documents = readCommittedDocuments().filter((d) => d._id !== 'cause-poor-posture')
    const broken = createGateway(() => createEmbeddedStore(writeTempDataset(documents)))
    const attempt = broken.getArticle(SEED_SLUG)
    await expect(attempt).rejects.toThrow(ContentIntegrityError)
    await expect(attempt).rejects.toThrow(
      /Article "gluteus-medius-trigger-points" \(article-gluteus-medius-trigger-points\), field "causes\[1\]" references document "cause-poor-posture"/,
    )
  })

  it('name a missing medical reviewer too', async () => {
    const documents = readCommittedDocuments().filter((d) => d._id !== 'person-clinical-review-panel')
    const broken = createGateway(() => createEmbeddedStore(writeTempDataset(documents)))
    await expect(broken.getArticle(SEED_SLUG)).rejects.toThrow(/field "reviewedBy" references document/)
  })
})

describe('paged region listings', () => {
  it('are sliced by the GROQ query itself, with the count of every article beside the page', async () => {
    const store = createEmbeddedStore(datasetWithSeedCopies(50, (i) => `Paged ${i}`))
    const page = (start: number, end: number) =>
      store.fetch<RegionQueryResult>(regionQuery, { slug: 'hip-and-pelvis', start, end }, { tags: [] })
    const [first, second, third] = await Promise.all([page(0, 24), page(24, 48), page(48, 72)])
    expect([first, second, third].map((p) => [p?.articles.length, p?.articleCount])).toEqual([
      [24, 54],
      [24, 54],
      [6, 54],
    ])
    expect(second?.articles[0]?.title).not.toBe(first?.articles[0]?.title)
  })
})
