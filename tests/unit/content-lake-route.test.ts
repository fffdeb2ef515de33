import { afterEach, describe, expect, it, vi } from 'vitest'

/** /api/content-lake tells the static Studio page, at run time, where the local Content Lake is. */

async function answer(env: Record<string, string>) {
  vi.resetModules()
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  const { GET } = await import('@/app/api/content-lake/route')
  const response = GET()
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, cache: response.headers.get('cache-control') }
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('/api/content-lake', () => {
  it('gives the lake address that npm start set, uncached', async () => {
    const { status, body, cache } = await answer({ CONTENT_LAKE_URL: 'http://127.0.0.1:3101' })
    expect(status).toBe(200)
    expect(body).toEqual({ origin: 'http://127.0.0.1:3101', projectId: 'local', dataset: 'production' })
    expect(cache).toBe('no-store')
  })

  it('says how to start the lake when it is not running', async () => {
    const { status, body } = await answer({})
    expect(status).toBe(503)
    expect(body.error).toMatch(/npm start/)
  })

  it('is not there for a hosted project', async () => {
    const { status } = await answer({ SANITY_PROJECT_ID: 'abc123', SANITY_DATASET: 'production', CONTENT_LAKE_URL: 'http://127.0.0.1:3101' })
    expect(status).toBe(404)
  })

  it('refuses a lake address off this machine', async () => {
    await expect(answer({ CONTENT_LAKE_URL: 'http://example.org:3101' })).rejects.toThrow(/CONTENT_LAKE_URL/)
  })
})
