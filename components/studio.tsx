'use client'

import { NextStudio } from 'next-sanity/studio'
import { useMemo } from 'react'
import { createStudioConfig } from '@/sanity/studio-config'

export function Studio({ projectId, dataset }: { projectId: string; dataset: string }) {
  const config = useMemo(() => createStudioConfig({ projectId, dataset, basePath: '/studio' }), [projectId, dataset])
  return <NextStudio config={config} />
}
