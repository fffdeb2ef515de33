import { absoluteUrl } from '../site'

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

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!)

export function sitemapPageCount(entryCount: number, limit = SITEMAP_URL_LIMIT): number {
  return Math.max(1, Math.ceil(entryCount / limit))
}

export function sitemapPage(entries: SitemapEntry[], page: number, limit = SITEMAP_URL_LIMIT): SitemapEntry[] {
  return entries.slice(page * limit, (page + 1) * limit)
}

export const sitemapPagePath = (page: number) => `/sitemaps/${page}.xml`

/** A sitemap XML document: one <element> with <loc> and <lastmod> per entry under <root>. */
function renderDocument(root: 'urlset' | 'sitemapindex', element: 'url' | 'sitemap', entries: SitemapEntry[], origin: string) {
  const items = entries
    .map(
      (e) =>
        `<${element}><loc>${escapeXml(absoluteUrl(origin, e.path))}</loc><lastmod>${escapeXml(e.lastModified)}</lastmod></${element}>`,
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

export { latest as latestDate }
