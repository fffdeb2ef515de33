import type { Metadata } from 'next'
import { Studio } from '@/components/studio'
import { StudioNotConfigured } from '@/components/studio-not-configured'
import { getEnv } from '@/lib/env'

export const dynamic = 'force-static'

export const metadata: Metadata = {
  title: 'Studio',
  robots: { index: false, follow: false },
  referrer: 'same-origin',
}

export default function StudioPage() {
  const { content } = getEnv()
  if (content.kind !== 'hosted') return <StudioNotConfigured />
  return <Studio projectId={content.projectId} dataset={content.dataset} />
}
