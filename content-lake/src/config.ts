import path from 'node:path'
import { DEFAULT_MAX_BODY_BYTES } from './http/body.ts'
import type { ContentLakeOptions } from './server.ts'

/**
 * The server's settings, from environment variables only (listed in the
 * README). A malformed value stops start-up with a message naming it.
 */

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Record<string, string | undefined>

const DATASET = /^[a-z0-9][-_a-z0-9]{0,63}$/

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be an integer from ${min} to ${max} (got "${raw}")`)
  return value
}

export const DEFAULT_PORT = 3334

export function readConfig(env: Env, cwd: string): ContentLakeOptions {
  const dataset = env.CONTENT_LAKE_DATASET?.trim() || 'production'
  if (!DATASET.test(dataset)) throw new ConfigError(`CONTENT_LAKE_DATASET must be a Sanity dataset name (got "${dataset}")`)
  const webhookUrl = env.CONTENT_LAKE_WEBHOOK_URL?.trim()
  const webhookSecret = env.CONTENT_LAKE_WEBHOOK_SECRET?.trim()
  if (Boolean(webhookUrl) !== Boolean(webhookSecret)) {
    throw new ConfigError('CONTENT_LAKE_WEBHOOK_URL and CONTENT_LAKE_WEBHOOK_SECRET go together: set both or neither')
  }
  if (webhookUrl && !/^https?:\/\//.test(webhookUrl)) throw new ConfigError(`CONTENT_LAKE_WEBHOOK_URL must be an http(s) URL (got "${webhookUrl}")`)
  return {
    dataset,
    seedFile: path.resolve(cwd, env.CONTENT_LAKE_SEED?.trim() || 'sanity/seed/production.ndjson'),
    directory: path.resolve(cwd, env.CONTENT_LAKE_DIR?.trim() || '.content-lake'),
    host: env.CONTENT_LAKE_HOST?.trim() || '127.0.0.1',
    port: integer(env, 'CONTENT_LAKE_PORT', DEFAULT_PORT, 0, 65535),
    maxBodyBytes: integer(env, 'CONTENT_LAKE_MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1024, 1024 * 1024 * 1024),
    ...(webhookUrl && webhookSecret ? { webhook: { url: webhookUrl, secret: webhookSecret } } : {}),
  }
}
