import { badRequest } from '../errors.ts'

/** Query-string conventions of the Content Lake API. */

/** GROQ parameters travel as `$name=<JSON>`. */
export function groqParams(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw badRequest(`Query parameter "${key}" is not valid JSON`, 'queryParseError')
    }
  }
  return params
}

export function flag(search: URLSearchParams, name: string, fallback: boolean): boolean {
  const value = search.get(name)
  if (value === null) return fallback
  if (value === 'true' || value === '') return true
  if (value === 'false') return false
  throw badRequest(`"${name}" must be true or false (got "${value}")`)
}
