import { isRecord } from '../documents.ts'
import { badRequest } from '../errors.ts'
import { readJsonBody } from './body.ts'
import type { Handler } from './context.ts'
import { sendJson } from './respond.ts'

/**
 * `/users/me/keyvalue`: the Studio's per-user preferences (list layout, sort
 * order, announcements seen). Kept in memory for as long as the server runs:
 * they are conveniences, not content, and the Studio falls back to defaults.
 */

export const handleGetKeyValues: Handler = ({ res, params, lake }) => {
  const keys = decodeURIComponent(params.keys ?? '').split(',')
  sendJson(res, 200, keys.map((key) => ({ key, value: lake.preferences.get(key) ?? null })))
}

export const handleSetKeyValues: Handler = async ({ req, res, lake }) => {
  const body = await readJsonBody(req, lake.maxBodyBytes)
  if (!Array.isArray(body) || !body.every((pair) => isRecord(pair) && typeof pair.key === 'string')) {
    throw badRequest('Expected [{key, value}, ...]')
  }
  const pairs = body as { key: string; value: unknown }[]
  for (const { key, value } of pairs) lake.preferences.set(key, value ?? null)
  sendJson(res, 200, pairs.map(({ key }) => ({ key, value: lake.preferences.get(key) ?? null })))
}
