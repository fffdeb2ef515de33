import { Mutation as Mutator } from '@sanity/mutator'
import { isDeepStrictEqual } from 'node:util'
import type { DocumentChange, LakeDocument, Mutation } from './types.ts'

/**
 * A transaction being built: reads see the store plus what the transaction
 * has done so far, writes go through @sanity/mutator (the code the Studio
 * uses for its optimistic edits) and are recorded per document. Nothing
 * reaches the store until the whole transaction has been planned, so a
 * failure half-way leaves no trace.
 */

interface Pending {
  before: LakeDocument | null
  after: LakeDocument | null
  mutations: Mutation[]
}

export interface TransactionContext {
  transactionId: string
  timestamp: string
}

export class StagedTransaction {
  readonly context: TransactionContext
  readonly #read: (id: string) => LakeDocument | null
  readonly #pending = new Map<string, Pending>()

  constructor(read: (id: string) => LakeDocument | null, context: TransactionContext) {
    this.#read = read
    this.context = context
  }

  get(id: string): LakeDocument | null {
    const pending = this.#pending.get(id)
    return pending ? pending.after : this.#read(id)
  }

  /**
   * Applies `mutations` to document `id` the way the Studio's mutator will
   * when it replays the listener event: same timestamp, `_rev` = transaction id.
   */
  apply(id: string, mutations: Mutation[]): LakeDocument | null {
    const pending = this.#pending.get(id) ?? { before: this.#read(id), after: this.#read(id), mutations: [] }
    const mutator = new Mutator({
      // The mutator assigns into create bodies; the recorded mutations stay as sent.
      mutations: structuredClone(mutations),
      transactionId: this.context.transactionId,
      resultRev: this.context.transactionId,
      timestamp: this.context.timestamp,
    })
    const after = mutator.apply(pending.after ? structuredClone(pending.after) : null) as LakeDocument | null
    this.#pending.set(id, { ...pending, after, mutations: [...pending.mutations, ...mutations] })
    return after
  }

  /** The documents the transaction changed; a write that changed nothing but system fields is dropped. */
  changes(): DocumentChange[] {
    const changes: DocumentChange[] = []
    for (const [id, { before, after, mutations }] of this.#pending) {
      if (sameContent(before, after)) continue
      changes.push({ id, before, after, mutations })
    }
    return changes
  }
}

function withoutSystemStamps(doc: LakeDocument | null) {
  if (!doc) return null
  const { _rev, _updatedAt, ...rest } = doc
  return rest
}

function sameContent(a: LakeDocument | null, b: LakeDocument | null): boolean {
  return isDeepStrictEqual(withoutSystemStamps(a), withoutSystemStamps(b))
}
