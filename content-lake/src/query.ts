import { evaluateSync, GroqSyntaxError, parse, toJS, type ExprNode } from 'groq-js'
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

/** Parses and runs `query` over `documents`, references resolving among them. */
export function runQuery(query: string, params: Record<string, unknown>, documents: LakeDocument[]): unknown {
  const tree = parseQuery(query, params)
  const byId = new Map(documents.map((doc) => [doc._id, doc]))
  return evaluateQuery(tree, documents, params, (id) => byId.get(id) ?? null)
}
