import type { ContentStore, FetchOptions, QueryParams } from './store'

/**
 * A Content Lake that does not answer (refused, reset, DNS, timeout: no HTTP
 * status at all) fails with one message that says so and names the host,
 * instead of the transport's "fetch failed". Nothing is caught and rendered:
 * a build fails rather than publish empty pages, and a regeneration throws,
 * so Next keeps the last good page.
 * HTTP errors (a bad query, a wrong dataset) pass through unchanged.
 */
export class ContentLakeUnreachableError extends Error {
  override name = 'ContentLakeUnreachableError'
}

export function failingClearlyWhenUnreachable(store: ContentStore, host: string): ContentStore {
  return {
    fetch: <T>(query: string, params: QueryParams, options: FetchOptions) =>
      store.fetch<T>(query, params, options).catch((error: unknown): never => {
        if (error && typeof error === 'object' && 'statusCode' in error) throw error
        const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
        throw new ContentLakeUnreachableError(
          `The Content Lake at ${host} did not answer (${cause}). Check SANITY_PROJECT_ID, SANITY_API_HOST and the network; nothing is rendered from an unreachable Content Lake.`,
          { cause: error },
        )
      }),
  }
}
