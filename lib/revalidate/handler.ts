import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { parseBody } from 'next-sanity/webhook'
import { NextRequest } from 'next/server'
import { type PublishedChange, tagsToRevalidate } from '../content/cache-tags'

/**
 * /api/revalidate: a Sanity webhook (GROQ-powered, or the local Content
 * Lake's) says a published document changed; revalidate the pages that depend
 * on it. Pure of Next and of the environment: the route hands it the secret,
 * `revalidateTag` and the gateway, so tests drive every branch.
 *
 * Order of checks, each answered before any work: method (405), endpoint
 * configured (503), declared size (413), signature header (401), streamed size
 * (413), signature (401), signature age (401), JSON (400), payload shape (400),
 * duplicate delivery (200, no work).
 */

/** Largest accepted body. A GROQ webhook payload here is a few hundred bytes. */
export const MAX_BODY_BYTES = 1024 * 1024
/** Signed longer ago than this, a delivery is a replay (@sanity/webhook checks no age). */
export const MAX_SIGNATURE_AGE_MS = 5 * 60 * 1000
/** Idempotency keys remembered, oldest forgotten first: a bounded in-memory LRU, per process. */
export const REMEMBERED_DELIVERIES = 1000

const OPERATIONS = ['create', 'update', 'delete'] as const

export interface RevalidateDeps {
  /** SANITY_REVALIDATE_SECRET; without it the endpoint answers 503. */
  secret: string | undefined
  /**
   * Next's revalidateTag. `now` is `{ expire: 0 }`: the next request waits for the regeneration, so a
   * correction is on the very next view. `stale` is `'max'`: the next request gets the last good page
   * while it regenerates in the background, for when the Content Lake is not answering (see below).
   */
  revalidate: (tag: string, freshness: 'now' | 'stale') => void
  /**
   * What the document references now, if it is a published article, else nothing (lib/content's
   * getPublishedReferences). It also proves that the Content Lake answers.
   */
  references: (id: string) => Promise<string[]>
  /** Called once a change's pages are revalidated with the lake answering: what else must follow the publish. */
  published?: () => void
  now?: () => number
  log?: (line: string) => void
}

const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store', ...headers } })

const reject = (status: number, error: string, headers?: Record<string, string>) => json(status, { error }, headers)

export const ALLOWED_METHODS = 'POST'

export function methodNotAllowed(): Response {
  return reject(405, 'Use POST.', { allow: ALLOWED_METHODS })
}

/** The endpoint's state, for the one start-up log line (instrumentation.ts). */
export function describeRevalidateEndpoint(secret: string | undefined): string {
  return secret
    ? 'revalidate: /api/revalidate verifies webhooks with SANITY_REVALIDATE_SECRET'
    : 'revalidate: SANITY_REVALIDATE_SECRET is not set, so /api/revalidate is off (503) and published changes reach readers with the next build'
}

class TooLarge extends Error {}

/** The body as text, counting as it streams: a body without (or lying about) its Content-Length stops at the limit. */
async function readBounded(request: Request): Promise<string> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      throw new TooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The `t=` (milliseconds) of `t=<ms>,v1=<signature>`; only called on a header that has just verified. */
const signedAt = (header: string) => decodeSignatureHeader(header).timestamp

function toChange(body: unknown): Omit<PublishedChange, 'references'> | null {
  if (!body || typeof body !== 'object') return null
  const { _id, _type, slug, operation = 'update' } = body as Record<string, unknown>
  if (typeof _id !== 'string' || !_id || _id.length > 200 || typeof _type !== 'string' || !_type) return null
  if (!OPERATIONS.includes(operation as (typeof OPERATIONS)[number])) return null
  // The webhook's projection sends the slug (README, "Publishing"); a document without one has none to send.
  const withSlug = typeof slug === 'string' && slug && slug.length <= 200 ? { slug } : {}
  return { _id, _type, operation: operation as PublishedChange['operation'], ...withSlug }
}

export function createRevalidateHandler(deps: RevalidateDeps) {
  const { secret, revalidate, references, published, now = Date.now, log = console.log } = deps
  const seen = new Map<string, true>()
  const remember = (key: string) => {
    seen.set(key, true)
    if (seen.size > REMEMBERED_DELIVERIES) seen.delete(seen.keys().next().value as string)
  }

  return async function handle(request: Request): Promise<Response> {
    if (request.method !== 'POST') return methodNotAllowed()
    // 503, not 401: the request may be fine; this deployment has not been given the secret. A 401 would
    // send whoever reads Sanity's webhook log looking for a wrong secret rather than a missing one.
    if (!secret) return reject(503, 'This endpoint is not configured.')
    const declared = Number(request.headers.get('content-length'))
    if (declared > MAX_BODY_BYTES) return reject(413, `The body is over ${MAX_BODY_BYTES} bytes.`)
    const signature = request.headers.get(SIGNATURE_HEADER_NAME)
    if (!signature) return reject(401, 'Missing signature.')

    let text: string
    try {
      text = await readBounded(request)
    } catch (error) {
      if (error instanceof TooLarge) return reject(413, `The body is over ${MAX_BODY_BYTES} bytes.`)
      throw error
    }

    // parseBody reads the (already bounded) text again from a copy; no eventual-consistency wait: the
    // regeneration happens on the next page request, not here, and a second's latency is the goal.
    const copy = new NextRequest(request.url, { method: 'POST', headers: request.headers, body: text })
    let parsed: Awaited<ReturnType<typeof parseBody>>
    try {
      parsed = await parseBody(copy, secret, false)
    } catch {
      // parseBody verified, then JSON.parse threw. Say "malformed" only to a signed sender.
      const valid = await isValidSignature(text, signature, secret).catch(() => false)
      return valid ? reject(400, 'The body is not valid JSON.') : reject(401, 'Invalid signature.')
    }
    // null (no secret or no header) is a rejection too: fail closed.
    if (parsed.isValidSignature !== true) return reject(401, 'Invalid signature.')
    const at = signedAt(signature)
    // A future stamp beyond the window is refused too: a clock that far off would defeat the window.
    if (Math.abs(now() - at) > MAX_SIGNATURE_AGE_MS) {
      return reject(401, 'The signature is too old.')
    }
    const change = toChange(parsed.body)
    if (!change) return reject(400, 'The body needs _id and _type (strings) and an operation of create, update or delete.')

    const key = request.headers.get('idempotency-key')
    if (key && seen.has(key)) return json(200, { revalidated: [], duplicate: true })

    // What an article references now: the hubs and listings it may have joined. The same query tells
    // whether the Content Lake answers. In Next 16.4 a page whose tag expired (`expire: 0`) is dropped
    // from the cache before it regenerates, so a regeneration that throws is an error page, not the last
    // good one; with the lake down the tags are therefore only marked stale ('max'): readers keep the
    // last good page, Next retries in the background, and the page regenerates once the lake is back.
    let refs: string[] = []
    let freshness: 'now' | 'stale' = 'now'
    try {
      refs = await references(change._id)
    } catch (error) {
      freshness = 'stale'
      log(
        `revalidate: the Content Lake did not answer for ${change._id} (${(error as Error).message}); its pages keep their last good version until it does`,
      )
    }
    const tags = tagsToRevalidate({ ...change, references: refs })
    for (const tag of tags) revalidate(tag, freshness)
    if (key) remember(key)
    if (freshness === 'now') published?.()
    log(`revalidate: ${change.operation} ${change._id} → ${tags.length} tags${freshness === 'stale' ? ' (stale until regenerated)' : ''}`)
    return json(200, { revalidated: tags, freshness })
  }
}
