import type {
  ArticleQueryResult,
  BlockContent,
  RecentlyReviewedQueryResult,
  RegionQueryResult,
  RegionsWithArticlesQueryResult,
  SearchEntriesQueryResult,
  SitemapQueryResult,
} from '../sanity/types.generated'
import { pageCount, REGION_PAGE_SIZE } from '../pagination'
import { latestDate, type SitemapEntry } from '../seo/sitemap'
import { paths } from '../site'
import type {
  Article,
  ArticleCard,
  Citation,
  EntityMention,
  Paragraphs,
  PersonCredit,
  RecentArticle,
  Region,
  RegionWithArticles,
  RichText,
  SearchEntry,
  TreatmentGroup,
  TreatmentKind,
} from './types'

/**
 * Reshapes GROQ results into app types, once, at the boundary. Generated types
 * trust every reference to resolve; a published dataset can still hold one that
 * does not, so each dereference is checked here and a dangling one stops the
 * build with the document and field named.
 */

export class ContentIntegrityError extends Error {
  override name = 'ContentIntegrityError'
}

type RawArticle = NonNullable<ArticleQueryResult>

function resolved<T>(value: T | null | undefined, ref: string | null | undefined, where: string): T {
  if (value === null || value === undefined) {
    throw new ContentIntegrityError(
      ref
        ? `${where} references document "${ref}", which does not exist or is not published.`
        : `${where} is empty; it must reference a document.`,
    )
  }
  return value
}

export function paragraphs(text: string | null | undefined): Paragraphs {
  if (!text) return []
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** Portable Text as stored may omit empty arrays; the renderer expects them. */
export function toRichText(blocks: BlockContent | null | undefined): RichText {
  return (blocks ?? []).map((block) => ({
    ...block,
    markDefs: block.markDefs ?? [],
    children: (block.children ?? []).map((span) => ({ ...span, text: span.text ?? '', marks: span.marks ?? [] })),
  }))
}

const TREATMENT_HEADINGS: Record<TreatmentKind, string> = {
  conventional: 'Conventional Treatments',
  alternative: 'Alternative Therapies',
  home: 'Home Remedies',
}
export const TREATMENT_ORDER: TreatmentKind[] = ['conventional', 'alternative', 'home']

function toCard(raw: { _id: string; title: string; slug: string; summary: string; lastReviewed: string }): ArticleCard {
  return { id: raw._id, title: raw.title, slug: raw.slug, summary: raw.summary, lastReviewed: raw.lastReviewed }
}

function toPerson(raw: { _id: string; name: string; credentials: string | null }): PersonCredit {
  return { id: raw._id, name: raw.name, ...(raw.credentials ? { credentials: raw.credentials } : {}) }
}

function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>
  }
}

export function toArticle(raw: RawArticle): Article {
  const where = (field: string) => `Article "${raw.slug}" (${raw._id}), field "${field}"`

  function mentions<E extends { _id: string; name: string; slug: string; summary: string }>(
    field: string,
    items: { _key: string; detail: string; ref: string; entity: E }[] | null,
  ): { mention: EntityMention; entity: E }[] {
    return (items ?? []).map((item, index) => {
      const entity = resolved<E>(item.entity, item.ref, `${where(`${field}[${index}]`)}`)
      return {
        entity,
        mention: {
          key: item._key,
          id: entity._id,
          name: entity.name,
          slug: entity.slug,
          summary: entity.summary,
          detail: item.detail,
        },
      }
    })
  }

  const symptoms = mentions('symptoms', raw.symptoms)
  const frequencyOf = new Map((raw.symptoms ?? []).map((s) => [s._key, s.frequency]))
  const treatments = mentions('treatments', raw.treatments)
  const groups: TreatmentGroup[] = TREATMENT_ORDER.map((kind) => ({
    kind,
    heading: TREATMENT_HEADINGS[kind],
    items: treatments.filter((t) => t.entity.kind === kind).map((t) => t.mention),
  })).filter((group) => group.items.length > 0)

  const region = resolved(raw.region, raw.regionRef, where('region'))
  const sources: Citation[] = (raw.sources ?? []).map((item, index) => {
    const source = resolved(item.entity, item.ref, where(`sources[${index}]`))
    return {
      key: item._key,
      number: index + 1,
      id: source._id,
      title: source.title,
      ...defined({
        authors: source.authors,
        publisher: source.publisher,
        url: source.url,
        year: source.year,
        accessed: source.accessed,
      }),
    }
  })

  return {
    id: raw._id,
    slug: raw.slug,
    title: raw.title,
    conditionName: raw.conditionName,
    summary: raw.summary,
    isSample: raw.isSample === true,
    seo: {
      ...defined({ title: raw.seo?.title ?? null, description: raw.seo?.description ?? null }),
      noIndex: raw.seo?.noIndex === true,
    },
    region: { id: region._id, name: region.name, slug: region.slug },
    introduction: toRichText(raw.introduction),
    causes: {
      intro: paragraphs(raw.causesIntro),
      items: mentions('causes', raw.causes).map((c) => c.mention),
      summary: paragraphs(raw.causesSummary),
    },
    symptoms: {
      intro: paragraphs(raw.symptomsIntro),
      commonLead: paragraphs(raw.commonSymptomsLead),
      common: symptoms.filter((s) => frequencyOf.get(s.mention.key) !== 'lessCommon').map((s) => s.mention),
      lessCommonLead: paragraphs(raw.lessCommonSymptomsLead),
      lessCommon: symptoms.filter((s) => frequencyOf.get(s.mention.key) === 'lessCommon').map((s) => s.mention),
      closing: paragraphs(raw.symptomsClosing),
    },
    whenToSeeDoctor: {
      intro: paragraphs(raw.whenToSeeDoctorIntro),
      items: (raw.whenToSeeDoctor ?? []).map((d) => ({
        key: d._key,
        title: d.title,
        detail: d.detail,
        urgency: d.urgency,
      })),
      closing: paragraphs(raw.whenToSeeDoctorClosing),
    },
    treatments: {
      intro: paragraphs(raw.treatmentsIntro),
      groups,
      closing: paragraphs(raw.treatmentsClosing),
    },
    recovery: {
      overview: paragraphs(raw.recovery.overview),
      minWeeks: raw.recovery.minWeeks,
      maxWeeks: raw.recovery.maxWeeks,
      phases: (raw.recovery.phases ?? []).map((p) => ({
        key: p._key,
        name: p.name,
        intro: paragraphs(p.intro),
        steps: p.steps ?? [],
      })),
      complications: paragraphs(raw.recovery.complications),
      tips: raw.recovery.tips ?? [],
      summary: paragraphs(raw.recovery.summary),
    },
    conclusion: toRichText(raw.conclusion),
    sources,
    author: toPerson(resolved(raw.author, raw.authorRef, where('author'))),
    reviewedBy: toPerson(resolved(raw.reviewedBy, raw.reviewerRef, where('reviewedBy'))),
    publishedAt: raw.publishedAt,
    lastReviewed: raw.lastReviewed,
    nextReviewDue: raw.nextReviewDue,
    updatedAt: raw._updatedAt,
    related: (raw.related ?? []).map(toCard),
    regionArticleCount: raw.regionArticleCount,
  }
}

export function toRegionWithArticles(raw: RegionsWithArticlesQueryResult[number]): RegionWithArticles {
  return {
    id: raw._id,
    name: raw.name,
    slug: raw.slug,
    description: raw.description,
    articles: (raw.articles ?? []).map(toCard),
    articleCount: raw.articleCount,
  }
}

/** One page of a region's listing, or null past its last page. */
export function toRegion(raw: NonNullable<RegionQueryResult>, page: number): Region | null {
  const all = raw.articles ?? []
  const pages = pageCount(all.length)
  if (!Number.isInteger(page) || page < 1 || page > pages) return null
  const start = (page - 1) * REGION_PAGE_SIZE
  return {
    id: raw._id,
    name: raw.name,
    slug: raw.slug,
    description: raw.description,
    articles: all.slice(start, start + REGION_PAGE_SIZE).map(toCard),
    articleCount: all.length,
    updatedAt: raw._updatedAt,
    page,
    pageCount: pages,
    firstPosition: start + 1,
  }
}

export function toRecentArticle(raw: RecentlyReviewedQueryResult[number]): RecentArticle {
  return { ...toCard(raw), regionName: raw.region ?? '' }
}

/** Every public page with the date its content last changed. */
export function toSitemapEntries(raw: SitemapQueryResult): SitemapEntry[] {
  const articles = raw.articles.map((a) => ({
    path: paths.article(a.slug),
    regionId: a.regionId,
    lastModified: latestDate([a._updatedAt, a.lastReviewed]),
  }))
  // Every page of a region's listing carries the region's date: the newest of what it lists.
  const regions = raw.regions.flatMap((r) => {
    const lastModified = latestDate([
      r._updatedAt,
      ...articles.filter((a) => a.regionId === r._id).map((a) => a.lastModified),
    ])
    return Array.from({ length: pageCount(r.articleCount) }, (_, i) => ({
      path: paths.regionPage(r.slug, i + 1),
      lastModified,
    }))
  })
  const home = { path: paths.home(), lastModified: latestDate([...regions, ...articles].map((e) => e.lastModified)) }
  return [home, ...regions, ...articles.map(({ path, lastModified }) => ({ path, lastModified }))]
}

/**
 * One article's searchable words. A name that does not resolve is left out
 * rather than failing: the article's own page build reports that reference.
 */
export function toSearchEntry(raw: SearchEntriesQueryResult[number]): SearchEntry {
  const names = [...(raw.causes ?? []), ...(raw.symptoms ?? []), ...(raw.treatments ?? [])]
  return {
    title: raw.title,
    slug: raw.slug,
    summary: raw.summary,
    conditionName: raw.conditionName,
    regionName: raw.region ?? '',
    names: [...new Set(names.filter((name): name is string => typeof name === 'string' && name.length > 0))],
  }
}
