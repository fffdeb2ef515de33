import { getSitemapContent } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { renderSitemap, sitemapEntries } from '@/lib/seo/sitemap'

export const dynamic = 'force-static'

export async function GET() {
  const xml = renderSitemap(sitemapEntries(await getSitemapContent()), getEnv().siteUrl)
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
