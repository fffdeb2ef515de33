import { contentOf, documentProblem, isRecord } from './documents.ts'
import { itemError, type LakeError } from './errors.ts'
import { draftIdOf, idProblem, isDraftId, isPublishedId, isVersionId, publishedIdOf } from './ids.ts'
import { applyPatch, assertRevision } from './mutations.ts'
import type { StagedTransaction } from './staged-transaction.ts'
import type { LakeDocument, Mutation } from './types.ts'

/**
 * The actions API (`POST /data/actions/<dataset>`) that the Studio uses to
 * edit, publish, unpublish, discard and delete. Each action becomes plain
 * mutations on the staged transaction, as the Content Lake does, so that the
 * listener can send the Studio mutations its own mutator can replay.
 */

type Fault = (type: string, description: string, id?: string, status?: number) => LakeError
type Fields = Record<string, unknown>
type Handler = (staged: StagedTransaction, action: Fields, fault: Fault) => void

function idValue(value: unknown, name: string, fault: Fault): string {
  const problem = idProblem(value)
  if (problem || typeof value !== 'string') throw fault('invalidDocumentIdError', `"${name}": ${problem ?? 'invalid id'}`)
  return value
}

const stringField = (action: Fields, name: string, fault: Fault) => idValue(action[name], name, fault)

function publishedIdField(action: Fields, fault: Fault): string {
  const id = stringField(action, 'publishedId', fault)
  if (!isPublishedId(id)) throw fault('invalidDocumentIdError', `"publishedId" must be a published id, not "${id}"`, id)
  return id
}

/** A draft or version id that belongs to `publishedId`. */
function variantId(value: unknown, name: string, publishedId: string | undefined, fault: Fault): string {
  const id = idValue(value, name, fault)
  if (isPublishedId(id)) throw fault('invalidDocumentIdError', `"${name}" must be a draft or version id, not "${id}"`, id)
  if (publishedId !== undefined && publishedIdOf(id) !== publishedId) {
    throw fault('invalidDocumentIdError', `"${name}" "${id}" is not a draft or version of "${publishedId}"`, id)
  }
  return id
}

const variantIdField = (action: Fields, name: string, publishedId: string | undefined, fault: Fault) =>
  variantId(action[name], name, publishedId, fault)

function mustExist(staged: StagedTransaction, id: string, fault: Fault, what: string): LakeDocument {
  const doc = staged.get(id)
  if (!doc) throw fault('documentNotFoundError', `${what} "${id}" does not exist`, id, 409)
  return doc
}

const faultWithStatus = (fault: Fault) => (type: string, description: string, id: string, status: number) =>
  fault(type, description, id, status)

function attributesOf(action: Fields, name: string, fault: Fault): Fields {
  const attributes = action[name]
  if (!isRecord(attributes)) throw fault('invalidActionError', `"${name}" must be an object`)
  return attributes
}

const HANDLERS: Record<string, Handler> = {
  'sanity.action.document.create': (staged, action, fault) => {
    const publishedId = publishedIdField(action, fault)
    const attributes = attributesOf(action, 'attributes', fault)
    const id = attributes._id === undefined ? draftIdOf(publishedId) : variantIdField(attributes, '_id', publishedId, fault)
    const problem = documentProblem({ ...attributes, _id: id })
    if (problem) throw fault('invalidDocumentError', problem, id)
    if (isDraftId(id) && staged.get(publishedId)) {
      throw fault('documentAlreadyExistsError', `Document "${publishedId}" is already published; edit its draft instead`, publishedId, 409)
    }
    if (staged.get(id)) {
      if (action.ifExists === 'ignore') return
      throw fault('documentAlreadyExistsError', `Document by ID "${id}" already exists`, id, 409)
    }
    staged.apply(id, [{ create: { ...attributes, _id: id } } as Mutation])
  },

  'sanity.action.document.edit': (staged, action, fault) => {
    const publishedId = publishedIdField(action, fault)
    const draftId = variantIdField(action, 'draftId', publishedId, fault)
    const patch = attributesOf(action, 'patch', fault)
    if (!staged.get(draftId)) {
      // The draft starts as a copy of the published document, as in the Content Lake.
      const published = mustExist(staged, publishedId, fault, 'Neither the draft nor the published document')
      staged.apply(draftId, [{ createIfNotExists: { ...contentOf(published), _id: draftId } } as Mutation])
    }
    applyPatch(staged, draftId, patch, faultWithStatus(fault))
  },

  'sanity.action.document.replaceDraft': (staged, action, fault) => {
    const publishedId = publishedIdField(action, fault)
    const attributes = attributesOf(action, 'attributes', fault)
    const id = variantIdField(attributes, '_id', publishedId, fault)
    const problem = documentProblem(attributes)
    if (problem) throw fault('invalidDocumentError', problem, id)
    if (!staged.get(id) && !staged.get(publishedId)) mustExist(staged, publishedId, fault, 'Neither the draft nor the published document')
    staged.apply(id, [{ createOrReplace: attributes } as Mutation])
  },

  'sanity.action.document.publish': (staged, action, fault) => {
    const publishedId = publishedIdField(action, fault)
    const draftId = variantIdField(action, 'draftId', publishedId, fault)
    const draft = mustExist(staged, draftId, fault, 'The draft to publish')
    const published = staged.get(publishedId)
    const status = faultWithStatus(fault)
    assertRevision(draft, action.ifDraftRevisionId, status)
    if (action.ifPublishedRevisionId !== undefined) {
      if (!published) throw fault('conflictError', `Document "${publishedId}" is not published (expected revision "${String(action.ifPublishedRevisionId)}")`, publishedId, 409)
      assertRevision(published, action.ifPublishedRevisionId, status)
    }
    const createdAt = published?._createdAt ?? draft._createdAt
    staged.apply(publishedId, [
      { createOrReplace: { ...contentOf(draft), _id: publishedId, ...(createdAt ? { _createdAt: createdAt } : {}) } } as Mutation,
    ])
    staged.apply(draftId, [{ delete: { id: draftId } }])
  },

  'sanity.action.document.unpublish': (staged, action, fault) => {
    const publishedId = publishedIdField(action, fault)
    const draftId = variantIdField(action, 'draftId', publishedId, fault)
    const published = mustExist(staged, publishedId, fault, 'The published document')
    // The published content survives as the draft, unless a draft already holds newer edits.
    if (!staged.get(draftId)) staged.apply(draftId, [{ create: { ...contentOf(published), _id: draftId } } as Mutation])
    staged.apply(publishedId, [{ delete: { id: publishedId } }])
  },

  'sanity.action.document.discard': (staged, action, fault) => {
    const draftId = variantIdField(action, 'draftId', undefined, fault)
    mustExist(staged, draftId, fault, 'The draft to discard')
    staged.apply(draftId, [{ delete: { id: draftId } }])
  },

  'sanity.action.document.delete': (staged, action, fault) => {
    const publishedId = publishedIdField(action, fault)
    const includeDrafts = action.includeDrafts ?? []
    if (!Array.isArray(includeDrafts)) throw fault('invalidActionError', '"includeDrafts" must be an array of draft ids')
    const drafts = includeDrafts.map((id: unknown, i) => variantId(id, `includeDrafts[${i}]`, publishedId, fault))
    mustExist(staged, publishedId, fault, 'The published document to delete')
    const draftId = draftIdOf(publishedId)
    if (staged.get(draftId) && !drafts.includes(draftId)) {
      throw fault('conflictError', `Document "${publishedId}" has a draft "${draftId}" that the action does not include`, draftId, 409)
    }
    for (const id of [publishedId, ...drafts]) if (staged.get(id)) staged.apply(id, [{ delete: { id } }])
  },

  'sanity.action.document.version.create': (staged, action, fault) => {
    const publishedId = publishedIdField(action, fault)
    let doc: Fields
    if (action.document !== undefined) {
      doc = attributesOf(action, 'document', fault)
    } else {
      const baseId = stringField(action, 'baseId', fault)
      const versionId = variantIdField(action, 'versionId', publishedId, fault)
      const base = mustExist(staged, baseId, fault, 'The base document')
      assertRevision(base, action.ifBaseRevisionId, faultWithStatus(fault))
      doc = { ...contentOf(base), _id: versionId }
    }
    const id = variantIdField(doc, '_id', publishedId, fault)
    const problem = documentProblem(doc)
    if (problem) throw fault('invalidDocumentError', problem, id)
    if (staged.get(id)) throw fault('documentAlreadyExistsError', `Document by ID "${id}" already exists`, id, 409)
    staged.apply(id, [{ create: doc } as Mutation])
  },

  'sanity.action.document.version.discard': (staged, action, fault) => {
    const versionId = variantIdField(action, 'versionId', undefined, fault)
    mustExist(staged, versionId, fault, 'The version to discard')
    staged.apply(versionId, [{ delete: { id: versionId } }])
  },

  'sanity.action.document.version.replace': (staged, action, fault) => {
    const doc = attributesOf(action, 'document', fault)
    const id = variantIdField(doc, '_id', undefined, fault)
    const problem = documentProblem(doc)
    if (problem) throw fault('invalidDocumentError', problem, id)
    mustExist(staged, id, fault, 'The version to replace')
    staged.apply(id, [{ createOrReplace: doc } as Mutation])
  },

  'sanity.action.document.version.unpublish': (staged, action, fault) => {
    const publishedId = publishedIdField(action, fault)
    const versionId = variantIdField(action, 'versionId', publishedId, fault)
    if (!isVersionId(versionId)) throw fault('invalidDocumentIdError', `"versionId" must be a release version, not "${versionId}"`, versionId)
    mustExist(staged, publishedId, fault, 'The published document')
    mustExist(staged, versionId, fault, 'The version')
    // The Content Lake marks the version; publishing its release removes the published document.
    staged.apply(versionId, [
      { patch: { id: versionId, setIfMissing: { _system: {} } } },
      { patch: { id: versionId, set: { '_system.delete': true } } },
    ] as Mutation[])
  },
}

export const SUPPORTED_ACTIONS = Object.keys(HANDLERS)

export function planActions(staged: StagedTransaction, actions: unknown): void {
  const list = Array.isArray(actions) ? actions : [actions]
  if (list.length === 0 || actions === undefined) throw itemError('action', 400, 0, 'invalidActionError', '"actions" must be a non-empty array')
  list.forEach((action, index) => {
    const fault: Fault = (type, description, id, status = 400) => itemError('action', status, index, type, description, id)
    if (!isRecord(action)) throw fault('invalidActionError', `action ${index} must be an object`)
    const handler = typeof action.actionType === 'string' ? HANDLERS[action.actionType] : undefined
    if (!handler) {
      throw fault('unknownActionError', `Unknown or unsupported action type ${JSON.stringify(action.actionType)}; supported: ${SUPPORTED_ACTIONS.join(', ')}`)
    }
    handler(staged, action, fault)
  })
}
