import Link from 'next/link'
import { AToZLinks } from '@/components/a-to-z-links'
import { SearchForm } from '@/components/search/search-form'
import { h, innerHtml } from '@/lib/html/render'
import type { RegionLink } from '@/lib/content/types'
import { paths } from '@/lib/site'

/** The 404 page: search, the body regions and the A–Z indexes, so a reader can start again from here. */
export function NotFoundContent({ regions }: { regions: Pick<RegionLink, 'name' | 'slug'>[] }) {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the page may have moved.</p>
      <section aria-labelledby="not-found-search" className="not-found__section">
        <h2 id="not-found-search">Search the site</h2>
        <SearchForm id="not-found-search-q" name="Site search" label="Search for a condition, symptom or treatment" className="home-search" />
      </section>
      <section aria-labelledby="not-found-regions" className="not-found__section">
        <h2 id="not-found-regions">Browse by body region</h2>
        {/* An HTML string, so the apostrophe is written as a character reference: this element is in the flight
            data of every page, and one character beyond Latin-1 halves how fast a page is served (lib/html/render.ts). */}
        <p
          dangerouslySetInnerHTML={innerHtml([
            h('a', { href: paths.home() }, 'Browse articles by body region'),
            ' on the home page’s body map, or go straight to one:',
          ])}
        />
        <ul>
          {regions.map((region) => (
            <li key={region.slug}>
              <Link href={paths.region(region.slug)}>{region.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="not-found-a-z" className="not-found__section">
        <h2 id="not-found-a-z">Browse A to Z</h2>
        <AToZLinks />
      </section>
    </>
  )
}
