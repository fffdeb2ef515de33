import { documentProblem, isRecord } from './documents.ts'
import { itemError, LakeError } from './errors.ts'
import { idProblem } from './ids.ts'
import { randomId } from './random-id.ts'
import type { StagedTransaction } from './staged-transaction.ts'
import type { LakeDocument, Mutation } from './types.ts'

/**
 * The mutate API (`POST /data/mutate/<dataset>`): create, createOrReplace,
 * createIfNotExists, patch and delete, checked one by one against the staged
 * transaction. The first bad mutation throws, and the request applies nothing.
 */

export type MutationOperation = 'create' | 'update' | 'delete' | 'none'

export interface MutationResult {
  id: string
  operation: MutationOperation
}

const KINDS = ['create', 'createOrReplace', 'createIfNotExists', 'patch', 'delete'] as const
type Kind = (typeof KINDS)[number]

const fail = (index: number, type: string, description: string, id?: string, status = 400) =>
  itemError('mutation', status, index, type, description, id)

/** `_id` missing → a random id; `_id` ending in "." (e.g. "drafts.") → that prefix plus a random id. */
function resolveCreateId(body: Record<string, unknown>): unknown {
  const id = body._id
  if (id === undefined) return randomId()
  if (typeof id === 'string' && id.endsWith('.')) return id + randomId()
  return id
}

function kindOf(mutation: unknown, index: number): { kind: Kind; body: Record<string, unknown> } {
  if (!isRecord(mutation)) throw fail(index, 'invalidMutationError', `mutation ${index} must be an object`)
  const keys = Object.keys(mutation)
  const kind = KINDS.find((k) => k === keys[0])
  if (keys.length !== 1 || !kind) {
    throw fail(index, 'invalidMutationError', `mutation ${index} must have exactly one of ${KINDS.join(', ')} (got ${keys.join(', ') || 'none'})`)
  }
  const body = mutation[kind]
  if (!isRecord(body)) throw fail(index, 'invalidMutationError', `mutation ${index}: "${kind}" must be an object`)
  return { kind, body }
}

/** Checks `ifRevisionID` on a patch; the Content Lake answers a stale one with 409. */
export function assertRevision(
  doc: LakeDocument,
  expected: unknown,
  fault: (type: string, description: string, id: string, status: number) => LakeError,
) {
  if (expected === undefined) return
  if (doc._rev !== expected) {
    throw fault(
      'conflictError',
      `Document "${doc._id}" has revision "${doc._rev}", not the expected "${String(expected)}"`,
      doc._id,
      409,
    )
  }
}

export function applyPatch(
  staged: StagedTransaction,
  id: string,
  patch: Record<string, unknown>,
  fault: (type: string, description: string, id: string, status: number) => LakeError,
): LakeDocument {
  const current = staged.get(id)
  if (!current) throw fault('documentNotFoundError', `Cannot patch document "${id}": it does not exist`, id, 409)
  assertRevision(current, patch.ifRevisionID, fault)
  if ('query' in patch) throw fault('invalidMutationError', 'Patching by query is not supported by the local Content Lake', id, 400)
  const after = staged.apply(id, [{ patch: { ...patch, id } } as Mutation])
  if (!after || after._id !== id || typeof after._type !== 'string' || after._type === '') {
    throw fault('invalidPatchError', `A patch may not remove or change _id or _type (document "${id}")`, id, 400)
  }
  return after
}

/** The ids of the documents (raw: drafts and versions too) a GROQ filter such as `*[_type == "x"]` selects. */
export type SelectIds = (query: string, params: Record<string, unknown>) => string[]

function deleteByQuery(staged: StagedTransaction, body: Record<string, unknown>, index: number, selectIds: SelectIds): MutationResult[] {
  const params = body.params ?? {}
  if (typeof body.query !== 'string' || !isRecord(params)) {
    throw fail(index, 'invalidMutationError', `mutation ${index}: delete "query" must be a GROQ string and "params" an object`)
  }
  // The query sees the documents as they were before this transaction (what the Content Lake's own does is not
  // documented); @sanity/preview-url-secret uses it alone, to delete its expired secrets.
  return selectIds(body.query, params)
    .filter((id) => staged.get(id))
    .map((id) => {
      staged.apply(id, [{ delete: { id } }])
      return { id, operation: 'delete' }
    })
}

export function planMutations(staged: StagedTransaction, mutations: unknown, selectIds: SelectIds): MutationResult[] {
  if (!Array.isArray(mutations) || mutations.length === 0) {
    throw new LakeError(400, 'mutationError', '"mutations" must be a non-empty array')
  }
  return mutations.flatMap((mutation, index): MutationResult[] => {
    const { kind, body } = kindOf(mutation, index)
    const fault = (type: string, description: string, id: string, status: number) => fail(index, type, description, id, status)

    if (kind === 'delete' && 'query' in body) return deleteByQuery(staged, body, index, selectIds)
    if (kind === 'patch' || kind === 'delete') {
      const id = body.id
      const problem = idProblem(id)
      if (problem || typeof id !== 'string') throw fail(index, 'invalidDocumentIdError', problem ?? 'invalid id')
      if (kind === 'patch') {
        applyPatch(staged, id, body, fault)
        return [{ id, operation: 'update' }]
      }
      if (!staged.get(id)) return [{ id, operation: 'none' }]
      staged.apply(id, [{ delete: { id } }])
      return [{ id, operation: 'delete' }]
    }

    const doc = { ...body, _id: kind === 'create' ? resolveCreateId(body) : body._id }
    const problem = documentProblem(doc)
    if (problem) throw fail(index, 'invalidDocumentError', problem, typeof doc._id === 'string' ? doc._id : undefined)
    const id = doc._id as string
    const existing = staged.get(id)
    if (kind === 'create' && existing) {
      throw fail(index, 'documentAlreadyExistsError', `Document by ID "${id}" already exists`, id, 409)
    }
    if (kind === 'createIfNotExists' && existing) return [{ id, operation: 'none' }]
    staged.apply(id, [{ [kind]: doc } as Mutation])
    return [{ id, operation: existing ? 'update' : 'create' }]
  })
}
