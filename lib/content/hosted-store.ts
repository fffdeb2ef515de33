import { createClient } from 'next-sanity'
import type { HostedContentConfig } from '../env'
import type { ContentStore, FetchOptions, QueryParams } from './store'

/**
 * Reads the hosted Content Lake. Pages are generated statically, so results go
 * into Next's data cache under tags and stay there until the webhook
 * revalidates a tag: no request reaches Sanity on a page view.
 */
export function createHostedStore(config: HostedContentConfig): ContentStore {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: false,
    perspective: 'published',
    ...(config.token ? { token: config.token } : {}),
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return {
    fetch: <T>(query: string, params: QueryParams, options: FetchOptions) =>
      client.fetch<T>(query, params, { next: { revalidate: false, tags: options.tags } }),
  }
}
