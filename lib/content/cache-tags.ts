import type {
  ArticleQueryResult,
  EntityHubQueryResult,
  EntityIndexQueryResult,
  RecentlyReviewedQueryResult,
  RegionQueryResult,
  RegionsWithArticlesQueryResult,
} from '@/sanity/types.generated'

/**
 * The cache tags a page carries, computed from the query results it rendered,
 * and the tags a published change revalidates. Three kinds:
 *
 * - `<_id>`: the page shows this document (its text, name, slug or date).
 *   Every change to the document revalidates it.
 * - `type:<_type>`: the page lists documents of this type, so a new or deleted
 *   one changes the list (membership, counts, paging). Revalidated on create
 *   and delete only.
 * - `refs:<_id>`: the page lists what references this document (a region's
 *   articles, an entity's hub, the counts in an A–Z index). An article's
 *   create or update revalidates `refs:` of everything it references now, so
 *   an article that gains a symptom joins that symptom's hub; one that loses
 *   it is still on the hub's page under its own id.
 * - `all:<_type>`: the page depends on every document of the type (the
 *   sitemap's dates). Every change of that type revalidates it.
 * - `slug:<_type>:<slug>`: the page asked for a document of the type by this
 *   slug and found none: a 404, which Next keeps like any page. The create or
 *   update that gives a document this slug revalidates it, so the address a
 *   reader once found empty shows the new article (or renamed hub) at once.
 */

export const typeTag = (type: string) => `type:${type}`
export const refsTag = (id: string) => `refs:${id}`
export const allTag = (type: string) => `all:${type}`
export const slugTag = (type: string, slug: string) => `slug:${type}:${slug}`

/** What a published change revalidates (the webhook's document, and what it references now). */
export interface PublishedChange {
  _id: string
  _type: string
  operation: 'create' | 'update' | 'delete'
  /** The document's slug after the change, when it has one. */
  slug?: string
  /** Ids the document references after the change (none for a delete). */
  references: readonly string[]
}

export function tagsToRevalidate(change: PublishedChange): string[] {
  return unique([
    change._id,
    allTag(change._type),
    ...(change.operation === 'update' ? [] : [typeTag(change._type)]),
    ...(change.slug && change.operation !== 'delete' ? [slugTag(change._type, change.slug)] : []),
    ...change.references.map(refsTag),
  ])
}

/** Types whose every document the sitemap dates (articles, regions, hubs). */
export const SITEMAP_TYPES = ['article', 'bodyRegion', 'cause', 'symptom', 'treatment'] as const

type Present<T> = NonNullable<T>

const ids = (items: ReadonlyArray<{ _id: string }> | null | undefined) => (items ?? []).map((item) => item._id)
const refs = (items: ReadonlyArray<{ ref: string | null }> | null | undefined) =>
  (items ?? []).flatMap((item) => (item.ref ? [item.ref] : []))

function unique(tags: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(tags.filter((tag): tag is string => Boolean(tag)))]
}

/** An article page: the article, everything it references, and the related articles it previews. */
export function articlePageTags(raw: Present<ArticleQueryResult>): string[] {
  return unique([
    raw._id,
    raw.regionRef,
    ...refs(raw.causes?.items),
    ...refs(raw.symptoms?.items),
    ...refs(raw.treatments?.items),
    ...refs(raw.sources),
    raw.authorRef,
    raw.reviewerRef,
    ...ids(raw.related),
  ])
}

/** The home page: every region it lists, the articles it previews under each, and the recently reviewed. */
export function homeRegionsTags(raw: RegionsWithArticlesQueryResult): string[] {
  return unique([
    typeTag('bodyRegion'),
    typeTag('article'),
    ...raw.flatMap((region) => [region._id, refsTag(region._id), ...ids(region.articles)]),
  ])
}

export function recentlyReviewedTags(raw: RecentlyReviewedQueryResult): string[] {
  // The region is shown by name, so a renamed region refreshes the list too; its id is not in the result,
  // and renames are rare enough that `all:bodyRegion` (every region change) is the honest dependency.
  return unique([typeTag('article'), allTag('bodyRegion'), ...ids(raw)])
}

/** The region links of the 404 boundary, which Next renders into every page of the site. */
export function regionLinksTags(raw: ReadonlyArray<{ _id: string }>): string[] {
  return unique([typeTag('bodyRegion'), ...ids(raw)])
}

/** One page of a region's listing. */
export function regionPageTags(raw: Present<RegionQueryResult>): string[] {
  return unique([raw._id, typeTag('article'), refsTag(raw._id), ...ids(raw.articles)])
}

/** One page of an entity hub: the entity, its listed articles and their regions (shown by name). */
export function entityHubTags(raw: Present<EntityHubQueryResult>): string[] {
  return unique([
    raw._id,
    typeTag('article'),
    refsTag(raw._id),
    ...raw.articles.flatMap((article) => [article._id, article.regionRef]),
  ])
}

/** An A–Z index: every entity of its type, and how many articles reference each. */
export function entityIndexTags(raw: EntityIndexQueryResult, type: string): string[] {
  return unique([typeTag(type), typeTag('article'), ...raw.flatMap((entity) => [entity._id, refsTag(entity._id)])])
}

/** The sitemap dates every article, region and hub. */
export function sitemapTags(): string[] {
  return SITEMAP_TYPES.map(allTag)
}
