import type { Metadata } from 'next'
import Link from 'next/link'
import { SiteSearch } from '@/components/search/site-search'
import { getRegionsWithArticles } from '@/lib/content'
import { regionOptions } from '@/lib/search/regions'
import { paths } from '@/lib/site'

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the health portal’s articles by condition, symptom, cause or treatment.',
  // Results render in the browser, so /search?q=… serves the same HTML as /search: one indexable page (the way
  // in to search, with its links), and every query URL names it as canonical rather than becoming a thin page.
  alternates: { canonical: paths.search() },
}

export default async function SearchPage() {
  const regions = regionOptions(await getRegionsWithArticles())
  return (
    <>
      <h1>Search</h1>
      <SiteSearch
        regions={regions}
        withoutScript={
          <p className="notice">
            Search needs JavaScript, which is turned off or has not loaded in this browser. You can still find every
            article by body region from the <Link href={paths.home()}>home page</Link>.
          </p>
        }
      />
    </>
  )
}
