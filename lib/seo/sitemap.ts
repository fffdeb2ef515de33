import type { SitemapContent } from '../content/types'
import { escapeMarkup } from '../escape-markup'
import { pageCount, pageRange } from '../pagination'
import { absoluteUrl, ENTITY_TYPES, paths } from '../site'

/**
 * Sitemap protocol: at most 50 000 URLs per file; past that, /sitemap.xml
 * becomes a sitemap index pointing at /sitemaps/<n>.xml files.
 */

export const SITEMAP_URL_LIMIT = 50_000

export interface SitemapEntry {
  /** Site-relative path, beginning with "/". */
  path: string
  /** ISO date or datetime of the last meaningful change. */
  lastModified: string
}


export function sitemapPageCount(entryCount: number, limit = SITEMAP_URL_LIMIT): number {
  return pageCount(entryCount, limit)
}

/** Sitemap files are numbered from 0 (/sitemaps/0.xml), as their public URLs have always been. */
export function sitemapPage(entries: SitemapEntry[], index: number, limit = SITEMAP_URL_LIMIT): SitemapEntry[] {
  const { start, end } = pageRange(index + 1, limit)
  return entries.slice(start, end)
}

export const sitemapPagePath = (page: number) => `/sitemaps/${page}.xml`

/** A sitemap XML document: one <element> with <loc> and <lastmod> per entry under <root>. */
function renderDocument(root: 'urlset' | 'sitemapindex', element: 'url' | 'sitemap', entries: SitemapEntry[], origin: string) {
  const items = entries
    .map(
      (e) =>
        `<${element}><loc>${escapeMarkup(absoluteUrl(origin, e.path))}</loc><lastmod>${escapeMarkup(e.lastModified)}</lastmod></${element}>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</${root}>\n`
}

export function renderUrlset(entries: SitemapEntry[], origin: string): string {
  return renderDocument('urlset', 'url', entries, origin)
}

export function renderSitemapIndex(pages: SitemapEntry[], origin: string): string {
  return renderDocument('sitemapindex', 'sitemap', pages, origin)
}

const latest = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a), '')

/** The whole sitemap: /sitemap.xml itself, or an index of its pages past the limit. */
export function renderSitemap(entries: SitemapEntry[], origin: string, limit = SITEMAP_URL_LIMIT): string {
  const pages = sitemapPageCount(entries.length, limit)
  if (pages === 1) return renderUrlset(entries, origin)
  return renderSitemapIndex(
    Array.from({ length: pages }, (_, page) => ({
      path: sitemapPagePath(page),
      lastModified: latest(sitemapPage(entries, page, limit).map((e) => e.lastModified)),
    })),
    origin,
  )
}

/** Every public page with the date its content last changed. */
export function sitemapEntries(content: SitemapContent): SitemapEntry[] {
  const articles = content.articles.map((a) => ({
    path: paths.article(a.slug),
    regionId: a.regionId,
    lastModified: latest([a.updatedAt, a.lastReviewed]),
  }))
  // Every page of a region's listing carries the region's date: the newest of what it lists.
  const regions = content.regions.flatMap((r) => {
    const lastModified = latest([r.updatedAt, ...articles.filter((a) => a.regionId === r.id).map((a) => a.lastModified)])
    return Array.from({ length: pageCount(r.articleCount) }, (_, i) => ({
      path: paths.regionPage(r.slug, i + 1),
      lastModified,
    }))
  })
  // A hub with no articles has no page; every page of the others carries the newest of what the hub lists.
  const listed = content.entities.filter((e) => e.articleCount > 0)
  const hubs = listed.flatMap((e) => {
    const lastModified = latest([e.updatedAt, e.articlesModified])
    return Array.from({ length: pageCount(e.articleCount) }, (_, i) => ({
      path: paths.entityPage(e.type, e.slug, i + 1),
      lastModified,
    }))
  })
  // An A–Z index changes when any entity of its type or any article it counts does.
  const indexes = ENTITY_TYPES.map((type) => ({
    path: paths.entityIndex(type),
    lastModified: latest(
      content.entities.filter((e) => e.type === type).flatMap((e) => [e.updatedAt, e.articlesModified]),
    ),
  })).filter((index) => index.lastModified !== '')
  const home = { path: paths.home(), lastModified: latest([...regions, ...articles].map((e) => e.lastModified)) }
  return [home, ...regions, ...indexes, ...hubs, ...articles.map(({ path, lastModified }) => ({ path, lastModified }))]
}
