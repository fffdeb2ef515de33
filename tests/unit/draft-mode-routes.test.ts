import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createPreviewSecret } from '@sanity/preview-url-secret/create-secret'
import { createClient } from '@sanity/client'
import { startTestLake, type TestLake } from '@/content-lake/test/support/lake.ts'

/**
 * /api/draft-mode/enable and /disable. The enable route checks the secret
 * against a real local Content Lake (the one the embedded default previews
 * from); a valid secret's cookie and redirect need Next's request scope and
 * are covered end to end (tests/e2e/preview.spec.ts).
 */

const disable = vi.fn()
vi.mock('next/headers', async (original) => ({
  ...(await original<typeof import('next/headers')>()),
  draftMode: async () => ({ isEnabled: true, enable: vi.fn(), disable }),
}))

let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake()
})
afterAll(() => lake.dispose())
afterEach(() => {
  vi.unstubAllEnvs()
  disable.mockClear()
})

async function enable(query: string, env: Record<string, string> = { CONTENT_LAKE_URL: lake.origin }) {
  vi.resetModules()
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  const { GET } = await import('@/app/api/draft-mode/enable/route')
  const response = await GET(new Request(`http://127.0.0.1:3000/api/draft-mode/enable${query}`))
  return { status: response.status, text: await response.text(), cookie: response.headers.get('set-cookie') }
}

describe('/api/draft-mode/enable', () => {
  it('refuses a request without a secret with 401, before asking any lake', async () => {
    for (const query of ['', '?sanity-preview-secret=', '?sanity-preview-secret=%20&sanity-preview-pathname=/']) {
      const { status, text, cookie } = await enable(query, {})
      expect(status).toBe(401)
      expect(text).toBe('Missing preview secret')
      expect(cookie).toBeNull()
    }
  })

  it('refuses a wrong secret with 401, though the lake holds a real one', async () => {
    const client = createClient({ projectId: 'local', dataset: 'production', apiHost: lake.origin, useProjectHostname: false, apiVersion: '2025-02-19', useCdn: false, token: 't' })
    const { secret } = await createPreviewSecret(client, 'test', 'http://127.0.0.1:3000/studio', 'local-editor')
    const { status, text, cookie } = await enable(`?sanity-preview-secret=${secret.slice(1)}x&sanity-preview-pathname=%2F`)
    expect(status).toBe(401)
    expect(text).toBe('Invalid secret')
    expect(cookie).toBeNull()
  })

  it('answers 503 without a stack trace when there is nothing to check the secret with', async () => {
    const noLake = await enable('?sanity-preview-secret=abc', {})
    expect(noLake.status).toBe(503)
    expect(noLake.text).toMatch(/npm start/)
    const hostedWithoutToken = await enable('?sanity-preview-secret=abc', { SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production' })
    expect(hostedWithoutToken.status).toBe(503)
    expect(hostedWithoutToken.text).toMatch(/SANITY_API_READ_TOKEN/)
    // A lake that is not listening: the check fails, and the answer says so without the error's insides.
    const lakeDown = await enable('?sanity-preview-secret=abc', { CONTENT_LAKE_URL: 'http://127.0.0.1:9' })
    expect(lakeDown.status).toBe(503)
    expect(lakeDown.text).not.toMatch(/at |ECONNREFUSED|node:/)
  })
})

describe('/api/draft-mode/disable', () => {
  const disableFrom = async (referer?: string) => {
    const { GET } = await import('@/app/api/draft-mode/disable/route')
    const response = await GET(new Request('http://127.0.0.1:3000/api/draft-mode/disable', referer ? { headers: { referer } } : {}))
    return { status: response.status, location: response.headers.get('location') }
  }

  it('ends draft mode and goes back to the page it was left from, as readers see it', async () => {
    expect(await disableFrom('http://127.0.0.1:3000/articles/frozen-shoulder?x=1')).toEqual({
      status: 307,
      location: '/articles/frozen-shoulder?x=1',
    })
    expect(disable).toHaveBeenCalledTimes(1)
  })

  it('never redirects off the site: a foreign or missing Referer goes home', async () => {
    expect((await disableFrom('https://evil.example/phish')).location).toBe('/')
    expect((await disableFrom('http://127.0.0.1:4000/articles/frozen-shoulder')).location).toBe('/')
    expect((await disableFrom('not a url')).location).toBe('/')
    expect((await disableFrom()).location).toBe('/')
    expect(disable).toHaveBeenCalledTimes(4)
  })
})
