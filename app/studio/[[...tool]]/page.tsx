import type { Metadata } from 'next'
import { LocalStudio } from '@/components/local-studio'
import { Studio } from '@/components/studio'
import { getEnv } from '@/lib/env'

export const dynamic = 'force-static'

export const metadata: Metadata = {
  title: 'Studio',
  robots: { index: false, follow: false },
  referrer: 'same-origin',
}

export default function StudioPage() {
  const { content } = getEnv()
  // On the embedded default the Studio edits the local Content Lake that `npm start` runs.
  if (content.kind !== 'hosted') return <LocalStudio />
  return <Studio projectId={content.projectId} dataset={content.dataset} />
}
