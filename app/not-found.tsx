import type { Metadata } from 'next'
import { NotFoundContent } from '@/components/not-found-content'
import { SiteChrome } from '@/components/site-chrome'
import { getRegionLinks } from '@/lib/content'

// Next marks every 404 response noindex itself.
export const metadata: Metadata = {
  title: 'Page not found',
}

// Unmatched URLs render here, outside the (site) layout, so this page brings
// its own chrome; (site)/not-found.tsx serves notFound() inside that layout.
export default async function NotFound() {
  return (
    <SiteChrome>
      <NotFoundContent regions={await getRegionLinks()} />
    </SiteChrome>
  )
}
