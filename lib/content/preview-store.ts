import 'server-only'
import { createClient, type SanityClient } from 'next-sanity'
import { SANITY_API_VERSION } from '@/sanity/api-version'
import type { AppEnv } from '../env'
import { LOCAL_DATASET, LOCAL_LAKE_VIEWER_TOKEN, LOCAL_PROJECT_ID } from './local-lake'
import type { ContentStore, QueryParams } from './store'

/**
 * Draft preview reads. The public pages are built from the published
 * perspective; in draft mode the same queries run with the `drafts`
 * perspective (each document's draft in place of its published version)
 * against a live Content Lake: the hosted one with SANITY_API_READ_TOKEN, or
 * on the embedded default the local Content Lake that `npm start` runs
 * (CONTENT_LAKE_URL). Nothing is cached: an editor's change must show on the
 * next refresh.
 */

export class PreviewUnavailableError extends Error {
  override name = 'PreviewUnavailableError'
}

/** A client that can read drafts, or why there is none. */
export function createPreviewClient(content: AppEnv['content']): SanityClient | PreviewUnavailableError {
  const common = { useCdn: false, perspective: 'drafts', stega: false } as const
  if (content.kind === 'hosted') {
    if (!content.token) return new PreviewUnavailableError('Draft preview needs SANITY_API_READ_TOKEN (a viewer token) to read drafts.')
    return createClient({
      ...common,
      projectId: content.projectId,
      dataset: content.dataset,
      apiVersion: content.apiVersion,
      token: content.token,
      ...(content.apiHost ? { apiHost: content.apiHost, useProjectHostname: false } : {}),
    })
  }
  if (!content.contentLakeUrl) {
    return new PreviewUnavailableError('Draft preview reads the local Content Lake, which is not running: start the site with `npm start`.')
  }
  return createClient({
    ...common,
    projectId: LOCAL_PROJECT_ID,
    dataset: LOCAL_DATASET,
    apiHost: content.contentLakeUrl,
    useProjectHostname: false,
    apiVersion: SANITY_API_VERSION,
    token: LOCAL_LAKE_VIEWER_TOKEN,
  })
}

export function createPreviewStore(client: SanityClient): ContentStore {
  return {
    fetch: <T>(query: string, params: QueryParams) => client.fetch<T>(query, params, { cache: 'no-store' }),
  }
}
