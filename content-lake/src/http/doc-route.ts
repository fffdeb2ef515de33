import { badRequest } from '../errors.ts'
import { idProblem } from '../ids.ts'
import type { Handler } from './context.ts'
import { sendJson } from './respond.ts'

/** `GET /data/doc/<dataset>/<id,id,...>`: documents by id, raw; missing ones listed in `omitted`. */
export const handleDoc: Handler = ({ res, params, lake }) => {
  const ids = decodeURIComponent(params.ids ?? '').split(',')
  for (const id of ids) {
    const problem = idProblem(id)
    if (problem) throw badRequest(problem, 'invalidDocumentIdError')
  }
  const documents = []
  const omitted = []
  for (const id of ids) {
    const doc = lake.store.get(id)
    if (doc) documents.push(doc)
    else omitted.push({ id, reason: 'existence' })
  }
  sendJson(res, 200, { documents, omitted })
}
