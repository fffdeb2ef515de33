import type { ReactNode } from 'react'
import { PreviewBanner } from '@/components/preview/preview-banner'
import { SiteChrome } from '@/components/site-chrome'
import { isDraftMode } from '@/lib/preview/draft-mode'

/**
 * The visual-editing client component is imported only when it renders: a
 * static import would put its loader in every public page's scripts, even
 * though it never renders there (measured: +1.8 kB gzipped).
 */
async function PreviewTools() {
  const { LiveVisualEditing } = await import('@/components/preview/live-visual-editing')
  return (
    <>
      {/* After the page, so the skip link stays the first thing a keyboard reaches; CSS pins it to the bottom of the window. */}
      <PreviewBanner />
      <LiveVisualEditing />
    </>
  )
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  // False while prerendering: the static pages readers get carry neither the banner nor the visual-editing script.
  const preview = await isDraftMode()
  return (
    <>
      <SiteChrome>{children}</SiteChrome>
      {preview ? <PreviewTools /> : null}
    </>
  )
}
