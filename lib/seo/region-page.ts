import type { Metadata } from 'next'
import type { Region } from '../content/types'
import { paths } from '../site'

/** "Knee conditions", and from page 2 on "Knee conditions, page 2 of 5": every page's title is its own. */
export function regionPageTitle(region: Pick<Region, 'name' | 'page' | 'pageCount'>): string {
  const title = `${region.name} conditions`
  return region.page > 1 ? `${title}, page ${region.page} of ${region.pageCount}` : title
}

/** Every page of a listing is canonical to itself, so search engines index the articles listed past page 1. */
export function regionMetadata(region: Region): Metadata {
  const title = regionPageTitle(region)
  const url = paths.regionPage(region.slug, region.page)
  return {
    title,
    description: region.description,
    alternates: { canonical: url },
    openGraph: { type: 'website', url, title, description: region.description },
    twitter: { card: 'summary', title, description: region.description },
  }
}
