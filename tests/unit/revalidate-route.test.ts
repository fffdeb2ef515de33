import { encodeSignatureHeader } from '@sanity/webhook'
import { describe, expect, it, vi } from 'vitest'
import { allTag, refsTag, slugTag, typeTag } from '@/lib/content/cache-tags'
import {
  createRevalidateHandler,
  MAX_BODY_BYTES,
  MAX_SIGNATURE_AGE_MS,
  REMEMBERED_DELIVERIES,
  type RevalidateDeps,
} from '@/lib/revalidate/handler'

const SECRET = 'a-test-secret-of-some-length'
const URL_ = 'http://127.0.0.1/api/revalidate'
const NOW = Date.UTC(2026, 11, 2, 1, 0, 0)
const symptomUpdate = { _id: 'symptom-stiffness', _type: 'symptom', slug: 'stiffness', operation: 'update' }

function harness(overrides: Partial<RevalidateDeps> = {}) {
  const revalidated: string[] = []
  const freshness: string[] = []
  const log = vi.fn()
  const handle = createRevalidateHandler({
    secret: SECRET,
    revalidate: (tag, fresh) => {
      revalidated.push(tag)
      freshness.push(fresh)
    },
    // Like the store: only an article references anything.
    references: async (id) => (id.startsWith('article-') ? ['region-knee', 'symptom-stiffness'] : []),
    now: () => NOW,
    log,
    ...overrides,
  })
  return { handle, revalidated, freshness, log }
}

async function signed(body: string, { at = NOW, secret = SECRET, headers = {} as Record<string, string> } = {}) {
  return new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sanity-webhook-signature': await encodeSignatureHeader(body, at, secret), ...headers },
    body,
  })
}

/** No stack trace, no secret, a JSON error. */
async function expectClean(response: Response, status: number) {
  expect(response.status).toBe(status)
  const text = await response.text()
  expect(text).not.toContain(SECRET)
  expect(text).not.toMatch(/\bat .+:\d+:\d+/)
  expect(JSON.parse(text)).toHaveProperty('error')
}

describe('/api/revalidate accepts a signed Sanity webhook', () => {
  it('revalidates the changed document, and the sitemap that dates every document of its type, for the very next request', async () => {
    const { handle, revalidated, freshness } = harness({ references: async () => [] })
    const response = await handle(await signed(JSON.stringify(symptomUpdate)))
    expect(response.status).toBe(200)
    expect(revalidated).toEqual(['symptom-stiffness', allTag('symptom'), slugTag('symptom', 'stiffness')])
    expect(new Set(freshness)).toEqual(new Set(['now']))
  })

  it('on a new article also revalidates the listings of its type and of everything it references', async () => {
    const { handle, revalidated } = harness()
    await handle(await signed(JSON.stringify({ _id: 'article-new', _type: 'article', slug: 'new', operation: 'create' })))
    expect(revalidated).toEqual(
      expect.arrayContaining(['article-new', typeTag('article'), refsTag('region-knee'), refsTag('symptom-stiffness')]),
    )
  })

  it('revalidates the address of the slug the document has now, which a reader may have found empty before', async () => {
    const { handle, revalidated } = harness({ references: async () => [] })
    await handle(await signed(JSON.stringify({ _id: 'article-new', _type: 'article', slug: 'new-condition', operation: 'create' })))
    expect(revalidated).toContain(slugTag('article', 'new-condition'))
    const junk = harness({ references: async () => [] })
    await junk.handle(await signed(JSON.stringify({ _id: 'article-new', _type: 'article', slug: 42, operation: 'create' })))
    expect(junk.revalidated.filter((tag) => tag.startsWith('slug:'))).toEqual([])
  })

  it('on a deleted article revalidates its pages and every listing of articles', async () => {
    const { handle, revalidated } = harness({ references: async () => [] })
    await handle(await signed(JSON.stringify({ _id: 'article-old', _type: 'article', slug: 'old', operation: 'delete' })))
    expect(revalidated).toEqual(['article-old', allTag('article'), typeTag('article')])
  })

  it('with the Content Lake down, marks the pages stale (last good page kept) rather than expired, and logs it once with the id', async () => {
    const { handle, revalidated, freshness, log } = harness({ references: () => Promise.reject(new Error('connect ECONNREFUSED')) })
    const response = await handle(await signed(JSON.stringify({ _id: 'article-a', _type: 'article', operation: 'update' })))
    expect(response.status).toBe(200)
    expect(revalidated).toContain('article-a')
    expect(new Set(freshness)).toEqual(new Set(['stale']))
    expect(log.mock.calls.filter(([line]) => /ECONNREFUSED/.test(String(line)))).toEqual([
      [expect.stringContaining('article-a')],
    ])
  })

  it('tells what must follow a publish (the search index) once per change, and not while the lake is down or for a duplicate', async () => {
    const published = vi.fn()
    const { handle } = harness({ published })
    const body = JSON.stringify(symptomUpdate)
    const headers = { 'idempotency-key': 'txn-search#symptom-stiffness' }
    await handle(await signed(body, { headers }))
    await handle(await signed(body, { headers }))
    expect(published).toHaveBeenCalledTimes(1)
    const down = vi.fn()
    await harness({ published: down, references: () => Promise.reject(new Error('down')) }).handle(await signed(body))
    expect(down).not.toHaveBeenCalled()
  })

  it('does the work once for duplicate deliveries (same idempotency-key)', async () => {
    const { handle, revalidated } = harness()
    const body = JSON.stringify(symptomUpdate)
    const headers = { 'idempotency-key': 'txn-1#symptom-stiffness' }
    expect((await handle(await signed(body, { headers }))).status).toBe(200)
    const second = await handle(await signed(body, { headers }))
    expect(second.status).toBe(200)
    expect(await second.json()).toMatchObject({ duplicate: true })
    expect(revalidated).toEqual(['symptom-stiffness', allTag('symptom'), slugTag('symptom', 'stiffness')])
    // Another key is another event.
    await handle(await signed(body, { headers: { 'idempotency-key': 'txn-2#symptom-stiffness' } }))
    expect(revalidated).toHaveLength(6)
  })

  it('remembers a bounded number of deliveries, oldest forgotten first', async () => {
    const { handle, revalidated } = harness()
    const body = JSON.stringify(symptomUpdate)
    for (let i = 0; i <= REMEMBERED_DELIVERIES; i++) await handle(await signed(body, { headers: { 'idempotency-key': `k${i}` } }))
    const before = revalidated.length
    await handle(await signed(body, { headers: { 'idempotency-key': `k${REMEMBERED_DELIVERIES}` } }))
    expect(revalidated.length).toBe(before)
    await handle(await signed(body, { headers: { 'idempotency-key': 'k0' } }))
    expect(revalidated.length).toBe(before + 3)
  })
})

describe('/api/revalidate rejects', () => {
  it('with 503 and no work when no secret is configured, even for a request signed with some secret', async () => {
    const { handle, revalidated } = harness({ secret: undefined })
    await expectClean(await handle(await signed(JSON.stringify(symptomUpdate))), 503)
    expect(revalidated).toEqual([])
  })

  it('a missing signature with 401 (parseBody reports isValidSignature: null, which is not a pass)', async () => {
    const { handle, revalidated } = harness()
    const response = await handle(new Request(URL_, { method: 'POST', body: JSON.stringify(symptomUpdate) }))
    await expectClean(response, 401)
    expect(revalidated).toEqual([])
  })

  it('a signature made with another secret with 401', async () => {
    const { handle, revalidated } = harness()
    await expectClean(await handle(await signed(JSON.stringify(symptomUpdate), { secret: 'another-secret-entirely' })), 401)
    expect(revalidated).toEqual([])
  })

  it('a garbled signature header with 401', async () => {
    const { handle } = harness()
    const request = new Request(URL_, { method: 'POST', headers: { 'sanity-webhook-signature': 'nonsense' }, body: '{}' })
    await expectClean(await handle(request), 401)
  })

  it('a body changed after signing with 401', async () => {
    const { handle } = harness()
    const original = await signed(JSON.stringify(symptomUpdate))
    const tampered = new Request(URL_, {
      method: 'POST',
      headers: original.headers,
      body: JSON.stringify({ ...symptomUpdate, _id: 'symptom-other' }),
    })
    await expectClean(await handle(tampered), 401)
  })

  it('a validly signed delivery older than five minutes with 401 (a replay)', async () => {
    const { handle, revalidated } = harness()
    const body = JSON.stringify(symptomUpdate)
    expect((await handle(await signed(body, { at: NOW - MAX_SIGNATURE_AGE_MS + 1000 }))).status).toBe(200)
    await expectClean(await handle(await signed(body, { at: NOW - MAX_SIGNATURE_AGE_MS - 1000 })), 401)
    await expectClean(await handle(await signed(body, { at: NOW + MAX_SIGNATURE_AGE_MS + 1000 })), 401)
    expect(revalidated).toHaveLength(3)
  })

  it('malformed JSON with 400 when signed, and 401 when not (nothing is said to an unsigned sender)', async () => {
    const { handle } = harness()
    await expectClean(await handle(await signed('{"_id": ')), 400)
    await expectClean(await handle(await signed('{"_id": ', { secret: 'another-secret-entirely' })), 401)
  })

  it('a signed body without _id and _type, or with an unknown operation, with 400', async () => {
    const { handle, revalidated } = harness()
    await expectClean(await handle(await signed(JSON.stringify({ _type: 'symptom' }))), 400)
    await expectClean(await handle(await signed('[]')), 400)
    await expectClean(await handle(await signed(JSON.stringify({ ...symptomUpdate, operation: 'explode' }))), 400)
    expect(revalidated).toEqual([])
  })

  it('a declared body over 1 MB with 413 without reading it', async () => {
    const { handle } = harness()
    const pull = vi.fn()
    // highWaterMark 0: the stream pulls only when someone reads.
    const body = new ReadableStream({ pull }, { highWaterMark: 0 })
    const request = new Request(URL_, {
      method: 'POST',
      headers: { 'content-length': String(MAX_BODY_BYTES + 1), 'sanity-webhook-signature': 't=1,v1=x' },
      body,
      duplex: 'half',
    } as RequestInit)
    await expectClean(await handle(request), 413)
    expect(pull).not.toHaveBeenCalled()
  })

  it('a streamed body without Content-Length with 413 as soon as it passes 1 MB, without reading the rest', async () => {
    const { handle } = harness()
    const chunk = new Uint8Array(64 * 1024)
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const request = new Request(URL_, {
      method: 'POST',
      headers: { 'sanity-webhook-signature': await encodeSignatureHeader('{}', NOW, SECRET) },
      body,
      duplex: 'half',
    } as RequestInit)
    await expectClean(await handle(request), 413)
    // An endless stream: the handler stopped shortly after the limit.
    expect(sent).toBeLessThan(MAX_BODY_BYTES + 4 * chunk.byteLength)
  })

  it.each(['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('%s with 405 and Allow: POST', async (method) => {
    const { handle } = harness()
    const response = await handle(new Request(URL_, { method }))
    await expectClean(response, 405)
    expect(response.headers.get('allow')).toBe('POST')
  })
})
