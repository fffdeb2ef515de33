import { badRequest } from './errors.ts'
import { isDraftId, isPublishedId, publishedIdOf, releaseOf } from './ids.ts'
import type { LakeDocument } from './types.ts'

/**
 * Perspectives, which groq-js does not know: the server picks the documents a
 * query sees. `raw` is everything; `published` leaves out drafts and release
 * versions (what the public site reads); `drafts` shows each document's draft
 * in place of the published one, under the published id; a list such as
 * `rSummer,drafts` stacks release versions over drafts over published.
 */

export type Perspective = 'raw' | 'published' | string[]

/** API versions from 2025-02-19 default to `published`, older ones to `raw` (as the Content Lake does). */
export function defaultPerspective(apiVersion: string): Perspective {
  return apiVersion === 'X' || apiVersion >= '2025-02-19' ? 'published' : 'raw'
}

const LAYER = /^[A-Za-z0-9_-]+$/

export function parsePerspective(value: string | null, apiVersion: string): Perspective {
  if (value === null || value === '') return defaultPerspective(apiVersion)
  if (value === 'raw' || value === 'published') return value
  if (value === 'previewDrafts') return ['drafts']
  const layers = value.split(',').map((layer) => layer.trim())
  if (layers.some((layer) => !LAYER.test(layer) || layer === 'raw')) {
    throw badRequest(`Invalid perspective "${value}": use raw, published, drafts, or a comma-separated list of releases and drafts`, 'invalidPerspectiveError')
  }
  return layers.filter((layer) => layer !== 'published')
}

const views = new WeakMap<readonly LakeDocument[], Map<string, readonly LakeDocument[]>>()

/**
 * applyPerspective, kept per documents array and perspective: the store hands
 * out one array per committed state, so each state's view (and what the query
 * planner indexes of it) is computed once, not once per query.
 */
export function perspectiveView(documents: readonly LakeDocument[], perspective: Perspective): readonly LakeDocument[] {
  let byPerspective = views.get(documents)
  if (!byPerspective) {
    byPerspective = new Map()
    views.set(documents, byPerspective)
  }
  const key = JSON.stringify(perspective)
  let view = byPerspective.get(key)
  if (!view) {
    // A new array for every perspective but raw, which is `documents` itself, already frozen by the store.
    view = Object.freeze(applyPerspective(documents, perspective))
    byPerspective.set(key, view)
  }
  return view
}

export function applyPerspective(documents: readonly LakeDocument[], perspective: Perspective): readonly LakeDocument[] {
  if (perspective === 'raw') return documents
  if (perspective === 'published') return documents.filter((doc) => isPublishedId(doc._id))
  const rank = (doc: LakeDocument): number => {
    if (isPublishedId(doc._id)) return perspective.length
    if (isDraftId(doc._id)) return perspective.indexOf('drafts')
    return perspective.indexOf(releaseOf(doc._id) ?? '')
  }
  // For each published id keep the highest layer that has it; the first layer listed wins.
  const chosen = new Map<string, { doc: LakeDocument; rank: number }>()
  for (const doc of documents) {
    const docRank = rank(doc)
    if (docRank < 0) continue
    const id = publishedIdOf(doc._id)
    const current = chosen.get(id)
    if (!current || docRank < current.rank) chosen.set(id, { doc, rank: docRank })
  }
  return [...chosen.values()].map(({ doc }) =>
    isPublishedId(doc._id) ? doc : { ...doc, _id: publishedIdOf(doc._id), _originalId: doc._id },
  )
}
