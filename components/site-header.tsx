import Link from 'next/link'
import { SITE_NAME, paths } from '@/lib/site'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__logo">
          {SITE_NAME}
          <span className="visually-hidden"> home page</span>
        </Link>
        <form role="search" aria-label="Site" action={paths.search()} method="get" className="header-search">
          <label htmlFor="header-search-q" className="visually-hidden">
            Search the site
          </label>
          <input id="header-search-q" type="search" name="q" placeholder="Search" autoComplete="off" />
          <button type="submit">Search</button>
        </form>
      </div>
    </header>
  )
}
