import {
  articleQuery,
  articleSlugsQuery,
  recentArticleSlugsQuery,
  entityHubQuery,
  entityIndexQuery,
  entitySlugsQuery,
  publishedReferencesQuery,
  recentlyReviewedQuery,
  regionLinksQuery,
  regionQuery,
  regionSlugsQuery,
  regionsWithArticlesQuery,
  searchEntriesQuery,
  sitemapQuery,
} from '@/sanity/queries'
import type {
  Article as ArticleDocument,
  ArticleQueryResult,
  BodyRegion,
  Cause,
  EntityHubQueryResult,
  EntityIndexQueryResult,
  EntitySlugsQueryResult,
  Person,
  PublishedReferencesQueryResult,
  RecentlyReviewedQueryResult,
  RegionLinksQueryResult,
  RegionQueryResult,
  RegionsWithArticlesQueryResult,
  SearchEntriesQueryResult,
  SitemapQueryResult,
  Source,
  Symptom,
  Treatment,
} from '@/sanity/types.generated'
import { isPageNumber, LISTING_PAGE_SIZE, pageRange, REGION_PAGE_SIZE } from '../pagination'
import type { EntityType } from '../site'
import {
  articlePageTags,
  entityHubTags,
  entityIndexTags,
  homeRegionsTags,
  recentlyReviewedTags,
  regionLinksTags,
  regionPageTags,
  sitemapTags,
  slugTag,
} from './cache-tags'
import {
  toArticle,
  toEntityHub,
  toEntityIndex,
  toRecentArticle,
  toRegion,
  toRegionWithArticles,
  toSearchEntry,
  toSitemapContent,
} from './mappers'
import type { ContentStore } from './store'
import type {
  Article,
  EntityHub,
  EntityIndex,
  RecentArticle,
  Region,
  RegionWithArticles,
  SearchEntry,
  SitemapContent,
} from './types'

/** Home and article pages preview this many articles of a region and link to the rest. */
export const LIST_PREVIEW_COUNT = 6
/** The home page lists this many most recently reviewed articles. */
export const RECENTLY_REVIEWED_COUNT = 5

type DocumentType = (ArticleDocument | BodyRegion | Cause | Symptom | Treatment | Source | Person)['_type']

/**
 * Cache tags, two layers. Each fetch is tagged with the `_type` of every
 * document its query reads (typed against the generated schema types, so a
 * tag is always a real type). And once a query has answered, the getter tags
 * the page being rendered with what it depends on, computed from the result
 * (lib/content/cache-tags.ts): in Next 16 a fetch's tags are fixed before it
 * answers, so those go through `tagPage`, which lib/content/index.ts
 * implements with Next's cache. /api/revalidate revalidates them on publish.
 */
const READS = {
  article: ['article', 'bodyRegion', 'cause', 'symptom', 'treatment', 'source', 'person'],
  articleList: ['article', 'bodyRegion'],
  articles: ['article'],
  regions: ['bodyRegion'],
  search: ['article', 'bodyRegion', 'cause', 'symptom', 'treatment'],
  entityIndex: ['article', 'cause', 'symptom', 'treatment'],
  hub: ['article', 'bodyRegion', 'cause', 'symptom', 'treatment'],
  sitemap: ['article', 'bodyRegion', 'cause', 'symptom', 'treatment'],
} as const satisfies Record<string, readonly DocumentType[]>

const tags = (types: readonly DocumentType[]) => ({ tags: [...types] })

export interface GatewayOptions {
  /** Adds cache tags to the page being rendered (a no-op outside Next, as in unit tests). */
  tagPage?: (tags: string[]) => void | Promise<void>
}

/**
 * Typed getters over any content store. Each runs one shared GROQ query and
 * converts the result into app types; callers cannot tell the stores apart.
 */
export function createGateway(store: () => ContentStore, { tagPage = () => {} }: GatewayOptions = {}) {
  /** No document of the type has this slug: the page (a 404, which Next keeps) follows the publish that gives one it. */
  const notFound = async (type: string, slug: string): Promise<null> => {
    await tagPage([slugTag(type, slug)])
    return null
  }
  return {
    getArticleSlugs(): Promise<string[]> {
      return store().fetch<string[]>(articleSlugsQuery, {}, tags(READS.articles))
    },
    /** The `count` most recently reviewed articles' slugs, newest first. */
    getRecentArticleSlugs(count: number): Promise<string[]> {
      return store().fetch<string[]>(recentArticleSlugsQuery, { count }, tags(READS.articles))
    },
    async getArticle(slug: string): Promise<Article | null> {
      const raw = await store().fetch<ArticleQueryResult>(
        articleQuery,
        { slug, previewCount: LIST_PREVIEW_COUNT },
        tags(READS.article),
      )
      if (!raw) return notFound('article', slug)
      await tagPage(articlePageTags(raw))
      return toArticle(raw)
    },
    async getRegionsWithArticles(): Promise<RegionWithArticles[]> {
      const raw = await store().fetch<RegionsWithArticlesQueryResult>(
        regionsWithArticlesQuery,
        { previewCount: LIST_PREVIEW_COUNT },
        tags(READS.articleList),
      )
      await tagPage(homeRegionsTags(raw))
      return raw.map(toRegionWithArticles)
    },
    async getRecentlyReviewed(): Promise<RecentArticle[]> {
      const raw = await store().fetch<RecentlyReviewedQueryResult>(
        recentlyReviewedQuery,
        { count: RECENTLY_REVIEWED_COUNT },
        tags(READS.articleList),
      )
      await tagPage(recentlyReviewedTags(raw))
      return raw.map(toRecentArticle)
    },
    /**
     * Every region's name and slug (the 404 page). Next renders a segment's not-found boundary into each
     * page of the segment, so these tags are on every page: kept to the regions, not the home page's lists.
     */
    async getRegionLinks(): Promise<Pick<RegionWithArticles, 'name' | 'slug'>[]> {
      const raw = await store().fetch<RegionLinksQueryResult>(regionLinksQuery, {}, tags(READS.regions))
      await tagPage(regionLinksTags(raw))
      return raw.map(({ name, slug }) => ({ name, slug }))
    },
    getRegionSlugs(): Promise<string[]> {
      return store().fetch<string[]>(regionSlugsQuery, {}, tags(READS.regions))
    },
    /** One page (from 1) of the region's listing, 24 articles by title; null for an unknown region or page. */
    async getRegion(slug: string, page = 1): Promise<Region | null> {
      if (!isPageNumber(page)) return null
      const { start, end } = pageRange(page, REGION_PAGE_SIZE)
      const raw = await store().fetch<RegionQueryResult>(regionQuery, { slug, start, end }, tags(READS.articleList))
      if (!raw) return notFound('bodyRegion', slug)
      await tagPage(regionPageTags(raw))
      return toRegion(raw, page, REGION_PAGE_SIZE)
    },
    /** Every entity of a type with a slug, and how many articles reference each (hub routes' static params). */
    getEntitySlugs(type: EntityType): Promise<EntitySlugsQueryResult> {
      return store().fetch<EntitySlugsQueryResult>(entitySlugsQuery, { type }, tags(READS.entityIndex))
    },
    /**
     * One page (from 1) of an entity's hub: every article that references the
     * entity, 24 a page by title; null for an unknown entity or page.
     */
    async getEntityHub(type: EntityType, slug: string, page = 1): Promise<EntityHub | null> {
      if (!isPageNumber(page)) return null
      const { start, end } = pageRange(page, LISTING_PAGE_SIZE)
      const raw = await store().fetch<EntityHubQueryResult>(entityHubQuery, { type, slug, start, end }, tags(READS.hub))
      if (!raw) return notFound(type, slug)
      await tagPage(entityHubTags(raw))
      return toEntityHub(raw, type, page, LISTING_PAGE_SIZE)
    },
    /** Every entity of a type for its A–Z index, with each one's article count. */
    async getEntityIndex(type: EntityType): Promise<EntityIndex> {
      const raw = await store().fetch<EntityIndexQueryResult>(entityIndexQuery, { type }, tags(READS.entityIndex))
      await tagPage(entityIndexTags(raw, type))
      return toEntityIndex(raw, type)
    },
    /** Every indexable article and every region with their dates; lib/seo/sitemap.ts makes the entries. */
    async getSitemapContent(): Promise<SitemapContent> {
      const raw = await store().fetch<SitemapQueryResult>(sitemapQuery, {}, tags(READS.sitemap))
      await tagPage(sitemapTags())
      return toSitemapContent(raw)
    },
    /** What a published article references now (empty for any other document, or one that is gone). */
    async getPublishedReferences(id: string): Promise<string[]> {
      const raw = await store().fetch<PublishedReferencesQueryResult>(publishedReferencesQuery, { id }, tags(READS.article))
      return (raw?.references ?? []).filter((ref): ref is string => typeof ref === 'string')
    },
    /** Every article, with the words the site search indexes. */
    async getSearchEntries(): Promise<SearchEntry[]> {
      const raw = await store().fetch<SearchEntriesQueryResult>(searchEntriesQuery, {}, tags(READS.search))
      return raw.map(toSearchEntry)
    },
  }
}

export type Gateway = ReturnType<typeof createGateway>
