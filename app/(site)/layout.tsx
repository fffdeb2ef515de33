import type { ReactNode } from 'react'
import { SiteChrome } from '@/components/site-chrome'

// Draft previews render under app/preview/ (next.config.mjs rewrites them there), so nothing here is preview-only.
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>
}
