import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getJson, query, startTestLake, type JsonBody, type TestLake } from './support/lake.ts'

let lake: TestLake
beforeAll(async () => {
  lake = await startTestLake({ maxBodyBytes: 64 * 1024 })
})
afterAll(() => lake.dispose())

/** A raw request, to send what fetch will not: a lying Content-Length, a body that never ends, other hosts. */
function rawRequest(options: { path: string; method?: string; headers?: Record<string, string>; body?: (write: (chunk: string) => boolean) => void }) {
  const { port } = new URL(lake.origin)
  return new Promise<{ status: number; body: JsonBody; sent: number }>((resolve, reject) => {
    let sent = 0
    const req = request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => (text += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, sent }))
    })
    req.on('error', reject)
    if (options.body) {
      options.body((chunk) => {
        sent += chunk.length
        return req.write(chunk)
      })
    } else req.end()
  })
}

describe('bad input and unknown routes', () => {
  it('refuses a body whose Content-Length is over the limit with 413, before reading it', async () => {
    const result = await rawRequest({
      path: '/v2025-02-19/data/mutate/production',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(10 * 1024 * 1024) },
      body: (write) => write('{"mutations":['),
    })
    expect(result.status).toBe(413)
    expect(result.body.error).toMatchObject({ type: 'requestEntityTooLargeError', limit: 64 * 1024 })
  })

  it('stops a streamed body as soon as it passes the limit, and applies nothing', async () => {
    const result = await rawRequest({
      path: '/v2025-02-19/data/mutate/production',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: (write) => {
        write('{"mutations":[{"create":{"_id":"cause-big","_type":"cause","x":"')
        // Keep sending far past the limit; the server answers long before this ends.
        const timer = setInterval(() => write('y'.repeat(16 * 1024)), 1)
        setTimeout(() => clearInterval(timer), 3000)
      },
    })
    expect(result.status).toBe(413)
    expect(result.sent).toBeLessThan(8 * 1024 * 1024)
    expect((await query(lake, 'count(*[_id == "cause-big"])', '&perspective=raw')).result).toBe(0)
  })

  it('answers unknown paths, unversioned paths and wrong methods with JSON errors', async () => {
    const unknown = await getJson(lake.api('/data/export/production'))
    expect(unknown.status).toBe(404)
    expect(unknown.body.error).toMatchObject({ type: 'notFoundError', description: expect.stringMatching(/export/) })
    expect((await getJson(`${lake.origin}/data/query/production`)).status).toBe(404)
    const wrongMethod = await fetch(lake.api('/data/mutate/production'))
    expect(wrongMethod.status).toBe(405)
    expect((await wrongMethod.json()).error.type).toBe('methodNotAllowedError')
  })

  it('serves /v1/ and /vX/ as well as dated versions', async () => {
    for (const version of ['v1', 'vX']) {
      expect((await getJson(`${lake.origin}/${version}/data/query/production?query=1`)).body.result).toBe(1)
    }
  })

  it('answers only loopback hosts and origins, and lets loopback pages call it (CORS)', async () => {
    const otherHost = await rawRequest({ path: '/v1/users/me', headers: { host: 'evil.example' } })
    expect(otherHost.status).toBe(403)
    const otherOrigin = await rawRequest({ path: '/v1/users/me', headers: { origin: 'https://evil.example' } })
    expect(otherOrigin.status).toBe(403)
    const preflight = await fetch(lake.api('/data/mutate/production'), {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000')
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true')
  })
})

describe('project endpoints the Studio calls at start-up', () => {
  it('/users/me is an administrator', async () => {
    const { body } = await getJson(lake.api('/users/me'))
    expect(body).toMatchObject({ id: 'local-editor', role: 'administrator', roles: [{ name: 'administrator' }] })
  })

  it('the dataset ACL grants everything on every document', async () => {
    const { status, body } = await getJson(lake.api('/projects/local/datasets/production/acl'))
    expect(status).toBe(200)
    expect(body).toEqual([{ filter: '_id in path("**")', permissions: expect.arrayContaining(['read', 'update', 'create']) }])
  })

  it('project, datasets, features and users by id', async () => {
    expect((await getJson(lake.api('/projects/local'))).body).toMatchObject({ id: 'local', members: [{ id: 'local-editor' }] })
    expect((await getJson(lake.api('/projects/local/datasets'))).body).toEqual([{ name: 'production', aclMode: 'private' }])
    expect((await getJson(lake.api('/features'))).body).toEqual([])
    expect((await getJson(lake.api('/users/local-editor,someone'))).body).toEqual([expect.objectContaining({ id: 'local-editor' }), null])
  })
})

describe('Studio preferences', () => {
  it('/users/me/keyvalue stores and returns values, null for unknown keys', async () => {
    const put = await fetch(lake.api('/users/me/keyvalue'), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ key: 'studio.layout', value: { mode: 'compact' } }]),
    })
    expect(await put.json()).toEqual([{ key: 'studio.layout', value: { mode: 'compact' } }])
    const { body } = await getJson(lake.api('/users/me/keyvalue/studio.layout,other'))
    expect(body).toEqual([
      { key: 'studio.layout', value: { mode: 'compact' } },
      { key: 'other', value: null },
    ])
  })
})
