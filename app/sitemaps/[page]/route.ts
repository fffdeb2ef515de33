import { getSitemapContent } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { renderUrlset, sitemapEntries, sitemapPage, sitemapPageCount } from '@/lib/seo/sitemap'

// Pages of a sitemap index, used once the site passes 50 000 URLs.
export const dynamicParams = false

export async function generateStaticParams() {
  const count = sitemapPageCount(sitemapEntries(await getSitemapContent()).length)
  return Array.from({ length: count }, (_, page) => ({ page: `${page}.xml` }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const { page } = await params
  const index = Number(page.replace(/\.xml$/, ''))
  const entries = sitemapPage(sitemapEntries(await getSitemapContent()), index)
  if (!Number.isInteger(index) || entries.length === 0) {
    return new Response('Not found', { status: 404 })
  }
  return new Response(renderUrlset(entries, getEnv().siteUrl), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  })
}
