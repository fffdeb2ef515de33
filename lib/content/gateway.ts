import {
  articleQuery,
  articleSlugsQuery,
  recentlyReviewedQuery,
  regionQuery,
  regionSlugsQuery,
  regionsWithArticlesQuery,
  searchEntriesQuery,
  sitemapQuery,
} from '../sanity/queries'
import type {
  ArticleQueryResult,
  RecentlyReviewedQueryResult,
  RegionQueryResult,
  RegionsWithArticlesQueryResult,
  SearchEntriesQueryResult,
  SitemapQueryResult,
} from '../sanity/types.generated'
import type { SitemapEntry } from '../seo/sitemap'
import {
  toArticle,
  toRecentArticle,
  toRegion,
  toRegionWithArticles,
  toSearchEntry,
  toSitemapEntries,
} from './mappers'
import type { ContentSource } from './source'
import type { Article, RecentArticle, Region, RegionWithArticles, SearchEntry } from './types'

/** Cache tags, by the document types a query reads. */
export const TAGS = {
  article: 'article',
  region: 'bodyRegion',
  entity: 'entity',
} as const

/**
 * Typed getters over any content store. Each runs one shared GROQ query and
 * reshapes the result into app types; callers cannot tell the stores apart.
 */
export function createGateway(store: () => ContentSource) {
  return {
    getArticleSlugs(): Promise<string[]> {
      return store().fetch<string[]>(articleSlugsQuery, {}, { tags: [TAGS.article] })
    },
    async getArticle(slug: string): Promise<Article | null> {
      const raw = await store().fetch<ArticleQueryResult>(
        articleQuery,
        { slug },
        { tags: [TAGS.article, TAGS.region, TAGS.entity] },
      )
      return raw ? toArticle(raw) : null
    },
    async getRegionsWithArticles(): Promise<RegionWithArticles[]> {
      const raw = await store().fetch<RegionsWithArticlesQueryResult>(
        regionsWithArticlesQuery,
        {},
        { tags: [TAGS.region, TAGS.article] },
      )
      return raw.map(toRegionWithArticles)
    },
    async getRecentlyReviewed(): Promise<RecentArticle[]> {
      const raw = await store().fetch<RecentlyReviewedQueryResult>(
        recentlyReviewedQuery,
        {},
        { tags: [TAGS.article, TAGS.region] },
      )
      return raw.map(toRecentArticle)
    },
    getRegionSlugs(): Promise<string[]> {
      return store().fetch<string[]>(regionSlugsQuery, {}, { tags: [TAGS.region] })
    },
    /** One page of the region's listing (24 articles, by title); null for an unknown region or page. */
    async getRegion(slug: string, page = 1): Promise<Region | null> {
      const raw = await store().fetch<RegionQueryResult>(regionQuery, { slug }, { tags: [TAGS.region, TAGS.article] })
      return raw ? toRegion(raw, page) : null
    },
    async getSitemapEntries(): Promise<SitemapEntry[]> {
      const raw = await store().fetch<SitemapQueryResult>(sitemapQuery, {}, { tags: [TAGS.article, TAGS.region] })
      return toSitemapEntries(raw)
    },
    /** Every article, with the words the site search indexes. */
    async getSearchEntries(): Promise<SearchEntry[]> {
      const raw = await store().fetch<SearchEntriesQueryResult>(searchEntriesQuery, {}, { tags: [TAGS.article, TAGS.entity] })
      return raw.map(toSearchEntry)
    },
  }
}

export type Gateway = ReturnType<typeof createGateway>
