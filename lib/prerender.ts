import 'server-only'
import { getArticleSlugs, getRecentArticleSlugs } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { laterPages } from '@/lib/pagination'

/**
 * Which pages `next build` renders ahead (PRERENDER_ARTICLES and
 * PRERENDER_LISTING_PAGES, lib/env.ts). Every route that takes them keeps
 * `dynamicParams` on, so a page left out is rendered on its first request
 * from the same data layer and cached under the same tags as a prerendered
 * one: /api/revalidate refreshes both alike.
 */

/** The articles to prerender: all of them, or the most recently reviewed. */
export async function prerenderedArticleSlugs(): Promise<string[]> {
  const { articles } = getEnv().prerender
  return articles === 'all' ? getArticleSlugs() : getRecentArticleSlugs(articles)
}

/** The later pages (2 onwards) of a listing of `total` items to prerender. */
export function prerenderedLaterPages(total: number): number[] {
  const { listingPages } = getEnv().prerender
  const pages = laterPages(total)
  return listingPages === 'all' ? pages : pages.slice(0, Math.max(0, listingPages - 1))
}
