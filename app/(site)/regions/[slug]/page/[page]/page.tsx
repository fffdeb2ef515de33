import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { RegionView } from '@/components/region-view'
import { getRegion, getRegionsWithArticles } from '@/lib/content'
import { getEnv } from '@/lib/env'
import { laterPageNumber } from '@/lib/pagination'
import { prerenderedLaterPages } from '@/lib/prerender'
import { regionPageSeo } from '@/lib/seo/pages'

type Props = { params: Promise<{ slug: string; page: string }> }

// Pages the build leaves out (PRERENDER_LISTING_PAGES), or that a region gains later, render on first request.
export const dynamicParams = true

/** Pages 2 onwards of each region's listing, as many as the prerender policy says; page 1 is the region page itself. */
export async function generateStaticParams() {
  const regions = await getRegionsWithArticles()
  return regions.flatMap((region) =>
    prerenderedLaterPages(region.articleCount).map((page) => ({ slug: region.slug, page: String(page) })),
  )
}

async function regionPage(params: Props['params']) {
  const { slug, page } = await params
  // Page 1 lives at /regions/<slug> only, so the listing has one URL per page.
  const number = laterPageNumber(page)
  return number ? getRegion(slug, number) : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = await regionPage(params)
  return region ? regionPageSeo(region, getEnv().siteUrl).metadata : {}
}

export default async function RegionListingPage({ params }: Props) {
  const region = await regionPage(params)
  if (!region) notFound()
  return <RegionView region={region} seo={regionPageSeo(region, getEnv().siteUrl)} />
}
