import { LOCAL_IDENTITY } from './local-user.ts'
import { randomId } from './random-id.ts'
import { StagedTransaction } from './staged-transaction.ts'
import type { TransactionLog } from './transaction-log.ts'
import type { LakeDocument, Transaction } from './types.ts'

/**
 * The documents in memory and the one way to change them: `commit` plans a
 * transaction on a staged copy, writes it to the transaction log (fsync), and
 * only then applies it and tells listeners. The whole of `commit` is
 * synchronous, so transactions never interleave and a failed plan applies nothing.
 */


export type TransactionListener = (transaction: Transaction) => void

export interface CommitOptions {
  /** The client's transaction id (the Studio sets it and expects it as the new `_rev`). */
  transactionId?: string
  dryRun?: boolean
}

export interface Store {
  get(id: string): LakeDocument | null
  documents(): readonly LakeDocument[]
  commit<R>(plan: (staged: StagedTransaction) => R, options?: CommitOptions): { transaction: Transaction; result: R }
  subscribe(listener: TransactionListener): () => void
}

export function createStore(documents: Map<string, LakeDocument>, log: TransactionLog): Store {
  const listeners = new Set<TransactionListener>()
  let lastTimestamp = 0

  // Strictly increasing timestamps: the Studio's mutator drops incoming
  // mutations that look older than the document it holds.
  const nextTimestamp = () => {
    lastTimestamp = Math.max(Date.now(), lastTimestamp + 1)
    return new Date(lastTimestamp).toISOString()
  }

  // One array per committed state, so that what is derived from it (perspective views, the query planner's
  // indexes, see query.ts) is computed once per state rather than once per query.
  let snapshot: readonly LakeDocument[] | null = null

  return {
    get: (id) => documents.get(id) ?? null,
    documents: () => (snapshot ??= Object.freeze([...documents.values()])),
    commit(plan, options = {}) {
      const context = { transactionId: options.transactionId ?? randomId(), timestamp: nextTimestamp() }
      const staged = new StagedTransaction((id) => documents.get(id) ?? null, context)
      const result = plan(staged)
      const transaction: Transaction = { ...context, identity: LOCAL_IDENTITY, changes: staged.changes() }
      if (options.dryRun || transaction.changes.length === 0) return { transaction, result }
      log.append({
        transactionId: transaction.transactionId,
        timestamp: transaction.timestamp,
        documents: transaction.changes.map(({ id, after }) => ({ id, document: after })),
      })
      for (const { id, after } of transaction.changes) {
        if (after) documents.set(id, after)
        else documents.delete(id)
      }
      snapshot = null
      for (const listener of listeners) {
        try {
          listener(transaction)
        } catch (error) {
          // A broken subscriber must not undo or block an acknowledged transaction.
          console.error('content-lake: transaction listener failed', error)
        }
      }
      return { transaction, result }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
