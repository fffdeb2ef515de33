import type { Metadata } from 'next'
import Link from 'next/link'
import { SiteChrome } from '@/components/site-chrome'

export const metadata: Metadata = {
  title: 'Page not found',
  robots: { index: false },
}

export default function NotFound() {
  return (
    <SiteChrome>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct. If you followed a link, the page may have moved.</p>
      <p>
        <Link href="/">Browse articles by body region</Link>
      </p>
    </SiteChrome>
  )
}
