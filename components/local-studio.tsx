'use client'

import { NextStudio } from 'next-sanity/studio'
import { useEffect, useMemo, useState } from 'react'
import { createLocalAuthStore } from '@/sanity/local-lake-auth'
import { createStudioConfig } from '@/sanity/studio-config'
import { StudioNotConfigured } from './studio-not-configured'

/**
 * The Studio on the embedded default, editing the local Content Lake. The
 * page is static, so the lake's address is asked for at run time.
 */

interface LakeAddress {
  origin: string
  projectId: string
  dataset: string
}

type State = { status: 'loading' } | { status: 'ready'; lake: LakeAddress } | { status: 'unavailable'; reason: string }

export function LocalStudio() {
  const [state, setState] = useState<State>({ status: 'loading' })

  useEffect(() => {
    let cancelled = false
    fetch('/api/content-lake', { cache: 'no-store' })
      .then(async (response) => {
        const body = (await response.json()) as LakeAddress & { error?: string }
        if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`)
        return body
      })
      .then((lake) => {
        if (!cancelled) setState({ status: 'ready', lake })
      })
      .catch((error: Error) => !cancelled && setState({ status: 'unavailable', reason: error.message }))
    return () => {
      cancelled = true
    }
  }, [])

  const config = useMemo(() => {
    if (state.status !== 'ready') return undefined
    const { origin, projectId, dataset } = state.lake
    return createStudioConfig({
      projectId,
      dataset,
      basePath: '/studio',
      localLake: { apiHost: origin, auth: createLocalAuthStore({ apiHost: origin, projectId, dataset }) },
    })
  }, [state])

  if (state.status === 'unavailable') return <StudioNotConfigured reason={state.reason} />
  if (!config) return null
  return <NextStudio config={config} />
}
