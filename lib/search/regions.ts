import type { RegionWithArticles } from '../content/types'
import { SITE_LOCALE } from '../site'

/** One choice of the search page's region filter: Pagefind's filter value is the region's name. */
export interface RegionOption {
  name: string
  articles: number
}

const byName = new Intl.Collator(SITE_LOCALE)

/**
 * The region filter's choices, rendered with the page from the content the
 * index is built from, so the browser need not fetch Pagefind's filter chunk
 * (which grows with the number of articles) just to list them. A region
 * without articles has nothing to filter to and is left out.
 */
export function regionOptions(regions: Pick<RegionWithArticles, 'name' | 'articleCount'>[]): RegionOption[] {
  return regions
    .filter((region) => region.articleCount > 0)
    .map((region) => ({ name: region.name, articles: region.articleCount }))
    .sort((a, b) => byName.compare(a.name, b.name))
}
