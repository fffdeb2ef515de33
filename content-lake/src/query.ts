import { evaluate, evaluateSync, GroqSyntaxError, parse, toJS, type DereferenceFunction, type ExprNode } from 'groq-js'
import { answerLookup, indexFor } from '../../lib/embedded-groq/dataset-index.ts'
import { planQuery } from '../../lib/embedded-groq/query-plan.ts'
import { LakeError } from './errors.ts'
import type { LakeDocument } from './types.ts'

/** GROQ through groq-js, with Content Lake-shaped errors. */

export function parseQuery(query: string, params: Record<string, unknown>): ExprNode {
  try {
    return parse(query, { params })
  } catch (error) {
    if (error instanceof GroqSyntaxError) {
      throw new LakeError(400, 'queryParseError', error.message, { query, start: error.position, end: error.position + 1 })
    }
    throw new LakeError(400, 'queryParseError', (error as Error).message, { query, start: 0, end: query.length })
  }
}

export function evaluateQuery(
  tree: ExprNode,
  dataset: LakeDocument[],
  params: Record<string, unknown>,
  lookup: (id: string) => LakeDocument | null,
): unknown {
  try {
    return toJS(
      evaluateSync(tree, {
        dataset,
        params,
        // `->` resolves through the store's id index, not a scan of `dataset`.
        dereference: ({ _ref }) => lookup(_ref) ?? undefined,
      }),
    )
  } catch (error) {
    throw new LakeError(400, 'queryExecutionError', (error as Error).message)
  }
}

const idIndexes = new WeakMap<readonly LakeDocument[], Map<string, LakeDocument>>()

/** The documents by id; built once per documents array (the store keeps one per committed state). */
function byIdOf(documents: readonly LakeDocument[]): Map<string, LakeDocument> {
  let byId = idIndexes.get(documents)
  if (!byId) {
    byId = new Map(documents.map((doc) => [doc._id, doc]))
    idIndexes.set(documents, byId)
  }
  return byId
}

/** Parses and runs `query` over `documents`, references resolving among them. */
export function runQuery(query: string, params: Record<string, unknown>, documents: readonly LakeDocument[]): unknown {
  const tree = parseQuery(query, params)
  const byId = byIdOf(documents)
  return evaluateQuery(tree, documents as LakeDocument[], params, (id) => byId.get(id) ?? null)
}

/**
 * The same answer as runQuery, through the site's query planner
 * (lib/embedded-groq): `*[...]` filters are served from indexes of
 * `documents`, built on first need and kept as long as the array, so
 * `documents` must not change (the store hands out one frozen array per
 * committed state). A plain scan of every document per filter made a page of
 * a 10 000-article site cost hundreds of milliseconds to regenerate.
 */
export async function runPlannedQuery(
  query: string,
  params: Record<string, unknown>,
  documents: readonly LakeDocument[],
): Promise<unknown> {
  const tree = planQuery(parseQuery(query, params))
  const byId = byIdOf(documents)
  const index = indexFor(documents, documents as LakeDocument[])
  // A planner lookup answers with candidates (a promise of them while first sorted) or a count; groq-js awaits it.
  const dereference = (({ _ref }: { _ref: string }) => answerLookup(index, _ref) ?? byId.get(_ref)) as DereferenceFunction
  try {
    return await (await evaluate(tree, { dataset: documents, params, dereference })).get()
  } catch (error) {
    throw new LakeError(400, 'queryExecutionError', (error as Error).message)
  }
}
