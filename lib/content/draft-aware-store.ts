import 'server-only'
import { getEnv } from '../env'
import { isDraftMode } from '../preview/draft-mode'
import { createPreviewClient, createPreviewStore } from './preview-store'
import type { ContentStore, FetchOptions, QueryParams } from './store'

let preview: ContentStore | undefined

function previewStore(): ContentStore {
  if (!preview) {
    const client = createPreviewClient(getEnv().content)
    // The enable route refuses to start a preview without a client, so this is a preview whose lake went away.
    if (client instanceof Error) throw client
    preview = createPreviewStore(client)
  }
  return preview
}

/**
 * The gateway's store, per request: the published store, or in draft mode
 * the preview store. Pages call the same getters either way and cannot tell
 * which answered; with draft mode off nothing here touches the preview.
 */
export function draftAware(published: () => ContentStore): () => ContentStore {
  const store: ContentStore = {
    fetch: async <T>(query: string, params: QueryParams, options: FetchOptions): Promise<T> =>
      ((await isDraftMode()) ? previewStore() : published()).fetch<T>(query, params, options),
  }
  return () => store
}
