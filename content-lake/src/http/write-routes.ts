import { planActions } from '../actions.ts'
import { isRecord } from '../documents.ts'
import { badRequest } from '../errors.ts'
import { idProblem } from '../ids.ts'
import { planMutations, type SelectIds } from '../mutations.ts'
import { runQuery } from '../query.ts'
import { readJsonBody } from './body.ts'
import type { Handler, RouteContext } from './context.ts'
import { sendJson } from './respond.ts'
import { flag } from './search-params.ts'

/**
 * `POST /data/mutate/<dataset>` and `POST /data/actions/<dataset>`. Both
 * answer only after the transaction is in the fsynced log.
 */

async function writeRequest({ req, url, lake }: RouteContext) {
  const body = await readJsonBody(req, lake.maxBodyBytes)
  if (!isRecord(body)) throw badRequest('Request body must be a JSON object')
  const transactionId = body.transactionId
  if (transactionId !== undefined && (typeof transactionId !== 'string' || idProblem(transactionId))) {
    throw badRequest('"transactionId" must be a string of letters, digits, ".", "_" and "-"')
  }
  const dryRun = body.dryRun === true || flag(url.searchParams, 'dryRun', false)
  return { body, options: { transactionId: transactionId as string | undefined, dryRun } }
}

export const handleMutate: Handler = async (context) => {
  const { body, options } = await writeRequest(context)
  const { store } = context.lake
  // For `delete: {query}`: the raw documents, as the Content Lake deletes drafts and versions by query too.
  const selectIds: SelectIds = (query, params) => {
    const selected = runQuery(query, params, store.documents())
    return Array.isArray(selected) ? selected.flatMap((doc) => (typeof doc?._id === 'string' ? [doc._id] : [])) : []
  }
  const { transaction, result } = store.commit((staged) => planMutations(staged, body.mutations, selectIds), options)
  const returnDocuments = flag(context.url.searchParams, 'returnDocuments', false)
  sendJson(context.res, 200, {
    transactionId: transaction.transactionId,
    results: result.map(({ id, operation }) => ({
      id,
      operation,
      ...(returnDocuments ? { document: transaction.changes.find((change) => change.id === id)?.after ?? store.get(id) } : {}),
    })),
    ...(flag(context.url.searchParams, 'returnIds', false) ? { documentIds: result.map(({ id }) => id) } : {}),
  })
}

export const handleActions: Handler = async (context) => {
  const { body, options } = await writeRequest(context)
  const { transaction } = context.lake.store.commit((staged) => planActions(staged, body.actions), options)
  sendJson(context.res, 200, { transactionId: transaction.transactionId })
}
