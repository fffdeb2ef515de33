import Link from 'next/link'
import { SITE_NAME } from '@/lib/site'

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__logo">
          {SITE_NAME}
          <span className="visually-hidden"> home page</span>
        </Link>
      </div>
    </header>
  )
}
