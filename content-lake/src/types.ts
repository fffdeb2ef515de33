import type { Mut } from '@sanity/mutator'

/** A document as the Content Lake stores it: system fields plus anything else. */
export interface LakeDocument {
  _id: string
  _type: string
  _rev?: string
  _createdAt?: string
  _updatedAt?: string
  [field: string]: unknown
}

/** One Content Lake mutation (create, createOrReplace, createIfNotExists, patch, delete). */
export type Mutation = Mut

/**
 * What a transaction did to one document. `mutations` are the mutations that,
 * applied by @sanity/mutator to `before`, give `after`: the listener sends them
 * to the Studio, whose own mutator replays them, so both sides agree.
 */
export interface DocumentChange {
  id: string
  before: LakeDocument | null
  after: LakeDocument | null
  mutations: Mutation[]
}

export interface Transaction {
  transactionId: string
  timestamp: string
  identity: string
  changes: DocumentChange[]
}
