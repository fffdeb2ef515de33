import Link from 'next/link'
import { SearchForm } from '@/components/search/search-form'
import { SITE_NAME } from '@/lib/site'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__logo">
          {SITE_NAME}
          <span className="visually-hidden"> home page</span>
        </Link>
        <SearchForm id="header-search-q" label="Site" className="header-search" />
      </div>
    </header>
  )
}
