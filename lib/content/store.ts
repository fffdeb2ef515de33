/** What the gateway needs from a content store: run one GROQ query. */
export type QueryParams = Record<string, string | number | boolean | null>

export interface FetchOptions {
  /** Cache tags for Next's data cache (the embedded store has no cache to tag). */
  tags: string[]
}

export interface ContentStore {
  fetch<T>(query: string, params: QueryParams, options: FetchOptions): Promise<T>
}
