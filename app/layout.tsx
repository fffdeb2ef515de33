import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'
import { getEnv } from '@/lib/env'
import { OPEN_GRAPH_LOCALE, SITE_DESCRIPTION, SITE_LOCALE, SITE_NAME } from '@/lib/site'
import './globals.css'
import './listings.css'

export const metadata: Metadata = {
  metadataBase: new URL(getEnv().siteUrl),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  openGraph: { siteName: SITE_NAME, locale: OPEN_GRAPH_LOCALE, type: 'website' },
  twitter: { card: 'summary' },
}

export const viewport: Viewport = {
  themeColor: '#005eb8',
  width: 'device-width',
  initialScale: 1,
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // When this page was generated: the observable sign that a publish regenerated a page (or left it alone).
    <html lang={SITE_LOCALE} data-generated-at={new Date().toISOString()}>
      <body>{children}</body>
    </html>
  )
}
