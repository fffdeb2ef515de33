/**
 * Sanity's document id rules and the naming of drafts and release versions.
 * An id is made of a-z, A-Z, 0-9, ".", "_" and "-", split into path segments
 * by "."; no segment may be empty or start with "-" (sanity.io/docs/ids).
 * The length limit is this server's own, to keep ids bounded.
 */

export const MAX_ID_LENGTH = 200
const ID_CHARACTERS = /^[A-Za-z0-9._-]+$/
export const DRAFTS_PREFIX = 'drafts.'
export const VERSIONS_PREFIX = 'versions.'

/** Why `id` breaks the rules, or undefined when it is a valid document id. */
export function idProblem(id: unknown): string | undefined {
  if (typeof id !== 'string' || id === '') return 'a document id must be a non-empty string'
  if (id.length > MAX_ID_LENGTH) return `document id "${id.slice(0, 40)}…" is longer than ${MAX_ID_LENGTH} characters`
  if (!ID_CHARACTERS.test(id)) return `document id "${id}" may contain only a-z, A-Z, 0-9, ".", "_" and "-"`
  if (id.split('.').some((segment) => segment === '' || segment.startsWith('-'))) {
    return `document id "${id}" has an empty path segment or one that starts with "-"`
  }
  return undefined
}

export const isDraftId = (id: string) => id.startsWith(DRAFTS_PREFIX)
export const isVersionId = (id: string) => id.startsWith(VERSIONS_PREFIX)
/** Published ids are everything the public site may read. */
export const isPublishedId = (id: string) => !isDraftId(id) && !isVersionId(id)

export const draftIdOf = (publishedId: string) => `${DRAFTS_PREFIX}${publishedId}`
export const versionIdOf = (release: string, publishedId: string) => `${VERSIONS_PREFIX}${release}.${publishedId}`

/** `drafts.x` → x, `versions.r.x` → x, x → x. */
export function publishedIdOf(id: string): string {
  if (isDraftId(id)) return id.slice(DRAFTS_PREFIX.length)
  if (isVersionId(id)) return id.slice(id.indexOf('.', VERSIONS_PREFIX.length) + 1)
  return id
}

/** The release a `versions.<release>.<id>` belongs to. */
export function releaseOf(id: string): string | undefined {
  if (!isVersionId(id)) return undefined
  return id.slice(VERSIONS_PREFIX.length, id.indexOf('.', VERSIONS_PREFIX.length))
}
