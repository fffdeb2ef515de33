'use client'

import { lazy, Suspense } from 'react'

/**
 * The site layout renders this in draft mode only, but a client component
 * the layout imports is in every page's scripts whether it renders or not.
 * So this stub is all the layout imports (React.lazy, no library code), and
 * the overlay and its library load as a chunk of their own, when it renders.
 */
const VisualEditingOverlay = lazy(() => import('./visual-editing-overlay'))

export function LiveVisualEditing() {
  return (
    <Suspense fallback={null}>
      <VisualEditingOverlay />
    </Suspense>
  )
}
