import type { ExprNode } from 'groq-js'
import { mendozaEffects } from './effects.ts'
import { isVersionId } from './ids.ts'
import { evaluateQuery } from './query.ts'
import type { DocumentChange, LakeDocument, Transaction } from './types.ts'

/**
 * Turns a committed transaction into the listener's `mutation` events for one
 * subscription: one event per matching document, in transaction order, with
 * the fields @sanity/client and the Studio read.
 */

export interface ListenOptions {
  filter: ExprNode
  params: Record<string, unknown>
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  includeAllVersions: boolean
  effectFormat: 'mendoza' | undefined
  visibility: 'query' | 'transaction'
}

export type Transition = 'appear' | 'disappear' | 'update'

export interface MutationEventData {
  eventId: string
  documentId: string
  transactionId: string
  identity: string
  mutations?: unknown[]
  result?: LakeDocument
  previous?: LakeDocument | null
  previousRev?: string
  resultRev: string
  effects?: { apply: unknown[]; revert: unknown[] }
  timestamp: string
  transition: Transition
  visibility: 'query' | 'transaction'
  transactionTotalEvents: number
  transactionCurrentEvent: number
}

function matches(doc: LakeDocument | null, options: ListenOptions, lookup: (id: string) => LakeDocument | null): boolean {
  if (!doc) return false
  const result = evaluateQuery(options.filter, [doc], options.params, lookup)
  return Array.isArray(result) ? result.length > 0 : Boolean(result)
}

export function eventsFor(
  transaction: Transaction,
  options: ListenOptions,
  lookup: (id: string) => LakeDocument | null,
): MutationEventData[] {
  const relevant: { change: DocumentChange; transition: Transition }[] = []
  for (const change of transaction.changes) {
    // Release versions are only sent to listeners that ask for them, as in the Content Lake.
    if (isVersionId(change.id) && !options.includeAllVersions) continue
    const before = matches(change.before, options, lookup)
    const after = matches(change.after, options, lookup)
    if (!before && !after) continue
    relevant.push({ change, transition: before && after ? 'update' : after ? 'appear' : 'disappear' })
  }
  return relevant.map(({ change, transition }, index) => ({
    eventId: `${transaction.transactionId}#${change.id}`,
    documentId: change.id,
    transactionId: transaction.transactionId,
    identity: transaction.identity,
    ...(options.includeMutations ? { mutations: change.mutations } : {}),
    ...(options.includeResult && change.after ? { result: change.after } : {}),
    ...(options.includePreviousRevision ? { previous: change.before } : {}),
    ...(change.before?._rev ? { previousRev: change.before._rev } : {}),
    // Also on a deletion: the Studio chains events by previousRev → resultRev and drops one without it.
    resultRev: transaction.transactionId,
    ...(options.effectFormat === 'mendoza' ? { effects: mendozaEffects(change.before, change.after) } : {}),
    timestamp: transaction.timestamp,
    transition,
    visibility: options.visibility,
    // Counted per subscription: the Studio buffers a transaction until it has seen this many events.
    transactionTotalEvents: relevant.length,
    transactionCurrentEvent: index + 1,
  }))
}
