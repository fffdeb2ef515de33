import type { ReactNode } from 'react'
import { LiveVisualEditing } from '@/components/preview/live-visual-editing'
import { PreviewBanner } from '@/components/preview/preview-banner'
import { SiteChrome } from '@/components/site-chrome'
import { isDraftMode } from '@/lib/preview/draft-mode'

/**
 * The draft-preview copy of the site's pages. next.config.mjs rewrites a
 * request that carries Next's draft-mode cookie to /preview/<path>, so only a
 * preview ever renders this layout, and the visual-editing script it imports
 * is in no public page's bundle (a client component the site layout imported
 * would be in every page's scripts, rendered or not). The URL in the browser,
 * and so in the Presentation tool, stays the page's own.
 *
 * A stale or forged cookie reaches here too (Next changes its preview id with
 * every build): without a valid draft mode this renders the published page,
 * no banner, no overlay; /preview/* is never indexed (lib/security-headers.ts).
 */
export default async function PreviewLayout({ children }: { children: ReactNode }) {
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
