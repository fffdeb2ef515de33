import type { ReactNode } from 'react'
import { LiveVisualEditing } from '@/components/preview/live-visual-editing'
import { PreviewBanner } from '@/components/preview/preview-banner'
import { SiteChrome } from '@/components/site-chrome'
import { isDraftMode } from '@/lib/preview/draft-mode'

export default async function SiteLayout({ children }: { children: ReactNode }) {
  // False while prerendering: the static pages readers get carry neither the banner nor the visual-editing script.
  const preview = await isDraftMode()
  return (
    <>
      <SiteChrome>{children}</SiteChrome>
      {/* After the page, so the skip link stays the first thing a keyboard reaches; CSS pins it to the bottom of the window. */}
      {preview ? <PreviewBanner /> : null}
      {preview ? <LiveVisualEditing /> : null}
    </>
  )
}
