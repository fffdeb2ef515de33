'use client'

import { VisualEditing } from 'next-sanity/visual-editing'
import { useRouter } from 'next/navigation'

/**
 * Overlays and live updates in the Studio's Presentation tool. When the
 * editor changes a document the tool posts a "mutation" refresh; the page is
 * then re-rendered on the server (router.refresh), which reads the new draft
 * from the Content Lake. This rather than next-sanity's defineLive/SanityLive,
 * whose Live Content API the local Content Lake does not serve (it has no
 * sync tags): refreshing on the Studio's own document events works the same
 * on the embedded default and on a hosted project. Loaded lazily by
 * live-visual-editing.tsx, in draft mode only.
 */
export default function VisualEditingOverlay() {
  const router = useRouter()
  return (
    <VisualEditing
      refresh={() => {
        router.refresh()
        // Tells the Studio when the refresh is (about to be) done; router.refresh returns nothing to wait for.
        return new Promise((resolve) => setTimeout(resolve, 1000))
      }}
    />
  )
}
