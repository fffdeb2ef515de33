import type { Metadata } from 'next'
import Link from 'next/link'
import { SiteSearch } from '@/components/search/site-search'
import { paths } from '@/lib/site'

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search the health portal’s articles by condition, symptom, cause or treatment.',
  alternates: { canonical: paths.search() },
  // A results page is not content: keep it out of search engines, but let them follow its links.
  robots: { index: false, follow: true },
}

export default function SearchPage() {
  return (
    <>
      <h1>Search</h1>
      <SiteSearch
        bundlePath={paths.searchBundle()}
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
