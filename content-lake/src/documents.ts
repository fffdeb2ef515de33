import { idProblem } from './ids.ts'
import type { LakeDocument } from './types.ts'

/** Shared checks on what a request says a document is. */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Why `value` cannot be stored as document `id`, or undefined. */
export function documentProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'a document must be a JSON object'
  const idIssue = idProblem(value._id)
  if (idIssue) return idIssue
  if (typeof value._type !== 'string' || value._type === '') return `document "${String(value._id)}" needs a non-empty string _type`
  return undefined
}

/** Drops the fields the store stamps itself, so a copy (draft → published) gets fresh ones. */
export function contentOf(doc: LakeDocument): Omit<LakeDocument, '_id'> {
  const { _id, _rev, _updatedAt, ...rest } = doc
  return rest
}
